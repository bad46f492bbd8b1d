"""Entity and fact F1 of kg on the annotated article sets in bench/quality/.

Uses the shared judge (``../shared/eval/score.py``, beside this repository) when it is
there; prints one line per set (a folder holding ``*.gold.json``). ``real/held`` is the
held-apart third of the real-news corpus: it is scored only with ``--held``, once, at the end.

    python bench/quality.py [--judge PATH] [--held]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "bench" / "quality"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--judge", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    ap.add_argument("--held", action="store_true", help="score the held-apart real news instead")
    args = ap.parse_args(argv)
    if not Path(args.judge).is_file():
        print(f"no judge at {args.judge}: pass --judge PATH to score.py", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folders = sorted({p.parent for p in SETS.rglob("*.gold.json")})
        held = [f for f in folders if f.relative_to(SETS).parts[:2] == ("real", "held")]
        for folder in held if args.held else [f for f in folders if f not in held]:
            name = "/".join(folder.relative_to(SETS).parts)
            out = Path(tmp) / f"{name.replace('/', '_')}.trig"
            subprocess.run([sys.executable, "-m", "kg.cli", "build", str(folder), "-o", str(out), "-q"], check=True)
            golds = sorted(str(p) for p in folder.glob("*.gold.json"))
            result = subprocess.run([sys.executable, args.judge, *golds, "--graph", str(out),
                                     "--graph", str(ROOT / "ontology" / "kg.ttl")],
                                    capture_output=True, text=True, check=True)
            print(f"{name}: {result.stdout.strip().splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
