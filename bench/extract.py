"""End-to-end build throughput and how it grows: `kg build` on generated news archives.

The archive comes from ``bench/corpus.py``: articles that each name their own people,
organisations, funds and contests (some named again later), as real news does, not one page
repeated. For each size it builds once in a fresh process (``kg build --jobs J``) and prints
the time, characters per second, the peak memory of that process and, beside them,
``jieba.lcut`` on the same text in the same run. Then the growth exponent between sizes
(time ~ size^k; 1 is linear) and, with several ``--jobs``, the speed-up. Last, loading the
largest graph into a store the way the build does (``kg.store.add_graphs``, chunk by chunk)
and through ``kg.store.replace_graphs``, beside ``Store.bulk_extend`` of the same quads.

    python bench/extract.py [--mb 1 4 16] [--jobs 1 2]
"""
from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def jieba_seconds(folder: Path) -> tuple[float, int]:
    """jieba.lcut over every file of the archive: (seconds, characters)."""
    import jieba

    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    t0 = time.perf_counter()
    for t in texts:
        jieba.lcut(t)
    return time.perf_counter() - t0, sum(map(len, texts))


def build(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak MB) of `kg build` in a process of its own."""
    cmd = ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "kg.cli", "build", str(folder), "-o", str(out), "-q",
           "--jobs", str(jobs)]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"kg build failed: {done.stderr.strip().splitlines()[-1]}")
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def load(graph: Path) -> tuple[float, float, float, int]:
    """(add_graphs seconds, replace_graphs seconds, bulk_extend seconds, quads) for the quads of
    ``graph``: the build's way (each chunk of articles' graphs as N-Quads, in its own
    transaction), the Python API's (quads, one transaction), and the untransacted bulk load."""
    import pyoxigraph as ox

    from kg import chunks, store

    quads = list(store.load_source(graph))
    graphs: dict[str, list] = {}
    for q in quads:
        graphs.setdefault(q.graph_name.value, []).append(q)
    iris = list(graphs)
    parts = [chunks.Graphs(data=ox.serialize([q for iri in iris[i:i + chunks.CHUNK] for q in graphs[iri]],
                                             format=ox.RdfFormat.N_QUADS))
             for i in range(0, len(iris), chunks.CHUNK)]
    t0 = time.perf_counter()
    ox.Store().bulk_extend(quads)
    t_bulk = time.perf_counter() - t0
    t0 = time.perf_counter()
    st = ox.Store()
    for part in parts:
        store.add_graphs(st, part)
    t_add = time.perf_counter() - t0
    t0 = time.perf_counter()
    store.replace_graphs(ox.Store(), graphs)
    return t_add, time.perf_counter() - t0, t_bulk, len(quads)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[1, 4, 16], help="archive sizes in MB of UTF-8")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1], help="kg build --jobs values to run")
    args = ap.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'MB':>5} {'articles':>9} {'chars':>11} {'jobs':>4} {'seconds':>8} {'chars/s':>9} "
              f"{'peak MB':>8} {'jieba s':>8} {'jieba chars/s':>13} {'ratio':>6}")
        for mb in args.mb:
            folder = Path(tmp) / f"news-{mb}"
            n, _ = corpus.write(folder, mb)
            t_jieba, chars = jieba_seconds(folder)
            for jobs in args.jobs:
                out = Path(tmp) / f"graph-{mb}-{jobs}.trig"
                seconds, peak = build(folder, out, jobs)
                rows.append((mb, jobs, seconds, chars, out))
                print(f"{mb:5.1f} {n:9,} {chars:11,} {jobs:4} {seconds:8.1f} {chars / seconds:9,.0f} {peak:8,.0f} "
                      f"{t_jieba:8.2f} {chars / t_jieba:13,.0f} {t_jieba / seconds:6.3f}")
        for jobs in args.jobs:
            mine = [r for r in rows if r[1] == jobs]
            for (mb0, _, t0, c0, _), (mb1, _, t1, c1, _) in zip(mine, mine[1:]):
                print(f"jobs {jobs}: {mb0:g} -> {mb1:g} MB: {c1 / c0:.1f}x the text in {t1 / t0:.2f}x the time, "
                      f"exponent {math.log(t1 / t0) / math.log(c1 / c0):.2f}")
        if len(args.jobs) > 1:
            for mb in args.mb:
                times = {r[1]: r[2] for r in rows if r[0] == mb}
                same = len({r[4].read_bytes() for r in rows if r[0] == mb}) == 1
                print(f"{mb:g} MB: --jobs {args.jobs[-1]} is {times[args.jobs[0]] / times[args.jobs[-1]]:.2f}x "
                      f"--jobs {args.jobs[0]}; graphs identical: {same}")
        t_add, t_replace, t_bulk, quads = load(rows[-1][4])
        print(f"store load of {quads:,} quads: bulk_extend {t_bulk:.2f} s; the build's add_graphs {t_add:.2f} s "
              f"({t_add / t_bulk:.2f}x); replace_graphs {t_replace:.2f} s ({t_replace / t_bulk:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
