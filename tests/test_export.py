"""kg export: GraphML and GEXF read back in networkx with the graph's entities and facts; the
Neo4j CSVs have neo4j-admin's header format; the plain CSVs read in pandas."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest

from kg.cli import main

SMALL = Path(__file__).parent / "fixtures" / "small.trig"
KGR = "https://w3id.org/kg-news/id/"
# neo4j-admin database import: a header field is name:type, :ID / :LABEL / :START_ID / :END_ID / :TYPE,
# or a plain name; types are those the import tool documents, with [] for arrays.
_FIELD = re.compile(r"^(?:[A-Za-z_][\w]*)?(?::(?:ID|LABEL|START_ID|END_ID|TYPE|IGNORE|"
                    r"(?:int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|"
                    r"localdatetime|datetime|duration)(?:\[\])?))?$")


def counts() -> tuple[int, int]:
    """(entities, facts between two entities) of the fixture, counted in SPARQL."""
    st = ox.Store()
    st.load(path=str(SMALL))
    entities = next(iter(st.query(
        'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?t ; <http://www.w3.org/2000/01/rdf-schema#label> ?l '
        f'FILTER(STRSTARTS(STR(?t), "https://w3id.org/kg-news/ontology#") && STRSTARTS(STR(?e), "{KGR}")) }} }}')))
    facts = next(iter(st.query(
        "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { GRAPH ?g { ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ; "
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o FILTER(isIRI(?o)) } "
        "GRAPH ?h { ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")))
    return int(entities[0].value), int(facts[0].value)


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_files_read_back_with_the_entities_and_facts(tmp_path, fmt, read, capsys):
    out = tmp_path / f"g.{fmt}"
    assert main(["export", str(SMALL), "--format", fmt, "-o", str(out)]) == 0
    entities, facts = counts()
    assert capsys.readouterr().out.startswith(f"{entities} entities, {facts} facts")
    g = read(out)
    assert g.number_of_nodes() == entities == 12 and g.number_of_edges() == facts == 13
    node = g.nodes[KGR + "org/青岚智能科技有限公司"]
    assert node["label"] == "青岚智能科技有限公司" and node["aliases"] == "青岚智能"
    edges = [d for s, o, d in g.edges(data=True) if s == KGR + "person/高志远"]
    assert {e["title"] for e in edges} == {"董事长"} and all(0 < float(e["confidence"]) <= 1 for e in edges)
    assert all("高志远" in e["sentence"] for e in edges)


def test_neo4j_csvs_have_the_import_headers_and_every_row(tmp_path, capsys):
    out = tmp_path / "neo4j"
    assert main(["export", str(SMALL), "--format", "neo4j", "-o", str(out)]) == 0
    assert "neo4j-admin database import full --nodes=" in capsys.readouterr().out
    with open(out / "nodes.csv", encoding="utf-8") as f:
        nodes = list(csv.reader(f))
    with open(out / "relationships.csv", encoding="utf-8") as f:
        rels = list(csv.reader(f))
    for header in (nodes[0], rels[0]):
        assert all(_FIELD.match(field) for field in header), header
    assert [h for h in nodes[0] if h.endswith((":ID", ":LABEL"))] == ["iri:ID", ":LABEL"]
    assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    ids = {row[0] for row in nodes[1:]}
    assert len(ids) == len(nodes) - 1 == 12 and len(rels) - 1 == 13
    assert all(r[0] in ids and r[1] in ids and re.fullmatch(r"[A-Z_]+", r[2]) for r in rels[1:])
    assert ["Entity", "Company"] in [row[-1].split(";") for row in nodes[1:]]


def test_plain_csvs_read_in_pandas(tmp_path):
    out = tmp_path / "csv"
    assert main(["export", str(SMALL), "--format", "csv", "-o", str(out)]) == 0
    nodes, edges = pd.read_csv(out / "nodes.csv"), pd.read_csv(out / "edges.csv")
    assert len(nodes) == 12 and len(edges) == 13
    assert set(edges["source"]) | set(edges["target"]) <= set(nodes["iri"])
    assert edges["confidence"].between(0, 1).all()


def test_bad_export_targets_are_one_line(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert main(["export", str(SMALL), "--format", "neo4j", "-o", str(tmp_path / "file")]) == 1
    assert main(["export", str(tmp_path / "missing.trig"), "--format", "gexf", "-o", str(tmp_path / "g.gexf")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "is a file" in err[0] and "no such file" in err[1]
    assert not (tmp_path / "g.gexf").exists()
