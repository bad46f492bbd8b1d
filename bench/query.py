"""Time every saved query on a generated graph: the kg store (pyoxigraph) against rdflib's Dataset;
then the explorer's look-ups (the index of names, an entity's neighbourhood).

    .venv/bin/python bench/query.py                  # about one million triples
    .venv/bin/python bench/query.py --triples 20000  # a quick look

The graph is shaped like a built one (ontology/README.md): one named graph per article,
people, organisations, funds with amounts, competitions with placements, ``@zh`` labels,
an rdf:Statement and an evidence node per fact, Position and Placement nodes. Both
stores see the union of the named graphs as the default graph. Prints load times and,
per query, the median of a few runs on each and the ratio rdflib / kg; an rdflib query
past ``--cap`` seconds is stopped.
"""
from __future__ import annotations

import argparse
import hashlib
import multiprocessing as mp
import random
import statistics
import time

import pyoxigraph as ox
import rdflib

from kg import vocab
from kg.query import saved_queries
from kg.store import open_store, replace_graphs

KG, ID, ART = vocab.KG_BASE, vocab.ID_BASE, vocab.ARTICLE_BASE
RDF, RDFS = vocab.PREFIXES["rdf"], vocab.PREFIXES["rdfs"]
SKOS, SCHEMA, PROV, XSD = (vocab.PREFIXES[p] for p in ("skos", "schema", "prov", "xsd"))
ORG_TYPES = ["University", "Company", "ResearchInstitute", "Bank", "GovernmentAgency"]
TITLES = ["教授", "副教授", "研究员", "董事长", "总经理", "院长", "首席科学家"]
RANKS = ["特等奖", "金奖", "一等奖", "银奖", "二等奖", "铜奖", "三等奖", "优秀奖"]


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def typed(text, datatype: str) -> ox.Literal:
    return ox.Literal(str(text), datatype=n(XSD + datatype))


def org_name(i: int) -> str:
    return f"星河第{i}科技有限公司" if i % 2 else f"江湾第{i}理工大学"


