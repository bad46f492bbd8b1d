"""kg viz: the page's data, its filters, and the page itself in headless Chromium."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import viz
from kg.errors import KgError
from kg.store import load_source

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "viz.trig"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = '<img src=x onerror="window.__pwned=1">'
HOSTILE_ID = "kgr:org/%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E"
FUND_ID = "kgr:fund/云岭数字产业投资基金"


@pytest.fixture(scope="module")
def store():
    return load_source(FIXTURE)


def page_json(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)[1])


def labels(page: dict) -> set[str]:
    return {n["label"] for n in page["nodes"]}


# --- the page's data ---------------------------------------------------------------

def test_page_holds_every_entity_and_relation_with_its_facts(store):
    page = viz.page_data(store)
    assert len(page["nodes"]) == 9 and len(page["edges"]) == 7
    edge = {(page["nodes"][e["from"]]["label"], e["label"], page["nodes"][e["to"]]["label"]): e
            for e in page["edges"]}
    assert ("白若溪", "任职于 · 特聘教授", "滇池大学") in edge
    won = edge[("第五届洱海创客大赛", "获奖者 · 一等奖", "苍山资本有限公司")]
    assert [page["texts"][f["sentence"]] for f in won["facts"]] == ["苍山资本有限公司获得一等奖。"]
    assert ("苍山资本有限公司", "位于", "洱海科技园") in edge  # a bare edge, no statement behind it
    fund = next(n for n in page["nodes"] if n["id"] == FUND_ID)
    assert fund["cls"] == "Fund" and fund["aliases"] == ["云岭基金"]
    assert fund["facts"][0]["p"] == "金额" and page["texts"][fund["facts"][0]["sentence"]] == "基金总规模8亿元。"
    assert next(n for n in page["nodes"] if n["label"] == "滇池大学")["cls"] == "University"
    assert page["physics"] is True and page["omitted"] == 0


def test_html_is_self_contained_and_keeps_markup_out(store):
    html = viz.render_html(store)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//|url\(\s*["']?https?:|@import|sourceMappingURL""", html)
    assert html.count("</script") == 3  # closes only the data, vis-network and the page script
    assert "<img" not in html and "window.__pwned=2</script>" not in html
    assert len(page_json(html)["nodes"]) == 9


def test_entity_and_hops_give_the_neighbourhood(store):
    assert labels(viz.page_data(store, entity="云岭基金", hops=1)) == {
        "云岭数字产业投资基金", "滇池大学", "苍山资本有限公司"}
    two = labels(viz.page_data(store, entity="云岭基金", hops=2))
    assert {"白若溪", "洱海科技园", "第五届洱海创客大赛"} <= two and "大理州科学技术局" not in two
    assert labels(viz.page_data(store, entity="孙明远", hops=3)) == {"孙明远"}


def test_types_keep_those_classes_and_their_subclasses(store):
    assert labels(viz.page_data(store, types=["Person"])) == {"白若溪", "孙明远"}
    orgs = labels(viz.page_data(store, types=["organization", "基金"]))
    assert orgs == {"滇池大学", "苍山资本有限公司", "大理州科学技术局", HOSTILE, "云岭数字产业投资基金"}


def test_query_keeps_the_iris_it_returns(store):
    q = "SELECT ?c ?w WHERE { ?c kg:winner ?w }"
    assert labels(viz.page_data(store, query=q)) == {"第五届洱海创客大赛", "苍山资本有限公司", HOSTILE}
    assert labels(viz.page_data(store, query=q, types=["Company"])) == {"苍山资本有限公司", HOSTILE}


@pytest.mark.parametrize("options, message", [
    ({"entity": "不存在的名字"}, "no entity is named"),
    ({"entity": "大"}, "entities match"),
    ({"types": ["Spaceship"]}, "unknown class Spaceship"),
    ({"query": "ASK { ?s ?p ?o }"}, "needs a SELECT"),
    ({"query": "SELECT nonsense"}, "does not parse"),
    ({"query": "SELECT ?x WHERE { ?x rdfs:label ?l . FILTER(false) }"}, "no entity IRIs"),
])
def test_bad_filters_raise_one_line_errors(store, options, message):
    with pytest.raises(KgError, match=message):
        viz.page_data(store, **options)


def test_past_the_cap_the_best_connected_nodes_stay(store):
    page = viz.page_data(store, max_nodes=2)
    assert labels(page) == {"苍山资本有限公司", "第五届洱海创客大赛"}  # three edges each
    assert page["omitted"] == 7 and page["total"] == 9 and len(page["edges"]) == 1


