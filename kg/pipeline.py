"""The main job: files -> articles -> mentions -> facts -> entities -> named graphs.

``build`` is the Python entry point; ``run_build`` and ``run_extract`` are what
``kg build`` and ``kg extract`` call.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

from pyoxigraph import Literal

from kg import ingest, ner, rdf, relations, resolve, store, vocab
from kg.doc import Article
from kg.errors import KgError
from kg.files import atomic_write


def analyse(articles: list[Article], progress: bool = False, for_graph: bool = True) -> None:
    """Run NER and relation patterns on each article, then resolve entities across all.

    For a graph, programmes, awards and university departments no fact uses are left out
    (they are mentions, not things the graph says something about)."""
    items = articles
    if progress:
        from tqdm import tqdm

        items = tqdm(articles, desc="kg build", unit="article", file=sys.stderr, delay=1.0, leave=False)
    for a in items:
        ner.find_mentions(a)
    ner.propagate(articles)
    for a in articles:
        relations.find_facts(a)
        if for_graph:
            _drop_unused(a)
    resolve.resolve(articles)


def _drop_unused(article: Article) -> None:
    """Programmes, awards and departments (某大学某系) are kept only where a fact uses them."""
    used = {id(m) for f in article.facts for m in (f.subject, f.object) if m is not None}
    article.mentions = [m for m in article.mentions if id(m) in used or not (
        m.type in ("Program", "Award") or m.type == "University" and m.text.endswith("系"))]


def read_inputs(inputs: list[str], report=None) -> tuple[list[Article], int]:
    """Articles of every readable input file, and how many inputs failed (each reported)."""
    articles, failed = [], 0
    for item in inputs:
        try:
            files = ingest.collect_files([item])
        except KgError as e:
            failed += 1
            if report:
                report(str(e))
            continue
        for path in files:
            try:
                articles += ingest.read_file(path)
            except KgError as e:
                failed += 1
                if report:
                    report(str(e))
    return articles, failed


def graphs(articles: list[Article], min_confidence: float = 0.0) -> dict[str, list]:
    """Named graph IRI -> quads, one graph per article."""
    out = {}
    for a in articles:
        iri, quads = rdf.article_quads(a, min_confidence)
        out[iri] = quads
    return out


def build(inputs, output: str | None = None, store_dir: str | None = None, min_confidence: float = 0.0):
    """Build a knowledge graph from news files and return it, ready to query.

    >>> g = build(["data/sample-page.txt"])            # doctest: +SKIP
    >>> g.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Person }")  # doctest: +SKIP
    """
    from kg import api

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    articles, failed = read_inputs([str(i) for i in inputs])
    if not articles:
        raise KgError("no article could be read from the inputs")
    analyse(articles)
    st = _load(articles, store_dir, min_confidence)
    if output:
        store.write_file(st, output)
    return api.KnowledgeGraph(st)


def _load(articles, store_dir, min_confidence):
    """The graphs of these articles in a store; an article of a rebuilt file that is no longer in it
    (the file was edited) leaves the store too."""
    st = store.open_store(store_dir)
    new = graphs(articles, min_confidence)
    sources = " ".join(str(Literal(src)) for src in {a.source for a in articles})
    stale = {str(r["g"].value) for r in st.query(
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{vocab.KG_BASE}sourceFile> ?f }} VALUES ?f {{ {sources} }} }}")}
    store.replace_graphs(st, new, drop=stale - set(new))
    return st


def run_build(args) -> int:
    def report(msg):
        print(f"kg build: {msg}", file=sys.stderr)

    articles, failed = read_inputs(args.inputs, report)
    if not articles:
        raise KgError("nothing to build: no input file could be read")
    for out in filter(None, (args.output, args.html)):
        _make_folder(Path(out).parent)
    analyse(articles, progress=not args.quiet)
    st = _load(articles, args.store, args.min_confidence)
    store.write_file(st, args.output, args.format)
    if args.html:
        from kg import viz

        viz.write_html(st, args.html)
    if not args.quiet:
        print(summary(articles, args.min_confidence, args.output, args.html))
    return 1 if failed else 0


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KgError(f"cannot create folder {folder}: {e.strerror or e}") from None


def summary(articles: list[Article], min_confidence: float, output: str, html: str | None) -> str:
    """A few lines a person reads after a build: articles, entities by type, facts by relation."""
    entities = {e.key: e.type for a in articles for e in a.entities}
    by_type = Counter(entities.values())
    facts = Counter(f.predicate for a in articles for f in a.facts if f.confidence >= min_confidence)
    files = len({a.source for a in articles})
    lines = [f"{len(articles)} articles from {files} file{'s' if files > 1 else ''} -> {output}"
             + (f" and {html}" if html else ""),
             f"{len(entities)} entities: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()),
             f"{sum(facts.values())} facts: " + ", ".join(f"{p} {n}" for p, n in facts.most_common())]
    return "\n".join(lines)


def extract_text(doc_id, text: str) -> dict:
    """Mentions and facts of one text, as the JSON object ``kg extract`` writes."""
    article = Article(source=str(doc_id), source_text=text, text=text, offsets=list(range(len(text) + 1)))
    article.sentences = ingest.split_sentences(text)
    article.year = ingest.year_of(text) or ingest.any_year(text)
    analyse([article], for_graph=False)
    mentions = [{"start": m.start, "end": m.end, "type": m.type, "text": m.text}
                for m in article.mentions if m.source != "ellipsis"]
    facts = []
    for f in article.facts:
        fact = {"subject": f.subject.text, "predicate": f.predicate, "confidence": f.confidence,
                "sentence": list(f.sentence)}
        if f.object is not None:
            fact["object"] = f.object.text
        else:
            fact["value"] = f.value
        fact.update(f.qualifiers)
        facts.append(fact)
    return {"id": doc_id, "mentions": mentions, "facts": facts}


def run_extract(args) -> int:
    src = Path(args.input)
    try:
        lines = src.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise KgError(f"cannot read {src}: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise KgError(f"cannot decode {src}: JSON lines must be UTF-8") from None
    with atomic_write(args.output, "w") as out:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                doc_id, text = rec["id"], rec["text"]
            except (ValueError, KeyError, TypeError):
                raise KgError(f'{src}:{n}: expected a JSON object with "id" and "text"') from None
            out.write(json.dumps(extract_text(doc_id, text), ensure_ascii=False) + "\n")
    return 0
