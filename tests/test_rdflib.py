"""KnowledgeGraph.rdflib(): an rdflib Dataset over kg's own store (no copy) that pySHACL
validates, agreeing with kg validate."""
from __future__ import annotations

from pathlib import Path

import pyshacl
from rdflib import Dataset, Namespace, URIRef

from kg import api, pipeline, vocab

ROOT = Path(__file__).resolve().parent.parent
KG = Namespace(vocab.KG_BASE)
ID = vocab.ID_BASE


def shacl(ds) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(ds, shacl_graph=str(vocab.SHAPES_PATH), ont_graph=vocab.ONTOLOGY,
                                         inference="none")
    return conforms, text


def test_pyshacl_validates_the_sample_graph_through_rdflib():
    g = pipeline.build([ROOT / "data" / "sample-page.txt"])
    ds = g.rdflib()
    assert isinstance(ds, Dataset)
    assert len(list(ds.graphs())) == 8  # seven articles and the default graph
    conforms, text = shacl(ds)
    assert conforms, text


def test_the_dataset_is_the_store_and_a_bad_fact_fails_validation():
    g = api.open(str(Path(__file__).parent / "fixtures" / "small.trig"))
    ds = g.rdflib()
    before = len(g.store)
    article = next(c.identifier for c in ds.graphs() if "/article/" in str(c.identifier))
    ds.graph(article).add((URIRef(ID + "person/高志远"), KG.wonAward, URIRef(ID + "org/青岚智能科技有限公司")))
    assert len(g.store) == before + 1  # written through to kg's store, not to a copy
    assert g.query("ASK { ?p kg:wonAward ?o }")
    conforms, text = shacl(ds)
    assert not conforms and "kg:wonAward must point at an Award" in text
