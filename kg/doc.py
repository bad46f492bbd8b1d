"""The objects that travel through the pipeline, the way a spaCy ``Doc`` does.

``ingest`` makes an :class:`Article` (clean text plus an offset map back into the
source file); ``ner`` adds :class:`Mention` spans, each with the :class:`Source` that
found it; ``relations`` adds :class:`Fact` objects; ``resolve`` groups mentions into
:class:`Entity` nodes.  Every offset in
these objects is a character offset into ``Article.text``; ``Article.source_span``
turns it into a character offset into the decoded source file.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class Source(StrEnum):
    """Which component found a mention, with ``rank``: how strongly ``ner`` prefers its
    candidates where two overlap (higher wins; None for sources added after settling)."""

    rank: float | None

    def __new__(cls, value: str, rank: float | None = None):
        member = str.__new__(cls, value)
        member._value_ = value
        member.rank = rank
        return member

    MODEL = "model", 2  # the CRF tagger
    KIND = "kind", 0.5  # the tagger's organisation that names only a kind of body (法院, 博彩公司): NER output only
    SUFFIX = "suffix", 4  # closed by a class suffix (…有限公司, …基金), awards after 荣获
    QUOTE = "quote", 5  # quoted programmes and awards, programmes after 入选
    ALIAS = "alias", 5  # a declared short name: （以下简称“X”）
    APPOSITION = "apposition", 3  # 公司——X
    GAZETTEER_ORG = "gazetteer-org", 3  # a ministry or national body from the lexicon
    LIST = "list", 2  # a member of a list of organisations, a brand before a title
    SHORT_NAME = "short-name", 3  # a university's short name (某大) before a word of school life
    DOT_NAME = "dot-name", 4  # a transliterated name with a middle dot
    TEAM = "team", 4  # a person named before 团队
    TABLE = "table", 4  # a person in the name column of a table (姓名 …)
    TITLE_CONTEXT = "title-context", 1  # a person next to a title, a verb of saying, an apposition
    CREDIT = "credit", 3  # a person named in a credit line: 记者 张三, 李四摄影
    LEXICON = "lexicon", 2  # a title word from the lexicon
    GAZETTEER = "gazetteer", 0  # a place from the gazetteer
    REPEAT = "repeat"  # ner.propagate: a name found elsewhere in the batch
    ELLIPSIS = "ellipsis"  # relations: a name left out and understood (大赛 for the headline's competition)
    ANAPHOR = "anaphor"  # 该公司, 他, 本次X大赛 standing for a name before


@dataclass(slots=True)
class Mention:
    """A typed span of ``Article.text`` (end exclusive)."""

    start: int
    end: int
    type: str  # an ontology class local name (Person, Company, Zone, ...) or "Title"
    text: str
    source: Source  # which component found it; a plain string is read as a Source
    entity: str | None = None  # key of the resolved Entity, set by resolve

    def __post_init__(self):
        self.source = Source(self.source)


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
    """One node of the graph: what every mention that names the same thing resolved to."""

    key: str  # stable, e.g. "org/华青智能科技股份有限公司"
    type: str
    label: str  # the preferred (longest formal) name
    aliases: set[str] = field(default_factory=set)


@dataclass
class Article:
    """One news article: analysed text, metadata and the offset map to its file.

    ``offsets[i]`` is the character offset in the decoded source file of
    ``text[i]``; ``offsets[len(text)]`` is the source offset just past the end.
    """

    source: str  # path of the file it came from
    source_text: str  # the whole decoded file, as read
    text: str
    offsets: list[int]  # (an array of them from kg.ingest)
    title: str = ""
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO date or year-month stated in or for the article
    year: int | None = None  # publication year when known, for dates without one
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list = field(default_factory=list, repr=False)  # jieba tokens of ``text``, set by ner
    headline_mentions: list[Mention] = field(default_factory=list)  # spans of ``title``, set by ner
    aliases: dict[str, str] = field(default_factory=dict)  # short name -> the full name it stands for
    kinds: list[Mention] = field(default_factory=list)  # bodies named by kind (法院): kg extract reports them, the graph does not
    written: tuple[str, str] | None = None  # (title, text) in traditional characters, while NER and relations read them simplified

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
