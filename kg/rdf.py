"""Entities and facts -> quads: one named graph per article, with provenance.

The shape is documented in ontology/README.md: direct edges between entities,
an ``rdf:Statement`` per fact with its confidence and a ``kg:Evidence`` node (the
sentence and its character offsets in the source file), n-ary ``kg:Position`` and
``kg:Placement`` nodes for titles and ranks.
"""
from __future__ import annotations

import hashlib

from pyoxigraph import Literal, NamedNode, Quad

from kg import script, vocab
from kg.doc import Article, Fact

P = vocab.PREFIXES

RDF_TYPE = NamedNode(P["rdf"] + "type")
LABEL = NamedNode(P["rdfs"] + "label")
ALT_LABEL = NamedNode(P["skos"] + "altLabel")
XSD_DECIMAL = NamedNode(P["xsd"] + "decimal")
XSD_INTEGER = NamedNode(P["xsd"] + "integer")
XSD_DATE = NamedNode(P["xsd"] + "date")
XSD_GYEARMONTH = NamedNode(P["xsd"] + "gYearMonth")
XSD_GYEAR = NamedNode(P["xsd"] + "gYear")
DERIVED_FROM = NamedNode(P["prov"] + "wasDerivedFrom")

# The IRI group of each class: subtypes of Organization share "org", so that a
# refined type never changes an entity's IRI.
GROUPS = {"Person": "person", "Zone": "zone", "Fund": "fund", "Competition": "competition",
          "Award": "award", "Program": "program", "Place": "place"}
QUALIFIED = {"affiliatedWith": ("Position", "holder", "organization", "title"),
             "winner": ("Placement", "recipient", "competition", "rank")}

_IRI_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")


def kg(local: str) -> NamedNode:
    """An ontology term by local name."""
    return NamedNode(vocab.KG_BASE + local)


def entity_key(type_: str, label: str) -> str:
    """The stable key (and IRI path) of an entity: its class group and preferred label."""
    return f"{GROUPS.get(type_, 'org')}/{label}"


