"""Per-article work on every core, or on a cluster: NER and relation patterns run on workers;
what spans articles (name propagation, resolution) stays in the caller.

A task carries only what its stage reads (the text, the headline, the mentions) and returns only
what it adds, so the same tasks run in local processes (``--jobs N``) or on Dask workers
(``--cluster``). Results come back in article order: the graph is the one a single process
builds.
"""
from __future__ import annotations

import contextlib
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace

from kg.doc import Article

CHUNK = 16  # articles per task: large enough to hide the cost of a task, small enough to share out


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def light(a: Article) -> Article:
    """The article without what no stage on a worker reads: the file's text and the offset map."""
    return replace(a, source_text="", offsets=[], entities=[])


def ner_task(batch: list[tuple[Article, frozenset]]) -> list[tuple]:
    """NER on each article: its tokens, mentions, headline mentions, kinds and aliases."""
    from kg import ner

    out = []
    for a, disabled in batch:
        try:
            ner.find_mentions(a, disabled)
            out.append((a.tokens, a.mentions, a.headline_mentions, a.kinds, a.aliases))
        except Exception as e:  # noqa: BLE001  (one article's failure is reported, the rest go on)
            out.append(e)
    return out


def relations_task(batch: list[tuple[Article, frozenset, bool]]) -> list[tuple]:
    """Relation patterns on each article: its mentions (facts point into them) and facts."""
    from kg import pipeline, relations

    out = []
    for a, disabled, for_graph in batch:
        try:
            relations.find_facts(a, disabled)
            if for_graph:
                pipeline.drop_unused(a)
            out.append((a.mentions, a.facts))
        except Exception as e:  # noqa: BLE001
            out.append(e)
    return out


class Runner:
    """Maps a task over batches of articles: in this process, in ``jobs`` local processes (one
    pool for every stage, started on first use), or on a Dask cluster (``client``)."""

    def __init__(self, jobs: int = 1, client=None):
        self.jobs = max(1, jobs)
        self.client = client
        self._pool: ProcessPoolExecutor | None = None

    def map(self, task, items: list) -> list:
        """``task`` over ``items`` in batches; the results in order, one per item."""
        batches = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
        if self.client is not None:
            futures = self.client.map(task, batches, pure=False)
            results = self.client.gather(futures)
        elif self.jobs > 1 and len(batches) > 1:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.jobs, initializer=warm)
            results = list(self._pool.map(task, batches))
        else:
            results = [task(b) for b in batches]
        return [r for batch in results for r in batch]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


def warm() -> None:
    """Load what the tasks read (the tagger, jieba's dictionaries, the gazetteer, the relation
    model) once per worker, before its first task, by analysing one short article."""
    from kg import ingest

    text = "2023年5月，星河大学教授张伟在北京创办星河科技有限公司，并入选青年人才计划。"
    a = Article(source="warm-up", source_text=text, text=text, offsets=list(range(len(text) + 1)))
    a.sentences = ingest.split_sentences(text)
    ner_task([(a, frozenset())])
    relations_task([(a, frozenset(), True)])


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
