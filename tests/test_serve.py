"""kg serve: a real server on 127.0.0.1, queried by SPARQLWrapper, curl-like requests and Chromium."""
from __future__ import annotations

import csv
import http.client as http_client
import io
import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from kg import api
from kg.cli import main
from kg.query import saved_queries
from kg.store import load_source, open_store, replace_graphs
from oxigraph_server import OXIGRAPH, oxigraph_server

SMALL = Path(__file__).parent / "fixtures" / "small.trig"
PARAMS = {"org_people": {"org": "东湖理工"}, "competition_results": {"competition": "江城创赛"},
          "entity": {"name": "青岚智能"}, "fact_source": {"subject": "林海峰", "object": "东湖理工大学"}}
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(source, *options):
    """``kg serve`` in a subprocess; returns (process, base URL) once it prints its URL."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(source), "--port", str(port), *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.startswith(f"kg serve: http://127.0.0.1:{port}/"), line + proc.stderr.read()
    return proc, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    store = open_store(path)
    graphs: dict = {}
    for q in load_source(SMALL):
        graphs.setdefault(q.graph_name.value, []).append(q)
    replace_graphs(store, graphs)
    store.flush()
    del store
    return path


@pytest.fixture(scope="module")
def server(store_dir):
    proc, url = start_server(store_dir, "--timeout", "2", "--limit", "100")
    yield url
    proc.terminate()
    proc.wait(timeout=10)
    assert "Traceback" not in proc.stderr.read()  # every bad request got an answer, not a crash


def http(url, data=None, headers=None, method=None):
    """(status, headers, body text) of one request."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def post_query(server, query, accept):
    return http(server + "/sparql", query.encode("utf-8"),
                {"Content-Type": "application/sparql-query", "Accept": accept})


def count(server) -> int:
    _, _, body = post_query(server, COUNT, "application/sparql-results+json")
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_saved_query_same_rows_via_endpoint_cli_and_api(server, store_dir, capsys, name):
    params = PARAMS.get(name, {})
    text = saved_queries()[name].render(**params)
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(text)
    client.setReturnFormat(JSON)
    remote = client.queryAndConvert()["results"]["bindings"]
    assert remote, f"{name} returned no rows"
    assert main(["query", str(store_dir), name, *[f"{k}={v}" for k, v in params.items()], "--format", "json"]) == 0
    local = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert remote == local
    df = api.open(store_dir).saved(name, **params)
    assert len(df) == len(remote)
    first_column = df.columns[0]
    assert [str(v) for v in df[first_column]] == [b[first_column]["value"] for b in remote]


def test_select_formats_by_accept(server):
    query = "SELECT ?name ?start WHERE { ?e kg:sentence ?name ; kg:startOffset ?start } ORDER BY ?start ?name"
    client = SPARQLWrapper(server + "/query")
    client.setQuery(query)
    client.setReturnFormat(JSON)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert len(rows) == 12 and rows[0]["start"]["value"] == "10"
    client.setReturnFormat(XML)
    doc = client.queryAndConvert()
    assert len(doc.getElementsByTagName("result")) == 12
    client.setReturnFormat(CSV)
    table = list(csv.reader(io.StringIO(client.queryAndConvert().decode("utf-8"))))
    assert table[0] == ["name", "start"] and len(table) == 13
    client.setReturnFormat(TSV)
    tsv = client.queryAndConvert().decode("utf-8").splitlines()
    assert tsv[0] == "?name\t?start" and tsv[1].split("\t")[0].endswith('"@zh')
    status, headers, body = http(server + "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?f a kg:Fund }"}),
                                 headers={"Accept": "application/sparql-results+xml"})
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    assert ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


@pytest.mark.parametrize("accept,fmt", [("text/turtle", ox.RdfFormat.TURTLE),
                                        ("application/ld+json", ox.RdfFormat.JSON_LD),
                                        ("application/n-triples", ox.RdfFormat.N_TRIPLES)])
