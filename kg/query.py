"""``kg query``: SPARQL over a graph file or store, saved queries, result formats.

Saved queries are the ``kg/queries/*.rq`` files. Their first comment line says what
they do; a comment line ``# $name: help`` declares a parameter (``# $name?: help`` an
optional one, empty by default; ``# $name [Class]: help`` one that names an entity of that
class, looked up in the graph's :class:`kg.names.NameIndex` before the query runs: a part of
a name stands for the one entity it fits, and a name that fits none is an error that suggests
the nearest). ``$name`` in the query is replaced by the value as a
quoted SPARQL string literal, escaped, never spliced raw (so ``$name@zh`` reads as a
Chinese-tagged literal, which lets a name be looked up by index).
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

from kg.errors import KgError
from kg.sparql import check_federation
from kg.store import QUERY_PREFIXES, load_source

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_PARAM_LINE = re.compile(r"#\s*\$(\w+)(\??)(?:\s*\[(\w+)\])?:\s*(.*)")
_PLACEHOLDER = re.compile(r"\$(\w+)")
CELL_WIDTH = 60
"""Widest table cell, in terminal columns; longer values end with an ellipsis."""


@dataclass
class SavedQuery:
    """One ``.rq`` file: its name, what it does, its parameters (name -> (help, optional)), its text."""
    name: str
    description: str
    params: dict[str, tuple[str, bool]] = field(default_factory=dict)
    text: str = ""
    classes: dict[str, str] = field(default_factory=dict)  # parameter -> the class of entity it names

    def resolve(self, names, **values: str) -> dict[str, str]:
        """``values`` with each entity name looked up in ``names`` (a :class:`kg.names.NameIndex`):
        a whole name (of any entity) stays, a part of a name of the class becomes the label of the one entity it fits; a part
        of several, or of none, is a KgError naming them or the nearest names."""
        out = dict(values)
        for param, cls in self.classes.items():
            value = values.get(param)
            if not value or names.named(value):  # a whole name of anything: the query matches it as typed
                continue
            fits = names.containing(value, cls)
            if len(fits) == 1:
                out[param] = fits[0].label
            elif fits:
                listed = "、".join(e.label for e in fits[:5]) + ("…" if len(fits) > 5 else "")
                raise KgError(f"{value} is part of {len(fits)} names: {listed}; give one of them")
            else:
                raise KgError(names.missing(value, cls))
        return out

    def render(self, **values: str) -> str:
        """The query text with each ``$param`` replaced by ``values[param]`` as a string literal."""
        self.check(values)
        body = "\n".join(line for line in self.text.splitlines() if not line.startswith("#"))
        return bind(body, {p: values.get(p, "") for p in self.params})

    def check(self, values: dict) -> None:
        """A KgError for a parameter the query does not take, or one it needs and is not given."""
        unknown = set(values) - set(self.params)
        if unknown:
            raise KgError(f"query {self.name} has no parameter {', '.join(sorted(unknown))}"
                          f" (it takes: {', '.join(self.params) or 'none'})")
        missing = [p for p, (_, optional) in self.params.items() if not optional and p not in values]
        if missing:
            raise KgError(f"query {self.name} needs {', '.join(f'{p}=…' for p in missing)}")


def bind(sparql: str, values: dict) -> str:
    """Replace each ``$name`` whose name is in ``values`` by the value as a SPARQL string literal."""
    return _PLACEHOLDER.sub(lambda m: sparql_string(str(values[m.group(1)])) if m.group(1) in values
                            else m.group(0), sparql)


def sparql_string(value: str) -> str:
    """A SPARQL string literal holding ``value`` exactly (quotes, backslashes, newlines escaped)."""
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query by name, read from ``kg/queries/*.rq``."""
    out = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        q = SavedQuery(path.stem, lines[0].lstrip("# ").strip(), text=text)
        for line in lines[1:]:
            m = _PARAM_LINE.match(line)
            if m:
                q.params[m.group(1)] = (m.group(4).strip(), m.group(2) == "?")
                if m.group(3):
                    q.classes[m.group(1)] = m.group(3)
        out[q.name] = q
    return out


def saved_query(name: str) -> SavedQuery:
    """The saved query ``name``, or a KgError listing the names."""
    queries = saved_queries()
    if name not in queries:
        raise KgError(f"no saved query {name} (kg query --list shows them)")
    return queries[name]


