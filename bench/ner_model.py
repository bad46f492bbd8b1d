"""Speed of kg.ner_model: characters per second of Tagger.tag on the sample page repeated to 1M chars.

    python bench/ner_model.py

The model is trained with one command, ``tools/train_ner.py`` (its docstring gives it and the figures).
"""
import importlib.resources
import time
from pathlib import Path

from kg import ner_model

TARGET = 150_000  # chars/s on one core, the tagger's share of the pipeline budget
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample-page.txt"


def main() -> None:
    t0 = time.perf_counter()
    tagger = ner_model.load()
    load_s = time.perf_counter() - t0
    page = SAMPLE.read_text(encoding="utf-8")
    text = (page * (1_000_000 // len(page) + 1))[:1_000_000]
    tagger.tag(text[:10_000])
    runs, walls = [], []
    for _ in range(3):
        c0, w0 = time.process_time(), time.perf_counter()
        spans = tagger.tag(text)
        runs.append(len(text) / (time.process_time() - c0))
        walls.append(len(text) / (time.perf_counter() - w0))
    model_bytes = importlib.resources.files("kg").joinpath(ner_model.MODEL_RESOURCE).read_bytes()
    print(f"model load       {load_s * 1000:.0f} ms ({len(model_bytes) / 1e6:.1f} MB)")
    print(f"Tagger.tag       {max(runs):,.0f} chars/s (CPU time, best of 3; target {TARGET:,})  "
          f"{len(spans)} spans in {len(text):,} chars; wall clock {max(walls):,.0f} chars/s")
    c0 = time.process_time()
    tagger.tag_with_marginals(text[:200_000])
    print(f"tag_with_marginals {200_000 / (time.process_time() - c0):,.0f} chars/s")


if __name__ == "__main__":
    main()
