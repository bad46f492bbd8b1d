"""Honours: awards won (wonAward) and talent programmes people are selected for (selectedFor)."""
from __future__ import annotations

import re
from collections import Counter

from kg import lexicon
from kg.doc import Mention
from kg.relations.context import LIST_SEPARATORS, ORG, ROW, TITLE_START, Context, Sentence, people_listed

_AWARD_CATEGORY = re.compile(r"(?:个人|团队|企业|创新企业|创新团队|单位|集体|项目|杰出个人|优秀企业|青年)[\u4e00-\u9fff]{0,2}奖")
_PRESENTED = re.compile(r"颁发(?:了)?[^，,。；;]{0,8}$")
_GIVES = re.compile(r"授予|颁发|颁给|表彰")
_WON_BY = re.compile(rf"”?[，,]?由[^，,。；;]{{2,60}}?(?={lexicon.alternation(lexicon.WIN_VERBS)})")
_GIVEN = re.compile(rf"(?:”)?[，,]?(?:则|也|还|均)?(?:拟|建议|拟建议|将|已)?(?:{lexicon.alternation(lexicon.GIVEN_TO_VERBS)})(?:了)?")
_WON_BEFORE = re.compile(rf"(?:{lexicon.alternation(lexicon.AWARD_VERBS)})$")
_RESPECTIVELY = re.compile(r"(?:分别|分)$")  # 分获, 分别获得: each of a list won one of a list
_AWARD_VERB = re.compile(rf"(?:{lexicon.alternation(lexicon.AWARD_VERBS)})(?!奖)")  # 获奖企业: no verb
_TO_THE = re.compile(r"[向为给对]$")  # 某某向|获得某奖的…, 对|获得…的项目进行表彰: the giver before the verb, not the winner
_GIVING = re.compile(r"颁发|颁奖|授予|颁授|表示祝贺|握手")
_HOPED = re.compile(r"(?:有望|有希望|可能|或将|争取|冲击|角逐|希望|想要|渴望)$")  # 有希望获得某奖: hoped for, not won
_NOT_A_WIN = re.compile(r"”?(?:获奖)?(?:名单|候选|提名)")  # …奖名单, …奖候选人: a list, not a win
_COUNTED = re.compile(r"[\d一二三四五六七八九十两百]+(?:人|位|名|项)")  # 中科院14人获…: its people won
_REFERRING_ORG = re.compile(r"(?:该|其|这家)(公司|集团|企业|学校|研究院|研究所|银行)")
_SELECTED_ELLIPTIC = re.compile(rf"(?:分别|同时|也|均|都|等)?(?:{lexicon.alternation(lexicon.SELECTION_VERBS)})"
                                r"(?=[，,。；;！!]|$)")
_LIST_INTRO = re.compile(r"(?:她们|他们|获奖者|获奖人员?|获奖成员|(?:主要)?完成人|得主|获奖名单|名单)(?:分别)?(?:是|为|有|如下|包括)[：:]?|(?:获奖|表彰)名单[：:]"
                         r"|(?<=奖)的(?:分别)?(?:是|为|有)[：:]"  # 获得某某奖的是：
                         r"|(?<=项)[，,]分别(?:为|是)[：:]?")  # 某奖…一等奖两项，分别为…
