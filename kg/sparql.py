"""Reading SPARQL text without running it: whether it is an update, which remote endpoints it would call.

pyoxigraph runs ``SERVICE <url> {…}`` by sending a request to ``url``, and has no switch
to turn federation off, so kg finds every SERVICE in a query before the query runs. The
text is cut into the grammar's tokens (comments, strings, IRIs, variables, prefixed names,
words), so that ``SERVICE`` is seen as a keyword however it is cased, commented or nested,
and never inside a string, an IRI, a variable or a prefixed name. Where this reading could
differ from the engine's, it refuses (``\\u`` escapes outside strings and IRIs).
"""
from __future__ import annotations

import re
from urllib.parse import urljoin

from kg.errors import KgError

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!\"\"))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
  | (?P<var>[?$]\w+)
  | (?P<pname>(?:[^\W\d][\w.-]*)?:(?:[\w:%-]|\\[_~.\-!$&'()*+,;=/?\#@%]|\.(?=[\w:%\\-]))*)
  | (?P<word>[^\W\d]\w*)
  | (?P<other>.)
""", re.X | re.S)
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def tokens(sparql: str) -> list[tuple[str, str]]:
    """(kind, text) of every token but white space and comments."""
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(sparql) if m.lastgroup not in ("space", "comment")]


def is_update(sparql: str) -> bool:
    """Does the text begin, after its prologue, with an update keyword (INSERT, LOAD, …)?"""
    for kind, text in tokens(sparql):
        if kind == "word" and text.upper() in ("PREFIX", "BASE") or kind in ("pname", "iri"):
            continue
        return kind == "word" and text.upper() in UPDATE_WORDS
    return False


def service_endpoints(sparql: str, prefixes: dict[str, str] | None = None) -> list[str | None]:
    """The endpoint of every ``SERVICE`` in the query, as a full IRI (None for ``SERVICE ?var``
    or anything else that is not a fixed IRI). ``prefixes`` are the ones predeclared."""
    if "\\" not in sparql and "service" not in sparql.lower():
        return []  # the keyword is written out, or escaped with a backslash
    toks = tokens(sparql)
    if any(kind == "other" and text == "\\" and toks[i + 1][1][:1] in ("u", "U")
           for i, (kind, text) in enumerate(toks[:-1])):
        raise KgError("\\u escapes are accepted only inside strings and IRIs")
    names = dict(prefixes or {})
    base = ""
    found = []
    for i, (kind, text) in enumerate(toks):
        if kind != "word":
            continue
        word = text.upper()
        nxt = toks[i + 1:i + 3]
        if word == "PREFIX" and len(nxt) == 2 and nxt[0][0] == "pname" and nxt[1][0] == "iri":
            names[nxt[0][1].rstrip(":")] = urljoin(base, _iri(nxt[1][1]))
        elif word == "BASE" and nxt and nxt[0][0] == "iri":
            base = urljoin(base, _iri(nxt[0][1]))
        elif word == "SERVICE":
            rest = toks[i + 1:i + 3]
            if rest and rest[0] == ("word", rest[0][1]) and rest[0][1].upper() == "SILENT":
                rest = rest[1:]
            found.append(_endpoint(rest[0] if rest else None, names, base))
    return found


def _iri(token: str) -> str:
    return _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), token[1:-1])


def _endpoint(token, names: dict[str, str], base: str) -> str | None:
    if token is None:
        return None
    kind, text = token
    if kind == "iri":
        return urljoin(base, _iri(text))
    if kind == "pname":
        prefix, _, local = text.partition(":")
        if prefix in names:
            return names[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


def check_federation(sparql: str, allowed: tuple[str, ...] = (), prefixes: dict[str, str] | None = None) -> None:
    """Raise a KgError unless every SERVICE of the query calls an endpoint under an allowed prefix."""
    for endpoint in service_endpoints(sparql, prefixes):
        if endpoint is None or not any(endpoint.startswith(p) for p in allowed):
            where = f"SERVICE <{endpoint}>" if endpoint else "SERVICE with a variable or unknown endpoint"
            raise KgError(f"federated queries are off: {where} is not allowed"
                          + (" (allowed: " + ", ".join(allowed) + ")" if allowed else
                             " (--allow-service URL_PREFIX opens an endpoint)"))
