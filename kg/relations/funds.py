"""Funds: who founded them (foundedBy), where they invest (investsIn), their size (amount)
and founding date."""
from __future__ import annotations

import contextlib
import io
import re

from kg import lexicon
from kg.doc import Mention
from kg.relations.context import ORG, Context, Sentence

_SETUP = lexicon.alternation(lexicon.SETUP_VERBS)
_FOUNDED_BY = re.compile(r"由([^。；;]{2,80}?)(?:[一二三四五六七八九十两\d]+[方家])?(?:等(?:[^，,。；;]{0,6}?(?:单位|机构|企业|国企|公司)|[一二三四五六七八九十两\d]+[方家]))?"
                         r"(?:(?:共同|联合|合作)?(?:出资)?(?:发起设立|出资设立|设立|发起|组建|成立)|(?:共同|联合|合作)出资)")
_LISTED = re.compile(r"(?:出资方|发起方|出资人|发起人|股东|发起单位|出资单位|发起机构)(?:包括|为|是|有)([^。；;]{2,80})")
_AS_ROLE = re.compile(r"(?:分别|均|都)?作为")
_INTRODUCES = re.compile(r"——|[:：]")
_SET_UP_BEFORE = re.compile(rf"(共同)?(出资)?({_SETUP})(了)?([^，,。；;]{{0,15}}的)?“?$")
_INVESTS = re.compile(lexicon.alternation(lexicon.INVEST_VERBS))
_INVESTMENT_IN = re.compile(r"对([^。；;]{2,80}?)的(?:首批|首笔|天使轮|种子轮|[A-D]\+?轮)?(?:投资|注资)")
_GOT_INVESTMENT = re.compile(r"(?:获得|拿到|获)(?:了)?(?:该)?基金(?:的)?[^，,。；;]{0,10}(?:投资|注资)")
_INJECTION = re.compile(r"向([^，,。；;]{2,40}?)(?:注资|投资|出资)")
_LED = re.compile(r"(?:领投|跟投|参投|联合领投|共同领投)")
_ROUND = re.compile(r"融资|[A-E天种子]+\+?轮")
_LOCAL_FIRMS = re.compile(r"(?:区内|园区内|区域内|内|地区|当地|范围内)?(?:的)?(?:[^，,。；;]{0,8}(?:企业|项目|公司)|[，,。；;]|$)")
_IN_ZONE = re.compile(r"(区内|园区内|区域内|本区|城内|园内|港内)")
_MONEY = re.compile(r"(?:总规模|首期规模|规模|总额|资金规模|总资金)(?:为|达|达到|约|共|超|逾|是)?\s*"
                    r"((?:人民币)?[\d.,，]*\d\s*(?:亿|万|千万|百万)?元|[零一二两三四五六七八九十百千万亿]+元)")
_SET_UP_NOW = re.compile(r"(正式)?(成立|设立|揭牌|签约落地)")
_PEOPLE_OF = re.compile(r"的?(?:企业家|校友|学子|毕业生|教授|专家)")  # 五位某大|企业家: people of the school, not it
_NEAR_VERB = re.compile(r"(?:等(?:相关|有关|多家)?(?:机构|单位|企业|部门|方面)?)?(?:就|已|还|也|又|将|率先|共同|联合|一起|合作|出资|成功|签约|正式|牵头|主导|组织|携手){0,3}")
_SET_UP_KINDS = ("Fund", "ResearchInstitute", "Organization", "Company")
_BACKGROUND = re.compile(r"(?:等)?(?:背景|系|出身|校友)的?")


