"""Time kg.ingest.read_file on the sample page and on 1 MB pages; prints ms beside the targets."""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from kg.ingest import read_file

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample-page.txt"


def best_ms(path: Path, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        read_file(path)
        best = min(best, time.perf_counter() - t)
    return best * 1000


def main() -> int:
    page = SAMPLE.read_text(encoding="utf-8")
    copies = 1_000_000 // len(page.encode("utf-8")) + 1
    with tempfile.TemporaryDirectory() as tmp:
        big_txt = Path(tmp, "big.txt")
        big_txt.write_text(page * copies, encoding="utf-8")
        paras = "".join(f"<p>{line}</p>\n" for line in page.splitlines() if line.strip())
        big_html = Path(tmp, "big.html")
        big_html.write_text("<html><body>" + paras * copies + "</body></html>", encoding="utf-8")
        rows = [
            ("sample page (6.5k chars)", best_ms(SAMPLE, 50), 10.0),
            (f"text, {big_txt.stat().st_size / 1e6:.1f} MB", best_ms(big_txt, 3), 1000.0),
            (f"html, {big_html.stat().st_size / 1e6:.1f} MB", best_ms(big_html, 3), 1000.0),
        ]
    print(f"{'input':28} {'ms':>9} {'target ms':>10}")
    for name, ms, target in rows:
        print(f"{name:28} {ms:9.1f} {target:10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
