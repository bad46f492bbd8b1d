"""The RDF store: open, load, replace article graphs, write graph files.

A store is a pyoxigraph ``Store`` (RocksDB on disk, or in memory). Queries see the
union of the named graphs as their default graph (``use_default_graph_as_union``).

Crash safety: ``replace_graphs`` (quads) and ``add_graphs`` (a build's chunk, as N-Quads or
TriG) load the graphs new to the store in one transaction and each graph they replace in
its own (a SPARQL update ``DROP GRAPH …; INSERT DATA …``), so an interrupted or failed build
leaves each article with its old graph or its new one, never half of one. ``write_file``
writes a temporary file beside the target and renames it.
"""
from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox

from kg import vocab
from kg.errors import KgError
from kg.files import atomic_write

FORMATS = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
           "jsonld": ox.RdfFormat.JSON_LD, "nt": ox.RdfFormat.N_TRIPLES}
"""Graph file formats by extension; trig and nq keep the named graphs."""
EXTENSIONS = {".trig": "trig", ".nq": "nq", ".ttl": "ttl", ".jsonld": "jsonld", ".nt": "nt"}
QUERY_PREFIXES = {p: vocab.PREFIXES[p] for p in
                  ("kg", "kgr", "kga", "schema", "rdf", "rdfs", "owl", "skos", "prov", "org", "foaf", "xsd")}
"""Prefixes every query may use without declaring them."""
FILE_PREFIXES = {p: vocab.PREFIXES[p] for p in ("kg", "kgr", "kga", "schema", "rdfs", "skos", "prov", "xsd")}


def open_store(path: str | os.PathLike | None = None) -> ox.Store:
    """A writable store: in memory for None, else on disk in the folder ``path`` (created if missing)."""
    if path is None:
        return ox.Store()
    try:
        return ox.Store(str(path))
    except (OSError, RuntimeError) as e:
        raise KgError(f"cannot open store {path}: {_first_line(e)}") from None


def load_source(path: str | os.PathLike) -> ox.Store:
    """A store folder opened read-only, or a graph file (.trig .nq .ttl .nt .jsonld) parsed into memory."""
    p = Path(path)
    if p.is_dir():
        try:
            return ox.Store.read_only(str(p))
        except (OSError, RuntimeError) as e:
            raise KgError(f"{p} is not a readable store: {_first_line(e)}") from None
    if not p.exists():
        raise KgError(f"{p}: no such file or store folder")
    fmt = file_format(p)
    store = ox.Store()
    try:
        store.bulk_load(path=str(p), format=FORMATS[fmt])
    except (SyntaxError, ValueError, OSError) as e:
        raise KgError(f"{p}: cannot parse as {fmt}: {_first_line(e)}") from None
    return store


def file_format(path: str | os.PathLike, fmt: str | None = None) -> str:
    """The format name (trig nq ttl nt jsonld) given, or taken from the file extension."""
    if fmt is None:
        fmt = EXTENSIONS.get(Path(path).suffix.lower())
        if fmt is None:
            raise KgError(f"{path}: unknown graph file extension (use {' '.join(EXTENSIONS)})")
    if fmt not in FORMATS:
        raise KgError(f"unknown graph format {fmt} (use {' '.join(FORMATS)})")
    return fmt


