"""People next to titles, verbs of saying, degrees and teams; title words; brands before titles."""
from __future__ import annotations

import bisect
import re

from kg import lexicon
from kg.doc import Mention, Source
from kg.ner.finder import Finder
from kg.ner.tokens import STOP_TAGS, is_place_token, tags
from kg.ner.words import (GENERIC_HEAD, INDUSTRY, PEER_WORDS, STOP_WORDS, SUFFIX_CLASS, TEAM, TITLE_RE, is_chinese_name,
                          list_item, wordlike)

_APPOSITION = re.compile(r"(?:^|(?<=[。；;\n，,：:）)]))([\u4e00-\u9fff]{2,3})(?:[，,](?=[^，,。]{2,30}?(?:"
                         + TITLE_RE.pattern + "))|[（(](?=[^，,。（）()]{2,30}?(?:" + TITLE_RE.pattern + ")))")
_DEGREE_RE = re.compile("|".join(sorted(lexicon.DEGREES + PEER_WORDS, key=len, reverse=True)))
_CLAUSE_NAME = re.compile(r"(?:^|(?<=[。；;\n，,：:]))([\u4e00-\u9fff]{2,3})(?=从|在|于|曾|毕业|出生|考上|考入|考取|现任|担任|带领|率队|领衔|"
                          r"凭借|先后|随后|此前|早年|当选|创办|创立|回国|入选|荣获|获得|履新|与|和|也|还|则|已|将|任)")
_CREDIT_ROLE = re.compile(r"(?:" + "|".join(lexicon.CREDIT_ROLES) + r")[ \u3000]*[:：|｜]?[ \u3000]*")
_CREDIT_VERB = re.compile(r"(?:" + "|".join(lexicon.CREDIT_VERBS) + r")(?=[、，,。;；)）\s]|$)")
_DATELINE_CREDIT = re.compile(r"(?:讯|电)[ \u3000]*[（(](?:[^（）()\s，,。]{2,10}[ \u3000]+)?")  # the reporter after a dateline
_CREDIT_GAP = re.compile(r"[ \u3000、，,]*")
_CREDIT_NEXT = re.compile(r"[ \u3000、，,;；。)）\d]|$|" + "|".join(lexicon.CREDIT_ROLES))  # what may follow a name
_NAME_HEADER = re.compile(r"^姓[ \u3000]*名[ \t\u3000]+\S.*$", re.M)  # 姓名 奖项 工作单位
_TABLE_ROW = re.compile(r"[^\n，,。；;：:]+[ \t\u3000][^\n，,。；;：:]+")  # cells apart, no clause punctuation
_ROW_NAME = re.compile(r"([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff·]{2,5})(?=[ \t\u3000])")
_SAYS = re.compile(lexicon.alternation(lexicon.SAYING_VERBS))
_UNKNOWN_NAME = re.compile(r"(?![一二三四五六七八九十两首各该本其])[\u4e00-\u9fff]{2,3}(?<![职务届期])")
_CREW = re.compile(r"等人?(?=(?:共同|联合)?(?:参与|主持|牵头)?(?:完成|研发|研制|发明))")  # 某所张三等人完成的…
_NAME_THEN = re.compile(r"[、，,。；;（(]|和|与|及|等")  # what follows a name in a list of people


def titles(found: Finder) -> None:
    """Title words from the lexicon, grown left over modifiers (长聘副教授, 技术副总裁)."""
    text = found.text
    for m in TITLE_RE.finditer(text):
        if m.end() not in found.ends and not text[m.end():m.end() + 1].isspace():
            continue
        found.add(m.start(), m.end(), "Title", Source.LEXICON)


def lone_titles(found: Finder) -> None:
    """After settling: a title word from the lexicon counts as a title next to a person or after
    an organisation (教授张三, 某大学教授); alone (相关负责人表示) it is just a word, and goes."""
    starts = {m.start for m in found.mentions if m.type == "Person"}
    ends = {m.end for m in found.mentions if m.type != "Title" and m.type != "Person"}
    found.mentions = [m for m in found.mentions if m.type != "Title" or m.source != Source.LEXICON
                      or m.end in starts or m.start in ends]


