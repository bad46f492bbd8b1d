"""The interactive HTML view of a graph: one self-contained page drawn with vis-network.

The entities become nodes (coloured and shaped by class), the relations between them
edges labelled in Chinese; Position titles and Placement ranks join the edge label, and
every fact keeps its sentence and article title for the details panel. The page inlines
vis-network as pyvis puts it in line, the nodes and edges made by pyvis.network.Network, its own CSS and scripts, and the graph as
JSON, so it opens offline and loads nothing from anywhere. All names reach the page as
JSON data and are put on screen as text (``textContent``), never as markup.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pyoxigraph as ox

from kg import vocab
from kg.facts import label_zh
from kg.errors import KgError, require
from kg.files import atomic_write
from kg.store import QUERY_PREFIXES, load_source

MAX_NODES = 3000
"""Default cap on the nodes drawn: past it the highest-degree nodes are kept."""
LAYOUT_THRESHOLD = 1000
"""Above this many nodes the page gets final positions and runs no physics."""

STYLE = {  # class -> (colour, vis-network shape, legend glyph)
    "Person": ("#4e79a7", "dot", "●"),
    "Organization": ("#b07aa1", "square", "■"),
    "University": ("#f28e2b", "triangle", "▲"),
    "ResearchInstitute": ("#e15759", "triangleDown", "▼"),
    "Company": ("#76b7b2", "square", "■"),
    "Bank": ("#59a14f", "hexagon", "⬢"),
    "GovernmentAgency": ("#edc948", "diamond", "◆"),
    "Zone": ("#ff9da7", "diamond", "◆"),
    "Fund": ("#9c755f", "star", "★"),
    "Competition": ("#d37295", "hexagon", "⬢"),
    "Award": ("#f1ce63", "star", "★"),
    "Program": ("#a0cbe8", "triangle", "▲"),
    "Place": ("#8cd17d", "dot", "●"),
}
OTHER_STYLE = ("#9d9d9d", "dot", "●")

_KG = vocab.KG_BASE
_ENTITY_CLASSES = set(vocab.ENTITY_CLASSES)
_TEMPLATE = Path(__file__).resolve().parent / "templates" / "graph.html"


def render_html(store: ox.Store, entity: str | None = None, hops: int = 1, types=None,
                query: str | None = None, max_nodes: int | None = MAX_NODES, title: str | None = None) -> str:
    """The self-contained HTML page for ``store``, filtered as :func:`page_data` says."""
    return _fill_template(page_data(store, entity=entity, hops=hops, types=types, query=query,
                                    max_nodes=max_nodes, title=title))


def page_data(store: ox.Store, entity: str | None = None, hops: int = 1, types=None,
              query: str | None = None, max_nodes: int | None = MAX_NODES, title: str | None = None) -> dict:
    """What the page draws for the entities of ``store``, or for the part the filters select.

    ``entity`` (any of its names) with ``hops``: that entity's neighbourhood; ``types``:
    class local names (``Company``) or Chinese labels (``企业``), a class taking its
    subclasses along; ``query``: SPARQL SELECT text whose IRIs (any column) name the nodes.
    Filters combine. Past ``max_nodes`` (None: no cap) the highest-degree nodes are kept
    and the page says how many were left out.
    """
    graph = _read_graph(store)
    keep = set(graph["nodes"])
    heading = [title or "kg 知识图谱"]
    if query is not None:
        keep &= _query_nodes(store, query, graph["nodes"])
    if types:
        classes = _classes(types)
        keep = {n for n in keep if graph["nodes"][n]["cls"] in classes}
        heading.append("、".join(types))
    if entity is not None:
        if hops < 0:
            raise KgError(f"--hops must be 0 or more, not {hops}")
        centre = _find_entity(entity, graph["nodes"])
        keep = _neighbourhood(centre, hops, graph["edges"], keep | {centre})
        heading.append(f"{graph['nodes'][centre]['label']} 的 {hops} 跳邻域")
    page = _page_json(graph, keep, max_nodes)
    page["title"] = " · ".join(heading)
    return page


def write_html(store_or_path, out_path, **options) -> dict:
    """Write the page for a store (or a graph file / store folder path) to ``out_path`` atomically.

    ``options`` are those of :func:`page_data`. Returns ``{"nodes", "edges", "omitted"}``.
    """
    if isinstance(store_or_path, ox.Store):
        store = store_or_path
    else:
        store = load_source(store_or_path)
        options.setdefault("title", f"kg 知识图谱 · {Path(store_or_path).name}")
    page = page_data(store, **options)
    with atomic_write(out_path, "w") as f:
        f.write(_fill_template(page))
    return {"nodes": len(page["nodes"]), "edges": len(page["edges"]), "omitted": page["omitted"]}


def run(args) -> int:
    """``kg viz``: write the page and print what it holds."""
    query = None
    if args.query:
        try:
            query = Path(args.query).read_text(encoding="utf-8")
        except OSError as e:
            raise KgError(f"cannot read {args.query}: {e.strerror or e}") from None
    counts = write_html(args.source, args.output, entity=args.entity, hops=args.hops,
                        types=args.types, query=query)
    left = f", {counts['omitted']} left out" if counts["omitted"] else ""
    print(f"wrote {args.output}: {counts['nodes']} nodes, {counts['edges']} edges{left}", file=sys.stderr)
    return 0


# --- reading the graph -------------------------------------------------------------

def _select(store: ox.Store, sparql: str):
    return store.query(sparql, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)


def _text(term) -> str | None:
    return None if term is None else term.value


_EVIDENCE = """OPTIONAL { {sub} prov:wasDerivedFrom ?ev . ?ev kg:sentence ?sentence .
                   OPTIONAL { ?ev kg:inArticle ?art . ?art schema:headline ?headline } }
        OPTIONAL { {sub} kg:confidence ?conf }"""


def _read_graph(store: ox.Store) -> dict:
    """Entities, the edges between them and the facts behind each edge, as plain Python."""
    nodes: dict[str, dict] = {}
    classes = " ".join(f"kg:{c}" for c in vocab.ENTITY_CLASSES)
    for row in _select(store, f"""SELECT DISTINCT ?e ?c ?label WHERE {{
            VALUES ?c {{ {classes} }} ?e a ?c ; rdfs:label ?label }}"""):
        e, cls, label = row["e"].value, row["c"].value[len(_KG):], row["label"].value
        node = nodes.setdefault(e, {"classes": set(), "labels": set(), "aliases": set()})
        node["classes"].add(cls)
        node["labels"].add(label)
    for row in _select(store, "SELECT DISTINCT ?e ?alt WHERE { ?e skos:altLabel ?alt }"):
        if row["e"].value in nodes:
            nodes[row["e"].value]["aliases"].add(row["alt"].value)
    for node in nodes.values():
        node["cls"] = _most_specific(node.pop("classes"))
        labels = sorted(node.pop("labels"), key=lambda s: (-len(s), s))
        node["label"] = labels[0]
        node["aliases"] = sorted((node["aliases"] | set(labels[1:])) - {node["label"]})
        node["facts"] = []

    edges: dict[tuple, dict] = {}

    def add_fact(s, p, o, row, qualifier=None):
        """Put one fact on its edge: one entry per sentence, a qualifier joining its sentence's entry."""
        edge = edges.setdefault((s, p, o), {"facts": [], "quals": []})
        if qualifier and qualifier not in edge["quals"]:
            edge["quals"].append(qualifier)
        fact = _fact(row)
        if fact["sentence"] is None and fact["conf"] is None:
            return  # a bare edge: nothing to show
        same = next((f for f in edge["facts"] if f["sentence"] == fact["sentence"]), None)
        if same is None:
            edge["facts"].append(fact)
            same = fact
        if qualifier:
            same["q"] = qualifier

    relations = ", ".join(f"kg:{p}" for p in vocab.RELATIONS)
    for row in _select(store, f"""SELECT DISTINCT ?s ?p ?o ?sentence ?headline ?conf WHERE {{
            ?s ?p ?o . FILTER(?p IN ({relations}))
            OPTIONAL {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                        {_EVIDENCE.replace("{sub}", "?st")} }} }}"""):
        s, o = row["s"].value, row["o"].value
        if s in nodes and o in nodes:
            add_fact(s, row["p"].value[len(_KG):], o, row)
    for cls, a, b, p, qual in (("Position", "holder", "organization", "affiliatedWith", "title"),
                               ("Placement", "competition", "recipient", "winner", "rank")):
        for row in _select(store, f"""SELECT DISTINCT ?a ?b ?q ?sentence ?headline ?conf WHERE {{
                ?n a kg:{cls} ; kg:{a} ?a ; kg:{b} ?b . OPTIONAL {{ ?n kg:{qual} ?q }}
                {_EVIDENCE.replace("{sub}", "?n")} }}"""):
            s, o = row["a"].value, row["b"].value
            if s in nodes and o in nodes:
                add_fact(s, p, o, row, _text(row["q"]))
    for row in _select(store, f"""SELECT DISTINCT ?s ?p ?v ?sentence ?headline ?conf WHERE {{
            ?s ?p ?v . FILTER(isLiteral(?v) && STRSTARTS(STR(?p), STR(kg:)))
            OPTIONAL {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?v .
                        {_EVIDENCE.replace("{sub}", "?st")} }} }}"""):
        node = nodes.get(row["s"].value)
        if node is not None:
            p = row["p"].value[len(_KG):]
            node["facts"].append({"p": label_zh(p), "value": row["v"].value, **_fact(row)})
    return {"nodes": nodes, "edges": edges}


