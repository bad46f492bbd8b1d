"""End-to-end extraction throughput: `kg build` on >= 1 MB of news text.

Builds a graph (ingest, NER, relations, resolution, quads, store, TriG file) from
the bundled sample page repeated to the requested size (each copy a distinct
article, so nothing is deduplicated away), and times ``jieba.lcut`` on the same
text in the same run as the baseline.  Prints characters per second, the ratio
and the peak memory of the process.

    python bench/extract.py [--mb 1.0]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import jieba

from kg import pipeline

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample-page.txt"


def make_input(folder: Path, megabytes: float) -> tuple[Path, int]:
    page = SAMPLE.read_text(encoding="utf-8")
    copies, out, size = 0, [], 0
    while size < megabytes * 1_000_000:
        copies += 1
        # a distinct heading per copy keeps every article distinct
        text = page.replace("\n# ", f"\n# 第{copies}版 ").replace("\n## ", f"\n## 第{copies}版 ")
        out.append(text)
        size += len(text.encode("utf-8"))
    path = folder / "pages.txt"
    path.write_text("\n\n".join(out), encoding="utf-8")
    return path, copies


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of UTF-8 text (default 1)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path, copies = make_input(Path(tmp), args.mb)
        text = path.read_text(encoding="utf-8")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        jieba.initialize()
        t0 = time.perf_counter()
        jieba.lcut(text)
        t_jieba = time.perf_counter() - t0

        # warm up the model and gazetteers on one page so that load time is reported apart
        t0 = time.perf_counter()
        pipeline.extract_text("warm-up", SAMPLE.read_text(encoding="utf-8")[:2000])
        t_load = time.perf_counter() - t0

        t0 = time.perf_counter()
        graph = pipeline.build([str(path)], output=str(Path(tmp) / "out.trig"))
        t_build = time.perf_counter() - t0
        rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        triples = len(graph.store)

    chars = len(text)
    print(f"input: {chars:,} characters ({len(text.encode('utf-8')) / 1e6:.2f} MB), {copies} copies of the sample page")
    print(f"{'':24}{'seconds':>10}{'chars/s':>14}")
    print(f"{'jieba.lcut (baseline)':24}{t_jieba:10.2f}{chars / t_jieba:14,.0f}")
    print(f"{'kg build, end to end':24}{t_build:10.2f}{chars / t_build:14,.0f}")
    print(f"ratio kg/jieba: {t_jieba / t_build:.3f} of jieba's speed ({t_build / t_jieba:.1f}x slower)")
    print(f"one-time load (model, gazetteer, jieba dict): {t_load:.2f} s")
    print(f"quads written: {triples:,}; peak RSS {rss_peak:,.0f} MB (before the run {rss_before:,.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