def iri_path(text: str) -> str:
    """Percent-encode what an IRI path segment may not hold; keep Chinese readable. A final dot
    is encoded too (Apple Inc.): a prefixed name cannot end in one, and rdflib misreads it escaped."""
    path = "".join(c if ord(c) > 127 or c in _IRI_SAFE else
                   "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in text)
    return path[:-1] + "%2E" if path.endswith(".") else path


def entity_iri(key: str) -> NamedNode:
    group, _, label = key.partition("/")
    return NamedNode(f"{vocab.ID_BASE}{group}/{iri_path(label)}")


def article_iri(article: Article) -> NamedNode:
    return NamedNode(vocab.ARTICLE_BASE + article.id)


def _hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _zh(text: str) -> Literal:
    return Literal(text, language="zh")


def _value_literal(predicate: str, value) -> Literal:
    if predicate == "amount":
        return Literal(str(value), datatype=XSD_DECIMAL)
    text = str(value)
    if len(text) == 10:
        return Literal(text, datatype=XSD_DATE)
    if len(text) == 7:
        return Literal(text, datatype=XSD_GYEARMONTH)
    return Literal(text, datatype=XSD_GYEAR)


def article_quads(article: Article, min_confidence: float = 0.0) -> tuple[str, list[Quad]]:
    """The named graph of one article: (graph IRI, quads)."""
    g = article_iri(article)
    quads: list[Quad] = []

    def add(s, p, o):
        quads.append(Quad(s, p, o, g))

    add(g, RDF_TYPE, NamedNode(P["schema"] + "NewsArticle"))
    add(g, kg("sourceFile"), Literal(article.source))
    if article.title:
        add(g, NamedNode(P["schema"] + "headline"), _zh(article.title))
    if article.date:
        add(g, NamedNode(P["schema"] + "datePublished"), _value_literal("date", article.date))

    facts = _one_per_statement(f for f in article.facts if f.confidence >= min_confidence)
    authors = [e for e in article.entities if e.type == "Person" and e.aliases & set(article.authors)]
    used = {m.entity for m in article.mentions if m.entity} | {e.key for e in authors}
    entities = [e for e in article.entities if e.key in used]
    for e in entities:
        node = entity_iri(e.key)
        add(node, RDF_TYPE, kg(e.type))
        add(node, LABEL, _zh(e.label))
        for alias in sorted(e.aliases - {e.label}):
            other_script = script.fold(alias) == script.fold(e.label)  # 某林大學 of 某林大学: its name as the other script writes it
            add(node, LABEL if other_script else ALT_LABEL, _zh(alias))
        add(g, NamedNode(P["schema"] + "mentions"), node)
    for e in authors:
        add(g, NamedNode(P["schema"] + "author"), entity_iri(e.key))
    for fact in facts:
        quads.extend(_fact_quads(article, fact, g))
    return str(g.value), quads


def _one_per_statement(facts) -> list[Fact]:
    """The facts with each (subject entity, predicate, object, qualifiers) once: two rules (or a
    short and a full name) stating the same thing make one statement, the most confident."""
    best: dict = {}
    for f in facts:
        key = (f.subject.entity, f.predicate, f.object.entity if f.object is not None else str(f.value),
               tuple(sorted(f.qualifiers.items())))
        if key not in best or f.confidence > best[key].confidence:
            best[key] = f
    return list(best.values())


def _fact_quads(article: Article, fact: Fact, g: NamedNode) -> list[Quad]:
    subject = entity_iri(fact.subject.entity)
    if fact.object is not None:
        obj = entity_iri(fact.object.entity)
    else:
        obj = _value_literal(fact.predicate, fact.value)
    pred = kg(fact.predicate)
    start, end = article.source_span(*fact.sentence)
    ev = NamedNode(f"{vocab.ID_BASE}evidence/{_hash(article.id, start, end)}")
    conf = Literal(f"{fact.confidence:.2f}".rstrip("0").rstrip("."), datatype=XSD_DECIMAL)  # canonical: 0.9, 1
    key = _hash(article.id, subject.value, pred.value, str(obj), sorted(fact.qualifiers.items()))
    st = NamedNode(f"{vocab.ID_BASE}fact/{key}")
    out = [
        (subject, pred, obj),
        (st, RDF_TYPE, NamedNode(P["rdf"] + "Statement")),
        (st, NamedNode(P["rdf"] + "subject"), subject),
        (st, NamedNode(P["rdf"] + "predicate"), pred),
        (st, NamedNode(P["rdf"] + "object"), obj),
        (st, kg("confidence"), conf),
        (st, kg("rule"), Literal(fact.rule)),
        (st, DERIVED_FROM, ev),
        (ev, RDF_TYPE, kg("Evidence")),
        (ev, kg("sentence"), _zh(article.text[fact.sentence[0]:fact.sentence[1]])),
        (ev, kg("startOffset"), Literal(str(start), datatype=XSD_INTEGER)),
        (ev, kg("endOffset"), Literal(str(end), datatype=XSD_INTEGER)),
        (ev, kg("inArticle"), g),
    ]
    if fact.predicate in QUALIFIED and fact.qualifiers.get(QUALIFIED[fact.predicate][3]):
        cls, subj_role, obj_role, qualifier = QUALIFIED[fact.predicate]
        node = NamedNode(f"{vocab.ID_BASE}{cls.lower()}/{key}")
        holder, other = (subject, obj) if fact.predicate == "affiliatedWith" else (obj, subject)
        out += [(node, RDF_TYPE, kg(cls)), (node, kg(subj_role), holder), (node, kg(obj_role), other),
                (node, kg("confidence"), conf), (node, DERIVED_FROM, ev),
                (node, kg(qualifier), _zh(fact.qualifiers[qualifier]))]
    return [Quad(s, p, o, g) for s, p, o in out]
