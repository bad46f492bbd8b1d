"""Members of lists of organisations, appositions (公司——X) and declared short names."""
from __future__ import annotations

import re

from kg import lexicon
from kg.doc import Mention, Source
from kg.ner.finder import Finder
from kg.ner.people import name_from, name_to
from kg.ner.words import (GENERIC_ITEM, INDUSTRY, NAME_VERBS, PUNCT, REPEATABLE, STOP_WORDS, SUFFIX_CLASS, TITLE_RE, classify_org, generic_org_word, is_chinese_name,
                          list_item)

_BRAND_LIST = re.compile(r"(?<=有|如)((?:[^、，,。；;：:（()）]{2,8}、)+[^、，,。；;：:（()）]{2,8}?)(?=等?[；;。]|（|\()")
_BRAND_BEFORE = re.compile(rf"(?:^|[{PUNCT}])([^{PUNCT}的]{{2,8}}(?:{INDUSTRY.pattern}|光学|医疗|速递))$")
_INVESTORS = re.compile(rf"(?:^|[{PUNCT}由])((?:[^{PUNCT}由的]{{2,10}}?[、和与及])*[^{PUNCT}由的]{{2,10}}?)(?:共同|联合)?(?:领投|跟投|参投)")
_NOT_INVESTOR = re.compile(r"股东|投资方|投资人|机构|资方|基金们|多家|等")
_HEAD_IS = re.compile(rf"(?:^|[{PUNCT}])([^{PUNCT}的]{{2,8}})的 ?(?:联合)?(?:创始人|创办人|CEO|董事长|总裁|总经理) ?(?:是|为)")
_LIST_OPENER = re.compile(r"(?:例如|比如|包括|如|像)?")
_FOUNDED = re.compile(rf"(?:{lexicon.alternation(lexicon.FOUNDING_VERBS)})(?:了)?([^{PUNCT}的了“”\"…]{{2,14}})(?=[{PUNCT}…]|$)")
_QUOTED_BRAND = re.compile(r"“([^“”，,。；;、\d]{2,10})”(?=(?:联合|共同)?创始人|创办人|CEO|董事长|总裁|总经理)")
_FOUNDED_MORE = re.compile(rf"[、和]([^{PUNCT}的了“”\"…和]{{2,6}})(?=[{PUNCT}…和等]|$)")
_BRAND_TAIL = re.compile(rf"[^{PUNCT}的了“”\"]{{1,6}}(?:{INDUSTRY.pattern}|医疗|光学|速递|智行|机器人)")  # 某某医疗
_FOUNDED_KIND = re.compile(r"品牌|团队|工作室|实验室|学校|事业|模式|体系|基地|中心$|集团$|公司$|企业$|[家个所]")
_FUNCTION_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e"}
_OPENING_VERB_TAGS = {"v", "vd"}  # verbs that open a list (持续孵化|某某科技、…)
_MADE_UP_TAGS = {None, "nz", "j", "nr", "nrt", "ns", "eng"}
_AFTER_JOINED = re.compile(r"[、，,。；;\s]|\d|等|$|被|分别|共同|均|都|接替|出任|担任|当选|荣获|入选")
_MEMBER_END = re.compile(rf"[、，,。；;和及与等]|$|(?:{lexicon.alternation(lexicon.SELECTION_VERBS + ('当选', '荣获', '获得'))})")
_PAIR_SEP = re.compile(r"[、，,；;]")  # between ORG PERSON pairs of a list (某大学张三，某研究所李四)
_PEOPLE_SEP = re.compile(r"(?:[（(][^（）()]{1,30}[）)])?[、和与，,；;]")  # 、 or （化学部，某大学）、 between people