def test_construct_formats_by_accept(server, accept, fmt):
    query = "CONSTRUCT { ?e rdfs:label ?n } WHERE { ?e a kg:Person ; rdfs:label ?n }"
    status, headers, body = post_query(server, query, accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    triples = list(ox.parse(body.encode("utf-8"), format=fmt))
    assert sorted(t.object.value for t in triples) == ["林海峰", "苏雨桐", "高志远"]


def test_form_post_and_result_limit(server):
    body = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}).encode()
    status, headers, text = http(server + "/sparql", body, {"Content-Type": "application/x-www-form-urlencoded",
                                                            "Accept": "text/csv"})
    assert status == 200
    assert len(text.strip().splitlines()) == 1 + 100
    assert headers["X-Result-Truncated"] == "true" and headers["X-Result-Limit"] == "100"
    status, headers, _ = post_query(server, "SELECT * WHERE { ?s a kg:Person }", "text/csv")
    assert status == 200 and "X-Result-Truncated" not in headers


def test_updates_are_refused_and_change_nothing(server):
    before = count(server)
    insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    requests = [
        (server + "/sparql", insert.encode(), {"Content-Type": "application/sparql-update"}),
        (server + "/sparql", urllib.parse.urlencode({"update": insert}).encode(),
         {"Content-Type": "application/x-www-form-urlencoded"}),
        (server + "/sparql", ("PREFIX ex: <urn:ex#>\n" + insert).encode(),
         {"Content-Type": "application/sparql-query"}),
        (server + "/sparql?" + urllib.parse.urlencode({"update": "DROP ALL"}), None, {}),
        (server + "/query", b"CLEAR ALL", {"Content-Type": "application/sparql-query"}),
    ]
    for url, data, headers in requests:
        status, _, text = http(url, data, headers)
        assert status == 403 and "read-only" in text
    assert count(server) == before == 268


def test_bad_requests(server):
    status, _, text = post_query(server, "SELECT * WHERE { ?s ?p }", "application/sparql-results+json")
    assert status == 400 and text.startswith("syntax error at line 1, column")
    status, _, _ = http(server + "/sparql", b"x", {"Content-Type": "text/plain"})
    assert status == 415
    status, _, _ = http(server + "/sparql")
    assert status == 400


def test_runaway_query_times_out_while_others_are_answered(server):
    result = {}

    def runaway():
        start = time.monotonic()
        result["answer"] = post_query(server, RUNAWAY, "application/sparql-results+json")
        result["seconds"] = time.monotonic() - start

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)
    start = time.monotonic()
    assert count(server) == 268  # answered by another worker while the runaway runs
    assert time.monotonic() - start < 1.0
    assert thread.is_alive()
    thread.join(timeout=15)
    status, _, text = result["answer"]
    assert status == 503 and "timeout" in text
    assert 1.9 < result["seconds"] < 5
    for _ in range(3):  # the killed worker is replaced: the pool still answers
        assert count(server) == 268