def brands_heading_people(found: Finder) -> None:
    """After settling: a "person" right before a company head's title and the person who holds it
    is the company (高某|创始人|张三): no person is founder of a person."""
    text, ms = found.text, found.mentions
    for a, b in zip(ms, ms[1:]):
        head = _EXECUTIVE.match(text, a.end + (text[a.end:a.end + 1] == " "))
        brand = a.start in found.starts and all(t.tag in (None, "nr", "nz", "nrt", "j", "eng") for t in found.tokens[
            found.starts[a.start]:found.ends.get(a.end, -1) + 1])  # (吉利汽车原销售|总经理: no name)
        if a.type == "Person" and brand and b.type == "Title" and head and b.start == head.start() and b.end == head.end():
            after = next((c for c in ms if c.start >= b.end), None)
            if after is not None and after.type == "Person" and text[b.end:after.start].strip() == "":
                a.type = "Company"


_GIVEN_TO = re.compile(r"(?:颁给|授予|颁发给|授给|花落)(?:了)?$")
_RECIPIENT = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[，,。；;、）)]|$)")


def recipients(found: Finder) -> None:
    """After settling: the name right after the organisation a prize goes to is its person
    (某奖颁给|某大学|张三，…): a university or institute is not who wins it with a person after it."""
    text = found.text
    taken = {k for m in found.mentions for k in range(m.start, m.end)}
    orgs = [m for m in found.mentions if m.type in lexicon.ORG_CLASSES]
    given = {m.start for m in orgs if _GIVEN_TO.search(text, max(0, m.start - 4), m.start)}
    given |= {m.start for m in orgs if text[m.start - 1:m.start] == "/" and any(o.end == m.start - 1 and o.start in given
                                                                             for o in orgs)}  # 颁给A大学/B大学张三
    for org in orgs:
        name = _RECIPIENT.match(text, org.end)
        k = found.starts.get(org.end)
        unknown = k is not None and found.tokens[k].tag in (None, "nr") and found.tokens[k].end == org.end + 3
        if name and org.start in given and (is_chinese_name(name.group()) or unknown and len(name.group()) == 3) \
                and not taken & set(range(*name.span())) and not found.common_word(*name.span()):
            found.mentions.append(Mention(*name.span(), "Person", name.group(), Source.TITLE_CONTEXT))
    found.mentions.sort(key=lambda m: (m.start, -m.end))


def credits(found: Finder) -> None:
    """People named in a credit line: after a role (记者 张三, 作者：李四、王五), in a dateline's
    brackets (本报讯（张三）) and before a credit verb (张三供稿、李四摄影); a name must end where the
    line goes on to the next one."""
    text = found.text
    for m in _CREDIT_ROLE.finditer(text):
        pos = m.end()
        while True:
            i = found.starts.get(pos)
            span = name_from(found, i) if i is not None else None
            if not span or not _CREDIT_NEXT.match(text, span[1]):
                break
            found.add(*span, "Person", Source.CREDIT)
            pos = _CREDIT_GAP.match(text, span[1]).end()
    for m in _DATELINE_CREDIT.finditer(text):  # 本报讯（张三）, 某网北京8月4日电（李四）, 讯（融媒体中心 王五）
        i = found.starts.get(m.end())
        span = name_from(found, i) if i is not None else None
        if span and text[span[1]:span[1] + 1] in "）)":
            found.add(*span, "Person", Source.CREDIT)
    for m in _CREDIT_VERB.finditer(text):
        k = found.ends.get(m.start())
        span = name_to(found, k) if k is not None else None
        if span:
            found.add(*span, "Person", Source.CREDIT)