_WON_THE = re.compile(rf"(?:{lexicon.alternation(lexicon.RANKS)})?的")  # 获得某奖二等奖的…
_COMPLETED = re.compile(r"(?:参与|主持|牵头|联合|共同)?完成的[“《][^”》]{1,60}[”》]")  # 某公司参与完成的“某项目”
_RANK_WON = re.compile(rf"(?:{lexicon.alternation(lexicon.AWARD_VERBS)})(?:了)?[^，,。；;、“”]{{0,8}}?(?:特等奖|[一二三]等奖)")
_COMPLETED_BY = re.compile(r"(?:等人?)?(?:共同|联合)?(?:参与|主持|牵头)?完成的[“《][^”》]{1,60}[”》]")  # 张三等人完成的“某项目”
_SUPPORTED_BY = re.compile(r"”?(?:的)?(?:支持|资助)下[，,]?")
_COPULA = r"(?:均为|都是|均是|为|是|系)"
_MEMBER_IS = re.compile(rf"{_COPULA}(?:第[\d一二三四五六七八九十]+批|首批|\d{{4}}年度?)?(?:国家|省|市|中组部|教育部)?$")  # 是第十二批…入选者
_APPOINTED_TO = re.compile(r"(?:\d{4}年(?:\d{1,2}月)?)?(?:受聘为|被聘为|获聘为|聘为|当选为|被评为|评为)(?:\d{4}年度?)?(?:国家|教育部)?“?$")  # 受聘为“某江学者”
_ANY = re.compile("")
_MEMBER_NOUN = re.compile(r"”?(?:的)?(?:特聘专家|专家|入选者|入选专家|学者|人选|成员|获得者|特聘教授|青年人才|创业人才)")
_TITLED_OPENING = re.compile(rf"(?:[^，,。；;：:]{{0,20}}(?:{lexicon.TITLE_ALT}|获得者|入选者)”?[，,、])+")  # 某院院士，…
_APPOSED = re.compile(rf"[，,][^，,。；;：:]{{2,20}}(?:{lexicon.TITLE_ALT})(?:[，,、][^，,。；;：:]{{2,24}}?)*[，,、]$")  # 张三，某院院士，…
_HOLDER_IS = re.compile(rf"(?:{_COPULA}|成为)(?:\d{{4}}年度?)?$")
_HOLDER = re.compile(rf"”?(?:的)?(?:首位|首个|首批|唯一)?(?:{lexicon.alternation(lexicon.HOLDER_NOUNS)})")
_WON_BEFORE = re.compile(rf"(?:{lexicon.alternation(lexicon.AWARD_VERBS)})$")
_GROUPS_FOLLOW = re.compile(r"分别(?:是|为)[：:]?")  # …完成人分别是 A、B；C: one group per award
_AWARDED = re.compile(r"获奖|授奖|授予|荣获|获得|颁发|表彰|名单|得主|殊荣|颁奖")
_PEOPLE_HEADER = re.compile(r"姓\s*名")
_NOT_AN_AWARD = re.compile(r"^奖|颁奖$")  # 为获|奖企业颁奖: the act of giving, not a named award
_SELECTED = re.compile(r"入选(了)?([^，,。；;]{0,45})$")
_WON_ELLIPTIC = re.compile(r"(?:分别|同时|也|均|都)?曾?(?:获奖|受到表彰|获得表彰|受表彰"
                           r"|(?:获|获得|荣获|摘得)(?:过|了)?(?:此|该|这一)[项个]?(?:奖|奖项|殊荣|荣誉))(?=[，,。；;！!]|$)")


