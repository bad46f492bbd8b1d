"""kg build on every core and on a Dask cluster: the same graph, byte for byte, as one process."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def kg(*args, **kw):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, **kw)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A generated archive of ~60 articles in 3 files, and its graph built by one process."""
    folder = tmp_path_factory.mktemp("news")
    corpus.write(folder, 0.1, per_file=25)
    out = folder.parent / "one.trig"
    done = kg("build", folder, "-o", out, "-q", "--jobs", "1")
    assert done.returncode == 0, done.stderr
    return folder, out.read_bytes()


def test_jobs_2_writes_the_same_graph(archive, tmp_path):
    folder, one = archive
    done = kg("build", folder, "-o", tmp_path / "two.trig", "-q", "--jobs", "2")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "two.trig").read_bytes() == one


def test_jobs_must_be_positive(archive, tmp_path):
    folder, _ = archive
    done = kg("build", folder, "-o", tmp_path / "g.trig", "--jobs", "0")
    assert done.returncode != 0 and done.stderr.strip() == "kg build: --jobs must be at least 1, not 0"
    assert not (tmp_path / "g.trig").exists()


def test_local_cluster_writes_the_same_graph(archive, tmp_path):
    folder, one = archive
    done = kg("build", folder, "-o", tmp_path / "c.trig", "-q", "--cluster", "local")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "c.trig").read_bytes() == one


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dask_cluster():
    """A real scheduler and two worker processes on 127.0.0.1, started as a team would."""
    bin_dir = Path(sys.executable).parent
    scheduler_cmd = shutil.which("dask", path=str(bin_dir)) or "dask"
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([scheduler_cmd, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    procs.append(subprocess.Popen([scheduler_cmd, "worker", address, "--nworkers", "2", "--nthreads", "1",
                                   "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT))
    from dask.distributed import Client

    deadline = time.time() + 60
    while True:
        try:
            with Client(address, timeout="2s") as c:
                if len(c.scheduler_info()["workers"]) >= 2:
                    break
        except OSError:
            pass
        if time.time() > deadline:
            pytest.fail("the Dask cluster did not come up")
        time.sleep(0.5)
    yield address
    for p in reversed(procs):
        p.terminate()
        p.wait(timeout=30)


def test_existing_cluster_writes_the_same_graph(archive, tmp_path, dask_cluster):
    folder, one = archive
    done = kg("build", folder, "-o", tmp_path / "d.trig", "-q", "--cluster", dask_cluster)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "d.trig").read_bytes() == one


def test_unreachable_cluster_is_one_line(archive, tmp_path):
    folder, _ = archive
    done = kg("build", folder, "-o", tmp_path / "g.trig", "--cluster", f"tcp://127.0.0.1:{_free_port()}")
    assert done.returncode == 1
    assert done.stderr.strip().startswith("kg build: cannot reach the Dask scheduler at tcp://127.0.0.1:")
    assert len(done.stderr.strip().splitlines()) == 1 and not (tmp_path / "g.trig").exists()