def execute(store: ox.Store, sparql: str, allow_service: tuple[str, ...] = ()):
    """Run a SPARQL query with the kg prefixes over the union of the named graphs.

    Returns pyoxigraph QuerySolutions, QueryBoolean or QueryTriples; a syntax error
    becomes a KgError naming the line and column, with a caret under the spot. A query
    that would call a remote endpoint (SERVICE) is refused unless the endpoint starts
    with one of ``allow_service``.
    """
    check_federation(sparql, allow_service, QUERY_PREFIXES)
    try:
        return store.query(sparql, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as e:
        raise KgError(syntax_message(sparql, str(e))) from None
    except OSError as e:
        raise KgError(f"query failed: {str(e).splitlines()[0]}") from None


def syntax_message(sparql: str, error: str) -> str:
    """``syntax error at line L, column C: …`` then the query line and a caret under column C."""
    first = error.splitlines()[0]
    m = re.match(r"error at (\d+):(\d+): (.*)", first)
    if not m:
        return f"syntax error: {first}"
    line_no, col, what = int(m.group(1)), int(m.group(2)), m.group(3)
    if len(what) > 100:
        what = what[:100].rstrip(", ") + " …"
    lines = sparql.splitlines() or [""]
    line = lines[min(line_no, len(lines)) - 1]
    pad = display_width(line[:col - 1])
    return f"syntax error at line {line_no}, column {col}: {what}\n  {line}\n  {' ' * pad}^"


# --- result rows and their formats -------------------------------------------------------

def solutions(results, limit: int | None = None) -> tuple[list[str], list[list], bool]:
    """(variable names, rows of terms or None, truncated?) of a SELECT result, at most ``limit`` rows."""
    names = [v.value for v in results.variables]
    rows, truncated = [], False
    for sol in results:
        if limit is not None and len(rows) >= limit:
            truncated = True
            break
        rows.append([sol[i] for i in range(len(names))])
    return names, rows, truncated


def short_iri(iri: str) -> str:
    """``kgr:person/林海峰`` for a full IRI under one of the kg prefixes, else the IRI itself."""
    best = max((ns for ns in QUERY_PREFIXES.items() if iri.startswith(ns[1])), key=lambda ns: len(ns[1]),
               default=None)
    return f"{best[0]}:{iri[len(best[1]):]}" if best else iri


def cell_text(term) -> str:
    """How a term reads in a table: prefixed IRI, literal value, ``_:id`` for a blank node."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return short_iri(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def display_width(text: str) -> int:
    """Terminal columns of ``text``: East Asian wide and full-width characters count 2."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def format_table(names: list[str], rows: list[list]) -> str:
    """An aligned text table; Chinese characters take two columns."""
    cells = [[_clip(cell_text(t), CELL_WIDTH) for t in row] for row in rows]
    widths = [max([display_width(n)] + [display_width(r[i]) for r in cells]) for i, n in enumerate(names)]

    def line(values):
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_csv(names: list[str], rows: list[list]) -> str:
    """SPARQL 1.1 CSV results: full IRIs, plain literal values."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(names)
    for row in rows:
        w.writerow(["" if t is None else f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value
                    for t in row])
    return buf.getvalue()


def format_tsv(names: list[str], rows: list[list]) -> str:
    """SPARQL 1.1 TSV results: terms in N-Triples syntax."""
    out = ["\t".join(f"?{n}" for n in names)]
    out += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return "\n".join(out) + "\n"


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(t.subject),
                                            "predicate": _json_term(t.predicate),
                                            "object": _json_term(t.object)}}
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        d["datatype"] = t.datatype.value
    return d


def format_json(names: list[str], rows: list[list], truncated_at: int | None = None) -> str:
    """SPARQL 1.1 JSON results; rows cut at a limit are said in a ``kg:truncated`` member,
    which standard clients ignore."""
    bindings = [{n: _json_term(t) for n, t in zip(names, row) if t is not None} for row in rows]
    out = {"head": {"vars": names}, "results": {"bindings": bindings}}
    if truncated_at is not None:
        out["kg:truncated"] = {"limit": truncated_at, "note": _truncated_note(truncated_at)}
    return json.dumps(out, ensure_ascii=False)


def _truncated_note(limit: int) -> str:
    return f"results truncated: only the first {limit} rows are given (the server's row limit)"


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if t.language:
        return f'<literal xml:lang="{xml_escape(t.language)}">{xml_escape(t.value)}</literal>'
    if t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f'<literal datatype="{xml_escape(t.datatype.value)}">{xml_escape(t.value)}</literal>'
    return f"<literal>{xml_escape(t.value)}</literal>"


def format_xml(names: list[str], rows: list[list], truncated_at: int | None = None) -> str:
    """SPARQL 1.1 XML results; rows cut at a limit are said in a comment."""
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f'<variable name="{n}"/>' for n in names]
    out += ["</head>", "<results>"]
    for row in rows:
        out.append("<result>" + "".join(f'<binding name="{n}">{_xml_term(t)}</binding>'
                                        for n, t in zip(names, row) if t is not None) + "</result>")
    out.append("</results>")
    if truncated_at is not None:
        out.append(f"<!-- {_truncated_note(truncated_at)} -->")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def format_boolean(value: bool, fmt: str) -> str:
    """An ASK result in a results format (table prints true or false)."""
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value})
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n")
    return ("true" if value else "false") + "\n"


FORMATTERS = {"table": format_table, "csv": format_csv, "tsv": format_tsv, "json": format_json,
              "xml": format_xml}


# --- the command ----------------------------------------------------------------------

def run(args) -> int:
    """``kg query``: print the results of a query, or ``--list`` the saved queries."""
    if args.list:
        sys.stdout.write(list_text())
        return 0
    if not args.source:
        raise KgError("give a graph file or store folder (or --list)")
    text, saved, values = _query_text(args)
    store = load_source(args.source)
    if saved is not None:
        if saved.classes:
            from kg.names import NameIndex

            values = saved.resolve(NameIndex.of(store), **values)
        text = saved.render(**values)
    sys.stdout.write(result_text(execute(store, text, tuple(args.allow_service or ())), args.format))
    return 0


def list_text() -> str:
    """The saved queries, one block each: name, what it does, its parameters."""
    out = []
    for q in saved_queries().values():
        out.append(f"{q.name}\n    {q.description}")
        for p, (help_, optional) in q.params.items():
            out.append(f"    {p}={'[…]' if optional else '…'}  {help_}")
    return "\n".join(out) + "\n"


def _query_text(args) -> tuple[str, SavedQuery | None, dict[str, str]]:
    """(SPARQL text, None, {}) or (None, a saved query, its values; checked) from the arguments."""
    positional = ([args.query] if args.query else []) + list(args.params)
    if args.file:
        if positional:
            raise KgError("give either -f FILE.rq or a query, not both")
        try:
            return Path(args.file).read_text(encoding="utf-8"), None, {}
        except OSError as e:
            raise KgError(f"cannot read {args.file}: {e.strerror}") from None
    if not positional:
        raise KgError("give a query: SPARQL text, -f FILE.rq, or a saved query name")
    first = positional[0]
    if re.fullmatch(r"\w+", first):
        values = {}
        for item in positional[1:]:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise KgError(f"parameters are key=value, got {item!r}")
            values[key] = value
        saved = saved_query(first)
        saved.check(values)  # before the graph is read
        return "", saved, values
    if len(positional) > 1:
        raise KgError("SPARQL text takes no key=value parameters (quote the whole query)")
    return first, None, {}


def result_text(results, fmt: str) -> str:
    """Any query result as text: SELECT in ``fmt``, ASK as a boolean, CONSTRUCT as Turtle or JSON-LD."""
    if isinstance(results, ox.QueryBoolean):
        return format_boolean(bool(results), fmt)
    if isinstance(results, ox.QueryTriples):
        rdf = ox.RdfFormat.JSON_LD if fmt == "json" else ox.RdfFormat.N_TRIPLES if fmt in ("csv", "tsv") \
            else ox.RdfFormat.TURTLE
        prefixes = QUERY_PREFIXES if rdf == ox.RdfFormat.TURTLE else None
        return ox.serialize(list(results), format=rdf, prefixes=prefixes).decode("utf-8")
    names, rows, _ = solutions(results)
    return FORMATTERS[fmt](names, rows)
