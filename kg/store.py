"""The RDF store: open, load, replace article graphs, write graph files.

A store is a pyoxigraph ``Store`` (RocksDB on disk, or in memory). Queries see the
union of the named graphs as their default graph (``use_default_graph_as_union``).

Crash safety: ``replace_graphs`` writes in a single pyoxigraph transaction (``extend``
when no graph is replaced, one SPARQL update ``DROP GRAPH …; INSERT DATA …`` when some
are), so an interrupted or failed build leaves either the old graphs or the new ones,
never half of them. ``bulk_extend`` is faster but not transactional, so it is not used
here. ``write_file`` writes a temporary file beside the target and renames it.
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


def replace_graphs(store: ox.Store, graphs: dict[str, list[ox.Quad]], drop: set[str] = frozenset()) -> None:
    """Put each named graph in the store in place of any graph of the same IRI, and remove the
    graphs named in ``drop``, in one transaction.

    The quads of ``graphs[iri]`` are stored in the graph ``iri`` whatever their own graph
    name, so building the same article twice leaves one copy.
    """
    names = {iri: ox.NamedNode(iri) for iri in graphs}
    quads = [ox.Quad(q.subject, q.predicate, q.object, names[iri]) for iri, qs in graphs.items() for q in qs]
    gone = [ox.NamedNode(iri) for iri in drop if iri not in graphs]
    if not gone and not any(store.contains_named_graph(g) for g in names.values()):
        store.extend(quads)  # transactional
        return
    drops = "".join(f"DROP SILENT GRAPH {g} ;\n" for g in [*names.values(), *gone])
    data = "\n".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads)
    store.update(f"{drops}INSERT DATA {{\n{data}\n}}")  # one update is one transaction


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