def awards(ctx: Context, sent: Sentence) -> None:
    """X荣获/获得…AWARD (award); AWARD授予(了)X (award-given); 将AWARD颁发给X / 为A颁发…奖
    (award-presented); A与B联合完成的项目获…奖 (award-jointly).  A category (个人奖, 创新企业奖,
    生命科学奖) of an award the article named before stands for that award."""
    text = ctx.text
    for aw in (m for m in sent.mentions if m.type == "Award" and not _NOT_AN_AWARD.search(m.text)):
        listed_as = aw  # as the text lists it (A、B分获X奖、Y奖)
        category = _AWARD_CATEGORY.fullmatch(aw.text)
        if category or _is_field(aw):
            named = [m for m in ctx.a.mentions if m.type == "Award" and (m.end <= aw.start or not category)
                     and not _AWARD_CATEGORY.fullmatch(m.text) and not _is_field(m)]
            if named:
                aw = ctx.anaphor_of(aw, _prize_of(aw, named, bool(category), sent))
            elif category:
                continue
        if _PRESENTED.search(text, sent.start, aw.start):
            after = [m for m in sent.mentions if m.start > aw.end and m.type == "Person"]
            before = [m for m in sent.mentions if m.end <= aw.start and m.type == "Person"
                      and re.search(r"[为向]", text[sent.start:m.start])]
            for person in after or before:
                ctx.emit("award-presented", person, aw, sent)
            continue
        part = max(max(text.rfind(c, sent.start, aw.start) for c in "；;") + 1, sent.start)
        given = _GIVEN.match(text[aw.end:aw.end + 7])
        if given and given.group().lstrip("”")[:1] in "，," and _GIVES.search(text, part, aw.start):
            given = None  # 授予A某奖，授予B…: the award is the object of the verb before it
        if given:
            after = [m for m in sent.mentions if m.start >= aw.end + given.end()]
            listed = people_listed(ctx, [m for m in after if m.type in ORG | {"Person"} and m.end <= _clause_end(text, after)])
            first = next((m for m in after if m.start == aw.end + given.end() and m.type in ORG), None)
            clause = [m for m in after if not re.search(r"[，,]", text[aw.end + given.end():m.start])]
            to = next((m for m in (clause if first else after) if m.type == "Person"), None) or first  # (…授予A公司，…)
            for m in (listed if to in listed else [to] if to is not None else []):  # 某奖授予A院士和B院士
                ctx.emit("award-given", m, aw, sent)
            continue
        won_by = _WON_BY.match(text, aw.end)
        if won_by:  # 某奖由A院士、B院士获得
            names = [m for m in sent.mentions if aw.end < m.start and m.end <= won_by.end() and m.type in ORG | {"Person"}]
            for m in people_listed(ctx, names) or names[-1:]:
                ctx.emit("award-won-by", m, aw, sent)
            continue
        verbs = list(_AWARD_VERB.finditer(text, part, aw.start))
        if not verbs:
            continue
        verb = verbs[-1]
        vpos = verb.start()
        if any(m.type == "Award" and verb.end() <= m.start and m.end <= listed_as.start
               and m not in _award_list(ctx, sent, verb.end()) for m in sent.mentions):
            continue  # A获得X奖，B…Y奖: the verb was another award's
        if verb.group() == "授予":  # A授予B某奖: B won it, A gave it
            to = [m for m in sent.mentions if verb.end() <= m.start and m.end <= aw.start
                  and m.type in ORG | {"Person"}]
            for m in people_listed(ctx, to) or to[-1:]:
                ctx.emit("award-given", m, aw, sent)
            continue
        if _NOT_A_WIN.match(text, aw.end) or _HOPED.search(text, part, vpos):
            continue  # …奖名单; 有望获得某奖: not won
        who = [m for m in sent.mentions if part <= m.start and m.end <= vpos and m.type in ORG | {"Person"}]
        people = people_listed(ctx, who)
        if who and who[-1].type != "Person" and _COUNTED.search(text, who[-1].end, vpos):
            who = who[:-1]
        giver = _TO_THE.search(text, part, vpos)
        if not people and len(who) > 1 and ctx.joined(who[-2:]) and not giver:
            ctx.emit("award-jointly", who[-2], aw, sent)
        subjects = people or [m for m in who[-1:] if not re.search(r"[，,]", text[m.end:vpos])]  # (省政府印发…，某项目荣获)
        completers = [m for m in who if _COMPLETED.match(text, m.end + (len(t.group()) if m.type == "Person" and (
                          t := TITLE_START.match(text, m.end)) else 0)) and (m.type in ORG or m.type == "Person")
                      and not any(a.type == "Award" and m.end <= a.start < vpos for a in sent.mentions)]
        if len(completers) > 1 and (not people or all(m.type == "Person" for m in completers)):
            subjects = completers  # A公司参与完成的“X”、B教授牵头完成的“Y”获得…奖: each
        relative = _WON_THE.match(text, aw.end) if not who or giver else None
        if giver and relative is None:
            subjects = []  # 某某等领导人向获得A奖、B奖的代表颁奖, 他向获得…的代表颁奖: the givers won nothing
        if relative:  # 获得某奖(二等奖)的(某所的)张三(团队): the person after the clause won it
            end = _next_stop(text, "，,。；;", relative.end(), sent.end)
            subjects = [next((m for m in sent.mentions if relative.end() <= m.start < end and m.type == "Person"), None)]
            if who:  # 向获得某奖的院士张三，院士李四颁发…: those the giver turns to, up to the verb
                stop = _GIVING.search(text, relative.end(), sent.end)
                subjects = [m for m in sent.mentions if relative.end() <= m.start < (stop.start() if stop else end)
                            and m.type == "Person"]
        if not subjects and not giver:
            bare = _REFERRING_ORG.search(text, part, vpos)
            if ctx.says_pronoun(part, vpos):
                subjects = [ctx.subject_before(vpos)]
            elif bare:
                subjects = [ctx.antecedent_org(bare.group(1), bare.start())]
        if _RESPECTIVELY.search(text, part, vpos):  # A、B、C分获X奖、Y奖、Z奖: one each, in order
            awards_listed = _award_list(ctx, sent, verb.end())
            subjects = [subjects[awards_listed.index(listed_as)]] if listed_as in awards_listed and \
                len(awards_listed) == len(subjects) else []
        for subject in filter(None, subjects):
            ctx.emit("award", subject, aw, sent)


