"""kg.store: replacing article graphs, writing graph files atomically, loading sources."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import KgError
from kg.store import load_source, open_store, replace_graphs, write_file

SMALL = Path(__file__).parent / "fixtures" / "small.trig"
A1 = "https://w3id.org/kg-news/article/0a1b2c3d4e5f6a7b"
A2 = "https://w3id.org/kg-news/article/1f2e3d4c5b6a7980"


def graphs_of(store) -> dict[str, list[ox.Quad]]:
    out: dict[str, list[ox.Quad]] = {}
    for q in store:
        out.setdefault(q.graph_name.value, []).append(q)
    return out


def graph_size(store, iri: str) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(iri)))


@pytest.fixture(scope="module")
def small():
    return load_source(SMALL)


def test_fixture_has_two_article_graphs(small):
    assert {g.value for g in small.named_graphs()} == {A1, A2}
    assert graph_size(small, A1) == 103 and graph_size(small, A2) == 165


@pytest.mark.parametrize("on_disk", [False, True])
def test_replace_graphs_twice_keeps_one_copy(small, tmp_path, on_disk):
    store = open_store(tmp_path / "store" if on_disk else None)
    graphs = graphs_of(small)
    replace_graphs(store, graphs)
    replace_graphs(store, graphs)
    assert len(store) == len(small) == 268


def test_replace_graphs_replaces_only_the_named_graphs(small):
    store = open_store(None)
    replace_graphs(store, graphs_of(small))
    new = [ox.Quad(ox.NamedNode(A1), ox.NamedNode("http://schema.org/headline"), ox.Literal("新标题", language="zh"))]
    replace_graphs(store, {A1: new})  # quads without a graph name land in the named graph
    assert graph_size(store, A1) == 1
    assert graph_size(store, A2) == 165
    (q,) = store.quads_for_pattern(None, None, None, ox.NamedNode(A1))
    assert q.object.value == "新标题"


def test_disk_store_persists_and_reopens_read_only(small, tmp_path):
    path = tmp_path / "store"
    store = open_store(path)
    replace_graphs(store, graphs_of(small))
    store.flush()
    del store
    again = load_source(path)
    assert len(again) == 268
    with pytest.raises(RuntimeError, match="read-write"):
        again.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c")))


@pytest.mark.parametrize("replacing", [False, True])
def test_killed_build_leaves_old_or_new_graph(tmp_path, replacing):
    """kill -9 in the middle of replace_graphs: the store reopens with the whole old or whole new graph."""
    path = tmp_path / "store"
    store = open_store(path)
    old = 0
    if replacing:
        store.extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal("旧"), ox.NamedNode(A1))
                     for i in range(500))
        old = 500
    store.flush()
    del store
    n = 60000 if replacing else 300000  # seconds of work: the kill lands inside the transaction
    script = textwrap.dedent(f"""
        import sys, pyoxigraph as ox
        from kg.store import open_store, replace_graphs
        store = open_store({str(path)!r})
        quads = [ox.Quad(ox.NamedNode(f"urn:n{{i}}"), ox.NamedNode("urn:p"), ox.Literal(f"新{{i}}"))
                 for i in range({n})]
        print("start", flush=True)
        replace_graphs(store, {{{A1!r}: quads}})
        print("done", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "start"
    time.sleep(0.3)
    proc.kill()
    finished = proc.stdout.read().strip() == "done"
    proc.wait()
    assert not finished
    assert graph_size(open_store(path), A1) == old


@pytest.mark.parametrize("ext,graphs,triples", [("trig", 2, 268), ("nq", 2, 268), ("ttl", 0, 260),
                                               ("jsonld", 0, 260), ("nt", 0, 260)])
def test_write_file_every_format(small, tmp_path, ext, graphs, triples):
    out = tmp_path / f"graph.{ext}"
    write_file(small, out)
    back = load_source(out)
    assert len(list(back.named_graphs())) == graphs
    assert len(back) == triples  # ttl/jsonld/nt: the union, each shared triple once
    text = out.read_text(encoding="utf-8")
    assert "林海峰" in text
    if ext in ("trig", "ttl"):
        assert "@prefix kg: <https://w3id.org/kg-news/ontology#>" in text
        assert "@prefix kgr: <https://w3id.org/kg-news/id/>" in text
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_write_file_format_overrides_extension(small, tmp_path):
    out = tmp_path / "graph.data"
    write_file(small, out, fmt="nq")
    back = ox.Store()
    back.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    assert len(back) == 268


def test_failed_write_leaves_old_file_and_no_temp(small, tmp_path, monkeypatch):
    out = tmp_path / "graph.ttl"
    out.write_text("old content\n", encoding="utf-8")

    def broken(data, output, **kwargs):
        output.write(b"@prefix kg: <https://w3id.org/kg-news/ontology#> .\nkg:half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ox, "serialize", broken)
    with pytest.raises(KgError, match="No space left"):
        write_file(small, out)
    assert out.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_write_file_errors(small, tmp_path):
    with pytest.raises(KgError, match="unknown graph file extension"):
        write_file(small, tmp_path / "graph.xyz")
    with pytest.raises(KgError, match="does not exist"):
        write_file(small, tmp_path / "missing" / "graph.ttl")


def test_load_source_errors(tmp_path):
    with pytest.raises(KgError, match="no such file") as e:
        load_source(tmp_path / "nothing.trig")
    assert "\n" not in str(e.value)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(KgError, match="cannot parse as ttl") as e:
        load_source(bad)
    assert "\n" not in str(e.value)
    odd = tmp_path / "graph.csv"
    odd.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(KgError, match="unknown graph file extension"):
        load_source(odd)
    not_a_store = tmp_path / "folder"
    not_a_store.mkdir()
    (not_a_store / "CURRENT").write_text("garbage", encoding="utf-8")
    with pytest.raises(KgError, match="not a readable store"):
        load_source(not_a_store)
    (not_a_store / "CURRENT").unlink()
    with pytest.raises(KgError, match="not a readable store"):
        load_source(not_a_store)


@pytest.mark.parametrize("label", ["Apple Inc.", "CCM.", "星河（北京）科技有限公司", "A/B 实验室"])
def test_graph_files_with_any_label_read_back_in_rdflib(tmp_path, label):
    """A name may end in a dot or hold a slash; the TriG file still parses in rdflib."""
    import rdflib

    from kg.rdf import entity_iri

    node = entity_iri(f"org/{label}")
    store = ox.Store()
    store.add(ox.Quad(node, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(label),
                      ox.NamedNode(A1)))
    write_file(store, tmp_path / "g.trig")
    ds = rdflib.Dataset()
    ds.parse(tmp_path / "g.trig", format="trig")
    assert [str(o) for _, _, o, _ in ds.quads((None, None, None, None))] == [label]
