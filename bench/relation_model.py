"""The relation classifier (bench/relation_features.py) beside the rules (kg.relations), pair by pair.

Candidates are the pairs of names kg's own NER finds in one sentence
(``relation_features.candidates``) in the real-news development sets ``real/a``..``real/d``.
A pair is a true ``predicate`` when the article's gold has that fact between entities one
of whose names (or aliases, after the judge's normalisation) is the text of each mention
(or of a name nested at its start: 某大学物理学院 holds 某大学); pairs matching only an
optional gold fact are left out of the counts. The rules' verdict on a pair is whether
``relations.find_facts`` gave that fact in that sentence between the same names.

Cross-validation leaves one set out: trained on three, tested on the fourth, the four
test folds pooled. For each threshold t it prints, by predicate, precision / recall / F1 of
the rules, of the classifier (p >= t), of the rules filtered by it (a rule fact kept only
if p >= t) and of their union (a rule fact, or p >= t); then the same counted once per
article fact (subject, predicate, object names) instead of once per sentence.

    python bench/relation_model.py [--thresholds 0.3 0.5 0.7] [--folds sets|articles] [--l2 1.0]
    python bench/relation_model.py --save      # train on all four sets, write bench/relation_model.json

Training is a binary logistic regression per predicate, fitted here with numpy (full-batch
Adam on the L2-penalised log loss, from zero weights: deterministic).
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SETS = ["real/a", "real/b", "real/c", "real/d"]  # never real/held
EXTRA = ["a", "b", "c", "d", "e"]  # the composed sets: training data in every fold, never tested
QUALITY = ROOT / "bench" / "quality"
DEV = ROOT.parent / "shared" / "eval" / "dev"

sys.path.insert(0, str(ROOT))
from kg import ingest, ner, relations  # noqa: E402
import relation_features  # noqa: E402

PREDICATES = list(relation_features.SIGNATURES)


def norm(text: str) -> str:
    """The judge's normalisation of a name (NFKC, dashes and dots unified, no spaces, lower case)."""
    text = unicodedata.normalize("NFKC", str(text))
    for dash in "—–―‐-":
        text = text.replace(dash, "-")
    for dot in "•・･‧":
        text = text.replace(dot, "·")
    return "".join(text.split()).lower()


def gold_facts(gold: dict) -> dict[str, list[tuple[set, set, bool]]]:
    """predicate -> [(subject names, object names, optional)] of one gold file."""
    groups = []
    for e in gold["entities"]:
        groups.append({norm(n) for n in [e["name"], *e.get("aliases", [])]})

    def names(forms):
        out = set()
        for form in forms:
            hit = [g for g in groups if norm(form) in g]
            out |= set().union(*hit) if hit else {norm(form)}
        return out

    out = defaultdict(list)
    for f in gold["facts"]:
        out[f["p"]].append((names([f["s"], *f.get("s_alt", [])]), names([f["o"], *f.get("o_alt", [])]),
                            bool(f.get("optional"))))
    return out


def mention_names(article, m) -> set[str]:
    """The names a mention stands for: its text and the names nested at its start."""
    out = {norm(m.text)}
    for x in article.mentions:
        if x is not m and x.start == m.start and x.end < m.end and x.type != "Title":
            out.add(norm(x.text))
    return out


def label(facts, sn: set, on: set):
    """1 for a true fact, None for an optional one, 0 otherwise."""
    hits = [opt for s, o, opt in facts if sn & s and on & o]
    if not hits:
        return 0
    return 1 if not all(hits) else None


def load_set(name: str) -> tuple[list[dict], Counter]:
    """The candidate pairs of one set, each with its features, gold labels and rule verdicts;
    and how many gold facts and rule facts of each predicate some candidate pair holds."""
    folder = QUALITY / name
    golds = {}
    articles = []
    for gpath in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        for a in ingest.read_file(folder / gold["doc"]):
            articles.append(a)
            golds[id(a)] = (gpath.stem.replace(".gold", ""), gold_facts(gold))
    for a in articles:
        ner.find_mentions(a)
    ner.propagate(articles)
    rows, coverage = [], Counter()
    for a in articles:
        doc, facts = golds[id(a)]
        cands = relation_features.candidates(a)
        feats = [relation_features.features(a, c.sentence, c.subject, c.object) for c in cands]
        names = {id(m): mention_names(a, m) for c in cands for m in (c.subject, c.object)}
        relations.find_facts(a)
        ruled = defaultdict(list)  # (sentence, predicate) -> [(subject, object)] of the rules' facts
        for f in a.facts:
            if f.object is not None and f.predicate in relation_features.SIGNATURES:
                ruled[(f.sentence, f.predicate)].append((f.subject, f.object))
                coverage[("rule facts", f.predicate)] += 1
                coverage[("rule facts in pairs", f.predicate)] += any(
                    c.sentence == f.sentence and _same(f.subject, c.subject) and _same(f.object, c.object)
                    for c in cands)
        for p, fs_ in facts.items():
            for sn, on, optional in fs_:
                if p in relation_features.SIGNATURES and not optional:
                    coverage[("gold facts", p)] += 1
                    coverage[("gold facts in pairs", p)] += any(
                        names[id(c.subject)] & sn and names[id(c.object)] & on and relation_features.fits(p, c.subject, c.object)
                        for c in cands)
        for c, fs in zip(cands, feats):
            s, o = c.subject, c.object
            sn, on = names[id(s)], names[id(o)]
            row = {"set": name, "doc": doc, "features": fs, "subject": s.text, "object": o.text,
                   "key": (min(sn), min(on)), "labels": {}, "rules": {}}
            for p in PREDICATES:
                if relation_features.fits(p, s, o):
                    row["labels"][p] = label(facts.get(p, []), sn, on)
                    row["rules"][p] = any(_same(fs_, s) and _same(fo, o) for fs_, fo in ruled[(c.sentence, p)])
            rows.append(row)
    return rows, coverage


