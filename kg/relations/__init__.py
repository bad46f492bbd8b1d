"""Mentions -> facts: the patterns Chinese news uses for each relation.

The rules are registered in ``kg.relations.registry`` (name, predicate, confidence, matcher,
in order) and grouped by what they know: ``people`` (positions, alumni, founders of
companies), ``funds``, ``competitions``, ``honours`` (awards, programmes) and ``places``.
They share one ``Context`` per article (``context``): its sentences, the facts so far, and
what 该公司 / 管委会 / 他 stand for.
"""
from __future__ import annotations

from kg.doc import Article
from kg.relations.context import Context
from kg.relations import registry
from kg.relations.registry import BY_NAME, RULES, Rule


def find_facts(article: Article, disabled: frozenset = frozenset()) -> None:
    """Fill ``article.facts`` from its mentions, leaving out the rules named in ``disabled``."""
    disabled = frozenset(disabled) & BY_NAME.keys()
    ctx = Context(article, BY_NAME, disabled)
    per_sentence = [m for m, per in registry.matchers(disabled) if per == "sentence"]
    for sent in ctx.sentences:
        for matcher in per_sentence:
            matcher(ctx, sent)
    for matcher, per in registry.matchers(disabled):
        if per == "article":
            matcher(ctx)
    article.facts = [f for f in ctx.facts if f.value is not None or f.object is not None]



__all__ = ["BY_NAME", "RULES", "Rule", "find_facts"]
