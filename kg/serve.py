"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a store, with a query page.

The parent process binds the socket and keeps ``--workers`` server processes alive
(uvicorn's supervisor, which replaces any that exits). Each server process opens the
store read-only and runs queries in threads of its own: pyoxigraph releases the GIL while
it evaluates, so queries run side by side and a small one costs no hop to another process.

Fairness: a process runs at most ``THREADS`` queries at once and one client address at
most half of them; further queries wait, and when ``QUEUE`` are already waiting a new
one gets 503 with ``Retry-After`` at once. pyoxigraph cannot cancel a query, so one that
passes ``--timeout`` is answered 503 and its process retires: it stops accepting, finishes
its other requests (for up to ``GRACE`` seconds) and exits, and the supervisor starts a
fresh one. The listening socket stays open meanwhile, so connections wait rather than fail.

Federation (``SERVICE``) is refused before a query runs, unless ``--allow-service`` names
the endpoint; updates and ``LOAD`` are refused; request bodies are capped.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox

from kg.errors import KgError, require
from kg.query import FORMATTERS, QUERY_PREFIXES, execute, format_boolean, saved_queries, solutions
from kg.sparql import is_update
from kg.store import load_source

TEMPLATE = Path(__file__).resolve().parent / "templates" / "query.html"
STATIC = Path(__file__).resolve().parent / "static"  # the bundled browser libraries (tools/bundle_js.py)
RESULT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
"""SELECT and ASK result media types; the first is the default."""
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
               "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
               "application/rdf+xml": ox.RdfFormat.RDF_XML}
"""CONSTRUCT and DESCRIBE result media types; the first is the default."""
READ_ONLY = "this endpoint is read-only: SPARQL updates are refused"
THREADS = 16
"""Queries one server process runs at once."""
QUEUE = 64
"""Queries one server process keeps waiting before it answers 503."""
GRACE = 3
"""Seconds a stopping or retiring process gives its other requests to finish."""
OPTIONS_ENV = "KG_SERVE_OPTIONS"


@dataclass
class Options:
    """What every server process needs to know, passed to it in the environment."""
    source: str
    timeout: float = 10.0
    limit: int = 10000
    max_body: int = 1_000_000
    threads: int = THREADS
    queue: int = QUEUE
    allow_service: tuple[str, ...] = field(default_factory=tuple)


Reply = tuple[int, str, bytes, dict]
"""(HTTP status, content type, body, extra headers)."""


def text_reply(status: int, message: str, headers: dict | None = None) -> Reply:
    return status, "text/plain; charset=utf-8", message.encode("utf-8"), headers or {}


# --- answering one query ---------------------------------------------------------------

def negotiate(accept: str | None, offers) -> str | None:
    """The offered media type the Accept header prefers (the first offer when there is no
    header), or None when it accepts none of them."""
    offers = list(offers)
    if not accept or not accept.strip():
        return offers[0]
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in offers:
            return media
        if media == "*/*":
            return offers[0]
        if media.endswith("/*"):
            match = next((o for o in offers if o.startswith(media[:-1])), None)
            if match:
                return match
    return None


def not_acceptable(accept: str, offers) -> Reply:
    return text_reply(406, f"cannot answer as {accept}; this query's results come as: {', '.join(offers)}")


def answer(store: ox.Store, sparql: str, accept: str | None, opts: Options) -> Reply:
    """Run one query and serialise its results in the negotiated format."""
    try:
        results = execute(store, sparql, opts.allow_service)
    except KgError as e:
        if is_update(sparql):
            return text_reply(403, READ_ONLY)
        return text_reply(400, str(e))
    limit, truncated = opts.limit, {"X-Result-Truncated": "true", "X-Result-Limit": str(opts.limit)}
    if isinstance(results, ox.QueryTriples):
        media = negotiate(accept, GRAPH_TYPES)
        if media is None:
            return not_acceptable(accept, GRAPH_TYPES)
        triples, headers = [], {}
        for t in results:
            if len(triples) >= limit:
                headers = truncated
                break
            triples.append(t)
        fmt = GRAPH_TYPES[media]
        body = ox.serialize(triples, format=fmt, prefixes=QUERY_PREFIXES if fmt == ox.RdfFormat.TURTLE else None)
        if headers and fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
            body += f"# results truncated: only the first {limit} triples are given\n".encode()
        return 200, f"{media}; charset=utf-8", body, headers
    media = negotiate(accept, RESULT_TYPES)
    if media is None:
        return not_acceptable(accept, RESULT_TYPES)
    fmt = RESULT_TYPES[media]
    if isinstance(results, ox.QueryBoolean):
        return 200, f"{media}; charset=utf-8", format_boolean(bool(results), fmt).encode("utf-8"), {}
    names, rows, cut = solutions(results, limit)
    note = {"truncated_at": limit} if cut and fmt in ("json", "xml") else {}
    return 200, f"{media}; charset=utf-8", FORMATTERS[fmt](names, rows, **note).encode("utf-8"), \
        truncated if cut else {}


