"""How fast `kg viz` pages come up in headless Chromium, beside pyvis's default output; and how
the explorer (``kg serve``'s /graph, sigma.js on WebGL) draws as its view grows to 20,000 nodes.

Builds graphs shaped like ours (people, organisations, funds, competitions, zones;
positions and placements with statements and evidence), renders the page, opens it in
Debian's chromium and prints the seconds until the network is drawn and still (the
page's ``data-ready``: first draw with physics off, or stabilised and stopped). The
baseline is pyvis's own ``write_html`` for 500 nodes with its default physics, timed to
vis-network's ``stabilized`` event (its Bootstrap CDN link is aborted, not waited for).

    .venv/bin/python bench/viz.py [--nodes 5000] [--baseline 500]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg import viz

KG, KGR, KGA = "https://w3id.org/kg-news/ontology#", "https://w3id.org/kg-news/id/", "https://w3id.org/kg-news/article/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS, SKOS = "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2004/02/skos/core#"
PROV, SCHEMA = "http://www.w3.org/ns/prov#", "http://schema.org/"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MIX = [("Person", "person", 0.60), ("University", "org", 0.06), ("Company", "org", 0.14),
       ("ResearchInstitute", "org", 0.04), ("GovernmentAgency", "org", 0.03), ("Fund", "fund", 0.05),
       ("Competition", "competition", 0.03), ("Zone", "zone", 0.05)]


def make_store(n: int, seed: int = 1) -> ox.Store:
    """An n-entity graph in one article graph, with reified, evidenced facts."""
    rnd = random.Random(seed)
    g = ox.NamedNode(KGA + "bench")
    quads: list[ox.Quad] = []

    def add(s, p, o):
        quads.append(ox.Quad(s, ox.NamedNode(p), o, g))

    def zh(text):
        return ox.Literal(text, language="zh")

    by_class: dict[str, list[ox.NamedNode]] = {}
    for i in range(n):
        r, acc = rnd.random(), 0.0
        cls, group = MIX[-1][:2]
        for c, grp, share in MIX:
            acc += share
            if r < acc:
                cls, group = c, grp
                break
        e = ox.NamedNode(f"{KGR}{group}/{cls}{i}")
        by_class.setdefault(cls, []).append(e)
        add(e, RDF + "type", ox.NamedNode(KG + cls))
        add(e, RDFS + "label", zh(f"{cls}{i}号"))
        if rnd.random() < 0.3:
            add(e, SKOS + "altLabel", zh(f"简称{i}"))
    orgs = [e for c in ("University", "Company", "ResearchInstitute", "GovernmentAgency") for e in by_class.get(c, [])]
    facts = 0

    def fact(s, p, o, extra=None):
        nonlocal facts
        facts += 1
        add(s, KG + p, o)
        st, ev = ox.NamedNode(f"{KGR}fact/{facts}"), ox.NamedNode(f"{KGR}evidence/{facts}")
        for node in ([st] + ([extra] if extra is not None else [])):
            add(node, KG + "confidence", ox.Literal("0.9", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")))
            add(node, PROV + "wasDerivedFrom", ev)
        add(st, RDF + "type", ox.NamedNode(RDF + "Statement"))
        add(st, RDF + "subject", s)
        add(st, RDF + "predicate", ox.NamedNode(KG + p))
        add(st, RDF + "object", o)
        add(ev, RDF + "type", ox.NamedNode(KG + "Evidence"))
        add(ev, KG + "sentence", zh(f"第{facts}句：一个关于{p}的句子。"))
        add(ev, KG + "inArticle", g)

    for person in by_class.get("Person", []):
        org = rnd.choice(orgs)
        pos = ox.NamedNode(f"{KGR}position/{facts}")
        add(pos, RDF + "type", ox.NamedNode(KG + "Position"))
        add(pos, KG + "holder", person)
        add(pos, KG + "organization", org)
        add(pos, KG + "title", zh(rnd.choice(["教授", "研究员", "总经理", "主任"])))
        fact(person, "affiliatedWith", org, pos)
    for fund in by_class.get("Fund", []):
        for org in rnd.sample(orgs, 2):
            fact(fund, "foundedBy", org)
    for comp in by_class.get("Competition", []):
        fact(comp, "organizer", rnd.choice(by_class.get("GovernmentAgency", orgs)))
        for winner in rnd.sample(by_class.get("Company", orgs), 5):
            pl = ox.NamedNode(f"{KGR}placement/{facts}")
            add(pl, RDF + "type", ox.NamedNode(KG + "Placement"))
            add(pl, KG + "competition", comp)
            add(pl, KG + "recipient", winner)
            add(pl, KG + "rank", zh(rnd.choice(["金奖", "银奖", "一等奖"])))
            fact(comp, "winner", winner, pl)
    for company in by_class.get("Company", []):
        if by_class.get("Zone") and rnd.random() < 0.5:
            fact(company, "locatedIn", rnd.choice(by_class["Zone"]))
    add(g, RDF + "type", ox.NamedNode(SCHEMA + "NewsArticle"))
    add(g, SCHEMA + "headline", zh("基准测试文章"))
    store = ox.Store()
    store.extend(quads)
    return store


def time_page(browser, path: Path, ready_js: str, timeout_s: float) -> float:
    """Seconds from navigation start until ``ready_js`` is true in the page."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route(lambda url: not url.startswith(("file:", "data:", "about:")), lambda route: route.abort())
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function(ready_js, timeout=timeout_s * 1000, polling=50)
    seconds = page.evaluate("window.kgReadyAt") / 1000
    page.close()
    return seconds