def lists_and_appositions(found: Finder) -> None:
    """Short brand names: members of a list that ends in 等…企业/公司, what someone founded
    (创立了某某医疗), and '公司——X'."""
    text = found.text
    item = f"[^{PUNCT}]{{2,10}}"
    for m in re.finditer(rf"((?:{item}、)+{item})等(?:[^{PUNCT}的对为向与由在把将]{{0,8}}?)(企业|公司|机构|平台|厂商)", text):
        for s, e in _members(m, 1):  # A、B与C等…公司
            if s == m.start(1):
                s = _after_opening_words(found, s, e)  # 园区引进了|星某, 管委会与|某某资本
            s = _after_kind(found, s, e)
            if e - s >= 2 and list_item(text[s:e]) and not re.search(r"[的年]", text[s:e]) and not found.places_only(s, e) \
                    and text[s:e] not in SUFFIX_CLASS:  # (集团与…: a bare kind)
                found.add(s, e, classify_org(text[s:e], default="Company"), Source.LIST)
    for m in _BRAND_LIST.finditer(text):  # 某环节有A、B科技等；: a list with a brand in it is a list of companies
        items = [(s.start(), s.end()) for s in re.finditer(r"[^、（(]+", m.group(1))]
        spans = [(m.start(1) + s, m.start(1) + e) for s, e in items]
        if len(spans) >= 2 and any(_brand(found, s, e) for s, e in spans):
            for s, e in spans:
                if 2 <= e - s <= 8 and list_item(text[s:e]) and not found.places_only(s, e):
                    found.add(s, e, "Company", Source.LIST)
    for m in re.finditer(rf"(?:的|[{PUNCT}])([^{PUNCT}的]{{2,8}})等\d+(?:个|家)(?:项目|企业|公司)", text):
        if not GENERIC_ITEM.search(m.group(1)) and not re.search(r"[“”\"‘’]", m.group(1)):  # (“某某”等3个项目: projects)
            found.add(m.start(1), m.end(1), classify_org(m.group(1), default="Company"), Source.LIST)
    for m in _FOUNDED.finditer(text):  # what someone founded, up to the clause's end, is a company:
        name, (s, e) = m.group(1), m.span(1)
        if not list_item(name) or found.places_only(s, e):
            continue
        brand = _BRAND_TAIL.fullmatch(name)  # 创立了某某医疗，
        alone = (len(name) <= 6 and not re.search("[一这该其]", name) and _founded_by_person(found, m.start())
                 and not _FOUNDED_KIND.search(name) and name not in SUFFIX_CLASS
                 and s in found.starts and e in found.ends)  # 张三29岁创立某节、: named alone
        if brand or alone:
            found.add(s, e, "Company", Source.LIST)
            for item in _FOUNDED_MORE.finditer(text, e):  # 创办了X、Y和Z: the others founded too
                if item.start() != e:
                    break
                s2, e2 = item.span(1)
                if not (list_item(item.group(1)) and not found.places_only(s2, e2) and s2 in found.starts
                        and e2 in found.ends and not is_chinese_name(item.group(1))):
                    break  # (the list ends at a member that is no company)
                found.add(s2, e2, "Company", Source.LIST)
                e = e2
    for m in _INVESTORS.finditer(text):  # 由某某中国领投，A、B和C跟投: the investors of a round
        for s, e in _members(m, 1):
            last = found.tokens[found.ends[e]] if e in found.ends else None
            if 2 <= e - s <= 10 and last is not None and last.tag not in ("d", "v", "vn", "ad", "p", "c") and s in found.starts \
                    and list_item(text[s:e]) and not _NOT_INVESTOR.search(text[s:e]) and not is_chinese_name(text[s:e]) \
                    and not found.places_only(s, e):
                found.add(s, e, classify_org(text[s:e], default="Company"), Source.LIST)
    for m in _HEAD_IS.finditer(text):  # 某某的联合创始人是张三: the brand whose head is named
        s = _after_opening_words(found, m.start(1), m.end(1))
        if m.end(1) - s >= 2 and list_item(text[s:m.end(1)]) and not is_chinese_name(text[s:m.end(1)]) \
                and not found.places_only(s, m.end(1)) and not found.common_word(s, m.end(1)):
            found.add(s, m.end(1), classify_org(text[s:m.end(1)], default="Company"), Source.LIST)
    for c in [c for c in found.cands if c.type == "Person" and _MEMBER_END.match(text, c.end)]:
        brand = _BRAND_BEFORE.search(text, max(0, c.start - 10), c.start)  # 如某芯科技|周某、: a brand before a person
        if brand and c.start in found.ends:
            s, e = _after_opening_words(found, brand.start(1), c.start), c.start
            s += len(_LIST_OPENER.match(text, s, e).group())  # 如|某芯科技 (jieba glued 如 on)
            if 4 <= e - s <= 8 and list_item(text[s:e]) and not found.places_only(s, e) and not is_chinese_name(text[s:e - 2]):
                found.add(s, e, "Company", Source.LIST)
    for m in _QUOTED_BRAND.finditer(text):  # “某某狐”创始人张三: a quoted name before its head's title
        if list_item(m.group(1)) and not found.places_only(*m.span(1)):
            found.add(m.start(1), m.end(1), classify_org(m.group(1), default="Company"), Source.LIST)
    for m in re.finditer(r"(?:公司|企业)(?:——|—|－|:|：)([^\s，。；（(]{2,10})(?:[（(][A-Za-z][\w .&-]*[)）])?", text):
        found.add(m.start(1), m.end(1), "Company", Source.APPOSITION)
        latin = re.search(r"[（(]([A-Za-z][\w .&-]*)[)）]", m.group())
        if latin:
            s = m.start() + latin.start(1)
            found.add(s, s + len(latin.group(1)), "Company", Source.APPOSITION)