def _fact(row) -> dict:
    conf = row["conf"]
    return {"sentence": _text(row["sentence"]), "article": _text(row["headline"]),
            "conf": round(float(conf.value), 3) if conf is not None else None}


def _most_specific(classes: set[str]) -> str:
    leaves = [c for c in classes if c not in vocab.CLASS_PARENT.values()] or classes
    return min(leaves)


# --- filters -----------------------------------------------------------------------

def _classes(types) -> set[str]:
    """The class local names ``types`` selects, subclasses included."""
    names = {c.lower(): c for c in _ENTITY_CLASSES}
    names.update({label_zh(c): c for c in _ENTITY_CLASSES})
    chosen = set()
    for t in types:
        cls = names.get(t.lower())
        if cls is None:
            raise KgError(f"unknown class {t} (use one of {', '.join(sorted(_ENTITY_CLASSES))})")
        chosen.add(cls)
        chosen.update(c for c, parent in vocab.CLASS_PARENT.items() if parent == cls)
    return chosen


def _find_entity(name: str, nodes: dict) -> str:
    """The entity one of whose names is ``name``, else the one name containing it."""
    exact = [e for e, n in nodes.items() if name == n["label"] or name in n["aliases"]]
    if exact:
        return min(exact, key=lambda e: (nodes[e]["label"] != name, e))
    folded = name.lower()
    found = sorted(e for e, n in nodes.items()
                   if any(folded in s.lower() for s in [n["label"], *n["aliases"]]))
    if not found:
        raise KgError(f"no entity is named {name}")
    if len(found) > 1:
        shown = "、".join(nodes[e]["label"] for e in found[:5])
        raise KgError(f"{len(found)} entities match {name}: {shown}{' …' if len(found) > 5 else ''}")
    return found[0]


