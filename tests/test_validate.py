"""kg validate: a graph shaped as ontology/README.md says conforms; broken ones give readable lines."""
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef

from kg import cli, vocab
from kg.errors import KgError
from kg.validate import load, validate

KG = Namespace("https://w3id.org/kg-news/ontology#")
ID = Namespace("https://w3id.org/kg-news/id/")
PROV = Namespace("http://www.w3.org/ns/prov#")
KG_BIN = Path(sys.executable).with_name("kg")

PREFIXES = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix kga: <https://w3id.org/kg-news/article/> .
@prefix person: <https://w3id.org/kg-news/id/person/> .
@prefix org: <https://w3id.org/kg-news/id/org/> .
@prefix zone: <https://w3id.org/kg-news/id/zone/> .
@prefix fund: <https://w3id.org/kg-news/id/fund/> .
@prefix competition: <https://w3id.org/kg-news/id/competition/> .
@prefix award: <https://w3id.org/kg-news/id/award/> .
@prefix program: <https://w3id.org/kg-news/id/program/> .
@prefix place: <https://w3id.org/kg-news/id/place/> .
@prefix fact: <https://w3id.org/kg-news/id/fact/> .
@prefix evidence: <https://w3id.org/kg-news/id/evidence/> .
@prefix position: <https://w3id.org/kg-news/id/position/> .
@prefix placement: <https://w3id.org/kg-news/id/placement/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

GOOD = PREFIXES + """
kga:5e1f0c2a9b7d4e61 {
  kga:5e1f0c2a9b7d4e61 a schema:NewsArticle ;
      schema:headline "青溪高新区第三届创新创业大赛落幕"@zh ;
      schema:author person:周雨桐 ;
      kg:sourceFile "news/qingxi-2024-03-05.txt" ;
      schema:datePublished "2024-03-05"^^xsd:date ;
      schema:mentions person:林晓峰 , org:东川理工大学 , fund:青溪科创产业基金 .

  person:周雨桐 a kg:Person ; rdfs:label "周雨桐"@zh .
  person:林晓峰 a kg:Person ; rdfs:label "林晓峰"@zh , "Lin Xiaofeng"@en .
  org:东川理工大学 a kg:University ; rdfs:label "东川理工大学"@zh ; skos:altLabel "东川理工"@zh .
  org:东川理工大学材料学院 a kg:University ; rdfs:label "东川理工大学材料学院"@zh .
  org:云岭智算科技有限公司 a kg:Company ; rdfs:label "云岭智算科技有限公司"@zh ; skos:altLabel "云岭智算"@zh .
  org:青溪市科学技术局 a kg:GovernmentAgency ; rdfs:label "青溪市科学技术局"@zh .
  zone:青溪高新区 a kg:Zone ; rdfs:label "青溪高新区"@zh .
  fund:青溪科创产业基金 a kg:Fund ; rdfs:label "青溪科创产业基金"@zh .
  competition:第三届青溪创新创业大赛 a kg:Competition ; rdfs:label "第三届青溪创新创业大赛"@zh .
  award:青溪科技进步奖 a kg:Award ; rdfs:label "青溪科技进步奖"@zh .
  program:青溪英才计划 a kg:Program ; rdfs:label "青溪英才计划"@zh .
  place:青溪市 a kg:Place ; rdfs:label "青溪市"@zh .

  person:林晓峰 kg:affiliatedWith org:东川理工大学 ; kg:alumniOf org:东川理工大学 ;
      kg:wonAward award:青溪科技进步奖 ; kg:selectedFor program:青溪英才计划 .
  org:东川理工大学材料学院 kg:partOf org:东川理工大学 .
  org:云岭智算科技有限公司 kg:foundedBy person:林晓峰 ; kg:locatedIn zone:青溪高新区 .
  zone:青溪高新区 kg:locatedIn place:青溪市 .
  fund:青溪科创产业基金 kg:investsIn org:云岭智算科技有限公司 ; kg:foundedBy zone:青溪高新区 ;
      kg:amount 300000000 ; kg:foundingDate "2023-09"^^xsd:gYearMonth .
  competition:第三届青溪创新创业大赛 kg:winner org:云岭智算科技有限公司 ;
      kg:organizer org:青溪市科学技术局 .

  fact:a1 a rdf:Statement ;
      rdf:subject person:林晓峰 ; rdf:predicate kg:affiliatedWith ; rdf:object org:东川理工大学 ;
      kg:confidence 0.9 ; prov:wasDerivedFrom evidence:e1 .
  fact:a2 a rdf:Statement ;
      rdf:subject fund:青溪科创产业基金 ; rdf:predicate kg:amount ; rdf:object 300000000 ;
      kg:confidence 0.8 ; prov:wasDerivedFrom evidence:e2 .
  evidence:e1 a kg:Evidence ; kg:sentence "东川理工大学教授林晓峰介绍，"@zh ;
      kg:startOffset 40 ; kg:endOffset 54 ; kg:inArticle kga:5e1f0c2a9b7d4e61 .
  evidence:e2 a kg:Evidence ; kg:sentence "青溪科创产业基金规模3亿元。"@zh ;
      kg:startOffset 54 ; kg:endOffset 68 ; kg:inArticle kga:5e1f0c2a9b7d4e61 .
  position:p1 a kg:Position ; kg:holder person:林晓峰 ; kg:organization org:东川理工大学 ;
      kg:title "教授"@zh ; kg:confidence 0.9 ; prov:wasDerivedFrom evidence:e1 .
  placement:r1 a kg:Placement ; kg:competition competition:第三届青溪创新创业大赛 ;
      kg:recipient org:云岭智算科技有限公司 ; kg:rank "成长组一等奖"@zh ;
      kg:confidence 0.7 ; prov:wasDerivedFrom evidence:e1 .
}
"""

