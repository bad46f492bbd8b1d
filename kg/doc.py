"""The objects that travel through the pipeline, the way a spaCy ``Doc`` does.

``ingest`` makes an :class:`Article` (clean text plus an offset map back into the
source file); ``ner`` adds :class:`Mention` spans; ``relations`` adds :class:`Fact`
objects; ``resolve`` groups mentions into :class:`Entity` nodes.  Every offset in
these objects is a character offset into ``Article.text``; ``Article.source_span``
turns it into a character offset into the decoded source file.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Mention:
    """A typed span of ``Article.text`` (end exclusive)."""

    start: int
    end: int
    type: str  # an ontology class local name (Person, Company, Zone, ...) or "Title"
    text: str
    source: str = "rule"  # which component found it: "model", "rule", "byline", ...
    entity: str | None = None  # key of the resolved Entity, set by resolve


@dataclass
class Fact:
    """One statement found in a sentence.

    ``subject`` and ``object`` are mentions (resolved to entities later); a literal
    object (an amount, a date) goes in ``value`` with ``object`` left None.
    ``qualifiers`` holds the n-ary parts: ``{"title": "教授"}`` for a Position,
    ``{"rank": "金奖"}`` for a Placement.
    """

    subject: Mention
    predicate: str  # ontology property local name: affiliatedWith, winner, amount, ...
    object: Mention | None = None
    value: object = None  # int (yuan) for amount, "YYYY-MM-DD"/"YYYY-MM" for dates
    qualifiers: dict[str, str] = field(default_factory=dict)
    sentence: tuple[int, int] = (0, 0)  # the evidence sentence in Article.text
    confidence: float = 0.5
    rule: str = ""  # name of the pattern that produced it, for debugging


@dataclass
class Entity:
    """One node of the graph: every mention that names the same thing."""

    key: str  # stable, e.g. "org/华青智能科技股份有限公司"
    type: str
    label: str  # the preferred (longest formal) name
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Article:
    """One news article: analysed text, metadata and the offset map to its file.

    ``offsets[i]`` is the character offset in the decoded source file of
    ``text[i]``; ``offsets[len(text)]`` is the source offset just past the end.
    """

    source: str  # path of the file it came from
    source_text: str  # the whole decoded file, as read
    text: str
    offsets: list[int]
    title: str = ""
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO date or year-month stated in or for the article
    year: int | None = None  # publication year when known, for dates without one
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list = field(default_factory=list, repr=False)  # jieba tokens of ``text``, set by ner
    aliases: dict[str, str] = field(default_factory=dict)  # short name -> the full name it stands for

    @property
    def id(self) -> str:
        """Content-derived identifier: the same article text gives the same id."""
        digest = hashlib.sha1(f"{self.title}\n{self.text}".encode("utf-8")).hexdigest()
        return digest[:16]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the span of the source file it came from."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1
