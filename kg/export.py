"""``kg export``: the graph for the tools data teams analyse graphs with.

Entities become nodes with their class, label and aliases; each fact an article states
becomes an edge with its relation, title or rank, confidence, source sentence and article
(:meth:`kg.api.KnowledgeGraph.to_networkx` with ``facts``).

- ``graphml`` and ``gexf``: one file, for Gephi (and networkx, igraph, Cytoscape).
- ``neo4j``: a folder of ``nodes.csv`` and ``relationships.csv`` with the header format of
  ``neo4j-admin database import`` (``iri:ID``, ``:LABEL``, ``aliases:string[]``, ``:START_ID``,
  ``:END_ID``, ``:TYPE``, ``confidence:float``); the command to run is printed.
- ``csv``: a folder of plain ``nodes.csv`` and ``edges.csv``, for pandas, R or a spreadsheet.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from kg.errors import KgError
from kg.files import atomic_write

FORMATS = ("graphml", "gexf", "neo4j", "csv")
ALIAS_SEPARATOR = ";"  # inside one cell: neo4j-admin's default array delimiter
EDGE_FIELDS = ("predicate", "label", "title", "rank", "confidence", "sentence", "article")


def run(args) -> int:
    from kg import api

    if args.format not in FORMATS:
        raise KgError(f"unknown export format {args.format} (use {' '.join(FORMATS)})")
    graph = api.open(args.source).to_networkx(facts=True)
    out = Path(args.output)
    if args.format in ("graphml", "gexf"):
        write_file(graph, out, args.format)
    else:
        _folder(out)
        (write_neo4j if args.format == "neo4j" else write_csv)(graph, out)
    print(f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} facts -> {out}")
    if args.format == "neo4j":
        print(f"load with: neo4j-admin database import full --nodes={out / 'nodes.csv'} "
              f"--relationships={out / 'relationships.csv'} --array-delimiter='{ALIAS_SEPARATOR}' neo4j")
    return 0


def _flat(graph):
    """A copy whose attributes are all scalars (GraphML and GEXF hold no lists)."""
    flat = graph.copy()
    for _, data in flat.nodes(data=True):
        data["aliases"] = ALIAS_SEPARATOR.join(data.get("aliases", []))
    return flat


def write_file(graph, path: Path, fmt: str) -> None:
    import networkx as nx

    writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    with atomic_write(path) as f:
        writer(_flat(graph), f)


def _rows(path: Path, header: list[str], rows) -> None:
    with atomic_write(path, "w") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def _one_line(text) -> str:
    return "" if text is None else " ".join(str(text).split())


def write_neo4j(graph, folder: Path) -> None:
    """``nodes.csv`` and ``relationships.csv`` for ``neo4j-admin database import``."""
    _rows(folder / "nodes.csv", ["iri:ID", "name", "aliases:string[]", ":LABEL"],
          ([iri, d.get("label", ""), ALIAS_SEPARATOR.join(a for a in d.get("aliases", []) if ALIAS_SEPARATOR not in a),
            ALIAS_SEPARATOR.join(("Entity", d["type"]) if d.get("type") else ("Entity",))]
           for iri, d in graph.nodes(data=True)))
    _rows(folder / "relationships.csv",
          [":START_ID", ":END_ID", ":TYPE", "label", "title", "rank", "confidence:float", "sentence", "article"],
          ([s, o, relationship_type(d["predicate"]), d["label"], d.get("title", ""), d.get("rank", ""),
            d["confidence"], _one_line(d["sentence"]), d["article"]]
           for s, o, d in graph.edges(data=True)))


def relationship_type(predicate: str) -> str:
    """affiliatedWith -> AFFILIATED_WITH, as Neo4j names relationship types."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", predicate).upper()


def write_csv(graph, folder: Path) -> None:
    """Plain ``nodes.csv`` (iri, type, label, aliases) and ``edges.csv`` (source, target, the facts' fields)."""
    _rows(folder / "nodes.csv", ["iri", "type", "label", "aliases"],
          ([iri, d.get("type", ""), d.get("label", ""), ALIAS_SEPARATOR.join(d.get("aliases", []))]
           for iri, d in graph.nodes(data=True)))
    _rows(folder / "edges.csv", ["source", "target", *EDGE_FIELDS],
          ([s, o, *(_one_line(d.get(k)) for k in EDGE_FIELDS)] for s, o, d in graph.edges(data=True)))


def _folder(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise KgError(f"{path} is a file; neo4j and csv exports write a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KgError(f"cannot create folder {path}: {e.strerror or e}") from None