def _neighbourhood(centre: str, hops: int, edges: dict, allowed: set[str]) -> set[str]:
    """The nodes of ``allowed`` within ``hops`` edges of ``centre``, following edges either way."""
    adjacent = defaultdict(set)
    for s, _, o in edges:
        if s in allowed and o in allowed:
            adjacent[s].add(o)
            adjacent[o].add(s)
    seen, frontier = {centre}, {centre}
    for _ in range(hops):
        frontier = {m for n in frontier for m in adjacent[n]} - seen
        seen |= frontier
    return seen


def _query_nodes(store: ox.Store, sparql: str, nodes: dict) -> set[str]:
    """The entities named by an IRI anywhere in the results of a SELECT query."""
    try:
        result = _select(store, sparql)
    except SyntaxError as e:
        raise KgError(f"the query does not parse: {str(e).splitlines()[0]}") from None
    if not isinstance(result, ox.QuerySolutions):
        raise KgError("--query needs a SELECT query")
    found = {term.value for row in result for term in row
             if isinstance(term, ox.NamedNode) and term.value in nodes}
    if not found:
        raise KgError("the query returned no entity IRIs")
    return found


# --- the page ----------------------------------------------------------------------

def _page_json(graph: dict, keep: set[str], max_nodes: int | None) -> dict:
    """What the page's script draws: nodes, edges, classes, sentences and layout."""
    nodes, edges = graph["nodes"], graph["edges"]
    kept_edges = [k for k in edges if k[0] in keep and k[2] in keep]
    degree = defaultdict(int)
    for s, _, o in kept_edges:
        degree[s] += 1
        degree[o] += 1
    omitted = 0
    if max_nodes is not None and len(keep) > max_nodes:
        omitted = len(keep) - max_nodes
        keep = set(sorted(keep, key=lambda e: (-degree[e], e))[:max_nodes])
        kept_edges = [k for k in kept_edges if k[0] in keep and k[2] in keep]
    order = sorted(keep, key=lambda e: (nodes[e]["cls"], nodes[e]["label"], e))
    index = {e: i for i, e in enumerate(order)}
    texts: dict[str, int] = {}

    def text_id(s: str | None) -> int | None:
        return None if s is None else texts.setdefault(s, len(texts))

    def facts(fs: list[dict]) -> list[dict]:
        return [{k: text_id(v) if k in ("sentence", "article") else v for k, v in f.items()}
                for f in fs]

    out_nodes = []
    for e in order:
        n = nodes[e]
        out_nodes.append({"id": _short(e), "label": n["label"], "cls": n["cls"], "aliases": n["aliases"],
                          "deg": degree[e], "facts": facts(n["facts"])})
    out_edges = []
    for s, p, o in sorted(kept_edges, key=lambda k: (index[k[0]], index[k[2]], k[1])):
        edge = edges[(s, p, o)]
        label = " · ".join([label_zh(p), "、".join(edge["quals"])]) if edge["quals"] else label_zh(p)
        out_edges.append({"from": index[s], "to": index[o], "p": p, "label": label,
                          "facts": facts(edge["facts"])})
    physics = len(order) <= LAYOUT_THRESHOLD
    if order:
        xy = _layout(len(order), [(e["from"], e["to"]) for e in out_edges], iterations=50 if physics else 40)
        for node, (x, y) in zip(out_nodes, xy.tolist()):
            node["x"], node["y"] = round(x), round(y)
    counts = defaultdict(int)
    for n in out_nodes:
        counts[n["cls"]] += 1
    classes = [{"name": c, "label": label_zh(c), "color": s[0], "shape": s[1], "glyph": s[2], "count": counts[c]}
               for c, s in sorted(((c, STYLE.get(c, OTHER_STYLE)) for c in counts),
                                  key=lambda cs: (-counts[cs[0]], cs[0]))]
    return {"nodes": out_nodes, "edges": out_edges, "classes": classes, "texts": list(texts),
            "physics": physics, "omitted": omitted, "total": len(order) + omitted}


