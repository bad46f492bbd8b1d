"""Degrees and alumni (alumniOf): 毕业于某大学, 某大学博士张三, A、B都是某大学校友, 我校校友、某公司总裁张三,
A、B校友伉俪."""
from __future__ import annotations

import re

from kg import lexicon
from kg.doc import Mention
from kg.relations.context import AGENTS, ORG, TITLE_START, TITLES_RUN, Context, Sentence, list_ending, people_listed, person_at

_DEGREES = lexicon.alternation(lexicon.DEGREES)
STUDIED = re.compile(r"[^，,。；;]{0,14}?(?:学习|就读|攻读|读书|深造|专业(?=[，,。；;]|$)|读(?:本科|硕士|博士|研究生|研))")
OWN_SCHOOL = re.compile("我校|本校|母校")
_GRADUATED = re.compile(rf"(?:{lexicon.alternation(lexicon.GRADUATE_VERBS)})$")
_SCHOOL = r"(我校|本校|母校|[^，,。；;、：:\s]{2,20}?)"
_CLASS_AND_MAJOR = r"(?:(?:19|20)?\d{2}\s*[届级])?(?:[^，,。；;、\s\d]{1,8}?(?:专业|系))?"
_ALUMNI_ARE = re.compile(rf"(?:也|都|均|同|亦)*(?:是|为|系|属于)(?:来自)?{_SCHOOL}(?:的)?{_CLASS_AND_MAJOR}"
                         rf"(?:校友|毕业生|学子|人)(?=[：:，,。；;]|$)")  # 也是某大学2013届某专业校友
_ALUMNUS_APPOSED = re.compile(rf"[，,](?:著名的|知名的|一位|一名)?{_SCHOOL}(?:的)?{_CLASS_AND_MAJOR}(?:校友|毕业生)(?=[，,。；;]|$)")
_COUNTED_ALUMNI = re.compile(rf"(?:等|(?<!等))(?:(?:[一二三四五六七八九十两]|\d+)+(?:位|名)|(?<=等)){_SCHOOL}(?:的)?"
                             "(?:校友|企业家校友|企业家|学子|毕业生)")  # A、B五位某大企业家, A、B等(五位)某大校友
_STUDYING = re.compile(r"(?:读研|读博|读本科|读大学|就读|求学|读书)(?:期间|时)")  # 在某大学读研期间
_READS = re.compile(r"(?:读|攻读)(?:研究生|博士|硕士|本科)|读书|求学")  # 在某大学读研究生, 在原某大学读书
_CLASS_OF = re.compile(r"(?<!\d)(?:19|20)?\d{2}\s*(?:届|级)")  # 1965届, 78级: the year a class came or left
_GRADUATE_OF = re.compile(r"(?:[^，,。；;、]{0,8}?(?:本科|硕士|博士|研究生|专业))?毕业的")  # 某大学(某专业)毕业的张三
_ALUMNUS_TAIL = re.compile(r"[^，,。；;、\s]{0,16}?校友[、，,]?")  # (某大学)1987级计算机系校友，
_AGE_GAP = re.compile(r"\s*(?:\d{1,3}岁的)?")  # 某大学2002级校友、32岁的张三
_GRADUATED_FROM = re.compile(r"[^，,。；;、\s]{0,10}?(?:本科|研究生|硕士|博士)?毕业(?!生|典礼|季|设计|论文|证书|答辩|班)")  # 某大学(某系)毕业后
_DEGREE_FROM = re.compile(r"[^，,。；;、]{0,12}?(?:学士|硕士|博士)(?:学位)")  # 获某大学(某专业)博士学位
_CALLED_ALUMNI = re.compile(r"(?:等)?(?:[\d一二三四五六七八九十两多数]+(?:位|名))?校友(?!会|总会|企业|创业|基金|经济|资源|工作|办|处|网|群|圈|论坛|联谊|代表)")
_ALUMNUS_BEFORE = re.compile(r"(?:^|[，,、：:由的])校友(?:代表)?$")  # 校友代表|张三 (not 某大学校友张三: that names its school)
_WENT_OUT_OF = re.compile(rf"从{_SCHOOL}走出(?:来)?的[^，,。；;]{{0,12}}?(?:有|包括|如)")  # 从某大学走出的企业家有A、B
_AS_ALUMNUS = re.compile(r"作为(?:(?:19|20)\d{2}届)?校友代表")  # 张三作为校友代表讲话
_STUDIES_THERE = re.compile(r"[^，,。；;]{0,8}?(?:(?:攻读|读)(?:本科|硕士|博士|研究生|学位)|留学|深造|求学)")  # 赴某大学攻读本科
_NAMED_NEXT = re.compile(r"[，,](?:分别是|分别为|包括|他们是|她们是)")



