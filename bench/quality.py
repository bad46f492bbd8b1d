"""Entity and fact F1 of kg on the annotated article sets, per rule and per confidence band.

Uses the shared judge (``../shared/eval/score.py``, beside this repository). A set is a
folder holding ``*.gold.json``: the composed sets ``bench/quality/a``..``e``, the real news
``bench/quality/real/a``..``p``, and the judge's own ``dev/``. ``real/held``, when there is one,
is the held-apart third of the real news: it is scored only with ``--held``, once, at the end.

Prints, for each set, the judge's line; then, for each corpus (composed, real, dev), the true
and false facts each rule made, and how many facts are right in each confidence band.
``--without RULE`` (repeatable) builds again with those rules switched off and prints each
set's figures beside the full build's.

    python bench/quality.py [--judge PATH] [--held] [--without RULE ...]
"""
from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SETS = ROOT / "bench" / "quality"
BANDS = [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
KG = "https://w3id.org/kg-news/ontology#"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--judge", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    ap.add_argument("--held", action="store_true", help="score the held-apart real news instead")
    ap.add_argument("--without", action="append", default=[], metavar="RULE", help="ablation: switch this rule off")
    args = ap.parse_args(argv)
    if not Path(args.judge).is_file():
        print(f"no judge at {args.judge}: pass --judge PATH to score.py", file=sys.stderr)
        return 1
    judge = _load_judge(args.judge)
    sets = _sets(Path(args.judge).parent / "dev", args.held)
    if args.held and not sets:
        print(f"no held third to score: collect one into {SETS / 'real' / 'held'}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        rules: dict[str, dict] = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # corpus -> rule -> [true, false]
        bands: dict[str, list] = defaultdict(lambda: [[0, 0] for _ in BANDS])
        for name, folder in sets:
            golds = sorted(folder.glob("*.gold.json"))
            graph = _build(folder, Path(tmp) / f"{name.replace('/', '_')}.trig", [])
            line = _judge_line(args.judge, golds, graph)
            if args.without:
                off = _build(folder, Path(tmp) / f"{name.replace('/', '_')}-off.trig", args.without)
                line += f"\n{'':>10}without {', '.join(args.without)}: {_judge_line(args.judge, golds, off)}"
            print(f"{name:>10}: {line}")
            corpus = _corpus(name)
            for rule, conf, true in _judged_statements(judge, golds, graph):
                rules[corpus][rule][0 if true else 1] += 1
                band = next(k for k, (lo, hi) in enumerate(BANDS) if lo <= conf < hi)
                bands[corpus][band][0 if true else 1] += 1
    corpora = list(rules)
    print("\nfacts per rule, true/false: each statement of a judged predicate, true when a gold fact (optional ones"
          "\nincluded) joins its names; titles and ranks not checked, so the columns need not add up to the judge's")
    print(f"{'rule':<34}" + "".join(f"{c:>14}" for c in corpora))
    for rule in sorted({r for c in corpora for r in rules[c]}, key=_rule_order):
        print(f"{rule:<34}" + "".join(f"{'%d/%d' % tuple(rules[c][rule]) if rule in rules[c] else '':>14}"
                                      for c in corpora))
    print("\ncalibration: facts right / made in each confidence band")
    print(f"{'band':<12}" + "".join(f"{c:>20}" for c in corpora))
    for k, (lo, hi) in enumerate(BANDS):
        cells = []
        for c in corpora:
            t, f = bands[c][k]
            cells.append(f"{t}/{t + f} ({t / (t + f):.0%})" if t + f else "-")
        print(f"{f'{lo:.1f}-{min(hi, 1.0):.1f}':<12}" + "".join(f"{x:>20}" for x in cells))
    return 0


def _sets(dev: Path, held: bool) -> list[tuple[str, Path]]:
    folders = sorted({p.parent for p in SETS.rglob("*.gold.json")})
    is_held = [f for f in folders if f.relative_to(SETS).parts[:2] == ("real", "held")]
    chosen = is_held if held else [f for f in folders if f not in is_held]
    out = [("/".join(f.relative_to(SETS).parts), f) for f in chosen]
    if not held and dev.is_dir():
        out.append(("dev", dev))
    return out


def _corpus(name: str) -> str:
    return "real" if name.startswith("real/") else "dev" if name == "dev" else "composed"


def _build(folder: Path, out: Path, without: list[str]) -> Path:
    cmd = [sys.executable, "-m", "kg.cli", "build", str(folder), "-o", str(out), "-q"]
    for rule in without:
        cmd += ["--disable", rule]
    subprocess.run(cmd, check=True, cwd=ROOT)  # this checkout's kg, whatever the installed one
    return out


def _judge_line(judge: str, golds, graph: Path) -> str:
    result = subprocess.run([sys.executable, judge, *map(str, golds), "--graph", str(graph),
                             "--graph", str(ROOT / "ontology" / "kg.ttl")], capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def _load_judge(path: str):
    spec = importlib.util.spec_from_file_location("kg_judge", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _judged_statements(judge, gold_paths, graph: Path):
    """(rule, confidence, true?) of each statement of a judged predicate, true when a gold fact
    has that predicate between names of its subject and object, as the judge matches names."""
    import json

    from rdflib import RDF, Literal, URIRef

    golds = [json.loads(p.read_text(encoding="utf-8")) for p in gold_paths]
    g = judge.Graph(judge.load([str(graph), str(ROOT / "ontology" / "kg.ttl")]))
    every = judge.all_names(golds)
    wanted = defaultdict(list)  # predicate -> [(subject names, object names)]
    for gold in golds:
        own = judge.gold_names(gold)
        names = {**own, **{k: v for k, v in every.items() if k in own}}
        for fact in gold["facts"]:
            wanted[fact["p"]].append((judge._names(names, [fact["s"], *fact.get("s_alt", [])]),
                                      judge._names(names, [fact["o"], *fact.get("o_alt", [])])))
    ds = g.ds
    for st in ds.subjects(RDF.type, RDF.Statement):
        pred = judge.local(ds.value(st, RDF.predicate))
        if pred not in judge.SCORED_PREDICATES:
            continue
        s, o = ds.value(st, RDF.subject), ds.value(st, RDF.object)
        rule = str(ds.value(st, URIRef(KG + "rule")) or "?")
        conf = float(ds.value(st, URIRef(KG + "confidence")) or Literal(0))
        true = any(g.named(s, sn) and g.named(o, on) for sn, on in wanted[pred])
        yield rule, conf, true


def _rule_order(name: str):
    from kg.relations import RULES

    order = {r.name: k for k, r in enumerate(RULES)}
    return order.get(name, len(order)), name


if __name__ == "__main__":
    sys.exit(main())