def _short(iri: str) -> str:
    return "kgr:" + iri[len(vocab.ID_BASE):] if iri.startswith(vocab.ID_BASE) else iri


def _layout(n: int, pairs: list[tuple[int, int]], iterations: int = 50, seed: int = 7) -> np.ndarray:
    """Fruchterman-Reingold positions in pixels, vectorised with numpy (3,000 nodes in about a second).

    Repulsion between every pair is computed in row blocks; a pull to the centre keeps
    unconnected nodes close to the rest, so the fitted view is not mostly empty space.
    """
    rng = np.random.default_rng(seed)
    x, y = rng.random(n, dtype=np.float32), rng.random(n, dtype=np.float32)
    src = np.array([a for a, _ in pairs], dtype=np.intp)
    dst = np.array([b for _, b in pairs], dtype=np.intp)
    k2 = np.float32(1.0 / n)
    k = np.sqrt(k2)
    step = 0.1
    cool = step / (iterations + 1)
    fx, fy = np.empty(n, np.float32), np.empty(n, np.float32)
    for _ in range(iterations):
        for b in range(0, n, 512):
            dx, dy = x[b:b + 512, None] - x, y[b:b + 512, None] - y
            w = dx * dx
            w += dy * dy
            np.maximum(w, 1e-6, out=w)
            np.divide(k2, w, out=w)
            fx[b:b + 512] = np.einsum("ij,ij->i", dx, w)
            fy[b:b + 512] = np.einsum("ij,ij->i", dy, w)
        ex, ey = x[src] - x[dst], y[src] - y[dst]
        pull = np.sqrt(ex * ex + ey * ey) / k
        ex *= pull
        ey *= pull
        fx -= np.bincount(src, ex, n) - np.bincount(dst, ex, n)
        fy -= np.bincount(src, ey, n) - np.bincount(dst, ey, n)
        fx -= x - x.mean()
        fy -= y - y.mean()
        length = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        scale = np.minimum(length, step) / length
        x += fx * scale
        y += fy * scale
        step -= cool
    return np.stack([x, y], axis=1) * (120.0 / k)


