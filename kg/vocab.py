"""The ontology's terms as Python names, read once from ``ontology/kg.ttl``.

Every IRI the code uses comes from the ontology file (its ``@prefix`` lines and its
classes and properties), so nothing here repeats an IRI by hand.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

ONTOLOGY_PATH = Path(__file__).resolve().parent / "ontology" / "kg.ttl"
SHAPES_PATH = ONTOLOGY_PATH.with_name("shapes.ttl")

ONTOLOGY = Graph(bind_namespaces="none").parse(ONTOLOGY_PATH, format="turtle")
PREFIXES: dict[str, str] = {p: str(ns) for p, ns in ONTOLOGY.namespaces()}

KG_BASE = PREFIXES["kg"]  # classes and properties
ID_BASE = PREFIXES["kgr"]  # entities and n-ary nodes
ARTICLE_BASE = PREFIXES["kga"]  # articles, one named graph each
KG = Namespace(KG_BASE)
KGR = Namespace(ID_BASE)
KGA = Namespace(ARTICLE_BASE)
SCHEMA = Namespace(PREFIXES["schema"])
PROV = Namespace(PREFIXES["prov"])
SKOS = Namespace(PREFIXES["skos"])
ORG = Namespace(PREFIXES["org"])
FOAF = Namespace(PREFIXES["foaf"])


def _local(term) -> str:
    return str(term)[len(KG_BASE):]


def _members(node) -> list:
    """The classes a domain or range names: itself, or the members of its owl:unionOf."""
    union = ONTOLOGY.value(node, OWL.unionOf)
    return list(Collection(ONTOLOGY, union)) if union is not None else [node]


def _subclasses(root: URIRef) -> set[URIRef]:
    return {c for c in ONTOLOGY.transitive_subjects(RDFS.subClassOf, root) if c != root}


_ENTITY = _subclasses(KG.Entity)

ENTITY_CLASSES: tuple[str, ...] = tuple(sorted(_local(c) for c in _ENTITY))
"""Local names of every entity class, subclasses included (Person, Company, Zone, ...)."""

CLASS_PARENT: dict[str, str] = {
    _local(c): _local(p)
    for c in _ENTITY for p in ONTOLOGY.objects(c, RDFS.subClassOf) if p in _ENTITY
}
"""Local name of an entity subclass -> local name of its parent (University -> Organization)."""

RELATIONS: tuple[str, ...] = tuple(sorted(
    _local(p) for p in ONTOLOGY.subjects(RDF.type, OWL.ObjectProperty)
    if all(c in _ENTITY for c in _members(ONTOLOGY.value(p, RDFS.domain)))
    and all(c in _ENTITY for c in _members(ONTOLOGY.value(p, RDFS.range)))
))
"""Local names of the object properties between entities (affiliatedWith, winner, ...)."""

_LABEL_ZH = {
    _local(s): str(o) for s, o in ONTOLOGY.subject_objects(RDFS.label)
    if str(s).startswith(KG_BASE) and o.language == "zh"
}


def label_zh(local_name: str) -> str:
    """The Chinese label of an ontology term (``label_zh("wonAward") == "获得奖项"``).

    Raises KeyError for a name the ontology does not define.
    """
    return _LABEL_ZH[local_name]