def _members(m: re.Match, group: int):
    """(start, end) of each member of the list ``m`` matched in ``group``, split at 、与和及."""
    for item in re.finditer(r"[^、与和及]+", m.group(group)):
        yield m.start(group) + item.start(), m.start(group) + item.end()


def _founded_by_person(found: Finder, pos: int) -> bool:
    """Is a person named in the clause before ``pos`` (张三 29 岁|创立)?"""
    start = max(found.text.rfind(c, 0, pos) for c in "，,。；;！？!?\n") + 1
    return any(c.type == "Person" and start <= c.start and c.end <= pos for c in found.cands)


def _brand(found: Finder, start: int, end: int) -> bool:
    """A made-up word and an industry word (某中科技, 某光材料): a company's short name."""
    i, k = found.starts.get(start), found.ends.get(end)
    return i is not None and k is not None and i < k and INDUSTRY.search(found.text, end - 2, end) is not None \
        and found.tokens[i].tag in (None, "nz", "nrt", "nr", "j")


def _after_kind(found: Finder, start: int, end: int) -> int:
    """Where a list member's name starts: after a kind of company before it (上市公司|某某生物)."""
    i = found.starts.get(start)
    if i is not None and generic_org_word(found.tokens[i].text) and found.tokens[i].end < end:
        return found.tokens[i].end
    return start


def _after_opening_words(found: Finder, start: int, end: int) -> int:
    """Where the name ending at ``end`` starts: after the last function word or verb that opens it."""
    k = found.ends.get(end)
    while k is not None and found.tokens[k].start > start:
        t = found.tokens[k - 1]
        if t.tag in _FUNCTION_TAGS or t.text in STOP_WORDS or t.text in lexicon.DOMAIN_WORDS or t.start < start:
            break
        if t.tag in _OPENING_VERB_TAGS and (t.text not in NAME_VERBS or k < 2 or found.tokens[k - 2].tag not in _MADE_UP_TAGS):
            break  # 持续孵化|某某科技 (某疆|创新|科技 is one name)
        k -= 1
    return found.tokens[k].start if k is not None else start