def pyvis_page(store: ox.Store, path: Path) -> None:
    """pyvis's default output for the same entities and relations (physics on, its template)."""
    from pyvis.network import Network
    page = viz.page_data(store, max_nodes=None)
    net = Network(directed=True, cdn_resources="in_line")
    for n in page["nodes"]:
        net.add_node(n["id"], label=n["label"], title=n["cls"])
    for e in page["edges"]:
        net.add_edge(page["nodes"][e["from"]]["id"], page["nodes"][e["to"]]["id"], title=e["label"])
    net.write_html(str(path))


PYVIS_READY = """(() => { const n = window.network;
  if (n && !n.__kgHooked) { n.__kgHooked = true;
    n.on("stabilized", () => { window.kgReadyAt = performance.now(); }); }
  return window.kgReadyAt !== undefined; })()"""
KG_READY = "document.body.dataset.ready === '1'"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--baseline", type=int, default=500)
    ap.add_argument("--explorer", type=int, nargs="+", default=[1000, 5000, 20000], help="explorer sizes")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for label, n, options in ((f"kg viz, all {args.nodes} nodes (positions, physics off)", args.nodes,
                                   {"max_nodes": None}),
                                  (f"kg viz, {args.nodes}-node graph, default cap {viz.MAX_NODES}", args.nodes, {}),
                                  (f"kg viz, {args.baseline} nodes (stabilise, then stop)", args.baseline, {})):
            store = make_store(n)
            out = Path(tmp) / f"kg{n}-{len(rows)}.html"
            t = time.perf_counter()
            counts = viz.write_html(store, out, **options)
            render = time.perf_counter() - t
            draw = time_page(browser, out, KG_READY, 300)
            rows.append((label, counts["nodes"], counts["edges"], render, draw, out.stat().st_size))
        store = make_store(args.baseline)
        out = Path(tmp) / "pyvis.html"
        t = time.perf_counter()
        pyvis_page(store, out)
        render = time.perf_counter() - t
        draw = time_page(browser, out, PYVIS_READY, 600)
        page = viz.page_data(store, max_nodes=None)
        rows.append((f"baseline: pyvis default, {args.baseline} nodes (physics on)", len(page["nodes"]),
                     len(page["edges"]), render, draw, out.stat().st_size))
        browser.close()
    print(f"{'page':58} {'nodes':>6} {'edges':>6} {'python s':>9} {'browser s':>10} {'KB':>6}")
    for label, nodes, edges, render, draw, size in rows:
        print(f"{label:58} {nodes:6d} {edges:6d} {render:9.2f} {draw:10.2f} {size // 1024:6d}")
    explorer_frames(args.explorer)


EXPLORER_LOAD = """(n) => { const {graph, renderer} = window.kgExplorer;
  const kinds = Object.keys(window.KG_CLASSES || {Person: 1, Company: 1, University: 1});
  let seed = 7; const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) graph.addNode("n" + i, {label: "实体" + i, x: rnd() * 100, y: rnd() * 100,
                                                     size: 2 + 8 * rnd() ** 4, color: "#4e79a7", kind: "Person"});
  for (let i = 0; i < 2 * n; i++) graph.addEdge("n" + Math.floor(rnd() * n), "n" + Math.floor(rnd() * n),
                                                {size: 1, color: "#bbb", relation: "affiliatedWith"});
  renderer.refresh();
  const first = performance.now() - t0;
  const camera = renderer.getCamera(), frames = [];
  for (let k = 0; k < 30; k++) {  // pan and zoom as a user drags: each view redrawn at once (refresh)
    camera.setState({x: 0.5 + 0.01 * k, y: 0.5, ratio: 1 - 0.02 * k});
    const t = performance.now(); renderer.refresh(); frames.push(performance.now() - t);
  }
  frames.sort((a, b) => a - b);
  return [first, frames[15], frames[28]]; }"""


def explorer_frames(sizes) -> None:
    """The explorer (sigma.js on WebGL) with n entities and 2n facts: the first draw, then the
    median and slowest frame of a pan and zoom, at each size (growth, not one point)."""
    from playwright.sync_api import sync_playwright

    from kg import explorer

    static = Path(explorer.__file__).resolve().parent / "static"
    print(f"\n{'explorer (sigma.js, WebGL)':34} {'nodes':>7} {'edges':>7} {'first draw ms':>14} "
          f"{'redraw ms (median)':>19} {'slowest':>8}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for n in sizes:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("http://kg.bench/graph", lambda route: route.fulfill(body=explorer.page(),
                                                                              content_type="text/html"))
            page.route("http://kg.bench/static/**", lambda route: route.fulfill(
                path=static / route.request.url.split("/static/", 1)[1]))
            page.goto("http://kg.bench/graph")
            page.wait_for_function("window.kgExplorer !== undefined")
            first, median, slowest = page.evaluate(EXPLORER_LOAD, n)
            print(f"{'':34} {n:7d} {2 * n:7d} {first:14.0f} {median:19.1f} {slowest:8.1f}")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