def alumni(ctx: Context, sent: Sentence) -> None:
    """毕业于ORG; 从ORG(博士)毕业; 在ORG获得博士学位; 考入ORG / 进入ORG…学习; PERSON是ORG(某系)博士; ORG校友PERSON."""
    text, ms = ctx.text, sent.mentions
    for k, m in enumerate(ms):
        if m.type not in ORG:
            continue
        lead = text[max(sent.start, m.start - 8):m.start]
        country = lexicon.country_end().search(lead)
        lead = lead[:country.start()] if country else lead
        tail = text[m.end:m.end + 16]
        degree = re.match(rf"[^，,。；;、\s]{{0,8}}?({_DEGREES})", tail)
        head = degree and TITLE_START.match(tail, degree.start(1))
        if head and head.end() > degree.end(1):  # 博士生导师, 博士后: a title, not a degree
            degree = None
        after = next((x for x in ms[k + 1:] if x.type != "Title"), None)  # (某大学|博士|张三: past the title mention)
        graduated = _GRADUATED.search(lead) or re.search(r"从$", lead) and re.match(
            r"[^，,。；;]{0,12}?(?:本科|硕士|博士|研究生)?(?:毕业|肄业)", tail) or re.search(r"(?:在|赴)$", lead) and \
            re.match(r"[^，,。；;]{0,8}?(?:获得|取得|攻读|获)(?:了)?[^，,。；;]{0,6}?(?:博士|硕士|学士)", tail) or \
            re.search(r"(?<![你我您])在(?:原)?$", lead) and (_STUDYING.match(tail) or _READS.match(tail)) or \
            m.type == "University" and (re.search(r"(?:考入|考取|考进|考上|入读|保送(?:进入|至|到|进)?)$", lead)
                                        or re.search(r"进入$", lead) and STUDIED.match(tail)
                                        or _GRADUATED_FROM.match(tail)) or \
            re.search(r"(?:赴|到|去|前往)$", lead) and _STUDIES_THERE.match(tail) or \
            re.search(r"(?:获|获得|取得|获授)(?:了)?$", lead) and _DEGREE_FROM.match(tail) or \
            m.type == "University" and re.search(r"母校$|(?:本科|硕士|博士|研究生)就读$", lead)  # 向母校某大学捐赠, 博士就读某大学
        if degree and after is not None and after.type == "Person" and after.start == m.end + degree.end():
            school = ctx.university_of(m)
            if school is m and m.text.endswith("系") and ctx.own_body() is not None:
                school = ctx.own_body()  # 中文系78级校友张三: of the article's university
            ctx.emit("alumni-before-name", after, school, sent)  # 某大学校友张三
            continue
        graduate = _GRADUATE_OF.match(text, m.end)
        if graduate and after is not None and after.type == "Person" and after.start == graduate.end():
            ctx.emit("alumni", after, ctx.university_of(m), sent)  # 某大学毕业的张三
            continue
        listed = degree and re.search(rf"(?:{_DEGREES})、$", lead) and re.search(r"(?:是|为|系)", text[sent.start:m.start])
        if not (graduated or degree and (re.search(r"(是|为|系)$", lead) or listed)):  # 是某大学学士、某学院硕士
            continue
        person = next((p for p in reversed(ms[:k]) if p.type == "Person"), None)
        after_de = re.match(r"[^，,。；;、]{0,12}?的", text[m.end:])
        if graduated and after_de and k + 1 < len(ms) and ms[k + 1].type == "Person" and \
                ms[k + 1].start == m.end + after_de.end():
            person = ms[k + 1]  # 毕业于某大学的张三
        if person is None and (ctx.says_pronoun(sent.start, m.start) or k == 0):
            person = ctx.subject_before(m.start)
        if person is not None and lead.endswith(("母校", "作为")) and person.start < ctx.clause(m.start)[0]:
            person = None  # (A、B回报各自母校，C向母校某大学…: only the clause's own person)
        if lead.endswith("作为"):  # 作为某大学毕业生，张三…: the person the clause is about comes after it
            end = ctx.clause(m.start)[1]
            person = next((p for p in ms[k + 1:] if p.type == "Person" and p.start == end + 1), person)
        if person and not (degree and tail.startswith(("教授", "研究员"))):
            together = re.match(r"(?:均|都|同|也都)[^，,。；;]{0,6}$", text[person.end:m.start])  # A、B与C均毕业于某大学: each
            names = [x for x in ms[:k] if x.type in ORG | {"Person"} and x.end <= person.end and x.start >= sent.start]
            for p in people_listed(ctx, names) if together and person in names else [person]:
                ctx.emit("alumni", p, ctx.university_of(m), sent)
            if k + 1 < len(ms) and ms[k + 1].type in ORG and text[m.end:ms[k + 1].start] in ("和", "、", "与", "及"):
                ctx.emit("alumni-coordinated", person, ctx.university_of(ms[k + 1]), sent)  # 就读于A和B


