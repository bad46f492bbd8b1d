"""Where things are: organisations settled in a zone (locatedIn), and names that hold other
names (某高新区管委会 partOf 某高新区, 某市高新区 locatedIn 某市)."""
from __future__ import annotations

import re

from kg import lexicon
from kg.doc import Mention
from kg.relations.context import AGENTS, ORG, Context, Sentence

_SETTLED = re.compile(lexicon.alternation(lexicon.SETTLE_VERBS))


def settled(ctx: Context, sent: Sentence) -> None:
    """X(等N个项目)已入驻/落户(Z): X locatedIn the zone named after the verb or just before."""
    for v in ctx.verbs(_SETTLED, sent):
        vs, ve = v.start(), v.end()
        cs, ce = ctx.clause(vs)
        who = [m for m in sent.mentions if cs <= m.start and m.end <= vs and m.type in ORG]
        zone = next((m for m in sent.mentions if ve <= m.start < ce and m.type in ("Zone", "Place")), None)
        zone = zone or ctx.before(cs, {"Zone"})
        for m in who:
            if zone is not None:
                ctx.emit("settled", m, zone, sent)


def containment(ctx: Context) -> None:
    """A name that starts with a zone is partOf it (zone-in-name); a zone that starts with a
    place is locatedIn it (place-in-name)."""
    by_start: dict[int, list[Mention]] = {}
    for m in ctx.a.mentions:
        by_start.setdefault(m.start, []).append(m)
    for outer in ctx.a.mentions:
        if outer.type not in AGENTS:
            continue
        for inner in by_start[outer.start]:
            if inner is outer or inner.end >= outer.end:
                continue
            sent = ctx.sentence_at(outer.start)
            if inner.type == "Zone" and outer.type in ORG:
                ctx.emit("zone-in-name", outer, inner, sent)
            elif inner.type == "Place" and outer.type == "Zone":
                ctx.emit("place-in-name", outer, inner, sent)
