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

from kg import ingest, ner, rdf, relations, resolve, store, vocab, workers
from kg.doc import Article
from kg.relations.context import outermost
from kg.errors import KgError
from kg.files import atomic_write


def analyse(articles: list[Article], progress: bool = False, for_graph: bool = True, report=None,
            disabled: frozenset = frozenset(), runner=None, known=()) -> list[Article]:
    """Run NER and relation patterns on each article (leaving out the ``disabled`` NER components
    and relation rules), then resolve entities across all. ``runner`` (a
    :class:`kg.workers.Runner`) spreads the per-article work over processes or a cluster; the
    result is the same. ``known`` (:func:`kg.store.known_entities`) are the entities of the
    store the articles go into, which their names join.

    Returns the articles analysed; one that fails inside extraction is reported (file,
    headline, error) and left out, and the others go on. For a graph, programmes, awards
    and university departments no fact uses are left out (they are mentions, not things
    the graph says something about)."""
    runner = runner or workers.Runner()
    ner_disabled = disabled & ner.COMPONENTS.keys()
    done = _each(runner, workers.ner_task, [(workers.light(a), ner_disabled) for a in articles], articles,
                 progress, report)
    for a, (tokens, mentions, headline, kinds, aliases) in done:
        a.tokens, a.mentions, a.headline_mentions, a.kinds, a.aliases = tokens, mentions, headline, kinds, aliases
    articles = [a for a, _ in done]
    ner.propagate(articles, known)
    done = _each(runner, workers.relations_task, [(workers.light(a), disabled, for_graph) for a in articles], articles,
                 False, report)
    for a, (mentions, facts) in done:
        a.mentions, a.facts, a.tokens = mentions, facts, []  # (tokens are read by NER and relations only)
    articles = [a for a, _ in done]
    resolve.resolve(articles, known)
    return articles


def _each(runner, task, payloads: list, articles: list[Article], progress: bool, report) -> list[tuple]:
    """(article, result) for each article whose task succeeded; a failure is reported and the
    article left out."""
    if progress and runner.jobs == 1 and runner.client is None:
        from tqdm import tqdm

        results = []
        step = workers.CHUNK
        for k in tqdm(range(0, len(payloads), step), desc="kg build", unit="batch", file=sys.stderr, delay=1.0,
                      leave=False):
            results += runner.map(task, payloads[k:k + step])
    else:
        results = runner.map(task, payloads)
    done = []
    for a, r in zip(articles, results):
        if isinstance(r, Exception):
            if report:
                headline = f" ({a.title[:30]})" if a.title else ""
                report(f"{a.source}{headline}: extraction failed, article left out: {type(r).__name__}: {r}")
        else:
            done.append((a, r))
    return done


def drop_unused(article: Article) -> None:
    """Programmes, awards, departments (某大学某系) and stand-ins for names the text leaves out
    are kept only where a fact uses them."""
    used = {id(m) for f in article.facts for m in (f.subject, f.object) if m is not None}
    article.mentions = [m for m in article.mentions if id(m) in used or not (
        m.type in ("Program", "Award") or m.type == "University" and m.text.endswith("系") or m.source == "ellipsis")]


def read_inputs(inputs: list[str], report=None) -> tuple[list[Article], int]:
    """Articles of every readable input file, and how many inputs failed (each reported).
    An article whose headline and text are those of one read before is read once."""
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


def unique(articles: list[Article]) -> list[Article]:
    """The articles with each text once, in order (the first copy of each is kept)."""
    seen: set[str] = set()
    out = []
    for a in articles:
        if a.id not in seen:
            seen.add(a.id)
            out.append(a)
    return out


def graphs(articles: list[Article], min_confidence: float = 0.0):
    """(named graph IRI, quads) for each article in turn, made as they are asked for."""
    for a in articles:
        yield rdf.article_quads(a, min_confidence)


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
    articles, failed = read_inputs([str(i) for i in inputs])
    if not articles:
        raise KgError("no article could be read from the inputs")
    st = store.open_store(store_dir)
    known = store.known_entities(st, {a.source for a in articles})
    articles = analyse(unique(articles), disabled=checked_names(disable), known=known)
    st = _load(articles, st, min_confidence)
    if output:
        store.write_file(st, output)
    return api.KnowledgeGraph(st)


def _load(articles, st, min_confidence, sources=None):
    """The graphs of these articles in the store ``st``; an article of a rebuilt file (one of
    ``sources``) that is no longer in it (the file was edited) leaves the store too."""
    iris = {rdf.article_iri(a).value for a in articles}
    sources = " ".join(str(Literal(src)) for src in sources or {a.source for a in articles})
    stale = {str(r["g"].value) for r in st.query(
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{vocab.KG_BASE}sourceFile> ?f }} VALUES ?f {{ {sources} }} }}")}
    replacing = {iri for iri in iris if st.contains_named_graph(rdf.NamedNode(iri))}
    store.replace_graphs(st, graphs(articles, min_confidence), drop=stale - iris, replacing=replacing)
    return st


def run_build(args) -> int:
    def report(msg):
        print(f"kg build: {msg}", file=sys.stderr)

    disabled = checked_names(args.disable or ())
    read, failed = read_inputs(args.inputs, report)
    if not read:
        raise KgError("nothing to build: no input file could be read")
    for out in filter(None, (args.output, args.html)):
        _make_folder(Path(out).parent)
    articles = unique(read)
    if args.jobs is not None and args.jobs < 1:
        raise KgError(f"--jobs must be at least 1, not {args.jobs}")
    st = store.open_store(args.store)
    known = store.known_entities(st, {a.source for a in read})
    with workers.runner(args.jobs, args.cluster) as runner:
        analysed = analyse(articles, progress=not args.quiet, report=report, disabled=disabled, runner=runner,
                           known=known)
    failed += len(articles) - len(analysed)
    if not analysed:
        raise KgError("nothing to build: extraction failed on every article")
    st = _load(analysed, st, args.min_confidence, sources={a.source for a in read})
    store.write_file(st, args.output, args.format)
    if args.html:
        from kg import viz

        viz.write_html(st, args.html)
    if not args.quiet:
        print(summary(analysed, args.min_confidence, args.output, args.html, duplicates=len(read) - len(articles),
                      files=len({a.source for a in read})))
    return 1 if failed else 0


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


def summary(articles: list[Article], min_confidence: float, output: str, html: str | None,
            duplicates: int = 0, files: int | None = None) -> str:
    """A few lines a person reads after a build: articles, entities by type, facts by relation."""
    entities = {e.key: e.type for a in articles for e in a.entities}
    by_type = Counter(entities.values())
    facts = Counter(f.predicate for a in articles for f in a.facts if f.confidence >= min_confidence)
    files = files or len({a.source for a in articles})
    read = f"{len(articles) + duplicates} articles, {duplicates} duplicates skipped," if duplicates \
        else f"{len(articles)} articles"
    lines = [f"{read} from {files} file{'s' if files > 1 else ''} -> {output}" + (f" and {html}" if html else ""),
             f"{len(entities)} entities: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()),
             f"{sum(facts.values())} facts: " + ", ".join(f"{p} {n}" for p, n in facts.most_common())]
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