def test_cors(server):
    status, headers, _ = http(server + "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}),
                              headers={"Origin": "http://example.org"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    assert "X-Result-Truncated" in headers["Access-Control-Expose-Headers"]
    status, headers, _ = http(server + "/sparql", method="OPTIONS",
                              headers={"Origin": "http://example.org", "Access-Control-Request-Method": "POST",
                                       "Access-Control-Request-Headers": "content-type"})
    assert status == 200 and "POST" in headers["Access-Control-Allow-Methods"]


def test_query_page(server):
    status, headers, html = http(server + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert '"name": "org_people"' in html and '"endpoint": "/sparql"' in html
    assert 'src="/static/yasgui/yasgui.min.js"' in html and 'href="http' not in html  # bundled, offline
    status, headers, js = http(server + "/static/yasgui/yasgui.min.js")
    assert status == 200 and "javascript" in headers["Content-Type"] and len(js) > 500_000
    assert http(server + "/static/../serve.py")[0] == 404
    status, _, graph = http(server + "/graph")
    assert (status, "<html" in graph) in ((200, True), (404, False))


CHROMIUM = "/usr/bin/chromium"


def chromium(p):
    return p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"])


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed")
def test_yasgui_runs_a_typed_query_offline_in_headless_chromium(server):
    """The saved queries are tabs; a query typed and run shows rows, as a table and a chart;
    an entity links to the explorer; no request leaves the server."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = chromium(p)
        page = browser.new_page()
        errors, urls = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: urls.append(r.url))
        page.goto(server + "/")
        page.wait_for_selector(".yasqe .CodeMirror")
        tabs = page.locator(".tabsList .tab").all_text_contents()
        assert all(any(name in t for t in tabs) for name in saved_queries()), tabs
        page.click(".yasqe .CodeMirror")
        page.keyboard.press("Control+A")
        page.keyboard.type("SELECT ?name (COUNT(*) AS ?n) WHERE { ?e a kg:Person ; rdfs:label ?name } GROUP BY ?name")
        page.click(".yasqe_queryButton")
        page.wait_for_selector(".yasr tbody tr td")
        rows = page.locator(".yasr tbody tr").count()
        assert rows == 3, page.content()[:2000]
        assert "林海峰" in page.text_content(".yasr tbody")
        page.click(".yasr .select_chart")
        page.wait_for_selector(".yasr svg.kg-chart rect")
        assert page.locator(".yasr svg.kg-chart rect").count() == 3
        page.click(".yasqe .CodeMirror")
        page.keyboard.press("Control+A")
        page.keyboard.type("SELECT ?e WHERE { ?e a kg:Fund }")
        page.click(".yasqe_queryButton")
        page.click(".yasr .select_table")
        link = page.wait_for_selector(".yasr a.kg-entity")
        assert link.get_attribute("href").startswith("/graph?entity=https%3A%2F%2Fw3id.org%2Fkg-news%2Fid%2Ffund%2F")
        browser.close()
    assert errors == []
    here = urllib.parse.urlsplit(server).netloc
    assert urls and all(urllib.parse.urlsplit(u).netloc == here for u in urls if not u.startswith("data:")), urls


def test_explorer_search_and_neighbourhood_api(server):
    status, _, body = http(server + "/api/search?" + urllib.parse.urlencode({"q": "东湖理"}))
    found = json.loads(body)
    assert status == 200 and found[0]["label"] == "东湖理工大学" and found[0]["type"] == "University"
    assert json.loads(http(server + "/api/search?q=" + urllib.parse.quote('"><script>'))[2]) == []
    iri = found[0]["iri"]
    status, _, body = http(server + "/api/neighbours?" + urllib.parse.urlencode({"iri": iri}))
    hood = json.loads(body)
    labels = {n["label"] for n in hood["nodes"]}
    assert status == 200 and {"东湖理工大学", "林海峰", "苏雨桐"} <= labels and not hood["truncated"]
    titled = [e for e in hood["edges"] if e["title"] == "副校长"]
    assert titled and titled[0]["sentence"] == "东湖理工大学副校长苏雨桐出席签约仪式。" and titled[0]["headline"]
    assert http(server + "/api/neighbours?iri=" + urllib.parse.quote("https://example.org/x> } ?s ?p ?o {"))[0] == 400


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed")
def test_explorer_finds_a_short_form_and_expands_on_click_in_headless_chromium(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = chromium(p)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        errors, urls = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: urls.append(r.url))
        page.goto(server + "/graph")
        page.fill("#q", "东湖理")
        page.wait_for_selector("#results li")
        assert page.locator("#results li").first.text_content().startswith("东湖理工大学")
        page.click("#results li")
        page.wait_for_function("window.kgExplorer.graph.order >= 3")
        first = page.evaluate("window.kgExplorer.graph.order")
        assert "东湖理工大学副校长苏雨桐出席签约仪式。" in page.text_content("#details")
        # click the node of 林海峰 where sigma drew it: its neighbourhood joins the view
        xy = page.evaluate("""() => { const {graph, renderer} = window.kgExplorer;
            const node = graph.findNode((n, a) => a.label === "林海峰");
            return renderer.graphToViewport(graph.getNodeAttributes(node)); }""")
        box = page.locator("#graph").bounding_box()
        page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
        page.wait_for_function(f"window.kgExplorer.graph.order > {first}")
        assert page.locator("#details h2").text_content().startswith("林海峰")
        page.click("#class-filter summary")
        page.uncheck('#class-filter input[data-key="Person"]')
        hidden = page.evaluate("""() => { const {graph, renderer} = window.kgExplorer;
            return graph.filterNodes((n) => renderer.getNodeDisplayData(n).hidden).length; }""")
        assert hidden == page.evaluate("window.kgExplorer.graph.filterNodes((n, a) => a.kind === 'Person').length") > 0
        browser.close()
    assert errors == []
    here = urllib.parse.urlsplit(server).netloc
    assert all(urllib.parse.urlsplit(u).netloc == here for u in urls if not u.startswith("data:")), urls


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed")
def test_hostile_names_stay_text_in_the_explorer():
    from playwright.sync_api import sync_playwright

    hostile = '<img src=x onerror="window.__pwned=1">'
    proc, url = start_server(Path(__file__).parent / "fixtures" / "viz.trig", "--workers", "1")
    try:
        with sync_playwright() as p:
            browser = chromium(p)
            page = browser.new_page()
            page.goto(url + "/graph")
            page.fill("#q", "img src")
            page.wait_for_selector("#results li")
            assert page.locator("#results li").first.text_content().startswith(hostile)
            assert page.locator("#results img").count() == 0
            page.click("#results li")
            page.wait_for_selector("#details h2")
            assert page.locator("#details h2").text_content().startswith(hostile)
            assert "</script><script>window.__pwned=2</script>" in page.text_content("#details")  # an alias
            assert page.locator("#details img, aside img").count() == 0
            assert page.evaluate("window.__pwned") is None
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_explorer_page_puts_names_in_as_text_only():
    page = (Path(__file__).resolve().parents[1] / "kg" / "templates" / "explorer.html").read_text(encoding="utf-8")
    assert "innerHTML" not in page and "insertAdjacentHTML" not in page and "document.write" not in page


def test_ctrl_c_stops_the_server_and_its_workers(store_dir):
    proc, url = start_server(store_dir)
    assert http(url + "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}))[0] == 200
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=10) == 130
    assert proc.stderr.read() == "kg serve: interrupted\n"
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "/", timeout=2)


def test_serve_bad_store_is_one_line(tmp_path):
    run = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(tmp_path / "none"), "--port", str(free_port())],
                         capture_output=True, text=True, timeout=30)
    assert run.returncode == 1 and run.stderr.count("\n") == 1 and "no such file" in run.stderr


# --- federation, limits and protocol ---------------------------------------------------------

class Listener:
    """A TCP port on 127.0.0.1 that counts the connections made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.stop = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self.stop = True
        self.thread.join()
        self.sock.close()


def service_queries(url: str) -> list[str]:
    """SERVICE written every way the grammar allows: case, SILENT, prefixed names, BASE,
    comments between the words, nesting, an escaped IRI."""
    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    escaped = url.replace("1", "\\u0031", 1)
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        f"select * {{ sErViCe silent <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX remote: <http://{host}:{port}/> SELECT * {{ SERVICE remote:sparql {{ ?s ?p ?o }} }}",
        f"BASE <http://{host}:{port}/> SELECT * {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ # a comment\n SERVICE # between\n SILENT\n<{url}>{{?s ?p ?o}} }}",
        f"SELECT * {{ {{ OPTIONAL {{ ?a ?b ?c . {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }} }}",
        f"SELECT * {{ ?x ?y ?z MINUS {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * {{ SERVICE <{escaped}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    ]


def test_service_is_refused_and_the_server_connects_nowhere(server):
    listener = Listener()
    target = f"http://127.0.0.1:{listener.port}/sparql"
    try:
        for query in service_queries(target):
            for status, _, text in (post_query(server, query, "application/sparql-results+json"),
                                    http(server + "/sparql?" + urllib.parse.urlencode({"query": query}))):
                assert status == 400 and "federated queries are off" in text, (query, status, text)
        for load in (f"LOAD <{target}>", f"LOAD SILENT <{target}> INTO GRAPH <urn:g>"):
            assert post_query(server, load, "text/plain")[0] == 403
            status, _, _ = http(server + "/sparql", load.encode(), {"Content-Type": "application/sparql-update"})
            assert status == 403
        time.sleep(0.3)
        assert listener.connections == 0
    finally:
        listener.close()


def test_kg_query_refuses_service_unless_allowed(store_dir, capsys):
    listener = Listener()
    target = f"http://127.0.0.1:{listener.port}/sparql"
    try:
        for query in service_queries(target):
            assert main(["query", str(store_dir), query]) == 1
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "federated queries are off" in err
        assert listener.connections == 0
    finally:
        listener.close()


@pytest.fixture(scope="module")
def remote_endpoint(tmp_path_factory):
    """A real SPARQL server (``oxigraph serve``) on 127.0.0.1 holding one triple."""
    folder = tmp_path_factory.mktemp("remote")
    data = folder / "one.nt"
    data.write_text('<urn:remote:a> <urn:remote:says> "你好" .\n', encoding="utf-8")
    store = folder / "store"
    subprocess.run([OXIGRAPH, "load", "--location", str(store), "--file", str(data)], check=True, capture_output=True)
    with oxigraph_server("serve-read-only", "--location", str(store)) as url:
        yield url + "/query"


def test_allow_service_opens_only_the_named_endpoint(store_dir, remote_endpoint, capsys):
    query = f"SELECT ?o WHERE {{ SERVICE <{remote_endpoint}> {{ ?s <urn:remote:says> ?o }} }}"
    prefix = remote_endpoint.rsplit("/", 1)[0] + "/"
    assert main(["query", str(store_dir), query, "--allow-service", prefix, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["o", "你好"]
    proc, url = start_server(store_dir, "--allow-service", prefix, "--workers", "1")
    try:
        status, _, body = post_query(url, query, "application/sparql-results+json")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["o"]["value"] == "你好"
        other = query.replace(prefix, "http://127.0.0.2:9/")
        status, _, text = post_query(url, other, "application/sparql-results+json")
        assert status == 400 and "not allowed" in text
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_accept_that_cannot_be_served_gets_406(server):
    select = "SELECT * WHERE { ?s a kg:Person }"
    construct = "CONSTRUCT { ?e rdfs:label ?n } WHERE { ?e a kg:Person ; rdfs:label ?n }"
    for query, accept in ((select, "image/png"), (select, "text/turtle"), (construct, "text/csv"),
                          (construct, "image/png"), (construct, "application/sparql-results+json")):
        status, _, text = post_query(server, query, accept)
        assert status == 406 and "results come as" in text, (query, accept, status)
    status, headers, _ = post_query(server, select, "image/png, */*;q=0.1")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")


def test_construct_as_rdf_xml(server):
    query = "CONSTRUCT { ?e rdfs:label ?n } WHERE { ?e a kg:Person ; rdfs:label ?n }"
    status, headers, body = post_query(server, query, "application/rdf+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/rdf+xml")
    triples = list(ox.parse(body.encode("utf-8"), format=ox.RdfFormat.RDF_XML))
    assert sorted(t.object.value for t in triples) == ["林海峰", "苏雨桐", "高志远"]


def test_two_query_parameters_get_400(server):
    one = "ASK {}"
    status, _, text = http(server + "/sparql?" + urllib.parse.urlencode([("query", one), ("query", one)]))
    assert status == 400 and "exactly one" in text
    form = urllib.parse.urlencode([("query", one), ("query", one)]).encode()
    status, _, _ = http(server + "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400
    status, _, _ = http(server + "/sparql?" + urllib.parse.urlencode({"query": one}), one.encode(),
                        {"Content-Type": "application/sparql-query"})
    assert status == 400


def raw_post(server, headers: dict, chunks=()) -> int:
    """Send headers (and what body chunks the server takes before it answers); the status."""
    conn = http_client.HTTPConnection(urllib.parse.urlsplit(server).netloc, timeout=30)
    conn.putrequest("POST", "/sparql")
    for k, v in headers.items():
        conn.putheader(k, v)
    conn.endheaders()
    try:
        for chunk in chunks:
            conn.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        conn.send(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server answered and closed before taking the whole body
    status = conn.getresponse().status
    conn.close()
    return status


def test_bodies_over_the_limit_get_413(server):
    sparql = {"Content-Type": "application/sparql-query"}
    assert raw_post(server, {**sparql, "Content-Length": "50000000"}) == 413  # refused before a byte is read
    chunks = [b"#" + b"x" * 65535] * 20  # chunked, so no Content-Length to go by
    assert raw_post(server, {**sparql, "Transfer-Encoding": "chunked"}, chunks) == 413
    status, _, text = http(server + "/sparql", ("ASK {} #" + "x" * 900_000).encode(), sparql)
    assert status == 200  # under the limit
    status, _, _ = http(server + "/sparql?" + urllib.parse.urlencode({"query": "ASK {} #" + "x" * 1_100_000}))
    assert status in (400, 413, 414, 431)  # uvicorn refuses a URL this long before kg sees it
    assert count(server) == 268


def test_truncation_is_said_in_json_and_xml_bodies(server):
    query = "SELECT * WHERE { ?s ?p ?o }"
    _, _, body = post_query(server, query, "application/sparql-results+json")
    doc = json.loads(body)
    assert len(doc["results"]["bindings"]) == 100 and doc["kg:truncated"]["limit"] == 100
    _, _, body = post_query(server, query, "application/sparql-results+xml")
    assert "<!-- results truncated: only the first 100 rows" in body
    assert len(ET.fromstring(body).findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 100
    _, _, body = post_query(server, "SELECT * WHERE { ?s a kg:Person }", "application/sparql-results+json")
    assert "kg:truncated" not in json.loads(body)


def test_a_full_queue_answers_503_at_once_with_retry_after(store_dir):
    proc, url = start_server(store_dir, "--workers", "1", "--threads", "1", "--queue", "0", "--timeout", "6")
    try:
        slow = threading.Thread(target=post_query, args=(url, RUNAWAY, "application/sparql-results+json"))
        slow.start()
        time.sleep(0.5)
        start = time.monotonic()
        status, headers, text = post_query(url, COUNT, "application/sparql-results+json")
        assert status == 503 and headers["Retry-After"] == "1" and "busy" in text
        assert time.monotonic() - start < 3.0  # at once, not after the 6 s timeout (a loaded machine is slow)
        slow.join(timeout=20)
        for _ in range(50):  # the stuck process was replaced
            status, _, _ = post_query(url, COUNT, "application/sparql-results+json")
            if status == 200:
                break
            time.sleep(0.2)
        assert status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_small_queries_are_answered_while_two_expensive_ones_run(store_dir):
    proc, url = start_server(store_dir, "--workers", "1", "--timeout", "4")
    try:
        slow = [threading.Thread(target=post_query, args=(url, RUNAWAY, "application/sparql-results+json"))
                for _ in range(2)]
        for t in slow:
            t.start()
        time.sleep(0.3)
        answers = [count(url) for _ in range(20)]
        assert all(t.is_alive() for t in slow)  # still running: the small ones did not wait for them
        assert answers == [268] * 20
        for t in slow:
            t.join(timeout=20)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- bad input in bulk ------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SPARQL_PIECES = st.sampled_from(["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "{", "}", "?s", "?p", "?o",
                                 "kg:Person", "<urn:x>", '"林"@zh', "'''", '"', "#", "\n", "FILTER(", ")", "<",
                                 ">", "&&", "GRAPH", "SERVICE", "service", "SILENT", "LOAD", "INSERT", "PREFIX",
                                 "x:", "\\u0053", "LIMIT 1", "COUNT(*)", "GROUP BY", "OPTIONAL", ".", ";", ","])
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(st.lists(SPARQL_PIECES | st.text(max_size=5), max_size=20))
def test_generated_queries_get_an_answer_or_a_clear_error(server, pieces):
    query = " ".join(pieces)
    status, headers, text = post_query(server, query, "application/sparql-results+json")
    assert status in (200, 400, 403, 406), (query, status, text)  # 406: a graph query asked for as JSON rows
    if status != 200:
        assert "Traceback" not in text and text.strip()


@SETTINGS
@given(st.binary(max_size=400) | st.builds(lambda a, b: a + b, st.sampled_from(
    [b"GET /sparql?query=", b"POST /sparql HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n",
     b"GET / HTTP/1.1\r\nHost: x\r\n", b"POST /sparql HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
     b"GET /sparql?query=%ZZ%00 HTTP/1.1\r\n\r\n"]), st.binary(max_size=100)))
def test_malformed_http_never_stops_the_server(server, raw):
    host, port = urllib.parse.urlsplit(server).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(raw)
        conn.shutdown(socket.SHUT_WR)
        try:
            reply = conn.recv(200)
        except (TimeoutError, ConnectionResetError):
            reply = b""
    assert reply == b"" or reply.startswith(b"HTTP/1.1 "), reply
    assert not reply.startswith(b"HTTP/1.1 500")


def test_the_server_still_serves_after_the_bulk_tests(server):
    assert count(server) == 268
