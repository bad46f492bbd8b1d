"""Facts between entities read back from a store, with what stated them: relation, title or
rank, confidence, sentence and article. What ``KnowledgeGraph.to_networkx(facts=True)``, ``kg
export`` and the explorer's neighbourhoods read."""
from __future__ import annotations

import pyoxigraph as ox

from kg import vocab
from kg.store import QUERY_PREFIXES

_FACTS = """
SELECT DISTINCT ?st ?s ?p ?o ?confidence ?sentence ?article WHERE {
  %s
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      kg:confidence ?confidence ; prov:wasDerivedFrom ?ev .
  FILTER(isIRI(?o))
  ?ev kg:sentence ?sentence ; kg:inArticle ?article .
} %s"""
_TITLE, _RANK = ox.NamedNode(vocab.KG_BASE + "title"), ox.NamedNode(vocab.KG_BASE + "rank")


def rows(store: ox.Store, about: str | None = None, limit: int | None = None) -> list[dict]:
    """Each fact whose object is an IRI, as a dict of strings (``title`` and ``rank`` may be
    None, ``confidence`` is a float): all of them, or those ``about`` one entity IRI."""
    where = ""
    if about is not None:
        iri = str(ox.NamedNode(about))
        where = f"{{ ?st rdf:subject {iri} }} UNION {{ ?st rdf:object {iri} }}"
        if limit:  # the statements first, so that only those are read further
            where = f"{{ SELECT ?st WHERE {{ {where} }} LIMIT {int(limit)} }}"
    query = _FACTS % (where, f"LIMIT {int(limit)}" if limit else "")
    out = []
    for r in store.query(query, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True):
        fact = r["st"].value
        out.append({"fact": fact, "subject": r["s"].value, "predicate": local(r["p"].value),
                    "object": r["o"].value, "confidence": float(r["confidence"].value),
                    "sentence": r["sentence"].value, "article": r["article"].value,
                    "title": _qualifier(store, fact, "/position/", _TITLE),
                    "rank": _qualifier(store, fact, "/placement/", _RANK)})
    return out


def _qualifier(store: ox.Store, fact: str, kind: str, predicate: ox.NamedNode) -> str | None:
    """The title (of a Position) or rank (of a Placement) stated with a fact: the n-ary node
    shares the fact's key (kg.rdf), and is read directly rather than joined in SPARQL, whose
    left join would read every such node in the store."""
    node = ox.NamedNode(fact.replace("/fact/", kind, 1))
    q = next(iter(store.quads_for_pattern(node, predicate, None, None)), None)
    return q.object.value if q is not None else None


def local(iri: str) -> str:
    return iri[len(vocab.KG_BASE):] if iri.startswith(vocab.KG_BASE) else iri


def label_zh(predicate: str) -> str:
    try:
        return vocab.label_zh(predicate)
    except KeyError:
        return predicate