def fund_founders(ctx: Context, sent: Sentence) -> None:
    """由A、B和C共同发起的F (fund-founded-by); F由A、B三方共同出资组建; A联合B发起设立F
    (fund-founders); F的出资方包括A、B (fund-founders-listed)."""
    text = ctx.text
    for m in _FOUNDED_BY.finditer(text, sent.start, sent.end):
        lo, hi = m.start(1), m.end(1)
        fund = ctx.fund_before(lo, sent)
        if fund is None:
            continue
        funds = [o for o in ctx.founders_in(lo, hi, sent, people=True, funds=True)  # 由某母基金、某公司共同发起
                 if not _same_fund(o, fund)]
        for founders in (funds, [o for o in funds if o.type != "Fund"]):  # (集团下属某私募基金: the group)
            lead = next((k for k in range(1, len(founders)) if _AS_ROLE.match(text, founders[k - 1].end)), None)
            founders = founders[:lead] if lead else founders  # 由A、B分别作为某平台公司、某主体联合发起设立: A and B
            if founders and ctx.joined(founders):
                for o in founders:
                    ctx.emit("fund-founded-by", fund, o, sent)
                break
    for m in _LISTED.finditer(text, sent.start, sent.end):
        lo, hi = m.start(1), m.end(1)
        fund = next((f for f in reversed(sent.mentions) if f.type == "Fund" and f.end <= lo), None) or \
            ctx.before(lo, {"Fund"})
        founders = ctx.founders_in(lo, hi, sent)
        if founders and _INTRODUCES.match(text, founders[0].end):
            founders = founders[1:]  # 发起单位是两地国有创投公司——A与B: what they are, then who
        if fund is not None and founders and ctx.joined(founders):
            for o in founders:
                ctx.emit("fund-founders-listed", fund, o, sent)
    for f, first, cs, vpos in _set_up(ctx, sent):
        lead = text[cs:first.start].rfind("由")
        lo = cs + lead + 1 if lead >= 0 else cs
        by_funds = f.type == "Fund" and lead >= 0  # 由某母基金、某公司共同发起设立的F (not 某基金及某资本设立的F)
        founders = [o for o in ctx.founders_in(lo, vpos, sent, funds=by_funds) if not _PEOPLE_OF.match(text, o.end)
                    and not _same_fund(o, f)] or [
            # A、B五位校友带头发起某基金, A、B五位某大企业家…: people found it
            m for m in ctx.founders_in(lo, vpos, sent, people=True) if m.type == "Person"][-8:]
        if f.type == "Company" and founders and not _NEAR_VERB.fullmatch(text, founders[-1].end, vpos):
            continue  # (某人作为某大学研究员来到广州，成立某公司: the people who found companies are people.founders')
        for o in _joined_run(ctx, founders, vpos):
            ctx.emit("fund-founders", f, o, sent)


def _same_fund(o: Mention, fund: Mention) -> bool:
    """Is the founder ``o`` the fund itself, named shorter or longer (振兴发展产业基金 of 某县振兴发展产业基金)?"""
    return o.type == "Fund" and (o.text in fund.text or fund.text in o.text)


def _set_up(ctx: Context, sent: Sentence):
    """(body, first, clause start, verb start) for each fund, institute, organisation or company
    set up by a verb just before it, or before the list it opens (A联合B组建了C、D两家机构):
    ``first`` heads the list."""
    text, ms = ctx.text, sent.mentions
    for k, m in enumerate(ms):
        if m.type not in _SET_UP_KINDS:
            continue
        cs = max(max(text.rfind(c, sent.start, m.start) for c in "。；;") + 1, sent.start)
        verb = _SET_UP_BEFORE.search(text[cs:m.start])
        if not verb:
            continue
        yield m, m, cs, cs + verb.start()
        tail = m
        for n in ms[k + 1:]:
            if n.start < tail.end:
                continue
            if n.type != m.type or text[tail.end:n.start] not in ("、", "和", "及", "与"):
                break
            yield n, m, cs, cs + verb.start()
            tail = n


def _joined_run(ctx: Context, founders: list[Mention], verb: int) -> list[Mention]:
    """The founders of a verb: all of them when they form one list, else the run of joined names
    that ends just before it (经X同意，A和B共同出资成立F: A and B; not 某公司的CEO，他设立F)."""
    if not founders or ctx.joined(founders):
        return founders
    run = founders[-1:]
    for a in reversed(founders[:-1]):
        if not ctx.joined([a, run[0]]):
            break
        run.insert(0, a)
    return run if _NEAR_VERB.fullmatch(ctx.text, run[-1].end, verb) else []


def investments(ctx: Context, sent: Sentence) -> None:
    """F…投向/投资于/重点投资/支持 Z（区内）…企业."""
    text = ctx.text
    for v in ctx.verbs(_INVESTS, sent):
        vs, ve = v.start(), v.end()
        fund = ctx.fund_before(vs, sent, also=r"其中")
        if fund is None or "基金" not in text[max(ctx.before(vs, {"Fund"}).start, sent.start - 200):vs]:
            continue
        cs, ce = ctx.clause(ve)
        targets = [m for m in sent.mentions if ve <= m.start < ce and m.type in ("Zone", "Place", *ORG)]
        targets = targets[:1] + [b for a, b in zip(targets, targets[1:]) if text[a.end:b.start] in ("和", "、", "与", "及")]
        if not targets and _IN_ZONE.search(text, ve, ce):
            targets = [t for t in [fund_zone(ctx, fund, vs)] if t is not None]
        for target in targets:
            if _BACKGROUND.match(text, target.end):
                continue  # 支持交大背景的企业: firms from the university, not the university
            if target.type == "Place" and not (len(text[ve:target.start]) <= 1 and _LOCAL_FIRMS.match(text, target.end)):
                continue  # 投向苏州重点布局的产业: a place the fund's industries are in, not what it invests in
            if re.search(r"(企业|项目|公司|产业)", text[ve:ce + 1] + text[target.end:ce]) or target.type == "Company":
                ctx.emit("invests", fund, target, sent)


