"""A light core: with none of the extras' packages importable, kg builds, queries and validates
the sample; what needs an extra says so on one line, naming the command that installs it."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTRAS = ("starlette", "uvicorn", "httptools", "uvloop", "pyvis", "dask", "distributed", "matplotlib", "IPython")
# Runs kg's CLI with the extras' modules unimportable, as after a plain `pip install kg`.
WITHOUT_EXTRAS = f"""
import sys
class Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {EXTRAS!r}:
            raise ImportError(f"{{name}} is not installed")
sys.meta_path.insert(0, Blocked())
from kg.cli import main
sys.exit(main(sys.argv[1:]))
"""


def kg(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WITHOUT_EXTRAS, *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_the_core_builds_queries_and_validates_without_the_extras(tmp_path):
    out = tmp_path / "graph.trig"
    done = kg("build", "data/sample-page.txt", "-o", out, "-q")
    assert done.returncode == 0, done.stderr
    rows = kg("query", out, "org_people", "org=清华")
    assert rows.returncode == 0 and "刘知远" in rows.stdout, rows.stderr
    assert kg("validate", out).returncode == 0
    assert kg("export", out, "--format", "graphml", "-o", tmp_path / "g.graphml").returncode == 0


def test_what_needs_an_extra_names_its_install_command(tmp_path):
    out = tmp_path / "graph.trig"
    assert kg("build", "data/sample-page.txt", "-o", out, "-q").returncode == 0
    for args, extra in ((("viz", out, "-o", tmp_path / "v.html"), "viz"),
                        (("serve", out), "serve"),
                        (("build", "data/sample-page.txt", "-o", tmp_path / "c.trig", "-q", "--cluster", "local"),
                         "cluster")):
        done = kg(*args)
        err = done.stderr.strip()
        assert done.returncode == 1 and len(err.splitlines()) == 1, err
        assert err.endswith(f"pip install 'kg[{extra}]'"), err
    assert not (tmp_path / "v.html").exists() and not (tmp_path / "c.trig").exists()


def test_the_core_dependencies_hold_none_of_the_extras():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = " ".join(project["dependencies"]).lower()
    assert not any(name.lower() in core for name in EXTRAS)
    extras = project["optional-dependencies"]
    assert {"serve", "viz", "notebook", "cluster", "all"} <= set(extras)
    assert extras["all"] == ["kg[serve,viz,notebook,cluster]"]


def test_pip_install_kg_resolves_to_no_extra(tmp_path):
    """What `pip install kg` would bring, resolved by pip itself (nothing is installed)."""
    import json

    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-m", "pip", "install", str(ROOT), "--dry-run", "--ignore-installed",
                           "--quiet", "--disable-pip-version-check", "--report", str(report)],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        pytest.skip(f"pip could not resolve the dependencies here: {done.stderr.strip()[-200:]}")
    names = {i["metadata"]["name"].lower() for i in json.loads(report.read_text())["install"]}
    assert {"kg", "jieba", "rdflib", "pyoxigraph", "pyshacl", "oxrdflib", "pandas"} <= names
    assert not names & {"starlette", "uvicorn", "pyvis", "dask", "distributed", "matplotlib", "ipykernel", "ipython"}
