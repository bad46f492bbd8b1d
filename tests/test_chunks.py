"""The build in chunks (kg.chunks): the graph of all the articles analysed in memory, whatever
the chunk size; a failing article is reported and the others built; the runner streams work in
order without holding it whole; the names of a build travel without their automaton."""
from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import chunks, ingest, ner, pipeline, rdf, workers
from kg.cli import main
from kg.ner.propagate import Names, names_found, tag

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """A generated archive of ~30 articles in 2 files, whose names come back across articles."""
    folder = tmp_path_factory.mktemp("news")
    corpus.write(folder, 0.05, per_file=16)
    return folder


def in_memory_quads(folder: Path) -> set:
    """The graph of every article of ``folder`` analysed at once, in memory."""
    articles = [a for path in ingest.collect_files([str(folder)]) for a in ingest.read_file(path)]
    quads = set()
    for a in pipeline.analyse(articles):
        quads |= set(rdf.article_quads(a)[1])
    return quads


@pytest.mark.parametrize("size", [1, 5])
def test_chunks_build_the_graph_of_all_articles_at_once(archive, monkeypatch, size):
    monkeypatch.setattr(chunks, "CHUNK", size)
    built = set(pipeline.build([archive]).store)
    expected = in_memory_quads(archive)
    assert len(built) > 1000
    assert built == expected


def test_a_failing_article_is_reported_and_the_others_built(archive, tmp_path, monkeypatch, capsys):
    find = ner.find_mentions
    victims = []

    def flaky(a, disabled=frozenset()):
        if not victims:
            victims.append(a.title)
            raise ValueError("boom")
        return find(a, disabled)

    monkeypatch.setattr(ner, "find_mentions", flaky)
    out = tmp_path / "g.trig"
    assert main(["build", str(archive), "-o", str(out), "-q", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "extraction failed, article left out: ValueError: boom" in err and victims[0][:10] in err
    graphs = {q.graph_name for q in ox.parse(path=str(out))}
    every = {rdf.article_iri(a) for path in ingest.collect_files([str(archive)]) for a in ingest.read_file(path)}
    assert len(graphs) == len(every) - 1 and graphs < every


def _slow_square(x: int) -> int:
    time.sleep(0.02 * (x % 3))
    return x * x


def test_runner_streams_in_order_without_taking_all_the_work():
    pulled = []

    def work():
        for x in range(12):
            pulled.append(x)
            yield (x,)

    runner = workers.Runner(2)
    try:
        results = runner.stream(_slow_square, work())
        first = next(results)
        assert first == 0 and len(pulled) <= 4  # two items per worker at most are out
        assert [first, *results] == [x * x for x in range(12)]
    finally:
        runner.close()


def test_names_travel_without_their_automaton_and_tag_after():
    text = "星河科技发布新品。随后星河科技表示将扩产。"
    a = _article(text)
    names = Names()
    names.add([("星河科技", "Company")])
    names.close()
    assert names.automaton is not None
    again = pickle.loads(pickle.dumps(names))
    assert again._automaton is None
    ner.find_mentions(a)
    a.mentions = [m for m in a.mentions if m.text != "星河科技" or m.start > 5]
    tag(a, again)
    assert [m.start for m in a.mentions if m.text == "星河科技"] == [0, 11]
    assert ("星河科技", "Company") in names_found(a)


def _article(text: str):
    from kg.doc import Article

    a = Article(source="t.txt", source_text=text, text=text, offsets=list(range(len(text) + 1)))
    a.sentences = ingest.split_sentences(text)
    return a