def declared_aliases(found: Finder) -> None:
    """NAME（以下简称“X”）: X is another name of the name before the bracket."""
    for m in lexicon.DECLARED_ALIAS.finditer(found.text):
        name = next((c for c in reversed(found.cands) if c.end == m.start() and c.type != "Title"), None)
        if name is not None:
            found.add(m.start(1), m.end(1), name.type, Source.ALIAS)


def people_in_lists(found: Finder) -> None:
    """After settling: the other members of a list that holds a person are people too where they
    are shaped like a Chinese name (严某、钱某、贝某等; 严某（化学部）、钱某（某大学）), also where the
    tagger called one an organisation."""
    text = found.text
    _paired_people(found)
    grown = True
    while grown:
        grown = False
        ending = {m.end: m for m in sorted(found.mentions, key=lambda m: m.type == "Person") if m.type != "Title"}
        starting = {m.start: m for m in sorted(found.mentions, key=lambda m: m.end - m.start) if m.type != "Title"}
        taken = {k for m in found.mentions for k in range(m.start, m.end)}
        for sep in _PEOPLE_SEP.finditer(text):
            left, right = ending.get(sep.start()), starting.get(sep.end())
            for person, other in ((left, right), (right, left)):
                if person is None or person.type != "Person" or sep.group()[-1] in "，,；;" and other is not right:
                    continue  # (a comma goes on a list only before the next ORG PERSON pair)
                if other is not None and other.type == "Organization" and other.source == Source.MODEL \
                        and len(other.text) <= 3 and is_chinese_name(other.text) and not TITLE_RE.match(text, other.end):
                    other.type = "Person"  # 华某: no organisation among people
                    continue
                if other is not None and other is right and other.type in lexicon.ORG_CLASSES:
                    span = _person_after_org(found, other)  # 张三、某研究院|李四、: each member an ORG PERSON pair
                    if span and not taken & set(range(*span)):
                        found.mentions.append(Mention(*span, "Person", text[span[0]:span[1]], Source.LIST))
                        grown = True
                        break
                    continue
                if other is not None:
                    continue
                if other is right:
                    i = found.starts.get(sep.end())
                    span = name_from(found, i) if i is not None else None
                    if span is None and i is not None:
                        span = _named_like_a_place(found, i)
                    if span and sep.group().endswith(("和", "与")) and not _AFTER_JOINED.match(text, span[1]):
                        span = None  # 张三和|李四 only where the name ends: 张三和学生们 is no list of people
                else:
                    k = found.ends.get(sep.start())
                    span = name_to(found, k) if k is not None else None
                    if span is None and k is not None:
                        span = _named_like_a_place(found, k)
                if span and not taken & set(range(*span)):
                    found.mentions.append(Mention(*span, "Person", text[span[0]:span[1]], Source.LIST))
                    grown = True
                    break
            if grown:
                break
    found.mentions.sort(key=lambda m: (m.start, -m.end))


def _named_like_a_place(found: Finder, i: int) -> tuple[int, int] | None:
    """A name of three characters jieba calls a place (钟某山) but the gazetteer does not know:
    in a list of people, a person."""
    t = found.tokens[i]
    if t.tag == "ns" and len(t.text) == 3 and is_chinese_name(t.text) and t.text not in lexicon.places() \
            and t.text[-1] not in "县市区省州镇乡村岛湖河江路街屯寨礁屿港湾城":
        return t.start, t.end
    return None


def _paired_people(found: Finder) -> None:
    """某大学A、某公司B / 某大学A，某研究所B: where two organisations each have a name shaped like a
    Chinese name right after them, and a list mark joins the pairs, both names are people."""
    text = found.text
    orgs = [m for m in found.mentions if m.type in lexicon.ORG_CLASSES]
    taken = {k for m in found.mentions for k in range(m.start, m.end)}
    people = {m.start: (m.start, m.end) for m in found.mentions if m.type == "Person"}
    for a, b in zip(orgs, orgs[1:]):
        first = people.get(a.end + (text[a.end:a.end + 1] == "的")) or _person_after_org(found, a, loose=True)
        if first is None or not _PAIR_SEP.fullmatch(text, first[1], b.start):
            continue
        second = _person_after_org(found, b, loose=True)
        for span in (first, second) if second else ():
            if not taken & set(range(*span)):
                found.mentions.append(Mention(*span, "Person", text[span[0]:span[1]], Source.LIST))
                taken |= set(range(*span))