# --- admission: who runs now, who waits, who is turned away --------------------------------

class Busy(Exception):
    """The process already has as many queries waiting as it keeps."""


class Admission:
    """A pool of query slots with a share per client and a bounded queue."""

    def __init__(self, slots: int = THREADS, queue: int = QUEUE):
        self.pool = asyncio.Semaphore(slots)
        self.per_client = max(1, slots // 2)
        self.clients: dict[str, list] = {}  # address -> [semaphore, requests holding or awaiting it]
        self.capacity = slots + queue
        self.in_flight = 0

    @contextlib.asynccontextmanager
    async def slot(self, client: str):
        """Hold one query slot for ``client``; Busy at once when the queue is full."""
        if self.in_flight >= self.capacity:
            raise Busy
        self.in_flight += 1
        share = self.clients.setdefault(client, [asyncio.Semaphore(self.per_client), 0])
        share[1] += 1
        try:
            async with share[0], self.pool:
                yield
        finally:
            self.in_flight -= 1
            share[1] -= 1
            if not share[1]:
                del self.clients[client]


# --- one server process --------------------------------------------------------------------

class Worker:
    """One server process's store, query threads and admission; it retires after a timeout."""

    def __init__(self, opts: Options):
        self.opts = opts
        self.store = load_source(opts.source)
        self.threads = ThreadPoolExecutor(opts.threads, thread_name_prefix="kg-query")
        self.admission = Admission(opts.threads, opts.queue)
        self.stuck = False  # a query ran past the timeout and cannot be stopped

    async def run(self, sparql: str, accept: str | None, client: str) -> Reply:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.opts.timeout
        started = False
        try:
            async with asyncio.timeout_at(deadline):
                async with self.admission.slot(client):
                    started = True
                    future = loop.run_in_executor(self.threads, answer, self.store, sparql, accept, self.opts)
                    return await asyncio.shield(future)
        except Busy:
            return text_reply(503, "the server is busy: too many queries are waiting; retry shortly",
                              {"Retry-After": "1"})
        except TimeoutError:
            if not started:
                return text_reply(503, f"no query slot came free within the {self.opts.timeout:g} s timeout",
                                  {"Retry-After": "1"})
            self.retire()
            return text_reply(503, f"query stopped after the {self.opts.timeout:g} s timeout",
                              {"Retry-After": "1"})
        except (RuntimeError, OSError, ValueError, SyntaxError) as e:  # the engine failed on this query
            return text_reply(500, f"query failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}")

    def retire(self) -> None:
        """Stop accepting and exit once the other requests are answered (uvicorn's graceful
        shutdown on SIGTERM); the supervisor then starts a fresh process."""
        if not self.stuck:
            self.stuck = True
            server = getattr(signal.getsignal(signal.SIGTERM), "__self__", None)  # uvicorn's Server handles it
            for listener in getattr(server, "servers", ()):
                listener.close()  # stop accepting now: a connection taken before its shutdown would be reset
            os.kill(os.getpid(), signal.SIGTERM)

    def close(self) -> None:
        """Leave at once if a query thread cannot be stopped (a normal exit would wait for it)."""
        self.threads.shutdown(wait=False, cancel_futures=True)
        if self.stuck or self.admission.in_flight:
            os._exit(0)


def create_app(opts: Options):
    """The ASGI app of one server process: /sparql (alias /query), the query page at /, the
    explorer at /graph (``?entity=IRI or name``) with its look-ups /api/search and /api/neighbours.

    SPARQL GET and POST requests are answered by a plain ASGI function (the hot path, a
    third of the per-request cost of the Starlette stack); everything else goes through
    Starlette with CORS."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

    from kg import explorer
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    state: dict = {}

    @contextlib.asynccontextmanager
    async def lifespan(app):
        state["worker"] = Worker(opts)
        yield
        state["worker"].close()

    async def index(request: Request) -> Response:
        if "page" not in state:  # made on first use: its examples come from the store
            state["page"] = _query_page(state["worker"].store)
        return HTMLResponse(state["page"])

    async def graph(request: Request) -> Response:
        return HTMLResponse(explorer.page())

    async def in_thread(work):
        return await asyncio.get_running_loop().run_in_executor(None, work)

    async def names():
        if "names" not in state:  # built once per process, on the first search
            from kg.names import NameIndex

            state["names"] = await in_thread(lambda: NameIndex.of(state["worker"].store))
        return state["names"]

    async def search(request: Request) -> Response:
        index = await names()
        return JSONResponse(explorer.search(index, request.query_params.get("q", ""),
                                            request.query_params.get("class") or None))

    async def neighbours(request: Request) -> Response:
        try:
            found = await in_thread(lambda: explorer.neighbours(state["worker"].store, request.query_params.get("iri", "")))
        except KgError as e:
            return PlainTextResponse(str(e), status_code=400)
        return JSONResponse(found)

    async def method_not_allowed(request: Request) -> Response:
        return PlainTextResponse("use GET or POST", status_code=405)

    routes = [Route("/", index), Route("/graph", graph), Route("/api/search", search),
              Route("/api/neighbours", neighbours),
              Mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static"),
              Route("/sparql", method_not_allowed, methods=["PUT", "DELETE", "PATCH"]),
              Route("/query", method_not_allowed, methods=["PUT", "DELETE", "PATCH"])]
    cors = Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                      allow_headers=["*"], expose_headers=list(EXPOSED))
    site = Starlette(routes=routes, middleware=[cors], lifespan=lifespan)

    async def app(scope, receive, send):
        if scope["type"] == "http" and scope["path"] in ("/sparql", "/query") and scope["method"] in ("GET", "POST"):
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            reply = await _query_param(scope, headers, receive, opts.max_body)
            if isinstance(reply, str):
                client = scope["client"][0] if scope.get("client") else ""
                try:
                    reply = await state["worker"].run(reply, headers.get("accept"), client)
                except asyncio.CancelledError:  # the process is stopping and cannot wait for this query
                    reply = text_reply(503, "the server is stopping; retry shortly", {"Retry-After": "1"})
            await _send(send, reply, "origin" in headers)
        else:
            await site(scope, receive, send)

    return app


EXPOSED = ("X-Result-Truncated", "X-Result-Limit", "Retry-After")


async def _send(send, reply: Reply, cors: bool) -> None:
    status, media, body, extra = reply
    headers = [(b"content-type", media.encode()), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in extra.items()]
    if cors:
        headers += [(b"access-control-allow-origin", b"*"),
                    (b"access-control-expose-headers", ", ".join(EXPOSED).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def app_from_environment():
    """The app factory each server process calls (uvicorn ``factory=True``)."""
    return create_app(Options(**json.loads(os.environ[OPTIONS_ENV])))


async def _query_param(scope, headers: dict, receive, max_body: int) -> str | Reply:
    """The query text of a SPARQL Protocol request, or the error reply."""
    query_string = scope.get("query_string", b"")
    if len(query_string) > max_body:
        return text_reply(414, f"the request URL is longer than {max_body} bytes")
    params = parse_qs(query_string.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")
    if "update" in params:
        return text_reply(403, READ_ONLY)
    queries = params.get("query", [])
    if scope["method"] == "POST":
        body = await _body(headers, receive, max_body)
        if body is None:
            return text_reply(413, f"the request body is larger than {max_body} bytes (kg serve --max-body)")
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "application/sparql-query":
            queries.append(body.decode("utf-8", errors="replace"))
        elif media == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")
            if "update" in form:
                return text_reply(403, READ_ONLY)
            queries += form.get("query", [])
        elif media == "application/sparql-update":
            return text_reply(403, READ_ONLY)
        else:
            return text_reply(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
    if len(queries) > 1:
        return text_reply(400, "give exactly one query parameter")
    if not queries or not queries[0].strip():
        return text_reply(400, "give a SPARQL query in the query parameter")
    return queries[0]


async def _body(headers: dict, receive, max_body: int) -> bytes | None:
    """The request body, or None when it is (or says it is) over ``max_body`` bytes."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_body:
        return None
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > max_body:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


START_QUERY = "SELECT ?type (COUNT(DISTINCT ?e) AS ?entities) WHERE { ?e a ?type } GROUP BY ?type ORDER BY DESC(?entities)"


def _query_page(store: ox.Store) -> str:
    """The YASGUI page: every saved query as a tab, run with example names from this store;
    completion from the ontology's terms; nothing fetched from outside the server."""
    from rdflib import OWL, RDF

    from kg import vocab

    examples = []
    for q in saved_queries().values():
        values = {p: _example(store, q.classes[p]) if p in q.classes else "" for p in q.params}
        examples.append({"name": q.name, "query": f"# {q.description}\n" + _declared(q.render(**values))})
    def terms(*kinds) -> list[str]:
        return sorted({str(t) for k in kinds for t in vocab.ONTOLOGY.subjects(RDF.type, k) if str(t).startswith("http")})

    config = {"endpoint": "/sparql", "explorer": "/graph", "idBase": vocab.ID_BASE, "prefixes": QUERY_PREFIXES,
              "classes": terms(OWL.Class),
              "properties": terms(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property),
              "start": _declared(START_QUERY), "examples": examples}
    data = json.dumps(config, ensure_ascii=False).replace("<", "\\u003c")
    return TEMPLATE.read_text(encoding="utf-8").replace("/*KG_CONFIG*/{}", data)


def _example(store: ox.Store, cls: str) -> str:
    """The label of the entity of class ``cls`` that most facts are about: a saved query's example."""
    from kg.names import classes_under

    typed = f"?e a ?t VALUES ?t {{ {' '.join(f'kg:{c}' for c in sorted(classes_under(cls)))} }}"
    rows = list(store.query(f"""SELECT ?e (SAMPLE(?l) AS ?label) (COUNT(?st) AS ?n) WHERE {{
        ?st rdf:subject|rdf:object ?e . ?e rdfs:label ?l . {typed} }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1""",
                            prefixes=QUERY_PREFIXES, use_default_graph_as_union=True))
    return rows[0]["label"].value if rows else ""


def _declared(sparql: str) -> str:
    """The query with a PREFIX line for each predeclared prefix it uses and does not declare,
    so that the editor's syntax check reads it as the endpoint does."""
    declared = set(re.findall(r"(?im)^\s*PREFIX\s+(\w*):", sparql))
    used = [p for p in QUERY_PREFIXES if p not in declared and re.search(rf"(?<![\w?$]){p}:", sparql)]
    return "".join(f"PREFIX {p}: <{QUERY_PREFIXES[p]}>\n" for p in used) + sparql.strip()


# --- the parent process ----------------------------------------------------------------------

def run(args) -> int:
    """``kg serve``: check the store, bind, print the URL, keep the server processes running."""
    require("serve", "starlette", "uvicorn")
    import uvicorn

    load_source(args.store)  # a bad path fails here, with one line
    threads = THREADS if args.threads is None else args.threads
    queue = QUEUE if args.queue is None else args.queue
    if min(args.timeout, args.limit, args.max_body, args.workers, threads) <= 0 or queue < 0:
        raise KgError("--timeout, --limit, --max-body, --workers and --threads must be positive")
    opts = Options(str(args.store), args.timeout, args.limit, args.max_body, threads, queue,
                   tuple(args.allow_service or ()))
    os.environ[OPTIONS_ENV] = json.dumps(opts.__dict__)
    config = uvicorn.Config("kg.serve:app_from_environment", factory=True, host=args.host, port=args.port,
                            workers=args.workers, log_level="warning", access_log=False,
                            timeout_graceful_shutdown=GRACE)
    try:
        sock = config.bind_socket()
    except SystemExit:  # uvicorn exits when it cannot bind
        raise KgError(f"cannot listen on {args.host}:{args.port}") from None
    sock.listen(config.backlog)  # connections wait here until a server process accepts them
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"kg serve: http://{host}:{args.port}/  (SPARQL endpoint http://{host}:{args.port}/sparql)", flush=True)
    supervisor = _supervisor_class()(config, sockets=[sock])
    supervisor.run()
    sock.close()
    if supervisor.interrupted:
        raise KeyboardInterrupt
    return 0


def _supervisor_class():
    from uvicorn.supervisors import Multiprocess

    class Supervisor(Multiprocess):
        """uvicorn's supervisor, remembering whether Ctrl-C stopped it."""
        interrupted = False

        def handle_int(self) -> None:
            self.interrupted = True
            super().handle_int()

    return Supervisor
