"""Ray against Dask distributed on kg's own workload, the measurement behind ``--cluster``.

On a generated archive (``bench/corpus.py``), each engine starts a local cluster of two worker
processes on 127.0.0.1, maps kg's NER pass over chunks of articles (the first of the three
``kg build --cluster`` sends out, and the longest), and is shut down. Printed: start-up, the map, shut-down, and beside
them the same map in this one process. Ray is optional here (``pip install ray``): kg ships
the Dask path only.

    python bench/cluster.py [--mb 1]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402

from kg import chunks, pipeline, workers  # noqa: E402


def batches(folder: Path) -> list[bytes]:
    """The archive's chunks as the build spools them."""
    with chunks.Spool() as spool:
        pipeline.read_inputs([str(folder)], spool)
        return [spool.read(i) for i in range(spool.count)]


def with_dask(work: list) -> tuple[float, float, float]:
    from dask.distributed import Client, LocalCluster

    t0 = time.perf_counter()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                           silence_logs=50)
    client = Client(cluster)
    client.run(workers.warm)
    t1 = time.perf_counter()
    client.gather(client.map(chunks.find_names, work, disabled=frozenset(), pure=False))
    t2 = time.perf_counter()
    client.close()
    cluster.close()
    return t1 - t0, t2 - t1, time.perf_counter() - t2


def with_ray(work: list) -> tuple[float, float, float]:
    import ray

    t0 = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ner = ray.remote(chunks.find_names)
    warm = ray.remote(workers.warm)
    ray.get([warm.remote() for _ in range(2)])
    t1 = time.perf_counter()
    ray.get([ner.remote(b, frozenset()) for b in work])
    t2 = time.perf_counter()
    ray.shutdown()
    return t1 - t0, t2 - t1, time.perf_counter() - t2


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus.write(Path(tmp), args.mb)
        work = batches(Path(tmp))
    workers.warm()
    t0 = time.perf_counter()
    for b in work:
        chunks.find_names(b, frozenset())
    one = time.perf_counter() - t0
    print(f"{len(work)} chunks of {chunks.CHUNK} articles ({args.mb:g} MB); NER in this process: {one:.1f} s")
    print(f"{'engine':8}{'start s':>9}{'map s':>8}{'stop s':>8}{'map speed-up':>14}")
    for name, run in (("dask", with_dask), ("ray", with_ray)):
        try:
            start, mapped, stop = run(work)
        except ImportError:
            print(f"{name:8}  not installed")
            continue
        print(f"{name:8}{start:9.1f}{mapped:8.1f}{stop:8.1f}{one / mapped:14.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
