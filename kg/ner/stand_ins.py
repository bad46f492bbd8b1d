"""Names the text leaves out and a reader understands, made once per article after NER so that
relations only read mentions: the headline's competition where the text says only 大赛, and
``<zone>管委会`` / ``<zone>党工委`` where it says only 管委会 after naming the zone.

Each stand-in has the source ELLIPSIS; the pipeline keeps one only where a fact uses it.
"""
from __future__ import annotations

import re

from kg.doc import Article, Mention, Source

_COMPETITION_WORD = re.compile(r"大赛|比赛|竞赛|挑战赛")
ZONE_BODIES = ("管委会", "党工委")


def stand_ins(article: Article) -> list[Mention]:
    """The stand-in mentions of one analysed article (its mentions and headline mentions set)."""
    out = []
    names = [m.text for m in article.headline_mentions if m.type == "Competition"]
    if names:
        ref = _COMPETITION_WORD.search(article.text)
        start, end = (ref.start(), ref.end()) if ref else (0, 1)
        out.append(Mention(start, end, "Competition", max(names, key=len), Source.ELLIPSIS))
    seen = set()
    for zone in (m for m in article.mentions if m.type == "Zone"):
        for word in ZONE_BODIES:
            if (zone.text, word) not in seen and word in article.text[zone.start:]:
                seen.add((zone.text, word))
                out.append(Mention(zone.start, zone.end, "GovernmentAgency", zone.text + word, Source.ELLIPSIS))
    return out