def _same(fact_mention, candidate) -> bool:
    """Does a rule fact's mention stand for the candidate's: the same text, or a name inside it?"""
    return fact_mention.text == candidate.text or (
        candidate.start <= fact_mention.start and fact_mention.end <= candidate.end)


# -- training ------------------------------------------------------------------------------------


def fit(rows: list[dict], predicate: str, l2: float, min_docs: int = 2, steps: int = 800) -> dict:
    """A logistic regression for one predicate: {"bias", "weights", "positives", "examples"}."""
    mine = [r for r in rows if predicate in r["labels"]]
    data = [(r["features"], 1.0 if r["labels"][predicate] is None else float(r["labels"][predicate])) for r in mine]
    positives = sum(y for _, y in data)
    if not data or positives == 0:
        return {"bias": -8.0, "weights": {}, "positives": 0, "examples": len(data)}
    docs = defaultdict(set)  # feature -> the articles it occurs in: a feature of one article is left out
    for r in mine:
        for x in r["features"]:
            docs[x].add((r["set"], r["doc"]))
    vocab = sorted(x for x, d in docs.items() if len(d) >= min_docs)
    index = {x: i for i, x in enumerate(vocab)}
    cols, lengths = [], []
    for fs, _ in data:
        idx = [index[x] for x in fs if x in index]
        cols.extend(idx)
        lengths.append(len(idx))
    cols = np.array(cols, dtype=np.int64)
    lengths = np.array(lengths, dtype=np.int64)
    rows_of = np.repeat(np.arange(len(data)), lengths)
    y = np.array([yy for _, yy in data])
    w = np.zeros(len(vocab))
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = b + np.bincount(rows_of, weights=w[cols], minlength=len(data))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        g_w = np.bincount(cols, weights=err[rows_of], minlength=len(vocab)) + l2 * w
        g_b = err.sum()
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w ** 2
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b ** 2
        w -= lr * (m_w / (1 - beta1 ** t)) / (np.sqrt(v_w / (1 - beta2 ** t)) + eps)
        b -= lr * (m_b / (1 - beta1 ** t)) / (np.sqrt(v_b / (1 - beta2 ** t)) + eps)
    weights = {x: round(float(wi), 4) for x, wi in zip(vocab, w) if abs(wi) >= 0.005}
    return {"bias": round(float(b), 4), "weights": weights, "positives": int(positives), "examples": len(data)}


def train(rows: list[dict], l2: float) -> dict:
    return {"predicates": {p: fit(rows, p, l2) for p in PREDICATES}}


def drop_names(model: dict) -> int:
    """Take out of the model any feature whose word is the name of an entity annotated in
    bench/quality or the development set (kg/ holds no such name); how many were taken out."""
    names = set()
    folders = [QUALITY / s for s in SETS + EXTRA] + [DEV]
    for folder in folders:
        for path in folder.glob("*.gold.json"):
            for e in json.loads(path.read_text(encoding="utf-8"))["entities"]:
                names |= {norm(n) for n in [e["name"], *e.get("aliases", [])]}
    dropped = 0
    for part in model["predicates"].values():
        for x in list(part["weights"]):
            word = x.split("=", 1)[-1].rsplit(":", 1)[0]
            if norm(word) in names:
                del part["weights"][x]
                dropped += 1
    return dropped


# -- evaluation ----------------------------------------------------------------------------------


def predictions(train_rows, test_rows, l2):
    model = train(train_rows, l2)
    for r in test_rows:
        r["p"] = {p: relation_features.probability(model, p, r["features"]) for p in r["labels"]}
    return test_rows


def cross_validate(rows: list[dict], folds: str, l2: float, extra: list[dict]) -> list[dict]:
    if folds == "sets":
        groups = [[r for r in rows if r["set"] == s] for s in SETS]
    else:
        docs = sorted({(r["set"], r["doc"]) for r in rows})
        fold_of = {d: k % 4 for k, d in enumerate(docs)}
        groups = [[r for r in rows if fold_of[(r["set"], r["doc"])] == k] for k in range(4)]
    out = []
    for k, test in enumerate(groups):
        train_rows = [r for j, g in enumerate(groups) if j != k for r in g] + extra
        out += predictions(train_rows, test, l2)
    return out