def investments_in_companies(ctx: Context, sent: Sentence) -> None:
    """完成对X和Y的首批投资 (invests-in-company); X、Y均已获得基金的投资 (invested-by-fund);
    F向X注资 (capital-injection)."""
    text = ctx.text
    for v in _INVESTMENT_IN.finditer(text, sent.start, sent.end):
        lo, hi = v.start(1), v.end(1)
        fund = ctx.fund_before(lo, sent)
        for target in (m for m in sent.mentions if lo <= m.start and m.end <= hi and m.type in ORG):
            if fund is not None:
                ctx.emit("invests-in-company", fund, target, sent)
    got = _GOT_INVESTMENT.search(text, sent.start, sent.end)
    if got:
        fund = ctx.before(got.start(), {"Fund"})
        for target in (m for m in sent.mentions if m.end <= got.start() and m.type == "Company"):
            if fund is not None:
                ctx.emit("invested-by-fund", fund, target, sent)
    for v in _INJECTION.finditer(text, sent.start, sent.end):
        lo, hi = v.start(1), v.end(1)
        target = next((m for m in sent.mentions if lo <= m.start and m.end <= hi and m.type in ORG), None)
        fund = ctx.fund_before(lo, sent)
        if fund is not None and target is not None:
            ctx.emit("capital-injection", fund, target, sent)


def funding_rounds(ctx: Context, sent: Sentence) -> None:
    """本轮融资由F领投 / F、G跟投: the funds invest in the company the round is for, the latest
    company before them in a clause that speaks of 融资 or a lettered round."""
    for v in ctx.verbs(_LED, sent):
        funds = [m for m in sent.mentions if m.type == "Fund" and m.end <= v.start()
                 and ctx.clause(m.start)[0] == ctx.clause(v.start())[0]]
        if not funds:
            continue
        raised = [m for m in ctx.a.mentions if m.type == "Company" and m.end <= funds[0].start
                  and _ROUND.search(ctx.text, m.end, ctx.clause(m.end)[1])]
        if raised:
            company = max(raised, key=lambda m: m.end)
            for fund in funds:
                ctx.emit("funding-round", fund, company, sent)


def fund_zone(ctx: Context, fund: Mention, pos: int) -> Mention | None:
    """The zone a fund belongs to: a zone among its founders, in its name, or the latest zone."""
    for f in ctx.facts:
        if f.subject is fund and f.predicate == "foundedBy" and f.object.type == "Zone":
            return f.object
    for m in ctx.a.mentions:
        if m.type == "Zone" and fund.start <= m.start and m.end <= fund.end:
            return m
    for f in ctx.facts:
        if f.subject is fund and f.predicate == "foundedBy" and f.object.type == "GovernmentAgency":
            zone = next((m for m in ctx.a.mentions if m.type == "Zone" and f.object.start <= m.start
                         and m.end <= f.object.end), None)
            if zone:
                return zone
    return ctx.before(pos, {"Zone"})


def amounts(ctx: Context, sent: Sentence) -> None:
    """总规模10亿元的F / F总规模为10亿元: the fund's size in yuan."""
    text = ctx.text
    for m in _MONEY.finditer(text, sent.start, sent.end):
        fund = next((f for f in sent.mentions if f.type == "Fund" and 0 <= f.start - m.end() <= 2
                     and text[m.end():f.start] in ("的", "")), None)
        fund = fund or ctx.fund_before(m.start(), sent)
        value = parse_money(m.group(1))
        if fund is not None and value is not None:
            ctx.emit("fund-size", fund, None, sent, value=value)


def dates(ctx: Context, sent: Sentence) -> None:
    """A fund's founding date: 'X月X日，…F正式成立'."""
    if not _SET_UP_NOW.search(ctx.text, sent.start, sent.end):
        return
    fund = next((m for m in sent.mentions if m.type == "Fund"), None)
    date = next(iter(ctx.dates_in(sent.start, sent.end)), None)
    if fund and date and date.group(3):
        ctx.emit("fund-date", fund, None, sent, value=ctx.date_value(date))


def parse_money(text: str) -> int | None:
    """Yuan in a money expression (3亿元, 1.2亿元, 5000万元, 三亿元), parsed by jionlp."""
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp
    try:
        parsed = jionlp.parse_money(text)
    except Exception:  # jionlp raises plain exceptions on text it can't read
        return None
    if not parsed or parsed.get("case") != "元":
        return None
    return round(float(parsed["num"]))