def replace_graphs(store: ox.Store, graphs, drop: set[str] = frozenset(), replacing: set[str] | None = None) -> None:
    """Put each named graph in the store in place of any graph of the same IRI, and remove the
    graphs named in ``drop``.

    ``graphs`` maps a graph IRI to its quads, or yields (IRI, quads) pairs (then ``replacing``
    names those of them already in the store). The quads of a graph are stored in it whatever their own graph
    name, so building the same article twice leaves one copy. Graphs new to the store go in
    together, in bulk, in one transaction (``extend``); each graph that replaces one goes in
    its own (``DROP GRAPH …; INSERT DATA …``): an interrupted load leaves every article with its
    old graph or its new one, never a mix.
    """
    if isinstance(graphs, dict):
        replacing = {iri for iri in graphs if store.contains_named_graph(ox.NamedNode(iri))}
        graphs = graphs.items()
    replaced: list[tuple[str, list[ox.Quad]]] = []

    def new_quads():
        for iri, qs in graphs:
            if iri in replacing:
                replaced.append((iri, qs))
                continue
            g = ox.NamedNode(iri)
            for q in qs:  # kg.rdf makes them in their graph: nothing to rebuild
                yield q if q.graph_name == g else ox.Quad(q.subject, q.predicate, q.object, g)

    store.extend(new_quads())
    for iri, qs in replaced:
        _replace_graph(store, iri, qs)
    for iri in drop:
        store.update(f"DROP SILENT GRAPH {ox.NamedNode(iri)}")


def add_graphs(store: ox.Store, graphs, bulk: bool = False) -> None:
    """Load a chunk of a build (:class:`kg.chunks.Graphs`): the graphs new to the store in one
    transaction (``bulk``: without one, into a store made for this build), and each graph that
    replaces one in its own."""
    if graphs.data:
        (store.bulk_load if bulk else store.load)(input=graphs.data, format=FORMATS[graphs.format])
    for iri, data in graphs.replaced:
        _replace_graph(store, iri, ox.parse(input=data, format=ox.RdfFormat.N_QUADS))


def _replace_graph(store: ox.Store, iri: str, quads) -> None:
    """The graph ``iri`` replaced by ``quads`` (put in it whatever their own graph), in one update."""
    g = ox.NamedNode(iri)
    data = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    store.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{data}\n}} }}")


def known_entities(store: ox.Store, leaving: set[str] = frozenset()) -> list[tuple[str, str, set[str]]]:
    """The entities the store's article graphs describe, as (class, label, names): the alias
    table a later build resolves against (:func:`kg.resolve.resolve`) and tags names from
    (:func:`kg.ner.propagate`). The graphs of articles from the files in ``leaving`` (being
    rebuilt) do not count."""
    if not len(store):
        return []
    skip = " ".join(str(ox.Literal(src)) for src in sorted(leaving))
    rebuilt = f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?g kg:sourceFile ?f VALUES ?f {{ {skip} }} }} }}" if skip else ""
    found: dict[str, list] = {}  # IRI -> [class, label, names]
    query = f"""SELECT ?e ?p ?n WHERE {{ GRAPH ?g {{ ?e ?p ?n VALUES ?p {{ rdfs:label skos:altLabel rdf:type }} }}
                FILTER(STRSTARTS(STR(?e), "{vocab.ID_BASE}")) {rebuilt} }}"""
    for row in store.query(query, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True):
        entry = found.setdefault(row["e"].value, ["", "", set()])
        p, value = row["p"].value, row["n"].value
        if p.endswith("#type"):
            entry[0] = entry[0] or value.rsplit("#", 1)[-1]
        elif p.endswith("#label"):
            entry[1] = entry[1] or value
            entry[2].add(value)
        else:
            entry[2].add(value)
    return [(cls, label, names) for cls, label, names in found.values() if cls and label]


def write_file(store: ox.Store, path: str | os.PathLike, fmt: str | None = None) -> None:
    """Write the store to a graph file, atomically (temporary file in the same folder, then rename).

    trig and nq keep the named graphs; ttl, nt and jsonld hold the union of all graphs,
    each triple once.
    """
    path = Path(path)
    fmt = file_format(path, fmt)
    if fmt in ("trig", "nq"):
        data = store
    else:
        data = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in store)
    prefixes = FILE_PREFIXES if fmt in ("trig", "ttl") else None
    with atomic_write(path) as out:
        ox.serialize(data, out, format=FORMATS[fmt], prefixes=prefixes)


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__
