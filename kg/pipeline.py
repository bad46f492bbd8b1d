"""The main job: files -> articles -> mentions -> facts -> entities -> named graphs.

``build`` is the Python entry point; ``run_build`` and ``run_extract`` are what
``kg build`` and ``kg extract`` call.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Literal

from kg import chunks, ingest, ner, rdf, relations, resolve, store, vocab, workers
from kg.doc import Article
from kg.relations.context import outermost
from kg.errors import KgError
from kg.files import atomic_write


def analyse(articles: list[Article], for_graph: bool = True, report=None, disabled: frozenset = frozenset(),
            known=()) -> list[Article]:
    """Run NER and relation patterns on each article (leaving out the ``disabled`` NER components
    and relation rules), then resolve entities across all, in memory: what ``kg extract`` and
    tests use (``kg build`` goes through :mod:`kg.chunks`, which makes the same graph). ``known``
    (:func:`kg.store.known_entities`) are the entities of a store the articles go into.

    Returns the articles analysed; one that fails inside extraction is reported (file,
    headline, error) and left out, and the others go on. For a graph, programmes, awards
    and university departments no fact uses are left out (they are mentions, not things
    the graph says something about)."""
    ner_disabled = disabled & ner.COMPONENTS.keys()
    articles, failed = chunks.each(articles, lambda a: ner.find_mentions(a, ner_disabled))
    ner.propagate(articles, known)
    articles, more = chunks.each(articles, lambda a: chunks.find_facts(a, disabled, for_graph))
    resolve.resolve(articles, known)
    chunks.tell(failed + more, report)
    return articles


@dataclass
class Read:
    """What reading a build's inputs found: articles (with copies), the unique ones spooled,
    the files, the inputs that failed, and the articles' graph IRIs."""

    articles: int = 0
    duplicates: int = 0
    files: set[str] = field(default_factory=set)
    failed: int = 0
    iris: set[str] = field(default_factory=set)


def read_inputs(inputs: list[str], spool: chunks.Spool, report=None) -> Read:
    """Read every readable input file into the spool, chunk by chunk, and say what was read;
    each input that fails is reported. An article whose headline and text are those of one read
    before is read once."""
    read, chunk = Read(), []
    for item in inputs:
        try:
            files = ingest.collect_files([item])
        except KgError as e:
            read.failed += 1
            if report:
                report(str(e))
            continue
        for path in files:
            try:
                articles = ingest.read_file(path)
            except KgError as e:
                read.failed += 1
                if report:
                    report(str(e))
                continue
            read.files.add(str(path))
            for a in articles:
                read.articles += 1
                iri = rdf.article_iri(a).value
                if iri in read.iris:
                    read.duplicates += 1
                    continue
                read.iris.add(iri)
                chunk.append(a)
                if len(chunk) == chunks.CHUNK:
                    spool.add(chunk)
                    chunk = []
    if chunk:
        spool.add(chunk)
    return read


def build(inputs, output: str | None = None, store_dir: str | None = None, min_confidence: float = 0.0,
          disable=()):
    """Build a knowledge graph from news files and return it, ready to query; ``disable`` names
    relation rules to leave out (``kg rules`` lists them).

    >>> g = build(["data/sample-page.txt"])            # doctest: +SKIP
    >>> g.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Person }")  # doctest: +SKIP
    """
    from kg import api

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    st = store.open_store(store_dir)
    with chunks.Spool() as spool:
        read = read_inputs([str(i) for i in inputs], spool)
        if not read.articles:
            raise KgError("no article could be read from the inputs")
        _build_into(st, spool, read, workers.Runner(), checked_names(disable), min_confidence, fresh=store_dir is None)
    if output:
        store.write_file(st, output)
    return api.KnowledgeGraph(st)


def _build_into(st, spool: chunks.Spool, read: Read, runner, disabled, min_confidence, fresh=False, report=None,
                progress=False, sink=None, fmt="nq") -> chunks.Graphs:
    """Build the spooled articles into the store ``st`` (or, with no store, hand each chunk's
    graphs, in ``fmt``, to ``sink``). In a store, the graphs of articles of the rebuilt files that are no
    longer in them (the file was edited) go."""
    known, replacing, stale = [], set(), set()
    if st is not None and not fresh:
        known = store.known_entities(st, read.files)
        replacing = {iri for iri in read.iris if st.contains_named_graph(rdf.NamedNode(iri))}
        sources = " ".join(str(Literal(src)) for src in sorted(read.files))
        stale = {str(r["g"].value) for r in st.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{vocab.KG_BASE}sourceFile> ?f }} VALUES ?f {{ {sources} }} }}")}
    if sink is None:
        def sink(graphs):
            store.add_graphs(st, graphs, bulk=fresh)
    totals = chunks.build(spool, runner, sink, known, disabled, min_confidence, replacing, report, progress, fmt)
    for iri in stale - read.iris:
        st.update(f"DROP SILENT GRAPH <{iri}>")
    return totals


