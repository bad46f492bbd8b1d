"""Competitions: who won and at what rank (winner + Placement), who held them (organizer)."""
from __future__ import annotations

import re

from kg import lexicon
from kg.doc import Mention
from kg.relations.context import AGENTS, ORG, TITLES_RUN, Context, Sentence

_THIS_CONTEST = re.compile(rf"(?:{lexicon.alternation(lexicon.THIS_EDITION)})(?:大赛|比赛|竞赛|挑战赛)")
_RANK = re.compile("|".join(map(re.escape, lexicon.RANKS)))
_WIN_VERB = re.compile(rf"(?:{lexicon.alternation(lexicon.WIN_VERBS)})(?:了)?")
_TAKEN = re.compile(rf"(?:则|分别)?(?:(?:由|被)([^，,。；;]{{2,60}}?)(?:{lexicon.alternation(lexicon.TAKEN_BY_VERBS)})"
                    rf"|(?:{lexicon.alternation(lexicon.GOES_TO_WORDS)})([^，,。；;]{{2,80}}))")
_HOLDER = re.compile(rf"(?:{lexicon.alternation(lexicon.HOLDER_NOUNS)})[、，,]?")  # 一等奖获得者、…
_NOT_A_PLACE = re.compile(r"企业|称号|产品|品牌")
_LEADER = re.compile(r"[^，,。；;]{0,4}(?:领衔|带队|带领|牵头)")
_PROJECT_AFTER = re.compile(r"[’”](?:[^“”，,。]{0,12}”)?\s*(?:和“[^”]{1,40}”)?\s*(?:等)?(?:[\d一二三四五六七八九十两]+个)?项目")  # “某研发中心”两个项目: a project's name
_HELD = re.compile(lexicon.alternation(lexicon.ORGANIZER_VERBS + lexicon.CO_ORGANIZER_VERBS + lexicon.HOSTING_VERBS))
_HELD_LABEL = re.compile(rf"(?:{_HELD.pattern})(?:单位|方)[:：]\s*")  # 主办单位：…, 承办单位：…
_BEFORE_HELD = re.compile(r"(?:等(?:[\d一二三四五六七八九十两]+[家个])?(?:单位|部门|机构)?)?(?:联合|共同)?")


def competition_for(ctx: Context, sent: Sentence, pos: int) -> Mention | None:
    """The competition a result belongs to: named in the sentence; the article's own where it
    says 本届大赛; else the one named last before, or in the title."""
    here = [m for m in sent.mentions if m.type == "Competition"]
    if here:
        return max(here, key=lambda m: len(m.text))
    if _THIS_CONTEST.search(ctx.text, sent.start, pos) and title_competition(ctx):  # 本届大赛由…主办
        return title_competition(ctx)  # the article's own contest (NER's stand-in for it)
    return ctx.before(pos, {"Competition"}) or title_competition(ctx)


def title_competition(ctx: Context) -> Mention | None:
    """The article's own competition (named in the headline, else first in the text): the
    stand-in NER made for it where the text says 大赛 / 比赛."""
    return next((m for m in ctx.a.mentions if m.type == "Competition" and m.source == "ellipsis"), None)


def winners(ctx: Context, sent: Sentence) -> None:
    """X、Y获得一等奖 (winner-before-rank); 冠军由X摘得 (winner-after-rank); 一等奖获得者、某公司
    总经理X (winner-holder); X领衔的团队摘得金奖 (winner-team-leader)."""
    text = ctx.text
    for r in _RANK.finditer(text, sent.start, sent.end):
        inside = next((m for m in sent.mentions if m.start < r.end() and r.start() < m.end), None)
        if inside is not None and (inside.type != "Award" or r.group() not in lexicon.PLACEMENTS) or _NOT_A_PLACE.match(text, r.end()):
            continue  # 星河科学大奖 is a prize's name, 单项冠军企业 a kind of firm
        cs = max(max(text.rfind(c, sent.start, r.start()) for c in "，,；;。") + 1, sent.start)
        comp = competition_for(ctx, sent, r.start())
        if comp is None:
            continue
        rule = "winner-before-rank"
        found, rank = winners_before(ctx, r, cs, sent)
        if not found:
            rule = "winner-after-rank"
            found, rank = winners_after(ctx, r, cs, sent)
        if not found and _HOLDER.match(text, r.end()):
            rule, rank = "winner-holder", r.group()
            found = holder_after(ctx, _HOLDER.match(text, r.end()).end(), sent)
        if not found and _WIN_VERB.search(text, cs, r.start()):
            rule = "winner-team-leader"
            found = [m for m in sent.mentions if m.type == "Person" and m.end <= cs and _LEADER.match(text, m.end)]
            rank = r.group()
        for w in found:
            ctx.emit(rule, comp, w, sent, rank=rank)


