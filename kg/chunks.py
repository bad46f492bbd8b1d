"""A build in chunks of articles: memory holds a few chunks and the tables that span articles
(the names of the build, their entities), never the archive.

The articles are read into chunks of ``CHUNK`` and spooled to a temporary folder, and go
through three passes, each mapped over the chunks by a :class:`kg.workers.Runner` (a chunk
travels to its worker and back as bytes, so the workers may be other machines):

1. :func:`find_names`: NER; back come the names each article found.
2. :func:`read_facts`: every name of the build tagged where else it occurs
   (:func:`kg.ner.propagate.tag`), the relation patterns, and back come the names resolution
   reads (:func:`kg.resolve.names_of`).
3. :func:`write_graphs`: each article's names pointed at the entities :func:`kg.resolve.solve`
   made of all of them, and its graph written as N-Quads.

Between passes the caller merges what came back in article order, so the graph is the one
:func:`kg.pipeline.analyse` makes of all the articles in memory.
"""
from __future__ import annotations

import pickle
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from kg import lexicon, ner, rdf, relations, resolve, script, store
from kg.doc import Article
from kg.ner.propagate import Names, names_found, tag
from kg.ner.words import LEVEL_ONLY_BODY

CHUNK = 32  # articles per chunk: enough to hide the cost of a task, few enough to share out


def drop_unused(article: Article) -> None:
    """Programmes, awards, departments (某大学某系), bodies named by their level alone (市政府) and
    stand-ins for names the text leaves out are kept only where a fact uses them (an award also
    where it names one a fact uses with its rank: 国家科技进步奖 of 国家科技进步二等奖)."""
    used = {id(m) for f in article.facts for m in (f.subject, f.object) if m is not None}
    unranked = {resolve.unranked_award(m.text) for m in article.mentions if id(m) in used and m.type == "Award"}
    article.mentions = [m for m in article.mentions if id(m) in used or m.type == "Award" and m.text in unranked or not (
        m.type in ("Program", "Award") or m.type == "University" and m.text.endswith("系") or m.source == "ellipsis"
        or m.type in lexicon.ORG_CLASSES and LEVEL_ONLY_BODY.fullmatch(m.text))]


def find_facts(a: Article, disabled: frozenset, for_graph: bool = True) -> None:
    """The relation patterns on an article whose names are all tagged; then what only NER and
    relations read (the tokens, a simplified form of traditional text) goes."""
    relations.find_facts(a, disabled)
    if for_graph:
        drop_unused(a)
    a.tokens = []
    script.restore_written(a)


def each(articles: list[Article], step) -> tuple[list[Article], list[tuple[str, str, str]]]:
    """``step`` on each article: (the articles it worked on, (file, headline, error) of the others)."""
    done, failed = [], []
    for a in articles:
        try:
            step(a)
            done.append(a)
        except Exception as e:  # noqa: BLE001  (one article's failure is reported, the rest go on)
            failed.append((a.source, a.title, f"{type(e).__name__}: {e}"))
    return done, failed


def tell(failed: list[tuple[str, str, str]], report) -> None:
    """Report each article :func:`each` left out: its file, headline and error, on one line."""
    for source, title, error in failed:
        if report:
            report(f"{source}{f' ({title[:30]})' if title else ''}: extraction failed, article left out: {error}")


def _dump(articles: list[Article]) -> bytes:
    return pickle.dumps(articles, protocol=pickle.HIGHEST_PROTOCOL)


def find_names(chunk: bytes, disabled: frozenset) -> tuple[bytes, list, list]:
    """Pass 1 on a chunk: (the chunk after NER, each article's names, failures)."""
    articles, failed = each(pickle.loads(chunk), lambda a: ner.find_mentions(a, disabled & ner.COMPONENTS.keys()))
    return _dump(articles), [names_found(a) for a in articles], failed


def read_facts(chunk: bytes, names, disabled: frozenset) -> tuple[bytes, list, list]:
    """Pass 2 on a chunk, given the build's names (shared): (the chunk with its facts, each
    article's :class:`kg.resolve.Names`, failures)."""
    from kg import workers

    found = workers.shared(names)

    def step(a):
        tag(a, found)
        find_facts(a, disabled)

    articles, failed = each(pickle.loads(chunk), step)
    return _dump(articles), [resolve.names_of(a) for a in articles], failed