def run_build(args) -> int:
    def report(msg):
        print(f"kg build: {msg}", file=sys.stderr)

    disabled = checked_names(args.disable or ())
    if args.jobs is not None and args.jobs < 1:
        raise KgError(f"--jobs must be at least 1, not {args.jobs}")
    for out in filter(None, (args.output, args.html)):
        _make_folder(Path(out).parent)
    fmt = store.file_format(args.output, args.format)
    with chunks.Spool() as spool:
        read = read_inputs(args.inputs, spool, report)
        if not read.articles:
            raise KgError("nothing to build: no input file could be read")
        st = store.open_store(args.store) if args.store else None
        with workers.runner(args.jobs, args.cluster) as runner:
            if st is not None:
                totals = _build_into(st, spool, read, runner, disabled, args.min_confidence, report=report,
                                     progress=not args.quiet)
                _check(totals)
            else:  # the graphs straight to the file, chunk by chunk (through a store for a format of one graph)
                chunk_fmt = fmt if fmt in ("trig", "nq") else "nq"
                graph_file = args.output if chunk_fmt == fmt else spool.folder / "graphs.nq"
                with atomic_write(graph_file) as out:
                    totals = _check(_build_into(None, spool, read, runner, disabled, args.min_confidence,
                                                report=report, progress=not args.quiet, fmt=chunk_fmt,
                                                sink=lambda graphs: out.write(graphs.data)))
                if chunk_fmt != fmt or args.html:
                    st = store.open_store(None)
                    st.bulk_load(path=str(graph_file), format=store.FORMATS[chunk_fmt])
        if args.store or fmt not in ("trig", "nq"):
            store.write_file(st, args.output, fmt)
        if args.html:
            from kg import viz

            viz.write_html(st, args.html)
    failed = read.failed + read.articles - read.duplicates - totals.articles
    if not args.quiet:
        print(summary(totals, args.output, args.html, duplicates=read.duplicates, files=len(read.files)))
    return 1 if failed else 0


def _check(totals: chunks.Graphs) -> chunks.Graphs:
    if not totals.articles:
        raise KgError("nothing to build: extraction failed on every article")
    return totals


def checked_names(names) -> frozenset:
    """NER component and relation rule names to switch off, checked: an unknown one is a clear
    error that says where the names are listed."""
    unknown = sorted(set(names) - ner.COMPONENTS.keys() - relations.BY_NAME.keys())
    if unknown:
        raise KgError(f"unknown rule {', '.join(unknown)}; `kg rules` lists them")
    return frozenset(names)


def run_rules(args) -> int:
    """``kg rules``: the NER components, then the relation rules, in the order they run."""
    print("# NER components (kg/ner): name, the sources of the mentions it adds")
    for c in ner.COMPONENTS.values():
        print(f"{c.name:<32} {', '.join(c.sources)}")
    print("# relation rules (kg/relations): name, predicate, confidence, the wording it reads")
    for r in relations.RULES:
        print(f"{r.name:<32} {r.predicate:<15} {r.confidence:.2f}  {r.doc}")
    return 0


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KgError(f"cannot create folder {folder}: {e.strerror or e}") from None


def summary(totals: chunks.Graphs, output: str, html: str | None, duplicates: int = 0, files: int = 1) -> str:
    """A few lines a person reads after a build: articles, entities by type, facts by relation."""
    by_type = Counter(totals.entities.values())
    read = f"{totals.articles + duplicates} articles, {duplicates} duplicates skipped," if duplicates \
        else f"{totals.articles} articles"
    lines = [f"{read} from {files} file{'s' if files > 1 else ''} -> {output}" + (f" and {html}" if html else ""),
             f"{len(totals.entities)} entities: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()),
             f"{sum(totals.facts.values())} facts: " + ", ".join(f"{p} {n}" for p, n in totals.facts.most_common())]
    return "\n".join(lines)


def extract_text(doc_id, text: str, report=None, disabled: frozenset = frozenset()) -> dict | None:
    """Mentions and facts of one text, as the JSON object ``kg extract`` writes (None when
    extraction failed on it, reported). The mentions are flat, as NER data gives them: the
    outermost names, not the places or schools inside them (兰州大学 of 兰州大学经济系), and the
    bodies named by their kind (法院), which the graph leaves out."""
    article = Article(source=str(doc_id), source_text=text, text=text, offsets=list(range(len(text) + 1)))
    article.sentences = ingest.split_sentences(text)
    article.year = ingest.year_of(text) or ingest.any_year(text)
    if not analyse([article], for_graph=False, report=report, disabled=disabled):
        return None
    named = outermost(article.mentions)
    taken = {k for m in named for k in range(m.start, m.end)}
    kinds = [m for m in article.kinds if not taken & set(range(m.start, m.end))]
    mentions = [{"start": m.start, "end": m.end, "type": m.type, "text": text[m.start:m.end]}
                for m in sorted(named + kinds, key=lambda m: m.start)]
    facts = []
    for f in article.facts:
        fact = {"subject": f.subject.text, "predicate": f.predicate, "confidence": f.confidence,
                "rule": f.rule, "sentence": list(f.sentence)}
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
    failed = 0
    disabled = checked_names(args.disable or ())

    def report(msg):
        print(f"kg extract: {msg}", file=sys.stderr)

    with atomic_write(args.output, "w") as out:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                doc_id, text = rec["id"], rec["text"]
            except (ValueError, KeyError, TypeError):
                raise KgError(f'{src}:{n}: expected a JSON object with "id" and "text"') from None
            record = extract_text(doc_id, text, lambda msg: report(f"{src}:{n}: {msg}"), disabled)
            if record is None:
                failed += 1
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failed else 0