BROKEN = PREFIXES + """
kga:77aa00bb11cc22dd {
  kga:77aa00bb11cc22dd a schema:NewsArticle ; schema:headline "标题"@zh ; kg:sourceFile "a.txt" .
  person:林晓峰 a kg:Person ; rdfs:label "林晓峰"@zh .
  org:东川理工大学 a kg:University ; rdfs:label "东川理工大学"@zh .
  award:青溪科技进步奖 a kg:Award ; rdfs:label "青溪科技进步奖"@zh .
  person:林晓峰 kg:affiliatedWith award:青溪科技进步奖 .
  fact:b1 a rdf:Statement ; rdf:subject person:林晓峰 ; rdf:predicate kg:affiliatedWith ;
      rdf:object award:青溪科技进步奖 ; kg:confidence 1.5 ; prov:wasDerivedFrom evidence:e9 .
  evidence:e9 a kg:Evidence ; kg:sentence "林晓峰获青溪科技进步奖。"@zh ;
      kg:startOffset -4 ; kg:endOffset 20 ; kg:inArticle kga:77aa00bb11cc22dd .
  position:p9 a kg:Position ; kg:organization org:东川理工大学 ; kg:title "教授"@zh ;
      kg:confidence 0.8 ; prov:wasDerivedFrom evidence:e9 .
}
"""


@pytest.fixture
def good_file(tmp_path):
    path = tmp_path / "good.trig"
    path.write_text(GOOD, encoding="utf-8")
    return path


@pytest.fixture
def broken_file(tmp_path):
    path = tmp_path / "broken.trig"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def good_graph() -> Dataset:
    ds = Dataset()
    ds.parse(data=GOOD, format="trig")
    return ds


def test_good_graph_conforms(good_file):
    assert validate(good_file) == (True, [])
    assert validate(str(good_file)) == (True, [])
    assert validate(good_graph()) == (True, [])


def test_subclasses_count_through_the_ontology(good_file):
    """University and Company nodes satisfy shapes that ask for an Organization."""
    text = good_file.read_text(encoding="utf-8")
    assert "a kg:Organization" not in text and "kg:affiliatedWith org:东川理工大学" in text
    assert validate(good_file)[0]


def test_broken_graph_gives_one_readable_line_per_violation(broken_file):
    conforms, lines = validate(broken_file)
    assert not conforms
    assert lines == sorted(lines) and len(lines) == 4
    expected = [
        ("kgr:evidence/e9: kg:startOffset:", "0 or more", "found -4"),
        ("kgr:fact/b1: kg:confidence:", "from 0 to 1", "found 1.5"),
        ("kgr:person/林晓峰: kg:affiliatedWith:", "an Organization, a Zone or a Place",
         "found kgr:award/青溪科技进步奖"),
        ("kgr:position/p9: kg:holder:", "exactly one kg:holder", ""),
    ]
    for line, (start, message, found) in zip(lines, expected, strict=True):
        assert line.startswith(start), line
        assert message in line and found in line, line
        assert "\n" not in line and "%" not in line


def test_focus_node_shows_its_chinese_label_when_the_iri_lacks_it():
    g = good_graph()
    odd = URIRef(str(ID) + "org/c8f1")
    g.add((odd, RDF.type, KG.Company))
    g.add((odd, RDFS.label, Literal("云岭智算研究所", lang="zh")))
    g.add((odd, KG.locatedIn, ID["award/青溪科技进步奖"]))
    conforms, lines = validate(g)
    assert not conforms
    assert lines == ["kgr:org/c8f1 (云岭智算研究所): kg:locatedIn: kg:locatedIn must point at a Place or "
                     "a Zone (found kgr:award/青溪科技进步奖)"]


