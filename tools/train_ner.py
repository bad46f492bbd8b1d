"""Train the CRF behind kg.ner_model (Person / Organization / Title, BIOES, python-crfsuite).

    python tools/train_ner.py --cluener /path/cluener2020/train.json \
        --resume /path/resume_ner --out kg/resources/ner.crfsuite

Data (research use only; cite when publishing the model or figures derived from it):
  CLUENER2020 -- Xu et al. 2020, "CLUENER2020: Fine-grained Named Entity Recognition Dataset and
    Benchmark for Chinese"; labels name -> PER, company/organization/government -> ORG,
    position -> TITLE, the rest -> O.
  Resume NER -- Zhang & Yang 2018, "Chinese NER Using Lattice LSTM"; NAME -> PER, ORG -> ORG,
    TITLE -> TITLE, the rest -> O.

Only CLUENER train.json and Resume train/dev are read.  First a tuning model is trained on CLUENER
train minus a seeded 10% held-out slice plus Resume train, and scored on that slice and on Resume
dev; then the shipped model is trained on all of it (CLUENER train, Resume train + dev).  Training
is deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.ner_model import LABELS, features, spans_from_tags  # noqa: E402

CLUENER = {"name": "PER", "company": "ORG", "organization": "ORG", "government": "ORG",
           "position": "TITLE"}
RESUME = {"NAME": "PER", "ORG": "ORG", "TITLE": "TITLE"}


def bioes(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    """BIOES tags for n characters; an overlapping span is skipped."""
    tags = ["O"] * n
    for s, e, k in sorted(spans):
        if any(t != "O" for t in tags[s:e]):
            continue
        if e - s == 1:
            tags[s] = "S-" + k
        else:
            tags[s:e] = ["B-" + k] + ["I-" + k] * (e - s - 2) + ["E-" + k]
    return tags


def read_cluener(path: str) -> list[tuple[str, list[str]]]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            spans = [(s, e + 1, CLUENER[label]) for label, ents in rec.get("label", {}).items()
                     if label in CLUENER for offsets in ents.values() for s, e in offsets]
            out.append((rec["text"], bioes(len(rec["text"]), spans)))
    return out


def read_resume(path: str) -> list[tuple[str, list[str]]]:
    out, chars, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in list(f) + [""]:
            parts = line.split()
            if parts:
                chars.append(parts[0])
                pos, _, label = parts[-1].partition("-")
                tags.append("O" if label not in RESUME else {"M": "I"}.get(pos, pos) + "-" + RESUME[label])
            elif chars:
                out.append(("".join(chars), tags))
                chars, tags = [], []
    return out


def train(data: list[tuple[str, list[str]]], out: str, args: argparse.Namespace) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, tags in data:
        trainer.append(features(text), tags)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    tmp = out + ".tmp"
    trainer.train(tmp)
    os.replace(tmp, out)


def evaluate(model: str, data: list[tuple[str, list[str]]]) -> dict[str, tuple[float, float, float]]:
    """Span-level precision, recall, F1 per type and over all three."""
    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    counts = {k: Counter() for k in [*LABELS, "all"]}
    for text, tags in data:
        gold = set(spans_from_tags(tags))
        pred = set(spans_from_tags(tagger.tag(features(text))))
        for k in LABELS:
            g, p = {s for s in gold if s[2] == k}, {s for s in pred if s[2] == k}
            for c in (counts[k], counts["all"]):
                c.update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
    result = {}
    for k, c in counts.items():
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        result[k] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return result


def report(name: str, result: dict[str, tuple[float, float, float]]) -> None:
    print(name + "  " + "  ".join(f"{k} P={p:.3f} R={r:.3f} F1={f:.3f}" for k, (p, r, f) in result.items()))


def main() -> int:
    ap = argparse.ArgumentParser(description="Train the kg NER model (CRF).")
    ap.add_argument("--cluener", required=True, help="CLUENER2020 train.json")
    ap.add_argument("--resume", required=True, help="folder with Resume NER train/dev.char.bmes")
    ap.add_argument("--out", required=True, help="model file to write")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--skip-heldout", action="store_true", help="train only the shipped model")
    ap.add_argument("--heldout-only", action="store_true", help="train and score only the tuning model")
    args = ap.parse_args()

    cluener = read_cluener(args.cluener)
    resume_train = read_resume(os.path.join(args.resume, "train.char.bmes"))
    resume_dev = read_resume(os.path.join(args.resume, "dev.char.bmes"))
    order = list(range(len(cluener)))
    random.Random(args.seed).shuffle(order)
    held = set(order[: len(cluener) // 10])

    if not args.skip_heldout:
        t0 = time.time()
        tune_model = args.out + ".heldout"
        train([d for i, d in enumerate(cluener) if i not in held] + resume_train, tune_model, args)
        print(f"tuning model trained in {time.time() - t0:.0f} s")
        report("cluener-heldout", evaluate(tune_model, [cluener[i] for i in sorted(held)]))
        report("resume-dev     ", evaluate(tune_model, resume_dev))
        os.remove(tune_model)
    if not args.heldout_only:
        t0 = time.time()
        train(cluener + resume_train + resume_dev, args.out, args)
        print(f"model trained in {time.time() - t0:.0f} s: {args.out} ({os.path.getsize(args.out) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
