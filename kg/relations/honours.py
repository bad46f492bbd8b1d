"""Honours: awards won (wonAward) and talent programmes people are selected for (selectedFor)."""
from __future__ import annotations

import re

from kg import lexicon
from kg.relations.context import ORG, Context, Sentence

_AWARD_CATEGORY = re.compile(r"(?:个人|团队|企业|创新企业|创新团队|单位|集体|项目|杰出个人|优秀企业|青年)[\u4e00-\u9fff]{0,2}奖")
_PRESENTED = re.compile(r"颁发(?:了)?[^，,。；;]{0,8}$")
_GIVEN = re.compile(rf"(?:”)?(?:{lexicon.alternation(lexicon.GIVEN_TO_VERBS)})(?:了)?")
_AWARD_VERB = re.compile(lexicon.alternation(lexicon.AWARD_VERBS))
_REFERRING_ORG = re.compile(r"(?:该|其|这家)(公司|集团|企业|学校|研究院|研究所|银行)")
_SELECTED_ELLIPTIC = re.compile(rf"(?:分别|同时|也|均|都|等)?(?:{lexicon.alternation(lexicon.SELECTION_VERBS)})"
                                r"(?=[，,。；;！!]|$)")
_SELECTED = re.compile(r"入选(了)?([^，,。；;]{0,45})$")


def awards(ctx: Context, sent: Sentence) -> None:
    """X荣获/获得…AWARD (award); AWARD授予(了)X (award-given); 将AWARD颁发给X / 为A颁发…奖
    (award-presented); A与B联合完成的项目获…奖 (award-jointly).  A category (个人奖, 创新企业奖) of
    an award the article named before stands for that award."""
    text = ctx.text
    for aw in (m for m in sent.mentions if m.type == "Award"):
        if _AWARD_CATEGORY.fullmatch(aw.text):
            named = [m for m in ctx.a.mentions if m.type == "Award" and m.end <= aw.start
                     and not _AWARD_CATEGORY.fullmatch(m.text)]
            if not named:
                continue
            aw = ctx.anaphor_of(aw, max(named, key=lambda m: m.end))
        if _PRESENTED.search(text, sent.start, aw.start):
            after = [m for m in sent.mentions if m.start > aw.end and m.type == "Person"]
            before = [m for m in sent.mentions if m.end <= aw.start and m.type == "Person"
                      and re.search(r"[为向]", text[sent.start:m.start])]
            for person in after or before:
                ctx.emit("award-presented", person, aw, sent)
            continue
        given = _GIVEN.match(text[aw.end:aw.end + 6])
        if given:
            to = next((m for m in sent.mentions if m.start >= aw.end + given.end() and m.type == "Person"), None)
            to = to or next((m for m in sent.mentions if m.start == aw.end + given.end() and m.type in ORG), None)
            if to is not None:
                ctx.emit("award-given", to, aw, sent)
            continue
        verb = _AWARD_VERB.search(text, sent.start, aw.start)
        if not verb:
            continue
        vpos = verb.start()
        who = [m for m in sent.mentions if m.end <= vpos and m.type in ORG | {"Person"}]
        person = next((m for m in reversed(who) if m.type == "Person"), None)
        subject = person or (who[-1] if who else None)
        if person is None and len(who) > 1 and ctx.joined(who[-2:]):
            ctx.emit("award-jointly", who[-2], aw, sent)
        if subject is None:
            bare = _REFERRING_ORG.search(text, sent.start, vpos)
            if ctx.says_pronoun(sent.start, vpos):
                subject = ctx.subject_before(vpos)
            elif bare:
                subject = ctx.antecedent_org(bare.group(1), bare.start())
        if subject:
            ctx.emit("award", subject, aw, sent)


def selections(ctx: Context, sent: Sentence) -> None:
    """X入选PROGRAMME (selected); a programme named before, then X、Y分别入选 (selected-elliptic)."""
    text = ctx.text
    for v in ctx.verbs(_SELECTED_ELLIPTIC, sent):
        vpos = v.start()
        prog = ctx.before(vpos, {"Program"})
        cs = ctx.clause(vpos)[0]
        for person in (m for m in sent.mentions if m.type == "Person" and cs <= m.start < vpos):
            if prog is not None:
                ctx.emit("selected-elliptic", person, prog, sent)
    for prog in (m for m in sent.mentions if m.type == "Program"):
        seg = text[sent.start:prog.start]
        if not _SELECTED.search(seg):
            continue
        vpos = sent.start + seg.rfind("入选")
        cs = ctx.clause(vpos)[0]
        people = [m for m in sent.mentions if m.type == "Person" and cs <= m.start and m.end <= vpos]
        if not people:
            near = next((m for m in reversed(sent.mentions) if m.type == "Person" and m.end <= vpos), None)
            people = [near] if near else []
        if not people and re.search(r"[他她]", seg):
            people = [ctx.subject_before(vpos)] if ctx.subject_before(vpos) else []
        for person in people:
            ctx.emit("selected", person, prog, sent)