def alumni_listed(ctx: Context, sent: Sentence) -> None:
    """A、B也都是某大学校友 / 创始人都是某大学人：A、B / A、B五位某大企业家 / A、B等某大学校友 (alumni-listed); 我校1994届校友、某公司总裁A
    / 某大学校友、某公司董事长A (alumni-of-title); A、B校友伉俪, 某系A等校友 (alumni-called): people the text
    calls a university's own."""
    text, ms = ctx.text, sent.mentions
    said = [*_ALUMNI_ARE.finditer(text, sent.start, sent.end), *_COUNTED_ALUMNI.finditer(text, sent.start, sent.end)]
    for m in said:
        school = _school_at(ctx, ms, m.start(1), m.end(1))
        if school is None:
            continue
        if text[m.end():m.end() + 1] in "：:" or _NAMED_NEXT.match(text, m.end()):  # …是科大人，分别是A、B
            people = [p for p in ms if p.type == "Person" and m.end() < p.start < ctx.clause(m.end() + 1)[1] + 200
                      and p.end <= sent.end]
        else:
            people = _joined_people(ctx, [p for p in ms if p.type == "Person" and sent.start <= p.start and
                                          p.end <= m.start()])
        for p in people:
            ctx.emit("alumni-listed", p, ctx.university_of(school), sent)
    for p in (p for p in ms if p.type == "Person"):  # 张三，著名的某大学96级某专业毕业生: an apposition
        m = _ALUMNUS_APPOSED.match(text, p.end)
        school = _school_at(ctx, ms, m.start(1), m.end(1)) if m else None
        if school is not None:
            ctx.emit("alumni-listed", p, ctx.university_of(school), sent)
        if _ALUMNUS_BEFORE.search(text, max(sent.start, p.start - 6), p.start):  # 由校友代表张三主持: of the school here
            school = next((u for u in reversed(ms) if u.type == "University" and u.end <= p.start), None) or ctx.own_body()
            if school is not None:
                ctx.emit("alumni-called", p, ctx.university_of(school), sent)
    for went in _WENT_OUT_OF.finditer(text, sent.start, sent.end):  # 从某大学走出的企业家有A、B、C等
        school = _school_at(ctx, ms, went.start(1), went.end(1))
        listed = [p for p in ms if p.type == "Person" and went.end() <= p.start < ctx.clause(went.end())[1]]
        for p in listed if school is not None else ():
            ctx.emit("alumni-listed", p, ctx.university_of(school), sent)
    for p in ms:  # A、B校友伉俪, 某某等校友: people the text calls alumni, of the school it names
        called = (_CALLED_ALUMNI.match(text, p.end) or _AS_ALUMNUS.match(text, p.end)) if p.type == "Person" else None
        if called:
            school = next((u for u in reversed(ms) if u.type == "University" and u.end <= p.start), None) or ctx.own_body()
            before = [x for x in ms if x.type == "Person" and x.end <= p.end]
            counted = called.group().startswith("等") or re.match(r"[\d一二三四五六七八九十两多数]", called.group())
            listed = _joined_people(ctx, before) if counted else list_ending(ctx, ms, p)  # (A、B四位校友: each)
            for q in listed if school else ():  # (某公司董事长A，某公司董事长B校友: B only)
                ctx.emit("alumni-called", q, ctx.university_of(school), sent)
    for start, end, after in _alumnus_then(ctx, sent):
        school = _school_at(ctx, ms, start, end)
        nxt = next((p for p in ms if p.start >= after), None)
        if school is None or nxt is None or not _AGE_GAP.fullmatch(ctx.text, after, nxt.start):
            continue  # (某大校友科技创业 与张三: 张三 is no alumnus)
        person = nxt if nxt.type == "Person" else None
        if person is None and nxt.type in AGENTS:  # 校友、某公司总裁张三 / 校友，某集团创始人、董事长张三
            title = TITLES_RUN.match(text, nxt.end, nxt.end + 16)
            person = person_at(ms, title.end()) if title else None
        if person is not None and not any(c in text[after:person.start] for c in "，,。；;"):
            ctx.emit("alumni-of-title", person, ctx.university_of(school), sent)


