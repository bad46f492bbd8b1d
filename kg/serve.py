"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a store, with a query page.

Starlette + uvicorn answer HTTP; queries run in a pool of worker processes, each
with its own read-only copy of the store. pyoxigraph cannot cancel a running query, so
a query that passes ``--timeout`` has its worker killed and replaced, and the other
workers go on answering meanwhile.
"""
from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import multiprocessing as mp
import os
import re
import signal
from pathlib import Path
from urllib.parse import parse_qs

import anyio
import pyoxigraph as ox
import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.errors import KgError
from kg.query import FORMATTERS, QUERY_PREFIXES, execute, format_boolean, saved_queries, solutions
from kg.store import load_source

TEMPLATE = Path(__file__).resolve().parent / "templates" / "query.html"
RESULT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
"""SELECT and ASK result media types; the first is the default."""
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
               "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES}
"""CONSTRUCT and DESCRIBE result media types; the first is the default."""
_UPDATE = re.compile(r"(?:\s|#[^\n]*\n|(?i:PREFIX)\s*[\w.-]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*"
                     r"(?i:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")
READ_ONLY = "this endpoint is read-only: SPARQL updates are refused"


class QueryTimeout(Exception):
    """A query ran past the timeout; its worker was killed."""


# --- in the worker processes ---------------------------------------------------------

def negotiate(accept: str | None, offers) -> str:
    """The offered media type the Accept header prefers (the first offer for */* or no match)."""
    offers = list(offers)
    ranked = []
    for i, part in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.lower()))
    for q, _, media in sorted(ranked):
        if q == 0:
            break
        if media in offers:
            return media
        if media.endswith("/*"):
            major = media[:-1]
            match = next((o for o in offers if o.startswith(major) or major == "*/"), None)
            if match:
                return match
    return offers[0]


def answer(store: ox.Store, sparql: str, accept: str | None, limit: int) -> tuple[int, str, bytes, dict]:
    """Run one query: (HTTP status, content type, body, extra headers)."""
    try:
        results = execute(store, sparql)
    except KgError as e:
        if _UPDATE.match(sparql):
            return 403, "text/plain; charset=utf-8", READ_ONLY.encode(), {}
        return 400, "text/plain; charset=utf-8", str(e).encode("utf-8"), {}
    headers = {}
    if isinstance(results, ox.QueryTriples):
        media = negotiate(accept, GRAPH_TYPES)
        triples = []
        for t in results:
            if len(triples) >= limit:
                headers = {"X-Result-Truncated": "true", "X-Result-Limit": str(limit)}
                break
            triples.append(t)
        prefixes = QUERY_PREFIXES if GRAPH_TYPES[media] == ox.RdfFormat.TURTLE else None
        body = ox.serialize(triples, format=GRAPH_TYPES[media], prefixes=prefixes)
        return 200, f"{media}; charset=utf-8", body, headers
    media = negotiate(accept, RESULT_TYPES)
    fmt = RESULT_TYPES[media]
    if isinstance(results, ox.QueryBoolean):
        return 200, f"{media}; charset=utf-8", format_boolean(bool(results), fmt).encode("utf-8"), {}
    names, rows, truncated = solutions(results, limit)
    if truncated:
        headers = {"X-Result-Truncated": "true", "X-Result-Limit": str(limit)}
    return 200, f"{media}; charset=utf-8", FORMATTERS[fmt](names, rows).encode("utf-8"), headers


def _worker(source: str, limit: int, conn) -> None:
    """A worker process: open the store read-only, say ready, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which ends its workers
    try:
        store = load_source(source)
    except KgError as e:
        conn.send(("error", str(e)))
        return
    conn.send(("ready", None))
    while True:
        try:
            sparql, accept = conn.recv()
        except EOFError:
            return
        try:
            conn.send(answer(store, sparql, accept, limit))
        except Exception as e:  # an engine failure is the client's answer, not the worker's end
            conn.send((500, "text/plain; charset=utf-8", f"query failed: {e}".encode("utf-8"), {}))


# --- in the server process -----------------------------------------------------------

class QueryPool:
    """Worker processes that run queries; one past its timeout is killed and replaced."""

    def __init__(self, source: str, size: int, limit: int):
        self.source, self.size, self.limit = source, size, limit
        self._ctx = mp.get_context("spawn")
        self._idle: asyncio.Queue = asyncio.Queue()
        self._all: set = set()
        self._replacing: set = set()

    async def start(self) -> None:
        """Start every worker and wait until each has opened the store."""
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.size)))
        for w in workers:
            self._idle.put_nowait(w)

    async def _spawn(self):
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker, args=(self.source, self.limit, child), daemon=True)
        proc.start()
        child.close()
        self._all.add((proc, parent))
        try:
            kind, message = await anyio.to_thread.run_sync(parent.recv)
        except EOFError:
            kind, message = "error", f"worker for {self.source} exited"
        if kind != "ready":
            self._kill((proc, parent))
            raise KgError(message)
        return proc, parent

    def _kill(self, worker) -> None:
        proc, conn = worker
        proc.kill()
        proc.join()
        conn.close()
        self._all.discard(worker)

    async def _replace(self) -> None:
        self._idle.put_nowait(await self._spawn())

    async def run(self, sparql: str, accept: str | None, timeout: float) -> tuple[int, str, bytes, dict]:
        """Answer a query in a free worker within ``timeout`` seconds, else raise QueryTimeout."""
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout)
        except asyncio.TimeoutError:
            raise QueryTimeout(f"no free worker within {timeout:g} s") from None
        _, conn = worker
        try:
            conn.send((sparql, accept))
            if not await anyio.to_thread.run_sync(conn.poll, timeout):
                raise QueryTimeout(f"query stopped after the {timeout:g} s timeout")
            reply = conn.recv()
        except BaseException:
            self._kill(worker)
            task = asyncio.get_running_loop().create_task(self._replace())
            self._replacing.add(task)
            task.add_done_callback(self._replacing.discard)
            raise
        self._idle.put_nowait(worker)
        return reply

    def close(self) -> None:
        """Kill every worker."""
        for worker in list(self._all):
            self._kill(worker)


def create_app(source: str, timeout: float = 10.0, limit: int = 10000, workers: int | None = None) -> Starlette:
    """The ASGI app: /sparql (alias /query), the query page at /, the graph view at /graph
    (``?entity=NAME&hops=N&type=CLASS``, drawn by ``kg.viz.render_html`` when that exists)."""
    pool = QueryPool(str(source), workers or max(2, os.cpu_count() or 1), limit)
    page = _query_page()
    state = {}

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await pool.start()
        yield
        pool.close()

    async def sparql(request: Request) -> Response:
        query = await _query_param(request)
        if isinstance(query, Response):
            return query
        try:
            status, media, body, headers = await pool.run(query, request.headers.get("accept"), timeout)
        except QueryTimeout as e:
            return PlainTextResponse(str(e), status_code=503)
        except EOFError:
            return PlainTextResponse("the query worker stopped", status_code=500)
        return Response(body, status_code=status, media_type=media, headers=headers)

    async def index(request: Request) -> Response:
        return HTMLResponse(page)

    async def graph(request: Request) -> Response:
        try:
            render = importlib.import_module("kg.viz").render_html
        except (ImportError, AttributeError):
            return PlainTextResponse("no graph view: kg.viz.render_html is not available", status_code=404)
        if "store" not in state:
            state["store"] = await anyio.to_thread.run_sync(load_source, source)
        params = request.query_params
        options = {"entity": params.get("entity") or None, "types": params.getlist("type") or None}
        if params.get("hops", "").isdigit():
            options["hops"] = int(params["hops"])
        try:
            html = await anyio.to_thread.run_sync(lambda: render(state["store"], **options))
        except KgError as e:
            return PlainTextResponse(str(e), status_code=400)
        return HTMLResponse(html)

    routes = [Route("/", index), Route("/sparql", sparql, methods=["GET", "POST"]),
              Route("/query", sparql, methods=["GET", "POST"]), Route("/graph", graph)]
    cors = Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                      allow_headers=["*"], expose_headers=["X-Result-Truncated", "X-Result-Limit"])
    return Starlette(routes=routes, middleware=[cors], lifespan=lifespan)


async def _query_param(request: Request) -> str | Response:
    """The query text of a SPARQL Protocol request, or the error response."""
    if request.method == "GET":
        params = request.query_params
        if "update" in params:
            return PlainTextResponse(READ_ONLY, status_code=403)
        query = params.get("query")
    else:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await request.body()).decode("utf-8", errors="replace")
        if media == "application/sparql-query":
            query = body
        elif media == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                return PlainTextResponse(READ_ONLY, status_code=403)
            query = form.get("query", [None])[0]
        elif media == "application/sparql-update":
            return PlainTextResponse(READ_ONLY, status_code=403)
        else:
            return PlainTextResponse("POST a query as application/sparql-query or "
                                     "application/x-www-form-urlencoded", status_code=415)
    if not query:
        return PlainTextResponse("give a SPARQL query in the query parameter", status_code=400)
    return query


def _query_page() -> str:
    examples = [{"name": q.name, "description": q.description, "params": list(q.params),
                 "optional": [p for p, (_, opt) in q.params.items() if opt],
                 "text": "\n".join(line for line in q.text.splitlines() if not line.startswith("#"))}
                for q in saved_queries().values()]
    data = json.dumps(examples, ensure_ascii=False).replace("<", "\\u003c")
    prefixes = json.dumps(QUERY_PREFIXES).replace("<", "\\u003c")
    return (TEMPLATE.read_text(encoding="utf-8").replace("/*SAVED_QUERIES*/[]", data)
            .replace("/*PREFIXES*/{}", prefixes))


def run(args) -> int:
    """``kg serve``: check the store, print the URL, serve until interrupted."""
    load_source(args.store)  # a bad path fails here, with one line
    if args.timeout <= 0 or args.limit <= 0:
        raise KgError("--timeout and --limit must be positive")
    app = create_app(args.store, timeout=args.timeout, limit=args.limit)
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="warning")
    server = uvicorn.Server(config)
    host = f"[{args.host}]" if ":" in args.host else args.host

    async def serve():
        task = asyncio.create_task(server.serve())
        while not server.started and not task.done():
            await asyncio.sleep(0.05)
        if server.started:
            print(f"kg serve: http://{host}:{args.port}/  (SPARQL endpoint http://{host}:{args.port}/sparql)",
                  flush=True)
        await task

    try:
        asyncio.run(serve())
    except SystemExit:  # uvicorn exits when it cannot bind
        pass
    if not server.started:
        raise KgError(f"cannot listen on {args.host}:{args.port}")
    return 0
