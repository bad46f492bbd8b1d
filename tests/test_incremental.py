"""Builds into an existing store: later articles join the entities already there, an unchanged
file changes nothing, and an edited file's old articles leave no entity nothing mentions."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
FIRST = "# 星河智能发布新品\n星河智能科技有限公司董事长张伟表示，公司将继续研发。\n"
LATER = "# 新品发布\n星河智能总经理李娜介绍了最新进展。\n"


def build(path: Path, store: Path, out: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(path), "-o", str(out), "--store", str(store),
                           "-q"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def mentioned(store: Path) -> set[tuple[str, str]]:
    """(article graph, label of an entity it mentions) in the store."""
    st = ox.Store.read_only(str(store))
    rows = st.query("SELECT ?g ?l WHERE { GRAPH ?g { ?g <http://schema.org/mentions> ?e . "
                    "?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")
    return {(r["g"].value, r["l"].value) for r in rows}


def first_then_later(tmp_path: Path) -> Path:
    """A store built from one article naming 星河智能科技有限公司, then from another naming 星河智能."""
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LATER, encoding="utf-8")
    store = tmp_path / "store"
    build(tmp_path / "a.txt", store, tmp_path / "a.trig")
    build(tmp_path / "b.txt", store, tmp_path / "b.trig")
    return store


def labels(store: Path) -> set[str]:
    st = ox.Store.read_only(str(store))
    return {r["l"].value for r in st.query(
        "SELECT DISTINCT ?l WHERE { GRAPH ?g { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")}


def test_a_short_form_in_a_later_build_joins_the_node_of_its_long_form(tmp_path):
    store = first_then_later(tmp_path)
    companies = {label for _, label in mentioned(store) if "星河智能" in label}
    assert companies == {"星河智能科技有限公司"}  # one node, named as the first build named it
    assert len({g for g, label in mentioned(store) if label == "星河智能科技有限公司"}) == 2


def test_adding_an_unchanged_file_again_changes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    store = tmp_path / "store"
    build(tmp_path / "a.txt", store, tmp_path / "one.trig")
    build(tmp_path / "a.txt", store, tmp_path / "two.trig")
    assert (tmp_path / "one.trig").read_bytes() == (tmp_path / "two.trig").read_bytes()


def test_an_edited_file_leaves_no_entity_that_nothing_mentions(tmp_path):
    store = first_then_later(tmp_path)
    assert "李娜" in labels(store)
    (tmp_path / "b.txt").write_text("# 另一篇\n云帆大学教授王强表示，研究将继续。\n", encoding="utf-8")
    build(tmp_path / "b.txt", store, tmp_path / "g.trig")
    assert "李娜" not in labels(store) and "王强" in labels(store)
    assert "星河智能科技有限公司" in labels(store)  # the first file's article still names it