def _alumnus_then(ctx: Context, sent: Sentence):
    """(start, end, after) of ``<school>…校友、`` in the sentence: the school (each one named, and
    我校/本校/母校) and where the words that call someone its alumnus end."""
    schools = [(m.start, m.end) for m in sent.mentions if m.type in ("University", "ResearchInstitute")]
    schools += [k.span() for k in OWN_SCHOOL.finditer(ctx.text, sent.start, sent.end)]
    schools += [k.span() for k in _CLASS_OF.finditer(ctx.text, sent.start, sent.end)
                if not any(e == k.start() for _, e in schools)]  # 1965届新闻系校友张三: of the article's own
    for start, end in sorted(set(schools)):
        m = _ALUMNUS_TAIL.match(ctx.text, end, sent.end)
        if m:
            yield start, end, m.end()


def _school_at(ctx: Context, ms: list[Mention], start: int, end: int) -> Mention | None:
    """The university named at text[start:end] (in full, or by a short form of one the article
    names), or the article's own for 我校 / 本校 / 母校."""
    named = next((x for x in ms if x.start == start and x.end == end and x.type in ("University", "ResearchInstitute")),
                 None)
    if named is not None and ctx.university_of(named) is named and named.text.endswith(("系", "学院")) \
            and not named.text.endswith(lexicon.UNIVERSITY_NAMES) and "大学" not in named.text:
        return ctx.own_body()  # 中文系78级校友: a department of the article's university
    if named is None and ctx.text[start:end] in ("该校", "该大学", "这所大学", "这所学校"):
        return ctx.antecedent_org("校", start)  # 都是该校校友: the university named before
    if named is None and ctx.text[start:end] not in ("我校", "本校", "母校") and not _CLASS_OF.fullmatch(ctx.text, start, end):
        return ctx.university_called(ctx.text[start:end])  # 科大校友: the university the article names in full
    if named is not None:
        return named
    return ctx.own_body()


def _joined_people(ctx: Context, people: list[Mention]) -> list[Mention]:
    """The list of people that ends with the last of ``people`` (A、B和C, 某公司创始人A、某公司CEO B)."""
    out = people[-1:]
    for a in reversed(people[:-1]):
        gap = ctx.text[a.end:out[0].start]
        if not re.fullmatch(r"(?:[、，,和及与]|以及)[^，,。；;、]{0,16}", gap):
            break
        out.insert(0, a)
    return out
