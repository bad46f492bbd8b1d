"""The index of names (kg.names): whole names, then a part of one, then the nearest; and saved
queries and the CLI that look names up through it."""
from __future__ import annotations

import pytest

from kg.cli import main
from kg.errors import KgError
from kg.names import NameIndex

ID = "https://w3id.org/kg-news/id/"
ROWS = [
    (ID + "org/清华大学", "University", "清华大学", "清华大学"),
    (ID + "org/清华大学", "University", "清华大学", "清华"),
    (ID + "org/北京清华长庚医院", "Organization", "北京清华长庚医院", "北京清华长庚医院"),
    (ID + "competition/星火大赛", "Competition", "第三届星火创新大赛", "第三届星火创新大赛"),
    (ID + "competition/云帆大赛", "Competition", "云帆杯创业大赛", "云帆杯创业大赛"),
    (ID + "org/云帆科技", "Company", "云帆科技有限公司", "云帆科技有限公司"),
    (ID + "person/张伟", "Person", "张伟", "张伟"),
]


@pytest.fixture
def names():
    return NameIndex(ROWS)


def test_a_whole_name_or_alias_finds_its_entity_however_typed(names):
    assert [e.label for e in names.find("清华")] == ["清华大学"]  # an alias, not the part of the hospital
    assert [e.label for e in names.find(" 云帆科技有限公司 ")] == ["云帆科技有限公司"]
    assert [e.label for e in names.find("ＺＨＡＮＧ".lower())] == []


def test_a_part_finds_every_entity_holding_it_shortest_first(names):
    assert [e.label for e in names.find("云帆")] == ["云帆杯创业大赛", "云帆科技有限公司"]
    assert [e.label for e in names.find("云帆", "Competition")] == ["云帆杯创业大赛"]
    assert [e.label for e in names.find("长庚", "Organization")] == ["北京清华长庚医院"]
    assert names.find("云帆", "Person") == []


def test_a_name_of_nothing_gets_the_nearest_names(names):
    assert names.find("星火创业大赛") == []
    assert names.missing("星火创业大赛", "Competition") == \
        "no Competition named 星火创业大赛; did you mean 第三届星火创新大赛 or 云帆杯创业大赛?"
    assert names.missing("量子", "Person") == "no Person named 量子"


@pytest.fixture
def graph(tmp_path):
    from kg import pipeline

    text = ("# 两项大赛揭晓\n2023年，第三届星火创新大赛在杭州举行，星河科技有限公司获得金奖。"
            "同年举办的云帆杯创业大赛中，明远智能有限公司获得一等奖。\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "g.trig"
    pipeline.build([tmp_path / "a.txt"], output=str(out))
    return out


def test_saved_query_takes_a_unique_part_and_names_the_choices_of_an_ambiguous_one(graph, capsys):
    assert main(["query", str(graph), "competition_results", "competition=星火"]) == 0
    assert "星河科技有限公司" in capsys.readouterr().out
    assert main(["query", str(graph), "competition_results", "competition=大赛"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg query: 大赛 is part of 2 names: ") and "give one of them" in err
    assert len(err.splitlines()) == 1
    assert main(["query", str(graph), "competition_results", "competition=星火创业大赛"]) == 1
    assert "did you mean 第三届星火创新大赛" in capsys.readouterr().err


def test_entity_lookup_by_part_and_suggestion(graph):
    from kg import api

    g = api.open(str(graph))
    assert g.entity("明远")["label"] == "明远智能有限公司"
    with pytest.raises(KgError, match="no entity named 暗远智能; did you mean 明远智能有限公司"):
        g.entity("暗远智能")
