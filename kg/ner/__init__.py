"""Articles -> typed mentions: the statistical tagger plus rules for this domain.

NER is the ordered list of components in ``COMPONENTS``.  Each one reads the jieba tokens
of a text and adds candidate mentions to a :class:`Finder`: the CRF tagger (kg.ner_model)
finds people, organisations and titles; rules add what a general tagger misses in sci-tech
news: names closed by a suffix (…有限公司, …高新区, …基金, …大赛, …研究所), quoted names
(“双千计划”), places from a gazetteer, and short brand names in lists and before titles.
Overlaps are settled by the rank of each mention's :class:`~kg.doc.Source`, and places and
zones may also sit nested inside a longer name (``合肥高新区`` in ``合肥高新区管委会``); the
components marked ``settled`` then run on the settled mentions.  The headline is analysed
the same way, into ``Article.headline_mentions``; ``propagate`` then tags, across the
articles of a build, the other occurrences of every name found.

    >>> from kg import ner
    >>> list(ner.COMPONENTS)[:2]
    ['tagger', 'suffix-names']
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg import script
from kg.doc import Article, Mention, Source
from kg.ner import gazetteer, lists, organisations, people, programmes, tagger
from kg.ner.finder import Finder
from kg.ner.propagate import company_short_forms, propagate
from kg.ner.stand_ins import name_tails, stand_ins
from kg.ner.tokens import Token, tokenize
from kg.ner.words import classify_org

__all__ = ["COMPONENTS", "Component", "Finder", "Token", "classify_org", "company_short_forms", "find_mentions",
           "propagate", "tokenize"]


@dataclass(frozen=True)
class Component:
    """One named step of NER: a function of the :class:`Finder` over one text."""

    name: str
    find: Callable[[Finder], None]
    sources: tuple[Source, ...]  # the sources of the mentions it adds (or, settled, removes)
    settled: bool = False  # runs on the settled mentions (``Finder.mentions``) instead of adding candidates


COMPONENTS: dict[str, Component] = {c.name: c for c in (
    Component("tagger", tagger.model_spans, (Source.MODEL, Source.KIND, Source.TITLE_CONTEXT)),
    Component("short-universities", organisations.short_universities, (Source.SHORT_NAME,)),
    Component("suffix-names", organisations.suffix_names, (Source.SUFFIX, Source.SHORT_NAME)),
    Component("numbered-institutes", organisations.numbered_institutes, (Source.SUFFIX,)),
    Component("ministry-departments", organisations.ministry_departments, (Source.SUFFIX,)),
    Component("quoted-names", programmes.quoted_names, (Source.QUOTE,)),
    Component("selected-programmes", programmes.selected_programmes, (Source.QUOTE,)),
    Component("scholar-programmes", programmes.scholar_programmes, (Source.QUOTE,)),
    Component("awards-won", programmes.awards_won, (Source.SUFFIX,)),
    Component("awards-given", programmes.awards_given, (Source.SUFFIX,)),
    Component("places", gazetteer.places, (Source.GAZETTEER,)),
    Component("ministries", gazetteer.ministries, (Source.GAZETTEER_ORG,)),
    Component("titles", people.titles, (Source.LEXICON,)),
    Component("lists", lists.lists_and_appositions, (Source.LIST, Source.APPOSITION)),
    Component("people", people.people_by_context, (Source.TITLE_CONTEXT, Source.DOT_NAME, Source.LIST)),
    Component("credits", people.credits, (Source.CREDIT,)),
    Component("teams", people.team_members, (Source.TEAM,)),
    Component("table-names", people.table_rows, (Source.TABLE,)),
    Component("aliases", lists.declared_aliases, (Source.ALIAS,)),
    Component("lone-titles", people.lone_titles, (Source.LEXICON,), settled=True),
    Component("people-in-lists", lists.people_in_lists, (Source.LIST,), settled=True),
    Component("list-members", lists.coordinate, (Source.LIST,), settled=True),
    Component("recipients", people.recipients, (Source.TITLE_CONTEXT,), settled=True),
    Component("brands-heading-people", people.brands_heading_people, (Source.MODEL,), settled=True),
)}


def find_mentions(article: Article, disabled: frozenset[str] = frozenset()) -> None:
    """Fill ``article.mentions`` (sorted by start) for the whole text and
    ``article.headline_mentions`` for its headline, leaving out the ``disabled`` components.
    An article in traditional characters is read in simplified ones until
    :func:`kg.script.restore_written`."""
    unknown = set(disabled) - COMPONENTS.keys()
    if unknown:
        raise ValueError(f"no NER component named {', '.join(sorted(unknown))}; there are {', '.join(COMPONENTS)}")
    script.read_simplified(article)
    article.tokens = tokenize(article.text)
    article.kinds = []
    article.mentions = mentions_of(article.text, article.tokens, disabled, article.kinds)
    article.headline_mentions = mentions_of(article.title, tokenize(article.title), disabled) if article.title else []
    name_tails(article)
    article.mentions = sorted(article.mentions + stand_ins(article), key=lambda m: (m.start, -m.end))


def mentions_of(text: str, tokens: list[Token], disabled: frozenset[str] = frozenset(),
                kinds: list[Mention] | None = None) -> list[Mention]:
    """The settled mentions of one text: every enabled component, in order. Bodies named by
    kind (法院) are left out, or put in ``kinds``."""
    found = Finder(text, tokens)
    enabled = [c for c in COMPONENTS.values() if c.name not in disabled]
    for c in enabled:
        if not c.settled:
            c.find(found)
    found.settle()
    if kinds is not None:
        kinds.extend(m for m in found.mentions if m.source == Source.KIND)
    found.mentions = [m for m in found.mentions if m.source != Source.KIND]
    for c in enabled:
        if c.settled:
            c.find(found)
    return found.mentions
