"""The explorer behind ``kg serve``'s ``/graph``: start from a name, expand outwards.

The page (``templates/explorer.html``) draws with sigma.js on WebGL (bundled in
``static/explorer``), so large views stay interactive; it asks the server for two things, both
answered here: a search over the index of names (:class:`kg.names.NameIndex`: a label, an
alias or a part of one) and an entity's neighbourhood (its facts, with their sentences and
articles, and the entities at their other ends). Names reach the page as JSON and are drawn on
the canvas or put in the page as text, never as markup.
"""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from kg import facts, vocab
from kg.errors import KgError
from kg.store import QUERY_PREFIXES

TEMPLATE = Path(__file__).resolve().parent / "templates" / "explorer.html"
NEIGHBOURS = 400
"""Most facts one expansion brings."""


def page() -> str:
    """The explorer page, with the classes (colour, Chinese label) and the relations' labels."""
    from kg.viz import OTHER_STYLE, STYLE  # the classes' colours, as kg viz draws them

    config = {"classes": {c: {"colour": STYLE.get(c, OTHER_STYLE)[0], "label": facts.label_zh(c)}
                          for c in vocab.ENTITY_CLASSES if c != "Entity"},
              "relations": {r: facts.label_zh(r) for r in vocab.RELATIONS}}
    data = json.dumps(config, ensure_ascii=False).replace("<", "\\u003c")
    return TEMPLATE.read_text(encoding="utf-8").replace("/*KG_CONFIG*/{}", data)


def search(names, text: str, cls: str | None = None, limit: int = 20) -> list[dict]:
    """The entities a typed name finds: those it names first, then those whose names hold it."""
    text = text.strip()
    if not text:
        return []
    found = names.named(text, cls)
    seen = {e.iri for e in found}
    found += [e for e in names.containing(text, cls, limit=limit) if e.iri not in seen]
    return [{"iri": e.iri, "label": e.label, "type": e.type} for e in found[:limit]]


def neighbours(store: ox.Store, iri: str, limit: int = NEIGHBOURS) -> dict:
    """An entity's facts and the entities at their other ends: ``{"nodes", "edges", "truncated"}``."""
    if not iri.startswith(vocab.ID_BASE) or any(c in iri for c in '<>"{}|\\^` '):
        raise KgError(f"not an entity IRI: {iri[:80]}")
    rows = facts.rows(store, about=iri, limit=limit + 1)
    truncated = len(rows) > limit
    rows = rows[:limit]
    nodes = _nodes(store, {iri} | {r["subject"] for r in rows} | {r["object"] for r in rows})
    headlines = _headlines(store, {r["article"] for r in rows})
    edges = [{"id": r["fact"], "source": r["subject"], "target": r["object"], "relation": r["predicate"],
              "label": facts.label_zh(r["predicate"]), "title": r["title"], "rank": r["rank"],
              "confidence": r["confidence"], "sentence": r["sentence"], "article": r["article"],
              "headline": headlines.get(r["article"], "")}
             for r in rows if r["subject"] in nodes and r["object"] in nodes]
    return {"nodes": list(nodes.values()), "edges": edges, "truncated": truncated}


def _values(iris) -> str:
    return " ".join(str(ox.NamedNode(i)) for i in sorted(iris))


def _nodes(store: ox.Store, iris: set[str]) -> dict[str, dict]:
    """The label, class and aliases of each entity (those without a label are left out). Each
    article graph that mentions an entity repeats them, so only the first few of each are read:
    a busy entity costs no more than a rare one."""
    from itertools import islice

    label_p, alt_p, type_p = (ox.NamedNode(QUERY_PREFIXES[p] + local) for p, local in
                              (("rdfs", "label"), ("skos", "altLabel"), ("rdf", "type")))

    def first(e, p, n):
        return {q.object.value for q in islice(store.quads_for_pattern(e, p, None, None), n)}

    found: dict[str, dict] = {}
    for iri in sorted(iris):
        e = ox.NamedNode(iri)
        label = next(iter(store.quads_for_pattern(e, label_p, None, None)), None)
        if label is None:
            continue
        classes = {t[len(vocab.KG_BASE):] for t in first(e, type_p, 64) if t.startswith(vocab.KG_BASE)}
        specific = [c for c in classes if c not in vocab.CLASS_PARENT.values()] or sorted(classes)
        found[iri] = {"iri": iri, "label": label.object.value, "type": min(specific) if specific else "",
                      "aliases": sorted(first(e, alt_p, 256) - {label.object.value})}
    return found


def _headlines(store: ox.Store, articles: set[str]) -> dict[str, str]:
    if not articles:
        return {}
    rows = store.query(f"SELECT ?a ?h WHERE {{ VALUES ?a {{ {_values(articles)} }} GRAPH ?a {{ ?a schema:headline ?h }} }}",
                       prefixes=QUERY_PREFIXES)
    return {r["a"].value: r["h"].value for r in rows}
