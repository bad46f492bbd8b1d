"""The ``kg`` command line: parse arguments, call the API, print one-line errors."""
from __future__ import annotations

import argparse
import os
import sys

from kg.errors import KgError


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese sci-tech news.")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build an RDF graph from news files")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (.txt .md .html .htm)")
    b.add_argument("-o", "--output", required=True, help="graph file to write (.trig .nq .ttl .jsonld)")
    b.add_argument("--format", choices=["trig", "nq", "ttl", "jsonld"], help="default: from the file name")
    b.add_argument("--store", metavar="DIR", help="also load the graph into this on-disk store")
    b.add_argument("--html", metavar="FILE", help="also write the interactive graph page")
    b.add_argument("--min-confidence", type=float, default=0.0, help="drop facts below this confidence")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    b.add_argument("--disable", action="append", metavar="RULE", help="leave out this relation rule (repeatable; see kg rules)")
    b.add_argument("--jobs", type=int, metavar="N", help="processes for the per-article work (default: every core)")
    b.add_argument("--cluster", metavar="ADDRESS",
                   help="run the per-article work on a Dask cluster: its scheduler's address, or 'local' to start one")

    v = sub.add_parser("validate", help="check a graph against the SHACL shapes")
    v.add_argument("graph")

    x = sub.add_parser("extract", help="mentions and facts as JSON lines, no RDF")
    x.add_argument("input", help='JSON lines, each {"id", "text"}')
    x.add_argument("-o", "--output", required=True)
    x.add_argument("--disable", action="append", metavar="RULE", help="leave out this relation rule (repeatable)")

    sub.add_parser("rules", help="list the relation rules: name, predicate, confidence, wording")

    q = sub.add_parser("query", help="run SPARQL against a graph file or store")
    q.add_argument("source", nargs="?", help="graph file or store folder")
    q.add_argument("query", nargs="?", help="SPARQL text or the name of a saved query")
    q.add_argument("params", nargs="*", metavar="key=value", help="parameters of a saved query")
    q.add_argument("-f", "--file", help="read the query from this .rq file")
    q.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")
    q.add_argument("--list", action="store_true", help="list the saved queries")
    q.add_argument("--allow-service", action="append", metavar="URL_PREFIX",
                   help="let SERVICE call endpoints under this prefix (repeatable; off by default)")

    s = sub.add_parser("serve", help="SPARQL 1.1 Protocol endpoint over a store")
    s.add_argument("store")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=7878)
    s.add_argument("--timeout", type=float, default=10.0, help="seconds per query")
    s.add_argument("--limit", type=int, default=10000, help="most result rows returned")
    s.add_argument("--workers", type=int, default=max(2, os.cpu_count() or 1),
                   help="server processes (default: one per core, at least 2)")
    s.add_argument("--threads", type=int,
                   help="queries each server process runs at once, one client at most half (default 16)")
    s.add_argument("--queue", type=int,
                   help="queries each server process keeps waiting; more get 503 with Retry-After (default 64)")
    s.add_argument("--max-body", type=int, default=1_000_000, metavar="BYTES",
                   help="largest request body (and URL) accepted; larger gets 413 (414)")
    s.add_argument("--allow-service", action="append", metavar="URL_PREFIX",
                   help="let SERVICE call endpoints under this prefix (repeatable; off by default)")

    p = sub.add_parser("push", help="load a store into a remote SPARQL server")
    p.add_argument("store")
    p.add_argument("--endpoint", required=True, help="base URL, e.g. http://127.0.0.1:7878")

    e = sub.add_parser("export", help="the entities and facts for Gephi (GraphML, GEXF), Neo4j or CSV")
    e.add_argument("source", help="graph file or store folder")
    e.add_argument("--format", required=True, choices=["graphml", "gexf", "neo4j", "csv"])
    e.add_argument("-o", "--output", required=True, help="file (graphml, gexf) or folder (neo4j, csv) to write")

    z = sub.add_parser("viz", help="interactive HTML view of a graph")
    z.add_argument("source", help="graph file or store folder")
    z.add_argument("-o", "--output", required=True)
    z.add_argument("--entity", help="centre the view on this entity (any of its names)")
    z.add_argument("--hops", type=int, default=1)
    z.add_argument("--type", dest="types", nargs="+", metavar="CLASS", help="only these classes")
    z.add_argument("--query", metavar="FILE.rq", help="only the nodes a SELECT query returns")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args) or 0
    except KgError as e:
        print(f"kg {args.command}: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # kg rules | head: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(args) -> int | None:
    cmd = args.command
    if cmd == "build":
        from kg import pipeline
        return pipeline.run_build(args)
    if cmd == "validate":
        from kg import validate
        return validate.run(args)
    if cmd == "extract":
        from kg import pipeline
        return pipeline.run_extract(args)
    if cmd == "rules":
        from kg import pipeline
        return pipeline.run_rules(args)
    if cmd == "query":
        from kg import query
        return query.run(args)
    if cmd == "serve":
        from kg import serve
        return serve.run(args)
    if cmd == "push":
        from kg import push
        return push.run(args)
    if cmd == "export":
        from kg import export
        return export.run(args)
    if cmd == "viz":
        from kg import viz
        return viz.run(args)
    raise KgError(f"unknown command {cmd}")


if __name__ == "__main__":
    sys.exit(main())
