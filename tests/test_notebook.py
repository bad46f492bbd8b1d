"""notebooks/explore.ipynb: committed without outputs, and runs top to bottom on the bundled sample."""
from __future__ import annotations

from pathlib import Path

import nbformat

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"
TITLES = ("教授", "研究员", "院长", "校长", "总裁", "总经理", "经理", "主任", "董事长", "负责人", "书记", "所长")


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)
    markdown = "".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "知识图谱" in markdown and "knowledge graph" in markdown  # Chinese and English


def test_notebook_runs_on_the_sample_and_shows_funds_winners_and_affiliations():
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()  # raises on any error

    def shown(cell_start: str) -> str:
        cell = next(c for c in nb.cells if c.cell_type == "code" and c.source.startswith(cell_start))
        return "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in cell.outputs)

    assert "基金" in shown("funds =")
    assert "奖" in shown("competitions =")
    assert any(t in shown("affiliations =") for t in TITLES)
    assert "entities" in shown("g = kg.build")
    assert sum(o.get("data", {}).get("image/png") is not None for c in nb.cells for o in c.get("outputs", [])) == 2
    frames = [o["data"]["text/html"] for c in nb.cells for o in c.get("outputs", [])
              if "text/html" in o.get("data", {}) and "<iframe srcdoc=" in o["data"]["text/html"]]
    assert len(frames) == 2 and all("vis-network" in f for f in frames)
