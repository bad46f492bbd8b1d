"""Names of a graph's entities, found however they are typed: the index behind saved queries'
name parameters, ``KnowledgeGraph.entity`` and the explorer's search.

Every label and alternative label of every entity goes in, normalised (full/half width, case,
spaces). A name is looked up as a whole name first (``清华大学``), then as a part of one
(``清华``), through an index of character pairs, so a look-up never scans the names; when
nothing fits, the nearest names are those sharing the most character pairs with it.
"""
from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from kg import script, vocab
from kg.store import QUERY_PREFIXES



def classes_under(cls: str | None) -> set[str]:
    """The class and its subclasses in the ontology (Organization: University, Company, …);
    every class for None or Entity."""
    if not cls or cls == "Entity":
        return set(vocab.ENTITY_CLASSES)
    return {cls} | {c for c, parent in vocab.CLASS_PARENT.items() if parent == cls}


def normal(text: str) -> str:
    """A name as looked up: widths, spaces, case and script (臺灣 = 台湾) folded."""
    return script.fold("".join(unicodedata.normalize("NFKC", text).split()).lower())


@dataclass(frozen=True)
class Entity:
    iri: str
    type: str  # the class's local name (Company), or "" when the graph gives none of kg's
    label: str


class NameIndex:
    """Every name of the entities of a store, for look-up by whole name, part or likeness."""

    def __init__(self, rows):
        """``rows``: (entity IRI, class local name, label, name) for each name of each entity."""
        self.entities: dict[str, Entity] = {}
        self.names: list[str] = []  # normalised names, each once
        self.holders: list[set[str]] = []  # name number -> the IRIs of the entities it names
        self._number: dict[str, int] = {}
        self._pairs: dict[str, set[int]] = defaultdict(set)  # a character or pair -> names holding it
        for iri, cls, label, name in rows:
            e = self.entities.get(iri)
            if e is None or not e.type and cls:
                self.entities[iri] = e = Entity(iri, cls or (e.type if e else ""), label or (e.label if e else name))
            key = normal(name)
            n = self._number.get(key)
            if n is None:
                n = self._number[key] = len(self.names)
                self.names.append(key)
                self.holders.append(set())
                for gram in _grams(key):
                    self._pairs[gram].add(n)
            self.holders[n].add(iri)

    @classmethod
    def of(cls, store: ox.Store) -> NameIndex:
        """The index of a store's entities (those under kg's IRIs, with a label). Labels,
        aliases and classes are read by three scans, each distinct: an entity's names repeat in
        every article graph that mentions it, and a join of them would multiply."""
        def pairs(pattern: str) -> list[tuple[str, str]]:
            query = f"""SELECT DISTINCT ?e ?v WHERE {{ {pattern}
                FILTER(STRSTARTS(STR(?e), "{vocab.ID_BASE}")) }}"""
            return [(r["e"].value, r["v"].value)
                    for r in store.query(query, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)]

        labels: dict[str, str] = {}
        for e, label in sorted(pairs("?e rdfs:label ?v")):
            labels.setdefault(e, label)
        types: dict[str, str] = {}
        for e, t in sorted(pairs(f'?e a ?v FILTER(STRSTARTS(STR(?v), "{vocab.KG_BASE}"))')):
            local = t[len(vocab.KG_BASE):]
            if e not in types or types[e] in vocab.CLASS_PARENT.values():  # the most specific class
                types[e] = local
        rows = [(e, types.get(e, ""), label, label) for e, label in labels.items()]
        rows += [(e, types.get(e, ""), labels[e], name) for e, name in pairs("?e skos:altLabel ?v") if e in labels]
        return cls(rows)

    def _of_class(self, iris, cls: str | None) -> list[Entity]:
        found = (self.entities[i] for i in iris)
        if cls and cls != "Entity":
            allowed = classes_under(cls)
            found = (e for e in found if e.type in allowed)
        return sorted(set(found), key=lambda e: (len(e.label), e.label, e.iri))

    def of_class(self, cls: str | None) -> list[Entity]:
        """Every entity of the class (or of any), shortest label first."""
        return self._of_class(self.entities, cls)

    def named(self, name: str, cls: str | None = None) -> list[Entity]:
        """The entities one of whose names is ``name``."""
        n = self._number.get(normal(name))
        return self._of_class(self.holders[n], cls) if n is not None else []

    def containing(self, name: str, cls: str | None = None, limit: int | None = None) -> list[Entity]:
        """The entities one of whose names holds ``name``, shortest label first."""
        key = normal(name)
        grams = list(_grams(key)) or [key]
        sets = sorted((self._pairs.get(g, set()) for g in grams), key=len)
        numbers = set.intersection(*sets) if sets and sets[0] else set()
        iris = {i for n in numbers if key in self.names[n] for i in self.holders[n]}
        found = self._of_class(iris, cls)
        return found[:limit] if limit else found

    def find(self, name: str, cls: str | None = None) -> list[Entity]:
        """The entities a typed name stands for: those it names, else those it is a part of."""
        return self.named(name, cls) or self.containing(name, cls)

    def nearest(self, name: str, cls: str | None = None, n: int = 3) -> list[Entity]:
        """The entities whose names share the most of ``name``: its pairs of neighbouring
        characters (twice) and its characters, the shorter name first among equals."""
        key = normal(name)
        score: Counter = Counter()
        for g in set(_grams(key)):
            for number in self._pairs.get(g, ()):
                score[number] += 2 if len(g) == 2 else 1
        best: dict[str, int] = {}
        for number, shared in score.items():
            for iri in self.holders[number]:
                best[iri] = max(best.get(iri, 0), shared)
        return sorted(self._of_class(best, cls), key=lambda e: -best[e.iri])[:n]

    def missing(self, name: str, cls: str | None = None) -> str:
        """The message for a name that stands for nothing: it says so and suggests the nearest."""
        what = "entity" if not cls or cls == "Entity" else cls
        near = self.nearest(name, cls)
        hint = f"; did you mean {' or '.join(e.label for e in near)}?" if near else ""
        return f"no {what} named {name}{hint}"


def _grams(key: str):
    """The characters and the pairs of neighbouring characters of a name."""
    yield from key
    for i in range(len(key) - 1):
        yield key[i:i + 2]