def people_by_context(found: Finder) -> None:
    """Names next to a title (教授李明, 李明教授), before a verb of saying (李明表示), at the
    head of an apposition (李明，某大学教授; 李明（某大学校长）), and foreign names with a middle dot."""
    text = found.text
    for m in TITLE_RE.finditer(text):
        if m.start() not in found.starts and m.start() - 1 not in found.ends:
            continue
        after = m.end() + (text[m.end():m.end() + 1] in " \u3000")  # (CEO 某某: one space)
        i = found.starts.get(after)
        span = name_from(found, i) if i is not None else name_inside_token(found, m.end())
        if span is None and i is not None and _UNKNOWN_NAME.fullmatch(found.tokens[i].text) and found.tokens[i].tag is None \
                and _NAME_THEN.match(text, found.tokens[i].end):
            span = found.tokens[i].start, found.tokens[i].end  # 研究员|堵某信、: a word jieba does not know, alone after a title
        if span:
            found.add(*span, "Person", Source.TITLE_CONTEXT)
            brand_before(found, m.start())
        k = found.ends.get(m.start())
        span = name_to(found, k) if k is not None else None
        if span and (span[0] == 0 or text[span[0] - 1] in "，,、的：:（(“”-—– \n" or span[0] in found.name_ends
                     or _person_word_before(found, span[0])):
            found.add(*span, "Person", Source.TITLE_CONTEXT)
    for k, t in enumerate(found.tokens[:-1]):
        if len(t.text) >= 3 and t.text.endswith("者") or t.text in lexicon.ROLE_NOUNS:
            span = name_from(found, k + 1)  # 重要贡献者|某某、, 技术先锋|某某、: a role before a name
            if span and re.match(r"[、，,。；;等）)]|$", text[span[1]:span[1] + 1]):
                found.add(*span, "Person", Source.TITLE_CONTEXT)
    for m in _DEGREE_RE.finditer(text):
        i = found.starts.get(m.end())
        span = name_from(found, i) if i is not None else None
        if span:
            found.add(*span, "Person", Source.TITLE_CONTEXT)
    for m in _SAYS.finditer(text):
        k = found.ends.get(m.start())
        span = name_to(found, k) if k is not None else None
        if span and (span[0] == 0 or text[span[0] - 1] in "，,。；;、：:“\n" or span[0] in found.name_ends):
            found.add(*span, "Person", Source.TITLE_CONTEXT)
    for m in _CLAUSE_NAME.finditer(text):
        k = found.ends.get(m.end(1))
        span = name_to(found, k) if k is not None else None
        if span and span[0] == m.start(1) and None in (found.tokens[k].tag, found.tokens[found.starts[span[0]]].tag):
            found.add(*span, "Person", Source.TITLE_CONTEXT)  # ，张三从…毕业; 曾某|新从 (a word jieba made up in it)
    for m in _APPOSITION.finditer(text):
        k = found.ends.get(m.end(1))
        span = name_to(found, k) if k is not None else None
        if span and span[0] == m.start(1):
            found.add(*span, "Person", Source.TITLE_CONTEXT)
    for m in re.finditer(r"[\u4e00-\u9fff]·[\u4e00-\u9fff]", text):
        s, e = name_part(found, m.start() + 1, -1), name_part(found, m.end() - 1, 1)
        while text[e:e + 1] == "·" and name_part(found, e + 1, 1) - e >= 3:
            e = name_part(found, e + 1, 1)  # 雷欧·拉斐尔·莱夫: more than one dot
        quoted = text.rfind("“", 0, s) > text.rfind("”", 0, s)
        if text[s] in "由为被在将把从对" and m.start() - s >= 2:
            s += 1  # 由|史克威尔·艾尼克斯
        places = lexicon.places()
        if not quoted and m.start() + 1 - s >= 2 and e - (m.end() - 1) >= 2 and text[s:m.start() + 1] not in places \
                and text[m.end() - 1:e] not in places:  # (某区·武汉…: places joined, no foreign name)
            found.add(s, e, "Person", Source.DOT_NAME)


def table_rows(found: Finder) -> None:
    """The first cell of each row of a table whose header starts 姓名 is a person, also where a
    space pads a two-character name to the width of three (谢 毅)."""
    text = found.text
    for header in _NAME_HEADER.finditer(text):
        pos = header.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = _ROW_NAME.match(text, pos, end)
            if not _TABLE_ROW.fullmatch(text, pos, end) or not row:
                break
            if is_chinese_name(row.group(1).replace(" ", "").replace("\u3000", "")):
                found.add(pos, row.end(1), "Person", Source.TABLE)
            pos = end + 1


def team_members(found: Finder) -> None:
    """ORG P1、P2团队 / ORG P1等人完成的…: the people named between an organisation and 团队 or 等人."""
    for m in [*TEAM.finditer(found.text), *_CREW.finditer(found.text)]:
        items_end = m.start()
        head = re.search(rf"((?:[\u4e00-\u9fff·]{{2,4}}、)*[\u4e00-\u9fff·]{{2,4}}?)(?:{TITLE_RE.pattern})?(?:等)?"
                         r"(?:研究|科研|创新|技术)?$", found.text[max(0, items_end - 40):items_end])  # (张三院士|团队)
        if not head:
            continue
        start = items_end - len(head.group())
        # the list must follow a name closed by a suffix (兰州大学|张三、李四团队)
        for cut in range(start, start + len(head.group(1))):
            if cut in found.name_ends and found.text[cut - 1] not in "、":
                names = found.text[cut:start + len(head.group(1))].split("、")
                if all((is_chinese_name(n) or "·" in n) and not re.search("[他她它们的我你]", n) for n in names):  # (和他的团队)
                    pos = cut
                    for n in names:
                        found.add(pos, pos + len(n), "Person", Source.TEAM)
                        pos += len(n) + 1
                    break


