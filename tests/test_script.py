"""Traditional characters: analysed in simplified form, shown as written (names invented)."""
import kg
from kg import pipeline, script

SIMPLIFIED = "海湾科技大学聘任王晓明为该校校长。王晓明教授曾任东岭理工学院副院长，并于2015年创办瀚星智能科技有限公司。"
TRADITIONAL = "海灣科技大學聘任王曉明為該校校長。王曉明教授曾任東嶺理工學院副院長，並於2015年創辦瀚星智能科技有限公司。"


def test_simplified_text_is_left_as_it_is():
    assert not script.is_traditional(SIMPLIFIED)
    assert script.simplified(SIMPLIFIED) is None
    assert script.simplified("覆盖全市的创新网络著称") is None  # simplified words whose characters the table holds


def test_traditional_text_folds_one_character_for_one():
    assert script.is_traditional(TRADITIONAL)
    assert script.simplified(TRADITIONAL) == SIMPLIFIED
    assert script.fold("臺灣") == "台湾" and len(script.fold(TRADITIONAL)) == len(TRADITIONAL)


def test_names_titles_and_offsets_are_as_written():
    got = pipeline.extract_text("t", TRADITIONAL)
    names = {(m["text"], m["type"]) for m in got["mentions"]}
    assert {("海灣科技大學", "University"), ("王曉明", "Person"), ("東嶺理工學院", "University"),
            ("瀚星智能科技有限公司", "Company")} <= names
    assert all(TRADITIONAL[m["start"]:m["end"]] == m["text"] for m in got["mentions"])
    facts = {(f["subject"], f["predicate"], f.get("object"), f.get("title")) for f in got["facts"]}
    assert ("王曉明", "affiliatedWith", "東嶺理工學院", "副院長") in facts
    assert ("瀚星智能科技有限公司", "foundedBy", "王曉明", None) in facts
    assert got["facts"] and len(got["facts"]) == len(pipeline.extract_text("s", SIMPLIFIED)["facts"])


def test_both_scripts_name_one_node_found_by_either(tmp_path):
    (tmp_path / "hk.txt").write_text(TRADITIONAL, encoding="utf-8")
    (tmp_path / "sz.txt").write_text("海湾科技大学副校长李文涛表示，学校将扩大招生。", encoding="utf-8")
    g = kg.build([str(tmp_path / "hk.txt"), str(tmp_path / "sz.txt")], output=str(tmp_path / "g.trig"))
    unis = g.query("SELECT DISTINCT ?u ?n WHERE { ?u a kg:University ; rdfs:label ?n }")
    assert sorted(unis["n"]) == ["東嶺理工學院", "海湾科技大学", "海灣科技大學"]  # one node, labelled in both scripts
    assert unis["u"].nunique() == 2
    assert g.entity("海湾科技大学")["label"] == g.entity("海灣科技大學")["label"]
    people = set(g.query("SELECT DISTINCT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }")["n"])
    assert {"王曉明", "李文涛"} <= people
    evidence = g.query("SELECT ?s WHERE { ?x kg:sentence ?s }")["s"].tolist()
    assert any("東嶺理工學院副院長" in s for s in evidence)


def test_corner_brackets_quote_a_name_as_curly_quotes_do():
    from kg import pipeline

    out = pipeline.extract_text("t", "馮亭遠、陳振義獲得「星河科學獎」，這是臺灣學者的榮譽，也是學界的大事。")
    assert {(f["subject"], f["object"]) for f in out["facts"] if f["predicate"] == "wonAward"} == {
        ("馮亭遠", "星河科學獎"), ("陳振義", "星河科學獎")}