def _person_after_org(found: Finder, org: Mention, loose: bool = False) -> tuple[int, int] | None:
    """The name shaped like a Chinese name right after an organisation in a list of people
    (某研究院|李四、 / 某研究所的|王五。), ending where the list goes on or the clause ends;
    ``loose``, also a word of two or three characters jieba does not know (a rare surname: 尧某某)."""
    pos = org.end + (found.text[org.end:org.end + 1] == "的")
    i = found.starts.get(pos)
    span = name_from(found, i) if i is not None else None
    t = found.tokens[i] if i is not None else None
    if span is None and loose and t is not None and t.tag is None and 2 <= len(t.text) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", t.text):
        span = t.start, t.end
    return span if span and _MEMBER_END.match(found.text, span[1]) else None


def _member_type(known: Mention, item: str) -> str:
    """The class of an unknown list member beside a known name: the known one's when that is a
    fund, contest, award or programme and the member ends like it (某某一等奖、某某二等奖), else
    the organisation class the member's suffix says."""
    kind = {"Fund": "基金", "Competition": "赛", "Award": "奖", "Program": "计划"}.get(known.type)
    return known.type if kind and item.endswith(kind) else classify_org(item, default="Company")


def coordinate(found: Finder) -> None:
    """After settling: unknown members of a list that holds organisations are organisations too
    (由A、B（unknown）、C共同发起 -> B is an organisation)."""
    text = found.text
    ms = found.mentions
    names = [m for m in ms if m.type in REPEATABLE - {"Person"}]
    ending = {m.end: m for m in names}
    starting = {m.start: m for m in names}
    covered = [False] * (len(text) + 1)
    for m in ms:
        for k in range(m.start, m.end):
            covered[k] = True
    added = []
    for sep in re.finditer(r"[、和]", text):
        left, right = ending.get(sep.start()), starting.get(sep.end())
        if left and not right:
            item = re.match(rf"[^{PUNCT}、和及]{{1,12}}?奖(?=[{PUNCT}]|$)", text[sep.end():]) if left.type == "Award" else None
            item = item or re.match(rf"[^{PUNCT}、和与及]{{2,10}}?(?=以及|[、和与及]|共同|等(?!奖)|联合|分别)", text[sep.end():])
            # (…、数学与计算机科学奖。: the last award of a list, 与 and all)
            if item and list_item(item.group()) and not found.places_only(sep.end(), sep.end() + item.end()):
                s, e = _after_kind(found, sep.end(), sep.end() + item.end()), sep.end() + item.end()
                if not any(m.start == s and m.end == e for m in ms):
                    added.append(Mention(s, e, _member_type(left, text[s:e]), text[s:e], Source.LIST))
                    ending[e] = added[-1]  # the next member may follow it (X奖、Y奖、Z奖)
        elif right and not left and sep.group() == "、" and re.match(r"[、和与及等]|共同|联合|分别", text[right.end:]):
            item = re.search(rf"(?:^|[{PUNCT}由])([^{PUNCT}、由的]{{2,10}})$", text[max(0, sep.start() - 12):sep.start()])
            if item and list_item(item.group(1)):
                s = sep.start() - len(item.group(1))
                if not any(covered[s:sep.start()]) and not found.places_only(s, sep.start()):
                    added.append(Mention(s, sep.start(), _member_type(right, item.group(1)), item.group(1), Source.LIST))
    if added:
        found.mentions = sorted(ms + added, key=lambda m: (m.start, -m.end))