def awards_elliptic(ctx: Context, sent: Sentence) -> None:
    """某奖表彰大会召开，A、B等10位优秀人才获奖: people listed before a bare 获奖 (in its clause,
    or the one before: 如A、B等人，都曾获得此奖) won the award the sentence named before them;
    before 获此殊荣, the award named last (award-elliptic)."""
    text = ctx.text
    for v in ctx.verbs(_WON_ELLIPTIC, sent):
        vpos = v.start()
        award = next((m for m in reversed(sent.mentions) if m.type == "Award" and m.end <= vpos), None)
        if award is None and re.search("此|该|这一", v.group()):  # 某奖…。此前，A、B等科学家获此殊荣: the award named before
            award = ctx.before(vpos, {"Award"}, limit=150)
        cs = ctx.clause(vpos)[0]
        if award is None or award.end > cs:
            continue  # (the award is named in the clause: the verb is its own)
        who = [m for m in sent.mentions if cs <= m.start and m.end <= vpos and m.type in ORG | {"Person"}]
        if not who and cs > sent.start:  # 如A、B、C等人，都曾获得此奖: the clause before names them
            ps = max(sent.start, max(text.rfind(c, sent.start, cs - 1) for c in "，,；;") + 1)
            who = [m for m in sent.mentions if ps <= m.start and m.end < cs and m.type in ORG | {"Person"}]
            who = who if who and re.fullmatch(r"等[^，,；;]{0,3}", text[who[-1].end:cs - 1]) else []
        for m in people_listed(ctx, who) or [m for m in who[-1:] if m.type in ORG and ctx.text[m.end:vpos].startswith("等")]:
            ctx.emit("award-elliptic", m, award, sent)


def awards_by_rank(ctx: Context, sent: Sentence) -> None:
    """某大学张三等人完成的“X”获自然科学类二等奖: those who completed a project that took a rank
    won the prize the article is about: the one its headline names, else the first it names (award-completed)."""
    text = ctx.text
    for v in ctx.verbs(_RANK_WON, sent):
        named = [m for m in ctx.a.mentions if m.end <= v.start() and m.type in ("Award", "Competition")
                 and not _AWARD_CATEGORY.fullmatch(m.text) and not _is_field(m)]
        if not named or max(named, key=lambda m: m.end).type != "Award":
            continue  # (获一等奖 after a competition: its winners)
        head = {m.text.strip("“”") for m in ctx.a.headline_mentions if m.type == "Award"}
        prize = min((m for m in named if m.type == "Award"), key=lambda m: (m.text.strip("“”") not in head, m.start))
        part = max(max(text.rfind(c, sent.start, v.start()) for c in "；;") + 1, sent.start)
        before = [m for m in sent.mentions if part <= m.start and m.end <= v.start() and m.type in ORG | {"Person"}]
        for last, m in enumerate(before):
            if not _COMPLETED_BY.match(text, m.end):
                continue
            k = last
            while k > 0 and text[before[k - 1].end:before[k].start] in LIST_SEPARATORS and before[k - 1].type == m.type:
                k -= 1  # 由A、B共同参与完成的: each of the list
            for w in before[k:last + 1]:
                ctx.emit("award-completed", w, prize, sent)