def _person_word_before(found: Finder, pos: int) -> bool:
    """Does a noun for people end at ``pos`` (某奖得主|张三院士, 校友|李四教授)?"""
    k = found.ends.get(pos)
    return k is not None and (found.tokens[k].text in lexicon.PERSON_NOUNS or found.tokens[k].text in lexicon.DEGREES)


def name_inside_token(found: Finder, pos: int) -> tuple[int, int] | None:
    """官程立: jieba glued the end of a title to the name after it."""
    t = next((t for t in found.tokens[bisect.bisect_right(found.token_starts, pos) - 1:][:1]
              if t.start < pos < t.end), None)
    if t is not None and t.tag is None and 2 <= t.end - pos <= 3 and is_chinese_name(found.text[pos:t.end]):
        return pos, t.end
    return None


def name_from(found: Finder, i: int) -> tuple[int, int] | None:
    """A Chinese personal name starting at token i (李明 | 罗文|杰 | 李|明)."""
    toks = found.tokens
    t1 = toks[i]
    t2 = toks[i + 1] if i + 1 < len(toks) else None
    if (t2 and len(t1.text) == 2 and len(t2.text) == 1 and (t1.tag in (None, "nr", "nrfg") or t1.text in lexicon.SURNAMES)
            and t2.tag not in STOP_TAGS | {"v", "m", "vn"} and t2.text not in lexicon.BOUNDARY_WORDS
            and t2.text not in lexicon.CREDIT_VERBS  # 王某|摄
            and "\u4e00" <= t2.text <= "\u9fff" and is_chinese_name(t1.text + t2.text)):
        return t1.start, t2.end
    if len(t1.text) == 3 and t1.tag is None and t1.text[2] in "于为在到是说及与摄" and is_chinese_name(t1.text[:2]):
        return t1.start, t1.start + 2  # 管某|于2014年, 冯某|及, 王某|摄: jieba glued a preposition, a conjunction or a credit on
    if 2 <= len(t1.text) <= 3 and t1.tag in (None, "nr", "nrfg", "nrt") and is_chinese_name(t1.text):
        return t1.start, t1.end
    if len(t1.text) == 1 and t1.text in lexicon.SURNAMES and t2 and len(t2.text) <= 2 and is_chinese_name(t1.text + t2.text) \
            and not (t1.tag in ("c", "p") and len(t2.text) == 2 and t2.tag is not None) \
            and t2.text not in lexicon.BOUNDARY_WORDS and (t2.tag not in STOP_TAGS or t2.tag == "d" and len(t2.text) == 2):
        glued = found.text[t2.start + 1:t2.start + 3]
        if len(t2.text) == 2 and tags().get(glued) in ("v", "p", "c", "d", "vn"):
            return t1.start, t2.start + 1  # 吴|昊凭|借: the name ends where 凭借 begins
        if t2.tag in ("v", "vn", "vd"):
            t3 = toks[i + 2] if i + 2 < len(toks) else None
            if len(t2.text) == 1 and (t3 is None or not wordlike(t3.text) or _SAYS.fullmatch(t3.text)):
                return t1.start, t2.end  # 程|立、: a one-character given name that is also a verb
            # 李|明说: jieba glued the verb to the given name
            return (t1.start, t2.start + 1) if len(t2.text) == 2 and t2.text[1] in "说称讲道" else None
        return t1.start, t2.end
    return None