def generate(target: int, seed: int = 7) -> tuple[dict[str, list[ox.Quad]], dict[str, str]]:
    """About ``target`` quads in article graphs, and names that the saved queries can ask about."""
    rnd = random.Random(seed)
    people, orgs = max(50, target // 50), max(20, target // 300)
    funds, comps = max(5, target // 3000), max(3, target // 10000)
    a, p = n(RDF + "type"), lambda local: n(KG + local)
    label, alt = n(RDFS + "label"), n(SKOS + "altLabel")
    graphs: dict[str, list[ox.Quad]] = {}
    total, i = 0, 0
    while total < target:
        g = n(f"{ART}{i:016x}")
        quads: list[tuple] = []
        seen: set[str] = set()

        def entity(group: str, cls: str, name: str, alias: str | None = None) -> ox.NamedNode:
            node = n(f"{ID}{group}/{name}")
            if node.value not in seen:
                seen.add(node.value)
                quads.extend([(node, a, p(cls)), (node, label, zh(name)), (g, n(SCHEMA + "mentions"), node)])
                if alias:
                    quads.append((node, alt, zh(alias)))
            return node

        def fact(s, pred: str, o, sentence: str, qualified=None):
            key = hashlib.sha1(f"{g.value}{s}{pred}{o}".encode()).hexdigest()[:16]
            st, ev = n(f"{ID}fact/{key}"), n(f"{ID}evidence/{key}")
            conf = typed(f"{rnd.uniform(0.5, 1):.2f}", "decimal")
            start = rnd.randrange(2000)
            quads.extend([(s, p(pred), o), (st, a, n(RDF + "Statement")), (st, n(RDF + "subject"), s),
                          (st, n(RDF + "predicate"), p(pred)), (st, n(RDF + "object"), o),
                          (st, p("confidence"), conf), (st, n(PROV + "wasDerivedFrom"), ev),
                          (ev, a, p("Evidence")), (ev, p("sentence"), zh(sentence)),
                          (ev, p("startOffset"), typed(start, "integer")),
                          (ev, p("endOffset"), typed(start + len(sentence), "integer")), (ev, p("inArticle"), g)])
            if qualified:
                cls, roles, qualifier, value = qualified
                node = n(f"{ID}{cls.lower()}/{key}")
                quads.extend([(node, a, p(cls)), (node, p(roles[0]), roles[1]), (node, p(roles[2]), roles[3]),
                              (node, p(qualifier), zh(value)), (node, p("confidence"), conf),
                              (node, n(PROV + "wasDerivedFrom"), ev)])

        quads.extend([(g, a, n(SCHEMA + "NewsArticle")), (g, n(SCHEMA + "headline"), zh(f"科技新闻第{i}篇")),
                      (g, n(SCHEMA + "datePublished"), typed(f"2023-{i % 12 + 1:02d}-{i % 28 + 1:02d}", "date"))])
        for _ in range(4):  # people and their positions; a few organisations get most of the people
            pi, oi = rnd.randrange(people), min(int(rnd.paretovariate(1.2)) - 1, orgs - 1)
            person = entity("person", "Person", f"测试人员{pi:06d}")
            org = entity("org", ORG_TYPES[oi % len(ORG_TYPES)], org_name(oi), f"机构{oi}")
            title = rnd.choice(TITLES)
            fact(person, "affiliatedWith", org, f"{org_name(oi)}{title}测试人员{pi:06d}表示。",
                 ("Position", ("holder", person, "organization", org), "title", title))
        fi = i % funds
        fund = entity("fund", "Fund", f"创新产业基金{fi}", f"基金{fi}")
        if i < funds:
            fact(fund, "amount", typed((fi + 1) * 100000000, "decimal"), f"创新产业基金{fi}总规模{fi + 1}亿元。")
        oi = rnd.randrange(orgs)
        founder = entity("org", ORG_TYPES[oi % len(ORG_TYPES)], org_name(oi), f"机构{oi}")
        fact(fund, "foundedBy", founder, f"{org_name(oi)}发起设立创新产业基金{fi}。")
        ci = i % comps
        comp = entity("competition", "Competition", f"第{ci}届创新创业大赛", f"创赛{ci}")
        oi = rnd.randrange(orgs)
        winner = entity("org", ORG_TYPES[oi % len(ORG_TYPES)], org_name(oi), f"机构{oi}")
        rank = rnd.choice(RANKS)
        fact(comp, "winner", winner, f"{org_name(oi)}获得{rank}。",
             ("Placement", ("competition", comp, "recipient", winner), "rank", rank))
        graphs[g.value] = [ox.Quad(s, pr, o, g) for s, pr, o in quads]
        total += len(quads)
        i += 1
    params = {"org": "机构0", "competition": "创赛0", "name": org_name(0)}
    first = next(iter(graphs.values()))
    holder = next(q for q in first if q.predicate.value == KG + "holder").object
    org = next(q for q in first if q.predicate.value == KG + "organization").object
    params.update(subject=holder.value.rsplit("/", 1)[1], object=org.value.rsplit("/", 1)[1])
    return graphs, params


def to_rdflib(graphs: dict[str, list[ox.Quad]]) -> rdflib.Dataset:
    """The same quads in an rdflib Dataset whose default graph is the union."""
    ds = rdflib.Dataset(default_union=True)
    cache: dict = {}

    def term(t):
        key = (type(t), str(t))
        if key not in cache:
            if isinstance(t, ox.NamedNode):
                cache[key] = rdflib.URIRef(t.value)
            else:
                cache[key] = rdflib.Literal(t.value, lang=t.language,
                                            datatype=None if t.language else rdflib.URIRef(t.datatype.value))
        return cache[key]

    for iri, quads in graphs.items():
        ctx = ds.graph(rdflib.URIRef(iri))
        ctx.addN((term(q.subject), term(q.predicate), term(q.object), ctx) for q in quads)
    return ds


def timed(fn, runs: int) -> tuple[float, int]:
    """(median seconds, result rows) over ``runs`` runs, one run only when the first takes over a second."""
    times, rows = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = fn()
        times.append(time.perf_counter() - start)
        if times[0] > 1:
            break
    return statistics.median(times), rows


def timed_with_cap(fn, runs: int, cap: float):
    """``timed`` in a forked child killed after ``cap`` seconds: (seconds, rows), None when stopped,
    or the error text."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()

    def work():
        try:
            child.send(timed(fn, runs))
        except Exception as e:  # rdflib fails on some valid queries: report it in the table
            child.send(f"{type(e).__name__}: {e}")

    proc = ctx.Process(target=work)
    proc.start()
    answer = parent.recv() if parent.poll(cap) else None
    proc.kill()
    proc.join()
    return answer


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cap", type=float, default=30.0, help="seconds after which an rdflib query is stopped")
    args = ap.parse_args(argv)

    start = time.perf_counter()
    graphs, params = generate(args.triples)
    size = sum(map(len, graphs.values()))
    print(f"generated {size:,} quads in {len(graphs):,} article graphs in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    store = open_store(None)
    replace_graphs(store, graphs)
    print(f"kg store (pyoxigraph, in memory): loaded in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    ds = to_rdflib(graphs)
    print(f"rdflib {rdflib.__version__} Dataset (in memory): loaded in {time.perf_counter() - start:.1f} s")

    print(f"\n{'query':<22}{'rows':>7}{'kg ms':>11}{'rdflib ms':>12}{'rdflib/kg':>11}")
    for name, q in saved_queries().items():
        text = q.render(**{k: params[k] for k in q.params if k in params})
        ox_s, ox_rows = timed(lambda: sum(1 for _ in store.query(text, use_default_graph_as_union=True)), args.runs)
        rl = timed_with_cap(lambda: len(ds.query(text)), args.runs, args.cap)
        line = f"{name:<22}{ox_rows:>7}{ox_s * 1000:>11.1f}"
        if rl is None:
            line += f"{'> %d' % (args.cap * 1000):>12}{'> %.0f' % (args.cap / ox_s):>10}x  (stopped)"
        elif isinstance(rl, str):
            line += f"  rdflib failed: {rl}"
        else:
            line += f"{rl[0] * 1000:>12.1f}{rl[0] / max(ox_s, 1e-9):>10.0f}x"
            line += "" if rl[1] == ox_rows else f"  (rdflib rows: {rl[1]})"
        print(line, flush=True)
    names_and_neighbours(store, args.runs)


def names_and_neighbours(store, runs: int) -> None:
    """The explorer's look-ups on the same store: building the index of names, a name by whole
    name, alias, part and likeness, beside a SPARQL scan of the labels for the same part; and one
    organisation's neighbourhood."""
    from kg import explorer
    from kg.names import NameIndex

    start = time.perf_counter()
    index = NameIndex.of(store)
    print(f"\nindex of names: {len(index.names):,} names of {len(index.entities):,} entities "
          f"built in {time.perf_counter() - start:.1f} s (once per server process)")
    print(f"{'look-up':<34}{'found':>7}{'index ms':>10}{'SPARQL scan ms':>16}")
    for what, text in (("whole name", org_name(3)), ("alias", "机构0"), ("part of names", "第12科技"),
                       ("part of one name", "测试人员000042"), ("no such name (suggestions)", "星河第十二科技")):
        t, found = timed(lambda: len(explorer.search(index, text) or index.nearest(text)), runs)
        scan = f'SELECT DISTINCT ?e WHERE {{ ?e rdfs:label|skos:altLabel ?l FILTER(CONTAINS(STR(?l), "{text}")) }}'
        t_scan, _ = timed(lambda: sum(1 for _ in store.query(scan, use_default_graph_as_union=True,
                                                             prefixes={"rdfs": RDFS, "skos": SKOS})), runs)
        print(f"{what + ': ' + text:<34}{found:>7}{t * 1000:>10.2f}{t_scan * 1000:>16.1f}")
    iri = f"{ID}org/{org_name(0)}"
    t, n_facts = timed(lambda: len(explorer.neighbours(store, iri)["edges"]), runs)
    print(f"neighbourhood of {org_name(0)} (the busiest organisation): {n_facts} facts in {t * 1000:.0f} ms")


if __name__ == "__main__":
    main()