def _prize_of(aw, named: list, category: bool, sentence: Sentence):
    """The award ``aw`` is a part of: for a category (个人奖) the latest one named before it; for a
    field (生命科学奖) the latest prize before it in its own sentence, else the prize the article
    names most, then the latest before it, then the first after."""
    if category:
        return max(named, key=lambda m: m.end)
    here = [m for m in named if m.end <= aw.start and sentence.start <= m.start]
    if here:  # 某某科学奖数理科学奖颁给A，化学科学奖颁给B: the prize in the field named first
        latest = max(here, key=lambda m: m.end)
        field = next((f for f in lexicon.PRIZE_CATEGORIES if latest.text.endswith(f) and latest.text != f), None)
        if field is None:
            return latest
        prize = next((m for m in named if m.text.endswith(latest.text[:-len(field)])), None)  # (2020年度…)
        if prize is not None:
            return prize
    count = Counter(m.text for m in named)
    return max(named, key=lambda m: (count[m.text], m.end <= aw.start, m.end if m.end <= aw.start else -m.start))


def _is_field(award) -> bool:
    """Is this award a field a prize is given in (“生命科学奖”), not a prize of its own?"""
    return award.text.strip("“”\"") in lexicon.PRIZE_CATEGORIES


def _named_as(ctx: Context, sent: Sentence, name, copula: re.Pattern, noun: re.Pattern) -> list:
    """The people a clause calls holders of ``name``: A、B和C为(2008年度)NAME获得者 / 是国家NAME专家."""
    said = copula.search(ctx.text, sent.start, name.start)
    if not said or said.end() != name.start or not noun.match(ctx.text, name.end):
        return []
    part = max(ctx.text.rfind(c, sent.start, said.start()) for c in "，,；;：:") + 1
    who = [m for m in sent.mentions if max(part, sent.start) <= m.start and m.end <= said.start()]
    if not who and said.group().startswith("成为") and said.start() == part > sent.start:
        subject = ctx.subject_before(said.start())  # 张三因…，成为某奖首位获得者: the sentence's person
        return [subject] if subject is not None and subject.start >= sent.start else []
    return people_listed(ctx, who) if who and who[-1].end == said.start() else []


def _award_list(ctx: Context, sent: Sentence, pos: int) -> list:
    """The awards listed from ``pos`` on (X奖、Y奖和Z奖), joined by list separators only."""
    out = []
    for m in (m for m in sent.mentions if m.start >= pos):
        if m.type != "Award" or ctx.text[(out[-1].end if out else pos):m.start].strip() not in ("", *LIST_SEPARATORS):
            break
        out.append(m)
    return out


def _clause_end(text: str, after: list) -> int:
    """Where the clause holding the first of ``after`` ends (the next 。 or ；)."""
    return _next_stop(text, "。；;", after[0].start, len(text)) if after else 0


def _next_stop(text: str, stops: str, start: int, end: int) -> int:
    """The first of ``stops`` in text[start:end], or ``end``."""
    return min([k for k in (text.find(c, start, end) for c in stops) if k >= 0] or [end])


