"""kg query and the Python API: saved queries, result formats, errors, DataFrames, networkx."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from kg import api
from kg.cli import main
from kg.errors import KgError
from kg.query import display_width, saved_queries, saved_query, sparql_string

SMALL = str(Path(__file__).parent / "fixtures" / "small.trig")
KGR = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"

# For each saved query: parameters, and the expected rows (selected columns, in order).
EXPECTED = {
    "org_people": ({"org": "东湖理工"}, ["person", "title"],
                   [("林海峰", "教授"), ("苏雨桐", "副校长")]),
    "affiliations": ({}, ["person", "organization", "title"],
                     [("林海峰", "东湖理工大学", "教授"), ("苏雨桐", "东湖理工大学", "副校长"),
                      ("高志远", "青岚智能科技有限公司", "董事长")]),
    "funds": ({}, ["fund", "amount", "investsIn"], [("江城科创产业基金", 500000000.0, "江城高新区")]),
    "competition_results": ({"competition": "江城创赛"}, ["rank", "recipient"],
                            [("特等奖", "青岚智能科技有限公司"), ("金奖", "林海峰"), ("银奖", "星河光电有限公司"),
                             ("优秀奖", "赤松生物科技有限公司")]),
    "fact_source": ({"subject": "林海峰", "object": "东湖理工"}, ["relation", "sentence", "start", "end"],
                    [(KG + "affiliatedWith", "东湖理工大学教授林海峰介绍了实验室的研究方向。", 40, 63)]),
    "entity_types": ({}, ["type", "entities"],
                     [(KG + "Company", 3), (KG + "Person", 3), (KG + "Competition", 1), (KG + "Fund", 1),
                      (KG + "GovernmentAgency", 1), (KG + "ResearchInstitute", 1), (KG + "University", 1),
                      (KG + "Zone", 1)]),
    "relation_counts": ({}, ["relation", "facts"],
                        [(KG + "winner", 4), (KG + "affiliatedWith", 3), (KG + "foundedBy", 3),
                         (KG + "alumniOf", 1), (KG + "amount", 1), (KG + "foundingDate", 1),
                         (KG + "investsIn", 1), (KG + "organizer", 1)]),
}


@pytest.fixture(scope="module")
def g():
    return api.open(SMALL)


def kg_query(capsys, *argv) -> str:
    assert main(["query", *argv]) == 0
    return capsys.readouterr().out


def test_every_saved_query_is_tested_and_documented():
    queries = saved_queries()
    assert set(queries) == set(EXPECTED) | {"entity"}
    for q in queries.values():
        assert q.description and not q.description.startswith("#")
        for p in q.params:
            assert f"${p}" in q.text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_query_rows(g, name):
    params, columns, rows = EXPECTED[name]
    df = g.saved(name, **params)
    assert [tuple(r) for r in df[columns].itertuples(index=False)] == rows


def test_funds_founders(g):
    founders = g.saved("funds")["founders"].iloc[0].split("、")
    assert sorted(founders) == ["东湖理工大学", "江城市科学技术局"]


def test_fact_source_literal_object_and_predicate(g):
    df = g.saved("fact_source", subject="科创基金", object="500000000", predicate="amount")
    assert df["relation"].tolist() == [KG + "amount"]
    assert df["sentence"].iloc[0].startswith("江城科创产业基金由江城市科学技术局")
    assert g.saved("fact_source", subject="林海峰", object="东湖理工大学", predicate="kg:alumniOf").empty


def test_entity_query_by_alias(g):
    df = g.saved("entity", name="青岚智能")
    assert set(df["entity"]) == {KGR + "org/青岚智能科技有限公司"}
    placements = df[df["relation"] == KG + "Placement"]
    assert placements[["value", "detail"]].values.tolist() == [["第三届江城创新创业大赛", "特等奖"]]


def test_parameters_are_literals_not_sparql(g):
    assert sparql_string('a"b\\c\nd') == '"a\\"b\\\\c\\nd"'
    hostile = '东湖理工") } UNION { ?p ?x ?y } #'
    assert g.query(saved_query("org_people").render(org=hostile)).empty
    with pytest.raises(KgError, match="no Organization named 东湖理工.*did you mean 东湖理工大学"):
        g.saved("org_people", org=hostile)
    with pytest.raises(KgError, match="needs org="):
        saved_query("org_people").render()
    with pytest.raises(KgError, match="no parameter city"):
        saved_query("funds").render(city="江城")


def test_cli_saved_query_table_aligns_chinese(capsys):
    out = kg_query(capsys, SMALL, "affiliations")
    lines = out.splitlines()
    assert lines[-1] == "(3 rows)"
    header, rule, *rows = lines[:-1]
    # every column starts at the same display column on every line
    starts = [display_width(header[:header.index(name)]) for name in ("organization", "title")]
    widths = [len(part) for part in rule.split("  ")]
    assert starts == [widths[0] + 2, widths[0] + widths[1] + 4]
    for row in rows:
        cells = row.split()
        assert display_width(row[:row.index(cells[1])]) == starts[0]
        assert display_width(row[:row.index(cells[2])]) == starts[1]
    assert "青岚智能科技有限公司" in out


def test_cli_formats(capsys):
    sparql = "SELECT ?name ?start WHERE { ?e kg:sentence ?name ; kg:startOffset ?start } ORDER BY ?start LIMIT 2"
    rows = list(csv.reader(io.StringIO(kg_query(capsys, SMALL, sparql, "--format", "csv"))))
    assert rows[0] == ["name", "start"] and rows[1][1] == "10" and len(rows) == 3
    tsv = kg_query(capsys, SMALL, sparql, "--format", "tsv").splitlines()
    assert tsv[0] == "?name\t?start"
    assert tsv[1].endswith('\t"10"^^<http://www.w3.org/2001/XMLSchema#integer>')
    data = json.loads(kg_query(capsys, SMALL, sparql, "--format", "json"))
    assert data["head"]["vars"] == ["name", "start"]
    first = data["results"]["bindings"][0]
    assert first["name"]["xml:lang"] == "zh" and first["start"]["value"] == "10"
    assert kg_query(capsys, SMALL, "ASK { ?x a kg:Fund }") == "true\n"
    turtle = kg_query(capsys, SMALL, "CONSTRUCT { ?f a kg:Fund } WHERE { ?f a kg:Fund }")
    assert "kg:Fund" in turtle and "@prefix kg:" in turtle


def test_cli_saved_query_with_params_and_file(capsys, tmp_path):
    out = kg_query(capsys, SMALL, "competition_results", "competition=第三届江城创新创业大赛", "--format", "csv")
    assert [r[0] for r in csv.reader(io.StringIO(out))][1:] == ["特等奖", "金奖", "银奖", "优秀奖"]
    rq = tmp_path / "people.rq"
    rq.write_text("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Person }", encoding="utf-8")
    assert kg_query(capsys, SMALL, "-f", str(rq), "--format", "csv").splitlines()[1] == "3"


def test_cli_list(capsys):
    out = kg_query(capsys, "--list")
    for name in saved_queries():
        assert f"\n{name}\n" in "\n" + out
    assert "org=…" in out and "predicate=[…]" in out


def test_syntax_error_points_at_the_position(g):
    with pytest.raises(KgError) as e:
        g.query('SELECT * WHERE {\n  ?s rdfs:label "中文" .\n  FILTER(?s = ) }')
    first, line, caret = str(e.value).splitlines()
    assert first.startswith("syntax error at line 3, column ")
    assert line == "    FILTER(?s = ) }"
    assert caret.strip() == "^"
    col = int(first.split("column ")[1].split(":")[0])
    assert len(caret) - 1 == 2 + col - 1  # two spaces of indent, then the column


def test_cli_errors_are_one_line():
    run = subprocess.run([sys.executable, "-m", "kg.cli", "query", SMALL, "no_such_query"],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr == "kg query: no saved query no_such_query (kg query --list shows them)\n"
    run = subprocess.run([sys.executable, "-m", "kg.cli", "query", "missing.trig", "funds"],
                         capture_output=True, text=True)
    assert run.returncode == 1 and run.stderr.count("\n") == 1 and "no such file" in run.stderr


def test_api_dataframe_types(g):
    df = g.query("""SELECT ?date ?start ?conf ?name ?article WHERE {
        ?article schema:datePublished ?date . ?ev kg:inArticle ?article ; kg:startOffset ?start ; kg:sentence ?name .
        ?st prov:wasDerivedFrom ?ev ; a rdf:Statement ; kg:confidence ?conf } ORDER BY ?start LIMIT 1""")
    row = df.iloc[0]
    assert isinstance(row["date"], dt.date) and row["date"] == dt.date(2023, 9, 2)
    assert int(row["start"]) == 10 and df["start"].dtype.kind == "i"
    assert df["conf"].dtype.kind == "f" and 0.5 < row["conf"] < 1
    assert isinstance(row["name"], str) and row["article"].startswith("https://w3id.org/kg-news/article/")
    assert g.query("ASK { ?e rdfs:label ?n FILTER(STR(?n) = $name) }", name="林海峰") is True
    assert g.query("ASK { ?e rdfs:label ?n FILTER(STR(?n) = $name) }", name="无此人") is False
    triples = g.query("CONSTRUCT { ?f a kg:Fund } WHERE { ?f a kg:Fund }")
    assert triples.values.tolist() == [[KGR + "fund/江城科创产业基金", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                                        KG + "Fund"]]


def test_api_entity(g):
    e = g.entity("东湖理工")
    assert e["iri"] == KGR + "org/东湖理工大学"
    assert e["type"] == "University" and e["label"] == "东湖理工大学" and e["aliases"] == ["东湖理工"]
    facts = {(f["direction"], f["relation"], f["value"], f["detail"]) for f in e["facts"]}
    assert ("←", "kg:Position", "林海峰", "教授") in facts
    assert ("←", "kg:foundedBy", "江城科创产业基金", None) in facts
    assert ("←", "schema:mentions", "东湖理工大学与青岚智能共建联合实验室", None) in facts
    with pytest.raises(KgError, match="no entity named 不存在"):
        g.entity("不存在")


def test_api_to_networkx(g):
    G = g.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_nodes() == 12 and G.number_of_edges() == 13
    org = G.nodes[KGR + "org/青岚智能科技有限公司"]
    assert org == {"label": "青岚智能科技有限公司", "type": "Company", "aliases": ["青岚智能"]}
    edge = G.edges[KGR + "person/高志远", KGR + "org/青岚智能科技有限公司", "affiliatedWith"]
    assert edge == {"predicate": "affiliatedWith", "label": "任职于", "title": "董事长"}
    gold = G.edges[KGR + "competition/第三届江城创新创业大赛", KGR + "person/林海峰", "winner"]
    assert gold["rank"] == "金奖"
    assert G.edges[KGR + "fund/江城科创产业基金", KGR + "zone/江城高新区", "investsIn"]["label"] == "投资"


def test_api_stats(g):
    s = g.stats()
    assert s["quads"] == 268 and s["graphs"] == 2
    assert s["entities"] == 12 and s["facts"] == 15
    assert s["entities_by_type"]["Person"] == 3 and s["facts_by_relation"]["winner"] == 4


def test_bench_query_smoke():
    """bench/query.py runs end to end on a tiny graph, and both engines agree on the row counts."""
    bench = Path(__file__).resolve().parents[1] / "bench" / "query.py"
    run = subprocess.run([sys.executable, str(bench), "--triples", "2000", "--runs", "1", "--cap", "30"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = {line.split()[0]: line for line in run.stdout.splitlines() if line.strip()}
    for name in saved_queries():
        assert name in lines and lines[name].rstrip().endswith("x"), lines.get(name)


def test_org_people_finds_an_organisation_by_part_of_its_name(g):
    exact = g.saved("org_people", org="东湖理工大学")
    assert sorted(exact["person"]) == ["林海峰", "苏雨桐"]
    part = g.saved("org_people", org="东湖理")
    assert sorted(part["person"]) == ["林海峰", "苏雨桐"]
    with pytest.raises(KgError, match="^no Organization named 不存在的机构"):
        g.saved("org_people", org="不存在的机构")