VARIANTS = ("rules", "clf", "rules&clf", "rules|clf")


def verdict(variant: str, rule: bool, p: float, t: float) -> bool:
    return {"rules": rule, "clf": p >= t, "rules&clf": rule and p >= t, "rules|clf": rule or p >= t}[variant]


def counts(items, t: float) -> dict:
    """items: (predicate, gold label, rule verdict, p) -> {(predicate, variant): [tp, fp, fn]}."""
    out = defaultdict(lambda: [0, 0, 0])
    for pred, gold, rule, p in items:
        if gold is None:
            continue
        for v in VARIANTS:
            said = verdict(v, rule, p, t)
            for key in ((pred, v), ("all", v)):
                c = out[key]
                c[0] += said and gold
                c[1] += said and not gold
                c[2] += (not said) and gold
    return out


def prf(c) -> tuple[float, float, float]:
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def pair_items(rows):
    return [(p, r["labels"][p], r["rules"][p], r["p"][p]) for r in rows for p in r["labels"]]


def fact_items(rows):
    """One item per (article, predicate, subject, object): true if any pair is, the rules' verdict
    if any pair has it, the classifier's highest probability."""
    merged = {}
    for r in rows:
        for p in r["labels"]:
            key = (r["set"], r["doc"], p, r["key"])
            gold, rule, prob = merged.get(key, (0, False, 0.0))
            g = r["labels"][p]
            gold = 1 if 1 in (gold, g) else None if None in (gold, g) else 0
            merged[key] = (gold, rule or r["rules"][p], max(prob, r["p"][p]))
    return [(k[2], *v) for k, v in merged.items()]


def table(items, t: float, title: str) -> str:
    c = counts(items, t)
    lines = [f"{title} (t = {t:.2f})",
             f"{'predicate':<15}{'gold':>5}  " + "".join(f"{v:^20}" for v in VARIANTS),
             f"{'':<15}{'':>5}  " + "".join(f"{'P    R    F1':^20}" for _ in VARIANTS)]
    for pred in PREDICATES + ["all"]:
        gold = c[(pred, "rules")][0] + c[(pred, "rules")][2]
        cells = "".join(f"{'%.2f %.2f %.2f' % prf(c[(pred, v)]):^20}" for v in VARIANTS)
        lines.append(f"{pred:<15}{gold:>5}  {cells}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.1, 0.3, 0.5, 0.7])
    ap.add_argument("--folds", choices=["sets", "articles"], default="sets",
                    help="leave one set out (default), or four folds of articles across the sets")
    ap.add_argument("--l2", type=float, default=3.0, help="L2 penalty of the logistic regressions")
    ap.add_argument("--no-extra", action="store_true", help="train on the real news only, not the composed sets too")
    ap.add_argument("--save", action="store_true", help="train on every set and write the shipped model")
    args = ap.parse_args(argv)
    rows, coverage = [], Counter()
    for s in SETS:
        got, cov = load_set(s)
        rows += got
        coverage += cov
    extra = [] if args.no_extra else [r for s in EXTRA for r in load_set(s)[0]]
    if args.save:
        model = train(rows + extra, args.l2)
        dropped = drop_names(model)
        model = {"about": "bench/relation_features.py: logistic regression per predicate over the features of "
                          "relation_features.features; trained by bench/relation_model.py --save",
                 "trained_on": SETS + ([] if args.no_extra else EXTRA), "l2": args.l2, **model}
        relation_features.MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                                             encoding="utf-8")
        sizes = {p: len(m["weights"]) for p, m in model["predicates"].items()}
        print(f"{len(rows) + len(extra)} candidate pairs -> {relation_features.MODEL_PATH.relative_to(ROOT)}: "
              f"weights {sizes}; {dropped} features naming an annotated entity left out")
        return 0
    tested = cross_validate(rows, args.folds, args.l2, extra)
    print(f"{len(rows)} candidate pairs in {', '.join(SETS)}, tested; {len(extra)} more from the composed sets "
          f"{', '.join(EXTRA)} in every training fold")
    print(f"folds: {args.folds}; l2 {args.l2}\n")
    print("facts a pair within one sentence can hold (the rest name their ends in different sentences,")
    print("or a name NER misses):")
    for p in PREDICATES:
        print(f"  {p:<15} gold {coverage[('gold facts in pairs', p)]:>3} of {coverage[('gold facts', p)]:>3}   "
              f"rule facts {coverage[('rule facts in pairs', p)]:>3} of {coverage[('rule facts', p)]:>3}")
    print()
    for t in args.thresholds:
        print(table(pair_items(tested), t, "pairs (one per sentence)"))
        print()
    for t in args.thresholds:
        print(table(fact_items(tested), t, "facts (one per article, subject, predicate, object)"))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