P = ID["person/林晓峰"]
FUND = ID["fund/青溪科创产业基金"]
E1 = ID["evidence/e1"]
ARTICLE = URIRef("https://w3id.org/kg-news/article/5e1f0c2a9b7d4e61")


def _set(node, prop, value):
    def change(g):
        g.remove((node, prop, None))
        if value is not None:
            g.add((node, prop, value))
    return change


def _add(*triple):
    return lambda g: g.add(triple)


def _drop(*triple):
    return lambda g: g.remove(triple)


@pytest.mark.parametrize("change, focus, words", [
    (_set(P, RDFS.label, None), "kgr:person/林晓峰", "exactly one Chinese name"),
    (_add(P, RDFS.label, Literal("林小峰", lang="zh")), "kgr:person/林晓峰", "exactly one Chinese name"),
    (_add(P, RDFS.label, Literal("Lin")), "kgr:person/林晓峰", "needs a language tag"),
    (_add(P, RDF.type, KG.Company), "kgr:person/林晓峰", "both a Person and an Organization"),
    (_set(FUND, KG.amount, Literal(-5)), "kgr:fund/青溪科创产业基金", "kg:amount must be a number"),
    (_set(FUND, KG.amount, Literal("3亿元", lang="zh")), "kgr:fund/青溪科创产业基金", "kg:amount must be"),
    (_set(FUND, KG.foundingDate, Literal("2023年9月")), "kgr:fund/青溪科创产业基金", "xsd:gYearMonth"),
    (_add(P, KG.wonAward, ID["program/青溪英才计划"]), "kgr:person/林晓峰", "must point at an Award"),
    (_add(P, KG.selectedFor, ID["award/青溪科技进步奖"]), "kgr:person/林晓峰", "must point at a Program"),
    (_add(FUND, KG.investsIn, P), "kgr:fund/青溪科创产业基金", "kg:investsIn must point at"),
    (_set(ID["fact/a1"], KG.confidence, Literal(0.9)), "kgr:fact/a1", "an xsd:decimal from 0 to 1"),
    (_set(ID["fact/a1"], PROV.wasDerivedFrom, None), "kgr:fact/a1", "prov:wasDerivedFrom"),
    (_drop(P, KG.affiliatedWith, ID["org/东川理工大学"]), "rdf:Statement",
     "no matching direct edge: add the triple rdf:subject rdf:predicate rdf:object to the graph (found kgr:fact/a1)"),
    (_drop(FUND, KG.amount, Literal(300000000)), "rdf:Statement", "(found kgr:fact/a2)"),
    (_set(ID["position/p1"], KG.title, Literal("教授")), "kgr:position/p1", "kg:title must be the job title"),
    (_set(ID["position/p1"], KG.organization, ID["award/青溪科技进步奖"]), "kgr:position/p1", "kg:organization"),
    (_set(ID["position/p1"], KG.holder, None), "kgr:position/p1", "exactly one kg:holder"),
    (_set(ID["placement/r1"], KG.rank, Literal(1)), "kgr:placement/r1", "kg:rank must be the prize"),
    (_set(ID["placement/r1"], KG.competition, None), "kgr:placement/r1", "kg:competition"),
    (_set(ID["placement/r1"], KG.recipient, ID["zone/青溪高新区"]), "kgr:placement/r1", "kg:recipient"),
    (_set(E1, KG.startOffset, Literal(60)), "kgr:evidence/e1", "must not be after its kg:endOffset"),
    (_set(E1, KG.endOffset, Literal("54")), "kgr:evidence/e1", "kg:endOffset, an xsd:integer"),
    (_set(E1, KG.inArticle, None), "kgr:evidence/e1", "kg:inArticle"),
    (_set(E1, KG.sentence, None), "kgr:evidence/e1", "kg:sentence"),
    (_set(ARTICLE, KG.sourceFile, None), "kga:5e1f0c2a9b7d4e61", "kg:sourceFile"),
    (_set(ARTICLE, vocab.SCHEMA.datePublished, Literal("2024年3月5日")), "kga:5e1f0c2a9b7d4e61",
     "schema:datePublished"),
    (_add(ARTICLE, vocab.SCHEMA.mentions, ID["fact/a1"]), "kga:5e1f0c2a9b7d4e61", "must point at an entity"),
])
def test_each_broken_part_is_reported(change, focus, words):
    g = good_graph()
    change(g)
    conforms, lines = validate(g)
    assert not conforms
    assert any(line.startswith(focus) and words in line for line in lines), lines