def write_graphs(chunk: bytes, entities: dict, min_confidence: float, replacing: set[str], fmt: str) -> Graphs:
    """Pass 3 on a chunk, given the entities of its names: its graphs in ``fmt`` (nq or trig)."""
    out = Graphs(format=fmt)
    new = []
    for a in pickle.loads(chunk):
        resolve.apply(a, entities)
        iri, quads = rdf.article_quads(a, min_confidence)
        if iri in replacing:
            out.replaced.append((iri, ox.serialize(quads, format=ox.RdfFormat.N_QUADS)))
        else:
            new += quads
        out.entities.update((e.key, e.type) for e in a.entities)
        out.facts.update(f.predicate for f in a.facts if f.confidence >= min_confidence)
        out.articles += 1
    if new:
        out.data = ox.serialize(new, format=store.FORMATS[fmt], prefixes=store.FILE_PREFIXES if fmt == "trig" else None)
    return out


@dataclass
class Graphs:
    """The graphs of some articles: those new to the store in one file (N-Quads or TriG, with
    the prefixes of :data:`kg.store.FILE_PREFIXES`), those replacing a graph of the same IRI as
    N-Quads one by one, and what the build's summary counts."""

    format: str = "nq"
    data: bytes = b""
    replaced: list[tuple[str, bytes]] = field(default_factory=list)
    entities: dict[str, str] = field(default_factory=dict)  # key -> class
    facts: Counter = field(default_factory=Counter)  # predicate -> how many
    articles: int = 0

    def update(self, other: Graphs) -> None:
        """Add another chunk's counts (its quads go to the sink, not here)."""
        self.entities.update(other.entities)
        self.facts.update(other.facts)
        self.articles += other.articles


class Spool:
    """The chunks of a build in a temporary folder, one file each, rewritten after each pass."""

    def __init__(self):
        self._folder = tempfile.TemporaryDirectory(prefix="kg-build-")
        self.folder = Path(self._folder.name)
        self.count = 0

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc) -> None:
        self._folder.cleanup()

    def add(self, articles: list[Article]) -> None:
        self.write(self.count, _dump([replace(a, source_text="") for a in articles]))  # (the file's text is not read)
        self.count += 1

    def path(self, i: int) -> Path:
        return self.folder / f"{i:06d}.pkl"

    def read(self, i: int) -> bytes:
        return self.path(i).read_bytes()

    def write(self, i: int, data: bytes) -> None:
        self.path(i).write_bytes(data)


def build(spool: Spool, runner, sink, known=(), disabled: frozenset = frozenset(), min_confidence: float = 0.0,
          replacing: set[str] = frozenset(), report=None, progress: bool = False, fmt: str = "nq") -> Graphs:
    """The three passes over the spooled chunks; each chunk's :class:`Graphs` (in ``fmt``) go
    to ``sink`` in order. ``known`` are the entities of the store the graphs go into
    (:func:`kg.store.known_entities`), ``replacing`` the IRIs of its graphs they replace.
    Returns the build's counts; an article that failed is reported and left out."""
    bar = _bar(3 * spool.count, progress)

    def chunks(*args):
        for i in range(spool.count):
            yield (spool.read(i), *args)

    def finish(i, result):
        data, per_article, failed = result
        spool.write(i, data)
        tell(failed, report)
        bar.update()
        return per_article

    names = Names(known)
    for i, result in enumerate(runner.stream(find_names, chunks(disabled))):
        for found in finish(i, result):
            names.add(found)
    names.close()
    table, keys, n = resolve.Names(), [], 0
    for i, result in enumerate(runner.stream(read_facts, chunks(runner.share(names), disabled))):
        here = set()
        for article_names in finish(i, result):
            table.update(article_names, n)
            here.update(article_names.surface)
            n += 1
        keys.append(here)
    del names
    entities = resolve.solve(table, known)
    del table
    totals = Graphs()

    def graph_work():
        for i in range(spool.count):
            yield spool.read(i), {k: entities[k] for k in keys[i] if k in entities}, min_confidence, replacing, fmt

    for graphs in runner.stream(write_graphs, graph_work()):
        sink(graphs)
        totals.update(graphs)
        bar.update()
    bar.close()
    return totals


def _bar(total: int, shown: bool):
    """A progress bar over the chunks of the three passes, on stderr, shown after a second."""
    from tqdm import tqdm

    return tqdm(total=total, desc="kg build", unit="chunk", file=sys.stderr, delay=1.0, leave=False,
                disable=not shown)
