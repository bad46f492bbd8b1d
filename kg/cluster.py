"""The build on a Dask cluster (``kg build --cluster ADDRESS``; the ``kg[cluster]`` extra).

``local`` starts a real scheduler and worker processes on 127.0.0.1 for the length of the
build; any other address is an existing scheduler (``tcp://host:8786``), whose workers need kg
installed. Workers run the three passes of :mod:`kg.chunks` on chunks of articles, each worker
loading the model and dictionaries once; the caller merges the tables that span articles
(the names to propagate, resolution) and writes the graph.
"""
from __future__ import annotations

import contextlib

from kg.errors import KgError, require


@contextlib.contextmanager
def client(address: str, workers: int | None = None):
    """A Dask client on the cluster at ``address``, or on a local one (``local``) of
    ``workers`` processes (default: every core, at least two)."""
    require("cluster", "dask.distributed")
    from dask.distributed import Client, LocalCluster
    from kg import workers as tasks

    if address == "local":
        n = max(2, workers or tasks.default_jobs())
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, silence_logs=50) as cluster, Client(cluster) as c:
            c.run(tasks.warm)
            yield c
        return
    try:
        c = Client(address, timeout="10s")
    except (OSError, TimeoutError) as e:
        raise KgError(f"cannot reach the Dask scheduler at {address}: {e}") from None
    try:
        c.run(tasks.warm)
        yield c
    finally:
        c.close()
