"""kg serve: a real server on 127.0.0.1, queried by SPARQLWrapper, curl-like requests and Chromium."""
from __future__ import annotations

import csv
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
    assert '"org_people"' in html and "fetch(\"/sparql\"" in html
    assert "src=" not in html and 'href="http' not in html and "@import" not in html  # works offline
    status, _, graph = http(server + "/graph")
    assert (status, "<html" in graph) in ((200, True), (404, False))


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed")
def test_query_page_in_headless_chromium(server):
    """Pick a saved query, fill its parameter, run it, read the table; only the server is contacted."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        errors, hosts = [], set()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: hosts.add(urllib.parse.urlsplit(r.url).netloc))
        page.goto(server + "/")
        assert page.locator("#saved option").count() == 1 + len(saved_queries())
        page.select_option("#saved", "org_people")
        page.fill('#params input[data-name="org"]', "东湖理工")
        assert '"东湖理工"@zh' in page.input_value("#query")
        page.click("#run")
        page.wait_for_selector("#results table")
        cells = page.locator("#results tbody tr td:first-child").all_text_contents()
        assert cells == ["林海峰", "苏雨桐"]
        assert page.text_content("#status") == "2 rows"
        page.fill('#params input[data-name="org"]', '东湖"理工</td><script>')
        page.click("#run")
        page.wait_for_function("document.getElementById('status').textContent === '0 rows'")
        page.fill("#query", "SELECT * WHERE { ?s ?p }")
        page.click("#run")
        page.wait_for_selector("#status.error")
        assert page.text_content("#status").startswith("syntax error at line 1")
        page.goto(server + "/?" + urllib.parse.urlencode({"query": "ASK { ?f a kg:Fund }"}))
        page.wait_for_function("document.getElementById('status').textContent === 'true'")
        browser.close()
    assert errors == []
    assert hosts == {urllib.parse.urlsplit(server).netloc}


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
