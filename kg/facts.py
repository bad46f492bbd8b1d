"""Facts between entities read back from a store, with what stated them: relation, title or
rank, confidence, sentence and article. What ``KnowledgeGraph.to_networkx(facts=True)``, ``kg
export`` and the explorer's neighbourhoods read."""
from __future__ import annotations

import pyoxigraph as ox

from kg import vocab
from kg.store import QUERY_PREFIXES

_FACTS = """
SELECT DISTINCT ?st ?s ?p ?o ?confidence ?sentence ?article ?title ?rank WHERE {
  %s
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      kg:confidence ?confidence ; prov:wasDerivedFrom ?ev .
  FILTER(isIRI(?o))
  ?ev kg:sentence ?sentence ; kg:inArticle ?article .
  BIND(IRI(REPLACE(STR(?st), "/fact/", "/position/")) AS ?position)
  BIND(IRI(REPLACE(STR(?st), "/fact/", "/placement/")) AS ?placement)
  OPTIONAL { ?position kg:title ?title }
  OPTIONAL { ?placement kg:rank ?rank }
} %s"""


def rows(store: ox.Store, about: str | None = None, limit: int | None = None) -> list[dict]:
    """Each fact whose object is an IRI, as a dict of strings (``title`` and ``rank`` may be
    None, ``confidence`` is a float): all of them, or those ``about`` one entity IRI."""
    where = ""
    if about is not None:
        iri = str(ox.NamedNode(about))
        where = f"{{ ?st rdf:subject {iri} }} UNION {{ ?st rdf:object {iri} }}"
    query = _FACTS % (where, f"LIMIT {int(limit)}" if limit else "")
    out = []
    for r in store.query(query, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True):
        out.append({"fact": r["st"].value, "subject": r["s"].value, "predicate": local(r["p"].value),
                    "object": r["o"].value, "confidence": float(r["confidence"].value),
                    "sentence": r["sentence"].value, "article": r["article"].value,
                    "title": r["title"].value if r["title"] else None, "rank": r["rank"].value if r["rank"] else None})
    return out


def local(iri: str) -> str:
    return iri[len(vocab.KG_BASE):] if iri.startswith(vocab.KG_BASE) else iri


def label_zh(predicate: str) -> str:
    try:
        return vocab.label_zh(predicate)
    except KeyError:
        return predicate
