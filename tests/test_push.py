"""kg push into a real Oxigraph server (the ``oxigraph`` PyPI package), by GSP and by SPARQL Update."""
from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.push import push
from kg.query import saved_query
from kg.store import load_source
from oxigraph_server import OXIGRAPH, free_port, oxigraph_server

SMALL = Path(__file__).parent / "fixtures" / "small.trig"
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
pytestmark = pytest.mark.skipif(not Path(OXIGRAPH).exists(), reason="needs the oxigraph server (pip install oxigraph)")


@pytest.fixture
def oxigraph(tmp_path):
    with oxigraph_server("serve", "--location", str(tmp_path / "ox")) as url:
        yield url


def remote_select(url: str, query: str, union: bool = False) -> list[dict]:
    req = urllib.request.Request(url + "/query" + ("?union-default-graph" if union else ""), data=query.encode("utf-8"),
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        rows = json.loads(r.read())["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


def local_select(store, query: str) -> list[dict]:
    results = store.query(query, use_default_graph_as_union=True)
    names = [v.value for v in results.variables]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in results]


def assert_same_counts(url: str, store) -> None:
    per_graph = {r["g"]: int(r["n"]) for r in remote_select(url, PER_GRAPH)}
    assert per_graph == {r["g"]: int(r["n"]) for r in local_select(store, PER_GRAPH)}
    assert sum(per_graph.values()) == 268
    # Oxigraph's union-default-graph parameter makes the remote default graph the union, as locally
    types = saved_query("entity_types").render()
    remote = remote_select(url, types, union=True)
    assert remote == local_select(store, types)
    assert {r["type"].rsplit("#", 1)[1]: int(r["entities"]) for r in remote}["Person"] == 3


def test_push_twice_by_graph_store_protocol(oxigraph):
    store = load_source(SMALL)
    for _ in range(2):
        assert push(store, oxigraph) == {"graphs": 2, "triples": 268, "method": "gsp"}
        assert_same_counts(oxigraph, store)


class NoGraphStore(http.server.BaseHTTPRequestHandler):
    """A server with SPARQL Update only: 404 for /store, /update forwarded to Oxigraph."""
    target = ""

    def do_PUT(self):
        self.send_response(404)
        self.end_headers()

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        req = urllib.request.Request(self.target + self.path, data=body,
                                     headers={"Content-Type": self.headers["Content-Type"]})
        with urllib.request.urlopen(req, timeout=30) as r:
            self.send_response(r.status)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_push_falls_back_to_sparql_update(oxigraph):
    handler = type("Handler", (NoGraphStore,), {"target": oxigraph})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        store = load_source(SMALL)
        for _ in range(2):
            assert push(store, f"http://127.0.0.1:{server.server_port}")["method"] == "update"
            assert_same_counts(oxigraph, store)
    finally:
        server.shutdown()


def test_cli_push_and_errors(oxigraph, tmp_path):
    run = subprocess.run([sys.executable, "-m", "kg.cli", "push", str(SMALL), "--endpoint", oxigraph + "/"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and "2 graphs, 268 triples" in run.stderr
    with pytest.raises(KgError, match=r"cannot reach http://127\.0\.0\.1:\d+: .*refused"):
        push(load_source(SMALL), f"http://127.0.0.1:{free_port()}")
    with pytest.raises(KgError, match="HTTP 404"):
        push(load_source(SMALL), oxigraph + "/no/such/path")
    with pytest.raises(KgError, match="http"):
        push(load_source(SMALL), "ftp://example.org")
    run = subprocess.run([sys.executable, "-m", "kg.cli", "push", str(SMALL), "--endpoint",
                          f"http://127.0.0.1:{free_port()}"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1 and run.stderr.count("\n") == 1 and run.stderr.startswith("kg push: cannot reach")