def test_large_graphs_get_positions_and_no_physics():
    page = viz.page_data(synthetic_store(1200), max_nodes=1100)
    assert page["physics"] is False and page["omitted"] == 100 and len(page["nodes"]) == 1100
    xs = [n["x"] for n in page["nodes"]]
    assert max(xs) - min(xs) > 2000  # spread out, not piled up


def test_cli_writes_the_page_and_fails_cleanly(tmp_path):
    out = tmp_path / "g.html"
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?u WHERE { ?u a kg:University }", encoding="utf-8")
    done = kg("viz", str(FIXTURE), "-o", str(out), "--query", str(query))
    assert done.returncode == 0, done.stderr
    assert labels(page_json(out.read_text(encoding="utf-8"))) == {"滇池大学"}
    assert "1 nodes" in done.stderr
    bad = kg("viz", str(tmp_path / "missing.trig"), "-o", str(tmp_path / "bad.html"))
    assert bad.returncode == 1 and "no such file" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "bad.html").exists()
    nofolder = kg("viz", str(FIXTURE), "-o", str(tmp_path / "no" / "g.html"))
    assert nofolder.returncode == 1 and "does not exist" in nofolder.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html", "q.rq"]  # no temporary file left


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def synthetic_store(n: int) -> ox.Store:
    """People affiliated with a few organisations, shaped like a built graph."""
    kg_, rdfs = "https://w3id.org/kg-news/ontology#", "http://www.w3.org/2000/01/rdf-schema#"
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    orgs = max(1, n // 20)
    quads = []
    for i in range(n):
        cls, e = ("Company", f"org/测试企业{i}") if i < orgs else ("Person", f"person/测试人物{i}")
        node = ox.NamedNode("https://w3id.org/kg-news/id/" + e)
        quads += [ox.Quad(node, rdf_type, ox.NamedNode(kg_ + cls)),
                  ox.Quad(node, ox.NamedNode(rdfs + "label"), ox.Literal(e.split("/")[1], language="zh"))]
        if i >= orgs:
            org = ox.NamedNode(f"https://w3id.org/kg-news/id/org/测试企业{i % orgs}")
            quads.append(ox.Quad(node, ox.NamedNode(kg_ + "affiliatedWith"), org))
    store = ox.Store()
    store.extend(quads)
    return store


# --- in the browser ----------------------------------------------------------------

needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page opened from a file, recording console errors, dialogs and requests."""

    def __init__(self, browser, path: Path):
        self.errors, self.dialogs, self.requests = [], [], []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready]", timeout=60_000)

    def eval(self, js: str, arg=None):
        return self.page.evaluate(js, arg)

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Where a node is drawn, in page coordinates."""
        return tuple(self.eval("""id => { const p = kgNetwork.canvasToDOM(kgNetwork.getPosition(id));
            const r = document.getElementById('kg-network').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y]; }""", node_id))

    def assert_clean(self):
        assert self.errors == [] and self.dialogs == []
        assert self.eval("window.__pwned") is None
        outside = [u for u in self.requests if not u.startswith(("file:", "data:", "about:"))]
        assert outside == []


@pytest.fixture
def open_page(browser, tmp_path):
    """Write a page (the fixture graph unless ``store=``) and open it; closed after the test."""
    pages = []

    def open_(name="g.html", **options) -> Page:
        out = tmp_path / name
        viz.write_html(options.pop("store", FIXTURE), out, **options)
        pages.append(Page(browser, out))
        return pages[-1]

    yield open_
    for p in pages:
        p.page.close()


@needs_chromium
def test_page_draws_all_nodes_and_edges_offline(open_page, tmp_path):
    p = open_page()
    assert p.eval("[kgNodes.length, kgEdges.length]") == [9, 7]
    assert p.eval("document.getElementById('kg-heading').textContent") == "kg 知识图谱 · viz.trig"
    assert p.eval("kgNetwork.physics.options.enabled") is False  # stabilised, then stopped
    p.assert_clean()
    assert p.requests == [(tmp_path / "g.html").as_uri()]


@needs_chromium
def test_hostile_names_stay_text_everywhere(open_page):
    p = open_page(entity=HOSTILE, hops=2)
    assert HOSTILE in p.eval("document.getElementById('kg-heading').textContent")
    p.eval("kgNetwork.fit()")
    x, y = p.node_point(HOSTILE_ID)
    p.page.mouse.move(x, y)
    tip = p.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert HOSTILE in tip.text_content() and tip.query_selector("img") is None
    p.page.mouse.click(x, y)
    details = p.eval("document.getElementById('kg-details').textContent")
    assert HOSTILE in details and "window.__pwned=4" in details and "window.__pwned='headline'" in details
    rank = p.eval("kgEdges.get().find(e => e.from.startsWith('kgr:competition/') && e.to === arguments[0])"
                  .replace("arguments[0]", json.dumps(HOSTILE_ID)))
    p.eval("id => kgNetwork.body.emitter.emit('click', {nodes: [], edges: [id]})", rank["id"])
    assert "window.__pwned=3" in p.eval("document.getElementById('kg-details').textContent")
    for q in ("<img", "</script>", "pwned"):
        p.page.fill("#kg-search", q)
        assert p.page.locator("#kg-results button").count() >= 1
    assert p.eval("[document.querySelectorAll('img').length, document.scripts.length]") == [0, 3]
    p.assert_clean()


@needs_chromium
def test_search_by_short_name_focuses_the_fund_and_click_shows_founders(open_page):
    p = open_page()
    p.page.fill("#kg-search", "云岭基金")
    assert p.page.locator("#kg-results button").all_text_contents() == ["云岭数字产业投资基金（基金）"]
    p.page.press("#kg-search", "Enter")
    assert p.eval("kgNetwork.getSelectedNodes()") == [FUND_ID]
    p.eval("kgNetwork.unselectAll(); document.getElementById('kg-details').replaceChildren()")
    p.page.wait_for_timeout(400)  # the focus animation
    x, y = p.node_point(FUND_ID)
    p.page.mouse.click(x, y)
    assert p.eval("kgNetwork.getSelectedNodes()") == [FUND_ID]
    details = p.page.locator("#kg-details").inner_text()
    assert "—创立者→ 滇池大学" in details and "—创立者→ 苍山资本有限公司" in details
    assert "云岭基金由滇池大学与苍山资本共同发起设立。" in details
    assert "《云岭数字产业投资基金在滇池大学揭牌》" in details and "金额：800000000" in details
    p.assert_clean()


@needs_chromium
def test_class_checkboxes_hide_and_show_a_class(open_page):
    p = open_page()
    shown = "kgNodes.get({filter: n => !n.hidden}).length"
    p.page.uncheck("#kg-legend input[data-cls=Person]")
    assert p.eval(shown) == 7
    p.page.check("#kg-legend input[data-cls=Person]")
    assert p.eval(shown) == 9
    p.assert_clean()


@needs_chromium
def test_filters_narrow_the_drawn_nodes(open_page):
    p = open_page("a.html", entity="云岭基金", hops=1)
    assert sorted(p.eval("kgNodes.getIds()")) == sorted(
        [FUND_ID, "kgr:org/滇池大学", "kgr:org/苍山资本有限公司"])
    assert p.eval("kgEdges.length") == 2
    p = open_page("b.html", types=["Person"])
    assert p.eval("kgNodes.length") == 2 and p.eval("kgEdges.length") == 0
    p = open_page("c.html", query="SELECT ?c WHERE { ?c a kg:Competition }")
    assert p.eval("kgNodes.getIds()") == ["kgr:competition/第五届洱海创客大赛"]
    p.assert_clean()


@needs_chromium
def test_large_graph_is_drawn_from_positions_and_says_what_was_left_out(open_page):
    p = open_page(store=synthetic_store(1200), max_nodes=1100)
    assert p.eval("kgNodes.length") == 1100
    assert p.eval("kgNetwork.physics.options.enabled") is False
    notice = p.eval("document.getElementById('kg-notice').textContent")
    assert "100" in notice and "--entity" in notice and "--type" in notice
    p.assert_clean()


@needs_chromium
def test_the_bundled_sample_page_renders(open_page, tmp_path):
    graph = tmp_path / "sample.trig"
    done = kg("build", "data/sample-page.txt", "-o", str(graph), "-q")
    assert done.returncode == 0, done.stderr
    p = open_page(store=graph)
    assert p.eval("kgNodes.length") > 50 and p.eval("kgEdges.length") > 0
    p.assert_clean()


def test_the_page_is_built_through_pyvis():
    """Nodes and edges come from pyvis's Network, and vis-network is the script pyvis itself puts in line."""
    from pyvis.network import Network

    page = viz.page_data(load_source(FIXTURE))
    net, nodes, edges = viz._network(page)
    assert isinstance(net, Network) and len(nodes) == len(page["nodes"]) and len(edges) == len(page["edges"])
    assert {n["id"] for n in nodes} == {n["id"] for n in page["nodes"]}
    pyvis_page = Network(cdn_resources="in_line").generate_html()
    script = viz._inline_script(net)
    assert len(script) > 100_000 and script in pyvis_page
    html = viz.render_html(load_source(FIXTURE))
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    assert data["visNodes"] == nodes
