"""The Python API: open a graph file or store and ask it questions.

    >>> import kg
    >>> g = kg.open("graph.trig")                    # or a store folder
    >>> g.saved("org_people", org="东湖理工")          # a pandas DataFrame
    >>> g.query("SELECT ?p WHERE { ?p a kg:Person }")
    >>> g.entity("青岚智能")["facts"][:2]
    >>> nx_graph = g.to_networkx()
"""
from __future__ import annotations

import datetime as dt
import os

import networkx as nx
import pandas as pd
import pyoxigraph as ox

from kg import vocab
from kg.facts import label_zh
from kg.errors import KgError
from kg.query import bind, execute, saved_query, short_iri
from kg.store import load_source

XSD = vocab.PREFIXES["xsd"]
_INTS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                           "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt",
                           "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {XSD + t for t in ("decimal", "double", "float")}
_SEP = "\x1f"


def open(path: str | os.PathLike) -> KnowledgeGraph:  # noqa: A001 - kg.open reads like the builtin
    """Open a graph file (.trig .nq .ttl .nt .jsonld, read into memory) or a store folder (read-only).

    >>> g = kg.open("out/graph.trig")
    """
    return KnowledgeGraph(load_source(path))


def python_value(term):
    """A query result term as a Python value: IRIs as str, typed literals as int, float, bool,
    date or datetime where they parse, other literals as str, None for unbound."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if not isinstance(term, ox.Literal):
        return str(term)
    dtype, text = term.datatype.value, term.value
    try:
        if dtype in _INTS:
            return int(text)
        if dtype in _FLOATS:
            return float(text)
        if dtype == XSD + "boolean":
            return text in ("true", "1")
        if dtype == XSD + "date":
            return dt.date.fromisoformat(text)
        if dtype == XSD + "dateTime":
            return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    return text


class KnowledgeGraph:
    """A kg graph: SPARQL to DataFrames, saved queries, entity look-up, networkx export."""

    def __init__(self, store: ox.Store):
        self.store = store
        self._names = None

    @property
    def names(self):
        """The :class:`kg.names.NameIndex` of the graph's entities, made on first use."""
        if self._names is None:
            from kg.names import NameIndex

            self._names = NameIndex.of(self.store)
        return self._names

    def query(self, sparql: str, /, **params):
        """Run SPARQL (kg prefixes predeclared); ``$name`` placeholders take ``params`` as string literals.

        SELECT gives a DataFrame (one column per variable), ASK a bool, CONSTRUCT and
        DESCRIBE a DataFrame of subject, predicate, object.

        >>> g.query("SELECT ?n WHERE { ?e rdfs:label ?n ; a kg:Fund }")
        >>> g.query("ASK { ?e rdfs:label ?n FILTER(STR(?n) = $name) }", name="林海峰")
        """
        results = execute(self.store, bind(sparql, params) if params else sparql)
        if isinstance(results, ox.QueryBoolean):
            return bool(results)
        if isinstance(results, ox.QueryTriples):
            rows = [[python_value(t.subject), python_value(t.predicate), python_value(t.object)] for t in results]
            return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
        names = [v.value for v in results.variables]
        rows = [[python_value(sol[i]) for i in range(len(names))] for sol in results]
        return pd.DataFrame(rows, columns=names)

    def saved(self, name: str, /, **params) -> pd.DataFrame:
        """Run a saved query (``kg query --list`` names them). A parameter that names an entity
        takes any label or alias, or a part of one that fits one entity (``org="清华"``); a name
        that fits none raises a KgError suggesting the nearest names.

        >>> g.saved("competition_results", competition="江城创赛")
        """
        q = saved_query(name)
        q.check(params)
        return self.query(q.render(**q.resolve(self.names, **params) if q.classes else params))

    def entity(self, name: str) -> dict:
        """What the graph knows about the entity with this label or alias (or a part of one that
        fits one entity; a name that fits none raises a KgError suggesting the nearest).

        Returns ``{"iri", "type", "label", "aliases", "facts"}``; each fact is a dict of
        direction (→ from the entity, ← to it), relation (prefixed), value and detail
        (title or rank). Several entities sharing the name: the first IRI in order.

        >>> g.entity("青岚智能")["type"]
        'Company'
        """
        rows = self.saved("entity", name=name)
        if rows.empty:
            raise KgError(f"no entity named {name}")
        iri = rows["entity"].iloc[0]
        rows = rows[rows["entity"] == iri]
        own = {"rdf:type", "rdfs:label", "skos:altLabel"}
        out_rows = rows[rows["direction"] == "→"]
        relation = rows["relation"].map(short_iri)
        types = [short_iri(v) for v in out_rows.loc[relation == "rdf:type", "value"]]
        kg_types = [t[3:] for t in types if t.startswith("kg:")]
        facts = [{"direction": r.direction, "relation": rel, "value": r.value,
                  "detail": None if pd.isna(r.detail) else r.detail}
                 for r, rel in zip(rows.itertuples(), relation) if rel not in own]
        return {"iri": iri, "type": kg_types[0] if kg_types else None,
                "label": next(iter(out_rows.loc[relation == "rdfs:label", "value"]), name),
                "aliases": sorted(out_rows.loc[relation == "skos:altLabel", "value"]),
                "facts": facts}

    def rdflib(self):
        """The graph as an ``rdflib.Dataset`` over the same store (oxrdflib's store: nothing is
        copied, and what rdflib adds goes into the store), one named graph per article; the
        default graph is their union. For rdflib code and pySHACL:

        >>> import pyshacl
        >>> from kg import vocab
        >>> ds = g.rdflib()
        >>> pyshacl.validate(ds, shacl_graph=str(vocab.SHAPES_PATH), ont_graph=vocab.ONTOLOGY)[0]
        True
        """
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        return Dataset(store=OxigraphStore(store=self.store), default_union=True)

    def to_networkx(self, facts: bool = False) -> nx.MultiDiGraph:
        """The entities as a networkx MultiDiGraph, built straight from SPARQL.

        Nodes are entity IRIs with ``label``, ``type`` (class local name) and ``aliases``;
        edges carry ``predicate`` (local name), ``label`` (its Chinese label) and ``title``
        or ``rank`` for qualified facts (edge key = predicate). With ``facts``, one edge for
        each fact an article states (edge key = the fact's IRI), which also carries its
        ``confidence``, its ``sentence`` and its ``article``.

        >>> G = g.to_networkx(); G.nodes["https://w3id.org/kg-news/id/org/东湖理工大学"]["label"]
        '东湖理工大学'
        """
        g = nx.MultiDiGraph()
        for r in self._rows("""
            SELECT ?e ?type ?label (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?aliases) WHERE {
              ?e a ?type ; rdfs:label ?label . FILTER(STRSTARTS(STR(?type), STR(kg:)))
              OPTIONAL { ?e skos:altLabel ?alt }
            } GROUP BY ?e ?type ?label"""):
            g.add_node(r["e"], label=r["label"], type=_local(r["type"]),
                       aliases=[a for a in (r["aliases"] or "").split(_SEP) if a])
        if facts:
            self._fact_edges(g)
            return g
        relations = " ".join(f"kg:{r}" for r in vocab.RELATIONS)
        for r in self._rows(f"""
            SELECT DISTINCT ?s ?p ?o WHERE {{
              VALUES ?p {{ {relations} }}
              ?s ?p ?o . FILTER(EXISTS {{ ?s rdfs:label ?ls }} && EXISTS {{ ?o rdfs:label ?lo }})
            }}"""):
            pred = _local(r["p"])
            g.add_edge(r["s"], r["o"], key=pred, predicate=pred, label=label_zh(pred))
        qualifiers = """
            SELECT ?a ?b (GROUP_CONCAT(DISTINCT STR(?q); separator="、") AS ?value) WHERE {
              ?n a kg:%s ; kg:%s ?a ; kg:%s ?b ; kg:%s ?q .
            } GROUP BY ?a ?b"""
        for cls, a, b, q, pred in (("Position", "holder", "organization", "title", "affiliatedWith"),
                                   ("Placement", "competition", "recipient", "rank", "winner")):
            for r in self._rows(qualifiers % (cls, a, b, q)):
                if g.has_edge(r["a"], r["b"], key=pred):
                    g.edges[r["a"], r["b"], pred][q] = r["value"]
        return g

    def _fact_edges(self, g: nx.MultiDiGraph) -> None:
        """One edge for each stated fact between two entities of ``g``, with its provenance."""
        from kg import facts

        for r in facts.rows(self.store):
            if r["subject"] in g and r["object"] in g:
                detail = {k: r[k] for k in ("title", "rank") if r[k] is not None}
                g.add_edge(r["subject"], r["object"], key=r["fact"], predicate=r["predicate"],
                           label=label_zh(r["predicate"]), **detail, confidence=r["confidence"], sentence=r["sentence"],
                           article=r["article"])

    def stats(self) -> dict:
        """Sizes: quads, named graphs, entities, facts, and counts by entity type and by relation.

        >>> g.stats()["entities_by_type"]["Person"]
        3
        """
        types = {_local(r["type"]): r["entities"] for r in self._rows(saved_query("entity_types").render())}
        relations = {_local(r["relation"]): r["facts"] for r in self._rows(saved_query("relation_counts").render())}
        return {"quads": len(self.store), "graphs": sum(1 for _ in self.store.named_graphs()),
                "entities": sum(types.values()), "facts": sum(relations.values()),
                "entities_by_type": types, "facts_by_relation": relations}

    def _rows(self, sparql: str) -> list[dict]:
        results = execute(self.store, sparql)
        names = [v.value for v in results.variables]
        return [{n: python_value(sol[i]) for i, n in enumerate(names)} for sol in results]


def _local(iri: str) -> str:
    return iri[len(vocab.KG_BASE):] if iri.startswith(vocab.KG_BASE) else short_iri(iri)