def laureates(ctx: Context, sent: Sentence) -> None:
    """A、B为某奖获得者 (award-holder); 获奖者……她们是：张三，李四…… / 获奖名单如下 / 获得某奖的是：A，B: the people listed after the words that
    introduce them won the award the article named last (laureate-list); in a table of people
    under a heading that names an award (…奖获奖名单 / 姓名 … 单位), each row's person won it
    (laureate-table)."""
    text = ctx.text
    for aw in (m for m in sent.mentions if m.type == "Award"):  # A、B和C为2008年度某奖获得者
        holder = _HOLDER.match(text, aw.end)
        after = [m for m in sent.mentions if holder and m.start >= holder.end() and m.type in ORG | {"Person"}]
        if after and after[0].type == "Person" and after[0].start == holder.end():  # 某奖获得者A院士、B院士
            for p in people_listed(ctx, after[:next((k for k, m in enumerate(after) if m.type != "Person"), len(after))]):
                ctx.emit("award-holder", p, aw, sent)
            continue
        if holder and after and after[0].start == holder.end():  # 某奖获得者某所研究员A、某大学教授B
            for p in _titled_people(ctx, sent, holder.end()):
                ctx.emit("award-holder", p, aw, sent)
            continue
        for p in _named_as(ctx, sent, aw, _HOLDER_IS, _HOLDER):
            ctx.emit("award-holder", p, aw, sent)
    intro = _LIST_INTRO.search(text, sent.start, sent.end)
    if intro:
        award = ctx.before(intro.start(), {"Award"}, limit=400)
        context = text[max(sent.start - 200, 0):intro.end()]
        if award is not None and _AWARDED.search(context):
            end = _next_stop(text, "；;", intro.end(), sent.end)
            for p in (m for m in sent.mentions if m.type == "Person" and intro.end() <= m.start < end):
                ctx.emit("laureate-list", p, award, sent)  # (…；评出某某奖…: the next clause is another award's)
        return
    header = ctx.under_header(sent, _PEOPLE_HEADER) if ROW.fullmatch(text, sent.start, sent.end) else None
    if header is None:
        return
    award = ctx.before(header.start, {"Award"}, limit=200)
    people = [m for m in sent.mentions if m.type == "Person"]
    if award is not None and len(people) == 1 and _AWARDED.search(text, award.start, header.start):
        ctx.emit("laureate-table", people[0], award, sent)


def _titled_people(ctx: Context, sent: Sentence, pos: int) -> list[Mention]:
    """The people of a list of ORG TITLE PERSON that starts at ``pos`` (某所研究员A、某大学教授B):
    each after nothing but a body and a title, the next after a list mark."""
    out, at = [], pos
    for m in (m for m in sent.mentions if m.start >= pos):
        if m.type == "Person":
            out.append(m)
            sep = re.match(r"[、和及与]", ctx.text[m.end:m.end + 1])
            if not sep:
                break
            at = m.end + 1
        elif m.start != at or m.type not in ORG | {"Title"}:
            break
        else:
            at = m.end
    return out


def respective_laureates(ctx: Context, sent: Sentence) -> None:
    """“X”获A奖、“Y”获B奖，主要完成人分别是张三、李四；王五: the groups of people after 分别是,
    split by semicolons, won the awards named before it, one group each and in order."""
    text = ctx.text
    said = _GROUPS_FOLLOW.search(text, sent.start, sent.end)
    if said is None:
        return
    awards = []
    for m in sent.mentions:
        if m.type == "Award" and m.end <= said.start() and m.text not in {a.text for a in awards} \
                and _WON_BEFORE.search(text, sent.start, m.start):
            awards.append(m)
    end, k = sent.end, ctx.sentences.index(sent)
    while text[end - 1:end] in ("；", ";") and k + 1 < len(ctx.sentences):  # the groups go on past a semicolon
        k += 1
        end = ctx.sentences[k].end
    bounds = [said.end()] + [k + 1 for k in range(said.end(), end) if text[k] in "；;"] + [end]
    groups = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    if len(awards) < 2 or len(groups) != len(awards):
        return
    people = [m for s in ctx.sentences if sent.start <= s.start < end for m in s.mentions if m.type == "Person"]
    for award, (a, b) in zip(awards, groups):
        for p in (m for m in people if a <= m.start < b):
            ctx.emit("laureates-respectively", p, award, sent)


