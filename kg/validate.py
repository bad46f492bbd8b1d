"""``kg validate``: check a graph against ``ontology/shapes.ttl`` with pySHACL.

The union of all named graphs is validated with the ontology mixed in, so that
``sh:class kg:Organization`` accepts a ``kg:Company``. No RDFS inference is run:
inferring types from ``rdfs:range`` would make any object of ``kg:wonAward`` an
Award and hide exactly the mistakes the shapes are there to catch.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph
import pyshacl
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef

from kg import vocab
from kg.errors import KgError

SH = Namespace("http://www.w3.org/ns/shacl#")
FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".jsonld": "json-ld", ".nt": "nt"}


@cache
def _shapes() -> Graph:
    return Graph().parse(vocab.SHAPES_PATH, format="turtle")


def load(path: str | Path) -> Graph:
    """The union of every graph in a graph file or a pyoxigraph store folder."""
    path = Path(path)
    ds = Dataset()
    if path.is_dir():
        try:
            data = pyoxigraph.Store.read_only(str(path)).dump(format=pyoxigraph.RdfFormat.N_QUADS)
        except (OSError, RuntimeError) as e:  # RocksDB reports a corrupt store as RuntimeError
            raise KgError(f"{path}: not a readable graph store ({_brief(e)})") from None
        ds.parse(data=data, format="nquads")
    elif not path.exists():
        raise KgError(f"{path}: no such file or folder")
    else:
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise KgError(f"{path}: unknown graph format (use .trig, .nq, .ttl, .jsonld or a store folder)")
        try:
            ds.parse(path, format=fmt)
        except Exception as e:  # rdflib raises many kinds on bad input
            raise KgError(f"{path}: cannot read it as {fmt}: {_brief(e)}") from None
    return _union(ds)


def validate(path_or_graph) -> tuple[bool, list[str]]:
    """Check a graph file, store folder or rdflib graph; return (conforms, one line per violation)."""
    conforms, lines, _ = _check(path_or_graph)
    return conforms, lines


def run(args) -> int:
    """``kg validate GRAPH``: print the violations, or "conforms"; exit 0 when it conforms."""
    conforms, lines, checked = _check(args.graph)
    for line in lines:
        print(line)
    if conforms:
        print(f"conforms: {checked} nodes checked")
        return 0
    print(f"does not conform: {len(lines)} violation{'s' * (len(lines) != 1)} in {checked} nodes checked")
    return 1


def _check(path_or_graph) -> tuple[bool, list[str], int]:
    if isinstance(path_or_graph, Graph):
        data = _union(path_or_graph)
    else:
        data = load(path_or_graph)
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=_shapes(), ont_graph=vocab.ONTOLOGY, inference="none", inplace=True)
    lines = sorted({_describe(results, r, data) for r in results.subjects(RDF.type, SH.ValidationResult)})
    return conforms, lines, len(_focus_nodes(data))


def _union(graph: Graph) -> Graph:
    """A plain graph holding the triples of every graph in ``graph`` (a Dataset or a Graph)."""
    out = Graph()
    quads = graph.quads((None, None, None, None)) if isinstance(graph, Dataset) else graph
    for s, p, o, *_ in quads:
        out.add((s, p, o))
    return out


def _focus_nodes(data: Graph) -> set:
    """The nodes some shape targets (instances of its target classes, subjects of its properties)."""
    nodes = set()
    shapes = _shapes()
    for cls in set(shapes.objects(None, SH.targetClass)):
        for sub in data.transitive_subjects(RDFS.subClassOf, cls):
            nodes.update(data.subjects(RDF.type, sub))
    for prop in set(shapes.objects(None, SH.targetSubjectsOf)):
        nodes.update(data.subjects(prop, None))
    return nodes


def _describe(results: Graph, result, data: Graph) -> str:
    """One readable line: focus node (with its Chinese name), path, message, offending value."""
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage) or "does not match a shape"
    value = results.value(result, SH.value)
    line = _name(focus, data) + (f": {_short(path)}" if isinstance(path, URIRef) else "") + f": {message}"
    if value is not None and value != focus:
        line += f" (found {_name(value, data)})"
    return line


def _name(node, data: Graph) -> str:
    if isinstance(node, Literal):
        return repr(str(node)) if node.datatype is None else f"{node} ({_short(node.datatype)})"
    short = _short(node)
    label = min((str(o) for o in data.objects(node, RDFS.label) if getattr(o, "language", None) == "zh"), default=None)
    return f"{short} ({label})" if label and label not in short else short


def _short(node) -> str:
    """An IRI as prefix:local with percent-escapes decoded; blank nodes as _:id."""
    if not isinstance(node, URIRef):
        return f"_:{node}"
    text = str(node)
    for prefix, base in sorted(vocab.PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(base):
            return f"{prefix}:{unquote(text[len(base):])}"
    return f"<{unquote(text)}>"


def _brief(e: Exception) -> str:
    """A parser's error on one short line, without the byte dump rdflib appends."""
    text = " ".join(str(e).split()).split(" at ^ in:")[0]
    return text[:200] or type(e).__name__
