"""``kg push``: copy every named graph of a store to a remote SPARQL server, replacing each one.

Each article graph goes out with a Graph Store Protocol ``PUT URL/store?graph=IRI``
(Oxigraph's layout), which replaces that graph; where the server has no such endpoint
(404, 405, 415) the push falls back to SPARQL Update at ``URL/update``:
``DROP SILENT GRAPH <g>; INSERT DATA { GRAPH <g> { … } }``. Either way a second push
of the same store leaves the server as the first one did.
"""
from __future__ import annotations

import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

import pyoxigraph as ox

from kg.errors import KgError
from kg.store import load_source

NO_GSP = {404, 405, 415, 501}
TIMEOUT = 120


def push(store: ox.Store, endpoint: str) -> dict:
    """Replace each named graph of ``store`` on the server at ``endpoint``; returns counts and the method."""
    base = endpoint.rstrip("/")
    if urllib.parse.urlsplit(base).scheme not in ("http", "https"):
        raise KgError(f"endpoint must be an http(s) URL, got {endpoint}")
    graphs: dict[str, list[ox.Triple]] = defaultdict(list)
    for q in store:
        if isinstance(q.graph_name, ox.NamedNode):
            graphs[q.graph_name.value].append(ox.Triple(q.subject, q.predicate, q.object))
    method = "gsp"
    for iri, triples in graphs.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        if method == "gsp":
            url = f"{base}/store?{urllib.parse.urlencode({'graph': iri})}"
            status = _send("PUT", url, body, "application/n-triples", allow=NO_GSP)
            if status not in NO_GSP:
                continue
            method = "update"
        update = (f"DROP SILENT GRAPH <{iri}> ;\nINSERT DATA {{ GRAPH <{iri}> {{\n"
                  + body.decode("utf-8") + "}}")
        _send("POST", f"{base}/update", update.encode("utf-8"), "application/sparql-update")
    return {"graphs": len(graphs), "triples": sum(map(len, graphs.values())), "method": method}


def _send(method: str, url: str, body: bytes, media: str, allow=frozenset()) -> int:
    """Send one request; the status, or a KgError for an unreachable server or an HTTP error."""
    req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": media})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            return resp.status
    except urllib.error.HTTPError as e:
        if e.code in allow:
            return e.code
        detail = e.read().decode("utf-8", errors="replace").strip().splitlines()
        raise KgError(f"{method} {url}: HTTP {e.code} {e.reason}"
                      + (f": {detail[0][:200]}" if detail else "")) from None
    except urllib.error.URLError as e:
        raise KgError(f"cannot reach {_server(url)}: {e.reason}") from None
    except (TimeoutError, ConnectionError) as e:
        raise KgError(f"cannot reach {_server(url)}: {e}") from None


def _server(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def run(args) -> int:
    """``kg push STORE --endpoint URL``."""
    counts = push(load_source(args.store), args.endpoint)
    via = "Graph Store Protocol" if counts["method"] == "gsp" else "SPARQL Update"
    print(f"kg push: {counts['graphs']} graphs, {counts['triples']} triples to {args.endpoint} ({via})",
          file=sys.stderr)
    return 0