@pytest.mark.parametrize("change", [
    _set(ID["position/p1"], KG.title, None),  # an affiliation whose title the article does not give
    _set(ID["position/p1"], KG.organization, ID["place/青溪市"]),  # a post in a city, e.g. a mayor
    _set(ID["placement/r1"], KG.rank, None),
    _set(ARTICLE, vocab.SCHEMA.headline, None),
    _set(ARTICLE, vocab.SCHEMA.datePublished, Literal("2024", datatype=XSD.gYear)),
    _add(P, KG.affiliatedWith, ID["zone/青溪高新区"]),
    _add(P, vocab.SKOS.altLabel, Literal("Lin X.", lang="en")),
])
def test_what_the_shapes_allow(change):
    g = good_graph()
    change(g)
    assert validate(g) == (True, [])


def test_validate_does_not_change_the_graph_it_is_given():
    g = good_graph()
    before = len(g)
    validate(g)
    assert len(g) == before


@pytest.mark.parametrize("fmt, suffix", [("nquads", ".nq"), ("json-ld", ".jsonld"), ("turtle", ".ttl")])
def test_other_formats_conform(tmp_path, fmt, suffix):
    ds = good_graph()
    path = tmp_path / f"graph{suffix}"
    if fmt == "turtle":  # no named graphs: the union
        union = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        union.serialize(path, format=fmt)
    else:
        ds.serialize(path, format=fmt)
    assert validate(path) == (True, [])


def test_store_folder(tmp_path, good_file, broken_file):
    for name, source in (("good", good_file), ("broken", broken_file)):
        store = pyoxigraph.Store(str(tmp_path / name))
        store.load(path=str(source), format=pyoxigraph.RdfFormat.TRIG)
        store.flush()
        del store
    assert validate(tmp_path / "good") == (True, [])
    conforms, lines = validate(tmp_path / "broken")
    assert not conforms and len(lines) == 4


def test_union_of_named_graphs_is_validated(tmp_path):
    """An entity typed in one article's graph and used in another still counts as typed."""
    first, second = GOOD.split("  person:林晓峰 kg:affiliatedWith", 1)
    text = first + "}\nkga:0000000000000002 {\n  person:林晓峰 kg:affiliatedWith" + second
    path = tmp_path / "split.trig"
    path.write_text(text, encoding="utf-8")
    assert len(list(Dataset().parse(path, format="trig").graphs())) >= 3
    assert validate(path) == (True, [])


def test_errors_are_one_line(tmp_path):
    with pytest.raises(KgError, match="no such file or folder"):
        validate(tmp_path / "missing.trig")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(KgError, match=r"bad\.ttl: cannot read it as turtle") as info:
        load(bad)
    assert "\n" not in str(info.value) and len(str(info.value)) < 300
    other = tmp_path / "graph.csv"
    other.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(KgError, match="unknown graph format"):
        load(other)
    (tmp_path / "empty").mkdir()
    with pytest.raises(KgError, match="not a readable graph store"):
        load(tmp_path / "empty")


def test_cli_in_process(good_file, broken_file, capsys):
    assert cli.main(["validate", str(good_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("conforms: ") and "nodes checked" in out
    assert int(out.split()[1]) == 19  # 12 entities, 2 statements, 2 evidence, position, placement, article
    assert cli.main(["validate", str(broken_file)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 5 and out[-1].startswith("does not conform: 4 violations")


def test_cli_exit_codes(good_file, broken_file, tmp_path):
    run = lambda *a: subprocess.run([str(KG_BIN), "validate", *map(str, a)],  # noqa: E731
                                    capture_output=True, text=True, timeout=60)
    ok = run(good_file)
    assert ok.returncode == 0 and ok.stdout.startswith("conforms: ") and ok.stderr == ""
    bad = run(broken_file)
    assert bad.returncode == 1 and "kgr:position/p9: kg:holder:" in bad.stdout
    missing = run(tmp_path / "nothing.trig")
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr == f"kg validate: {tmp_path / 'nothing.trig'}: no such file or folder\n"


def test_corrupt_store_is_one_line(tmp_path):

    from kg.store import open_store

    store = open_store(tmp_path / "store")
    store.flush()
    del store
    (tmp_path / "store" / "CURRENT").write_text("garbage\n")
    done = subprocess.run([sys.executable, "-m", "kg.cli", "validate", str(tmp_path / "store")],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "not a readable graph store" in done.stderr
