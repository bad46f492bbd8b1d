"""Names the text leaves out or shortens and a reader understands, made once per article after
NER so that relations only read mentions: the headline's competition where the text says only
大赛, ``<zone>管委会`` / ``<zone>党工委`` where it says only 管委会 after naming the zone, and the
tail of a fund's name for the fund.

Each stand-in has the source ELLIPSIS; the pipeline keeps one only where a fact uses it.
"""
from __future__ import annotations

import re

from kg import lexicon
from kg.doc import Article, Mention, Source

_COMPETITION_WORD = re.compile(r"大赛|比赛|竞赛|挑战赛")
_THIS = re.compile(rf"(?:{lexicon.alternation(lexicon.THIS_EDITION)})$")
_GENERIC_FUND = re.compile(f"(?:{lexicon.alternation(lexicon.FUND_KIND_WORDS)})+")  # 产业投资基金: a kind of fund


def name_tails(article: Article) -> None:
    """Within one article, the tail of a fund's name (装备材料基金 after 上海集成电路装备材料基金)
    stands for the fund: each other occurrence becomes a mention, and ``article.aliases`` joins
    the two names. A tail that says only what kind of fund it is (产业投资基金) stands for none."""
    taken = [False] * (len(article.text) + 1)
    for m in article.mentions:
        for k in range(m.start, m.end):
            taken[k] = True
    starts = {t.start for t in article.tokens}
    ends = {t.end for t in article.tokens}
    tails: dict[str, Mention] = {}
    for m in article.mentions:
        if m.type != "Fund" or not m.text.endswith("基金"):
            continue
        for k in range(m.start + 1, m.end - 5):
            core = article.text[k:m.end - 2]
            if k in starts and not _GENERIC_FUND.fullmatch(core):
                tails.setdefault(article.text[k:m.end], m)
    added = []
    for tail, full in tails.items():
        for hit in re.finditer(re.escape(tail), article.text):
            s, e = hit.span()
            if not any(taken[s:e]) and s in starts and e in ends:
                added.append(Mention(s, e, "Fund", tail, Source.REPEAT))
                article.aliases[tail] = full.text
                for k in range(s, e):
                    taken[k] = True
    if added:
        article.mentions = sorted(article.mentions + added, key=lambda m: (m.start, -m.end))


def stand_ins(article: Article) -> list[Mention]:
    """The stand-in mentions of one analysed article (its mentions and headline mentions set)."""
    out = []
    names = [m.text for m in article.headline_mentions if m.type == "Competition"]
    contests = [m for m in article.mentions if m.type == "Competition"]
    meant = max(names, key=len) if names else contests[0].text if contests else None  # the article's own contest
    for m in contests:  # 本次交流营暨大赛: the article's contest, by another name
        if m.text != meant and _THIS.search(article.text[max(0, m.start - 4):m.start].rstrip()):  # (本届 X)
            m.text, m.source = meant, Source.ANAPHOR
    if meant:  # 大赛 alone
        ref = _COMPETITION_WORD.search(article.text)
        start, end = (ref.start(), ref.end()) if ref else (0, 1)
        out.append(Mention(start, end, "Competition", meant, Source.ELLIPSIS))
    seen = set()
    for zone in (m for m in article.mentions if m.type == "Zone"):
        for word in lexicon.ZONE_BODIES:
            if (zone.text, word) not in seen and word in article.text[zone.start:]:
                seen.add((zone.text, word))
                out.append(Mention(zone.start, zone.end, "GovernmentAgency", zone.text + word, Source.ELLIPSIS))
    return out
