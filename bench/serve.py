"""`kg serve` under load, side by side with Oxigraph's own server on the same store.

    .venv/bin/python bench/serve.py              # needs wrk (apt-get install wrk)
    .venv/bin/python bench/serve.py --seconds 10

1. Throughput: wrk with 50 connections sends one small SELECT to each server in turn;
   prints requests/s, p50 and p99, and the ratio kg / oxigraph.
2. Starvation: two expensive queries run while one client sends small queries one after
   another; prints how many small queries were answered and their p50 and p99 latency.
Both servers read the same store built from the bundled sample.
"""
from __future__ import annotations

import argparse
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SMALL = "SELECT ?s WHERE { ?s a <http://schema.org/NewsArticle> } LIMIT 5"
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str) -> None:
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": "ASK {}"}), timeout=1)
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    raise SystemExit(f"{url} did not come up")


def get(url: str, query: str, timeout: float = 60) -> tuple[int, float]:
    start = time.perf_counter()
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except (urllib.error.URLError, OSError):  # the server stopped with this query running
        status = 0
    return status, time.perf_counter() - start


def wrk(url: str, seconds: int) -> dict:
    target = url + "?" + urllib.parse.urlencode({"query": SMALL})
    out = subprocess.run(["wrk", "-t2", "-c50", f"-d{seconds}s", "--latency", target,
                          "-H", "Accept: application/sparql-results+json"],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50": lat.get("50"), "p99": lat.get("99"), "errors": int(errors.group(1)) if errors else 0}


def starvation(url: str, seconds: float) -> dict:
    """Small queries from one client while two expensive ones run."""
    slow = [threading.Thread(target=get, args=(url, EXPENSIVE, 120), daemon=True) for _ in range(2)]
    for t in slow:
        t.start()
    time.sleep(0.3)
    latencies, failed = [], 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        status, took = get(url, SMALL, timeout=30)
        latencies.append(took)
        failed += status != 200
    running = sum(t.is_alive() for t in slow)
    latencies.sort()
    return {"answered": len(latencies) - failed, "failed": failed, "slow_still_running": running,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=8, help="length of each wrk run")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("bench/serve.py needs wrk: apt-get install wrk")
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        subprocess.run([BIN / "kg", "build", ROOT / "data", "-o", Path(tmp) / "g.trig", "--store", store, "-q"],
                       check=True)
        kg_port, ox_port = free_port(), free_port()
        kg = subprocess.Popen([BIN / "kg", "serve", store, "--port", str(kg_port), "--timeout", "60"],
                              stdout=subprocess.DEVNULL)
        ox = subprocess.Popen([BIN / "oxigraph", "serve-read-only", "--location", store, "--bind",
                               f"127.0.0.1:{ox_port}", "--union-default-graph"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kg_url, ox_url = f"http://127.0.0.1:{kg_port}/sparql", f"http://127.0.0.1:{ox_port}/query"
        try:
            wait_until_up(kg_url)
            wait_until_up(ox_url)
            print(f"throughput, small SELECT, wrk 50 connections, {args.seconds} s each")
            results = {}
            for name, url in (("oxigraph serve-read-only", ox_url), ("kg serve", kg_url)):
                r = results[name] = wrk(url, args.seconds)
                print(f"  {name:26} {r['rps']:9.0f} req/s   p50 {r['p50']:>8}   p99 {r['p99']:>8}"
                      f"   non-2xx {r['errors']}")
            ratio = results["kg serve"]["rps"] / results["oxigraph serve-read-only"]["rps"]
            print(f"  ratio kg / oxigraph: {ratio:.2f}  (target >= 0.25)")
            print("starvation: small queries from one client while two expensive queries run, 5 s")
            for name, url in (("kg serve", kg_url), ("oxigraph serve-read-only", ox_url)):
                r = starvation(url, 5.0)
                print(f"  {name:26} answered {r['answered']:5}  failed {r['failed']}  "
                      f"p50 {r['p50_ms']:7.1f} ms  p99 {r['p99_ms']:7.1f} ms  (target p99 <= 300 ms; "
                      f"expensive still running: {r['slow_still_running']})")
        finally:
            kg.terminate()
            ox.terminate()
            kg.wait(timeout=20)
            ox.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