def holder_after(ctx: Context, pos: int, sent: Sentence) -> list[Mention]:
    """一等奖获得者、某公司联合创始人兼总经理张三: the person (or body) the holder words name."""
    nxt = next((m for m in sent.mentions if m.start >= pos and m.type != "Place"), None)
    if nxt is None or nxt.start != pos:
        return []
    if nxt.type == "Person":
        return [nxt]
    titles = TITLES_RUN.match(ctx.text, nxt.end) if nxt.type in ORG else None
    person = next((m for m in sent.mentions if titles and m.start == titles.end() and m.type == "Person"), None)
    return [person] if person else [nxt] if nxt.type in ORG else []


def winners_before(ctx: Context, r: re.Match, cs: int, sent: Sentence):
    """X、Y获得(企业组)一等奖: the winners before the verb, and the rank with its group."""
    text = ctx.text
    verbs = [v for v in _WIN_VERB.finditer(text, cs, r.start()) if len(text[v.end():r.start()]) <= 16]
    if not verbs or any(c in text[verbs[-1].end():r.start()] for c in "，,、"):
        return [], ""
    verb = verbs[-1]
    rank = re.sub(r"^(?:总决赛|决赛|比赛|大赛|本届|本次)", "", text[verb.end():r.end()]) or r.group()
    return [m for m in sent.mentions if cs <= m.start and m.end <= verb.start() and m.type in ORG | {"Person"}
            and not _PROJECT_AFTER.match(text, m.end) and text.rfind("“", cs, m.start) <= text.rfind("”", cs, m.start)
            ], rank  # (“某大学水下无人机项目”: a name inside a project's quoted title)


def winners_after(ctx: Context, r: re.Match, cs: int, sent: Sentence):
    """冠军由X摘得 / 金奖花落X / 获得一等奖的是X和Y: the winners after the rank."""
    text = ctx.text
    after = _TAKEN.match(text, r.end())
    if not after:
        verb = _WIN_VERB.search(text, cs, r.start())
        named = next((m for m in sent.mentions if m.start == r.end() + 1 and m.type in ORG | {"Person"}), None)
        if verb and named and text[r.end():r.end() + 1] == "的":  # 获得企业组第一名的某公司
            return [named], text[verb.end():r.end()]
        return [], ""
    g = 1 if after.group(1) else 2
    lo, hi = after.start(g), after.end(g)
    found = [m for m in sent.mentions if lo <= m.start and m.end <= hi and m.type in ORG | {"Person"}]
    if any(m.type == "Person" for m in found):
        found = [m for m in found if m.type == "Person"]
    verb = _WIN_VERB.match(text, cs)
    return found, text[verb.end() if verb else cs:r.end()]


def organizers(ctx: Context, sent: Sentence) -> None:
    """A、B主办 (organizer); C承办 / 协办 (co-organizer)."""
    text = ctx.text
    for v in ctx.verbs(_HELD, sent):
        vs = v.start()
        comp = competition_for(ctx, sent, vs)
        if v.group() in lexicon.HOSTING_VERBS:  # A、B联合举办|某某大赛: only the contest the verb names
            comp = next((m for m in sent.mentions if m.type == "Competition" and m.start == v.end() + (
                ctx.text[v.end():v.end() + 1] == "了")), None)
        if comp is None:
            continue
        cs = max(max(text.rfind(c, sent.start, vs) for c in "，,；;。、") + 1, sent.start)
        orgs = [m for m in sent.mentions if m.end <= vs and m.type in AGENTS | {"Place"} and m.start >= cs - 1
                and _BEFORE_HELD.fullmatch(text, m.end, vs)]
        if orgs:  # lists: A、B主办
            k = sent.mentions.index(orgs[-1])
            while k > 0 and text[sent.mentions[k - 1].end:sent.mentions[k].start] in ("、", "和", "与", "会同"):
                k -= 1
                if sent.mentions[k].type in AGENTS | {"Place"}:
                    orgs.insert(0, sent.mentions[k])
        rule = "co-organizer" if v.group() in lexicon.CO_ORGANIZER_VERBS else "organizer"
        label = _HELD_LABEL.match(text, vs)
        if label:  # 主办单位：A、B, a notice's list of the bodies that hold its contest
            if rule != "organizer":
                continue  # 承办单位：C (measured on the real news: more wrong than right)
            rule = "organizer-labelled"
            orgs = []
            for m in (m for m in sent.mentions if m.start >= label.end() and m.type in AGENTS):
                if orgs and text[orgs[-1].end:m.start].strip() not in ("", "、", "，", ",", "和"):
                    break
                orgs.append(m)
        for o in orgs:
            ctx.emit(rule, comp, o, sent)
