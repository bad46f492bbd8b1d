"""Work on every core, or on a cluster: a :class:`Runner` maps a task over chunks of articles
in this process, in local processes (``--jobs N``) or on Dask workers (``--cluster``).

A task's arguments and result travel as pickles, so the same tasks (:mod:`kg.chunks`) run
anywhere; results come back in the order the work went out, so the graph is the one a single
process builds. What every task reads (the names of the whole build) goes to each worker once,
through :meth:`Runner.share`.
"""
from __future__ import annotations

import collections
import contextlib
import os
import pickle
import tempfile

from kg.doc import Article


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class Shared:
    """An object every local worker reads, pickled once to a file and loaded once per process."""

    _loaded: tuple[str, object] | None = None  # (path, object): the one a process last read

    def __init__(self, obj, folder: str):
        fd, self.path = tempfile.mkstemp(suffix=".pkl", dir=folder)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)

    def get(self):
        if Shared._loaded is None or Shared._loaded[0] != self.path:
            with open(self.path, "rb") as f:
                Shared._loaded = (self.path, pickle.load(f))
        return Shared._loaded[1]


def shared(value):
    """The object a task was given through :meth:`Runner.share`."""
    return value.get() if isinstance(value, Shared) else value


class Runner:
    """Maps a task over work items: in this process, in ``jobs`` local processes (one pool for
    every pass, started on first use), or on a Dask cluster (``client``)."""

    def __init__(self, jobs: int = 1, client=None):
        self.jobs = max(1, jobs)
        self.client = client
        self._pool = None
        self._folder: tempfile.TemporaryDirectory | None = None

    @property
    def local(self) -> bool:
        return self.client is None and self.jobs == 1

    def share(self, obj):
        """A handle on ``obj`` to pass to tasks, which read it with :func:`shared`."""
        if self.client is not None:
            return self.client.scatter(obj, broadcast=True)
        if self.jobs == 1:
            return obj
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="kg-shared-")
        return Shared(obj, self._folder.name)

    def stream(self, task, work):
        """``task(*args)`` for each ``args`` of ``work`` (an iterable, read as it is needed),
        yielding the results in order; at most two items per worker are out at once, so a long
        ``work`` is never held whole."""
        if self.local:
            for args in work:
                yield task(*args)
            return
        if self.client is not None:
            submit, window = (lambda args: self.client.submit(task, *args, pure=False)), \
                2 * max(1, len(self.client.scheduler_info().get("workers", {})))
        else:
            if self._pool is None:
                from concurrent.futures import ProcessPoolExecutor

                self._pool = ProcessPoolExecutor(self.jobs, initializer=warm)
            submit, window = (lambda args: self._pool.submit(task, *args)), 2 * self.jobs
        out = collections.deque()
        for args in work:
            out.append(submit(args))
            if len(out) >= window:
                yield out.popleft().result()
        while out:
            yield out.popleft().result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


def warm() -> None:
    """Load what the tasks read (the tagger, jieba's dictionaries, the gazetteer, the relation
    model) once per worker, before its first task, by analysing one short article."""
    from kg import ingest, pipeline

    text = "2023年5月，星河大学教授张伟在北京创办星河科技有限公司，并入选青年人才计划。"
    a = Article(source="warm-up", source_text=text, text=text, offsets=list(range(len(text) + 1)))
    a.sentences = ingest.split_sentences(text)
    pipeline.analyse([a])


@contextlib.contextmanager
def runner(jobs: int | None = None, cluster: str | None = None):
    """A Runner for ``kg build``: ``jobs`` local processes (default every core), or the Dask
    cluster at ``cluster`` (``local``: one started here on 127.0.0.1, closed afterwards)."""
    if not cluster:
        local = Runner(jobs or default_jobs())
        try:
            yield local
        finally:
            local.close()
        return
    from kg import cluster as dask_cluster

    with dask_cluster.client(cluster, jobs) as client:
        yield Runner(client=client)