def selections(ctx: Context, sent: Sentence) -> None:
    """X入选PROGRAMME (selected); a programme named before, then X、Y分别入选 (selected-elliptic);
    X是PROGRAMME专家 / 入选者 (programme-member); 在PROGRAMME支持下，X (programme-supported)."""
    text = ctx.text
    for v in ctx.verbs(_SELECTED_ELLIPTIC, sent):
        vpos = v.start()
        prog = ctx.before(vpos, {"Program"})
        cs = ctx.clause(vpos)[0]
        for person in (m for m in sent.mentions if m.type == "Person" and cs <= m.start < vpos):
            if prog is not None:
                ctx.emit("selected-elliptic", person, prog, sent)
    for prog in (m for m in sent.mentions if m.type == "Program"):  # 在某计划支持下，张三…
        owner = next((m for m in sent.mentions if m.end == prog.start and m.type in ORG), prog)  # 在中科院|“百人计划”
        if text[owner.start - 1:owner.start] == "在" and (under := _SUPPORTED_BY.match(text, prog.end)):
            p = next((m for m in sent.mentions if m.start >= under.end()), None)
            if p is not None and p.type == "Person" and p.start == under.end():
                ctx.emit("programme-supported", p, prog, sent)
    for prog in (m for m in sent.mentions if m.type == "Program"):  # 张三是国家“千人计划”专家
        for p in _named_as(ctx, sent, prog, _MEMBER_IS, _MEMBER_NOUN) or _named_as(ctx, sent, prog, _APPOINTED_TO, _ANY):
            ctx.emit("programme-member", p, prog, sent)
        if noun := _MEMBER_NOUN.match(text, prog.end):  # 张三，某院院士，国家某基金获得者
            p = next((m for m in reversed(sent.mentions) if m.end <= prog.start and m.type == "Person"), None)
            alone = text[prog.start - 1:prog.start] in ("，", ",", "、") and re.match(r"[，,。；;、]|$", text[noun.end():noun.end() + 1])
            if p is not None and (_APPOSED.fullmatch(text, p.end, prog.start) or alone and [
                    m for m in sent.mentions if m.type == "Person" and m.end <= prog.start] == [p]):
                ctx.emit("programme-member", p, prog, sent)  # 张三…，现为某院教授，国家某基金获得者，…: the one person
            elif p is None and _TITLED_OPENING.fullmatch(text, sent.start, prog.start):
                subject = ctx.subject_before(sent.start)  # 张三…。中国科学院院士，某基金获得者: the same person
                if subject is not None:
                    ctx.emit("programme-member", subject, prog, sent)
    for prog in (m for m in sent.mentions if m.type == "Program" and "候选" not in m.text):
        seg = text[sent.start:prog.start]
        if not _SELECTED.search(seg):
            continue
        vpos = sent.start + seg.rfind("入选")
        cs = ctx.clause(vpos)[0]
        people = [m for m in sent.mentions if m.type == "Person" and cs <= m.start and m.end <= vpos]
        if people and people[-1].end == vpos:  # 其中，A大学张三，B大学李四、王五入选: each pair of the list
            chain = people_listed(ctx, [m for m in sent.mentions if m.end <= vpos and m.type in ORG | {"Person"}])
            people = chain if len(chain) > len(people) and re.search(r"其中|分别|包括|如", text[sent.start:chain[0].start]) else people
        if not people:
            near = next((m for m in reversed(sent.mentions) if m.type == "Person" and m.end <= vpos), None)
            people = [near] if near else []
        if not people and re.search(r"[他她]", seg):
            people = [p for p in [ctx.subject_before(vpos)] if p is not None]
        for person in people:
            ctx.emit("selected", person, prog, sent)