def name_to(found: Finder, k: int) -> tuple[int, int] | None:
    """A Chinese personal name ending with token k (…李明 | 罗文|杰 | 李|明)."""
    toks = found.tokens
    t = toks[k]
    if 2 <= len(t.text) <= 3 and t.tag in (None, "nr", "nrfg") and is_chinese_name(t.text):
        return t.start, t.end
    if k > 0:
        p = toks[k - 1]
        both = p.text + t.text
        if len(both) in (2, 3) and is_chinese_name(both) and p.tag in (None, "nr", "nrfg", "nrt", "ng", "n") \
                and t.tag not in STOP_TAGS | {"v", "vn", "m"} and t.text not in lexicon.BOUNDARY_WORDS \
                and all("\u4e00" <= c <= "\u9fff" for c in both) and not is_place_token(p):
            return p.start, t.end
    return None


def name_part(found: Finder, pos: int, step: int) -> int:
    """How far a transliterated name runs from the middle dot at ``pos`` (step -1: left, 1: right)."""
    i = found.ends.get(pos) if step < 0 else found.starts.get(pos)
    edge = pos
    while i is not None and 0 <= i < len(found.tokens):
        t = found.tokens[i]
        if t.tag not in (None, "nr", "nrt", "nrfg", "ns", "nz") and len(t.text) > 1 or \
                t.text in lexicon.BOUNDARY_WORDS or t.tag in STOP_TAGS or not wordlike(t.text) or \
                t.text in "·（）()“”\"" or re.search(r"[\d%％]", t.text):
            break  # (占26.9%|比尔·盖茨: a figure is no part of a name)
        edge = t.start if step < 0 else t.end
        i += step
    return edge


UNIT_ENDS = set("部处室科办厅局委")  # how the name of a body's unit ends
_EXECUTIVE = re.compile(r"(?:联合|共同)?创始人|创始合伙人|CEO|总裁|董事长|总经理|CTO")  # the heads of a company


def led_company(found: Finder, start: int, pos: int, inner: list) -> bool:
    """A list member of common words before the title of a company's head (、某某出行|总裁张三、,
    、小某桌|联合创始人李四、): a company's short name, where the member is all it holds."""
    text = found.text
    name = text[start:pos]
    return bool(_EXECUTIVE.match(text, pos)) and 2 <= len(name) <= 6 and (start == 0 or text[start - 1] in "、，,：:") \
        and all(x.tag not in STOP_TAGS and x.text not in STOP_WORDS and x.text not in lexicon.PERSON_NOUNS for x in inner) \
        and list_item(name) and not is_chinese_name(name) and name not in SUFFIX_CLASS and not found.places_only(start, pos) \
        and not GENERIC_HEAD.fullmatch(name)


def brand_before(found: Finder, pos: int) -> None:
    """A short company name right before a title: 星河科技总经理 -> 星河科技."""
    k = found.ends.get(pos)
    if k is None or pos in found.name_ends or found.text[pos - 1] in UNIT_ENDS:
        return  # (团市委组宣部|部长: a department, no brand)
    t = found.tokens[k]
    proper = lambda x: x.tag in (None, "nz", "nrt", "nr", "j", "eng") and len(x.text) >= 2  # noqa: E731
    start = max(found.text.rfind(c, 0, pos) for c in "、，,：:；;。！？\n（()）“”《》 ") + 1
    i = found.starts.get(start)
    inner = found.tokens[i:k + 1] if i is not None else []
    member = inner and (3 <= pos - start <= 8 and (
        INDUSTRY.search(found.text, pos - 2, pos) and inner[0].tag not in STOP_TAGS and inner[0].text not in STOP_WORDS
        and not any(len(x.text) > 1 and (x.text in STOP_WORDS or x.tag == "v" or x.tag in STOP_TAGS) for x in inner)
        or len(inner) <= 2 and all(x.tag in (None, "nz", "nrt", "nr", "j", "eng") for x in inner)
        and not is_chinese_name(found.text[start:pos]))
        or led_company(found, start, pos, inner) and (pos - start > 2 or all(
            x.tag in (None, "nz", "j", "eng", "nrt") for x in inner)))  # (品牌|创始人: a common noun)
    if member:
        found.add(start, pos, "Company", Source.LIST)  # the whole list member before the title: 、某从科技|创始人
    elif INDUSTRY.fullmatch(t.text) and k > 0 and proper(found.tokens[k - 1]):
        found.add(found.tokens[k - 1].start, pos, "Company", Source.LIST)
    elif proper(t) and t.tag != "nr" and not is_chinese_name(t.text) and t.text[-1] not in "任为是":
        found.add(t.start, pos, "Company", Source.LIST)  # (局长中任|局长: a verb jieba glued on, no brand)