def _network(page: dict):
    """A pyvis ``Network`` of the page's nodes and edges (class shapes and colours, degree,
    positions, labels), and its nodes and edges as vis-network reads them."""
    require("viz", "pyvis")
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    style = {c["name"]: c for c in page["classes"]}
    for n in page["nodes"]:
        s = style[n["cls"]]
        at = {"x": n["x"], "y": n["y"]} if "x" in n else {}
        net.add_node(n["id"], label=n["label"], shape=s["shape"], color=s["color"], value=1 + n["deg"], **at)
    for i, e in enumerate(page["edges"]):
        net.add_edge(page["nodes"][e["from"]]["id"], page["nodes"][e["to"]]["id"], id=i, label=e["label"])
    nodes, edges, *_ = net.get_network_data()
    return net, nodes, edges


def _inline_script(net) -> str:
    """vis-network as pyvis puts it in line (``cdn_resources="in_line"``): the script its own
    template includes, found through that template, so a pyvis release that moves it moves it here."""
    env = net.templateEnv
    own = env.loader.get_source(env, net.path)[0]
    in_line = re.search(r"""cdn_resources\s*==\s*["']in_line["'].*?(?:{%\s*el|$)""", own, re.S)
    include = in_line and re.search(r"""<script>\s*{%\s*include\s*['"]([^'"]*vis-network[^'"]*\.js)['"]""",
                                    in_line.group(), re.S)
    if include is None:
        raise KgError("this pyvis release puts vis-network in line some other way: pip install 'pyvis>=0.3.2,<0.4'")
    return env.loader.get_source(env, include.group(1))[0]


def _fill_template(page: dict) -> str:
    """kg's template with vis-network, pyvis's nodes and edges and the page's own data put in."""
    net, page["visNodes"], page["visEdges"] = _network(page)
    vis = re.sub(r"^//# sourceMappingURL=.*$", "", _inline_script(net), flags=re.MULTILINE)
    data = json.dumps(page, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    parts = {"VIS_JS": vis, "GRAPH_JSON": data}
    return re.sub(r"@@(VIS_JS|GRAPH_JSON)@@", lambda m: parts[m[1]], _TEMPLATE.read_text(encoding="utf-8"))

