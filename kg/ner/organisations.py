"""Names closed by a class suffix (…有限公司, …研究所, …高新区, …基金, …大赛), grown leftwards
over name-like tokens."""
from __future__ import annotations

import re

from kg import lexicon
from kg.doc import Source
from kg.ner.finder import Finder
from kg.ner.people import name_to
from kg.ner.tokens import NAME_TAGS, STOP_TAGS, Token, is_place_token, tags
from kg.ner.words import (DEPARTMENT, GENERIC_HEAD, LEGAL_END, LOOKALIKE_END, MINISTRY_RE, NAME_VERBS, PUNCT, STOP_WORDS, SUFFIX_CLASS,
                          SUFFIX_RE, TITLE_SET, classify_org, generic_org_word, is_chinese_name, suffix_class,
                          suffix_class_word, wordlike)

_OPEN_CLOSE = {"）": "（", ")": "(", "”": "“"}
_MAX_NAME = 32
_NUMBERED_UNITS = set("局所院处")  # 二十二局, 七〇五所: a numbered unit
_COUNT = re.compile(r"[\d.]+.*|[一二三四五六七八九十两百千万亿]+(?:家|个|名|位|项|所|批|元)?|[年月日号]")  # not 三维, 百岁
_WEAK_ZONE_SUFFIXES = {"工业园区", "工业园", "产业园区", "产业园", "科技园", "软件园", "产业基地", "生态园", "创业园",
                       "科创园", "创新园", "孵化园", "科学园", "创意园"}
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零\d]+届$")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9]|[A-Za-z]")
_CORPORATE_TAIL = re.compile(r"(?:股份|集团|控股)?(?:股份)?有限(?:责任)?公司|(?:股份)?有限公司|分公司|分行|支行|总行|"
                             r"控股|股份|[^，,。；;]{0,12}(?:分行|支行|分公司)|(?:管理)?(?:公司|中心)|合伙企业")
_ALUMNI_SCHOOL = re.compile(rf"[^，,。；;、]{{2,12}}?(?:{lexicon.alternation(lexicon.UNIVERSITY_NAMES)})(?=(?:[\u4e00-\u9fff]{2,3}?)?校友(?:总|分)?会)")  # 某学院|(某地)校友会
_INNER_UNIVERSITY = re.compile(r"[^，,。；;、]{2,12}?大学(?:[（(][\u4e00-\u9fff]{2,4}[）)]|[\u4e00-\u9fff]{2,6}分校)?(?=[^，,。；;、]{2,}(?:学院|系|研究院|研究所|中心|实验室|医院)$)")
_STOP_KIND_WORDS = {"基金", "公司", "企业", "集团", "项目", "计划", "大赛", "比赛", "平台", "机构"}
_LEGAL_FORM = re.compile(r"[（(]有限合伙[）)]")
_CAMPUS = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
_REGIONS = {"华东", "华南", "华北", "华中", "西南", "西北", "东北", "港澳台", "海外"}
_TRACK = re.compile(r"([（(])?(?P<place>[\u4e00-\u9fff]{2,6}?)(?:分赛区|赛区|选拔赛|区域赛|分赛|赛)(?(1)[）)])")
_KIND_ADJECTIVES = re.compile(r"(?:大型|中型|小型|中小|民营|国有|私营|外资|合资|上市|龙头|头部|独角兽|一家|一所|多家|各大|知名|著名)+")
_EDITION_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?:年度?)?$")  # 2019|第六届, 2015年|第四届
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d年度?$")
_EDITION_HEAD = re.compile(r"(?:(?:19|20)\d\d年?)?(?:第[一二三四五六七八九十百零\d]+届|首届)")
_NAMES_WITH_PEOPLE = {"Organization", "Fund", "Competition", "Award", "Program"}  # 校友总会, 大学生创业大赛


_FUND_KIND = re.compile(lexicon.alternation(lexicon.FUND_KIND_WORDS))
_SET_UP_BEFORE = re.compile(rf"(?:{lexicon.alternation(lexicon.SETUP_VERBS)}|建设)(?:了)?(?:[^，,。；;]{{0,16}}的)?$")
_SET_UP_AFTER = re.compile(r"(?:将|已)?(?:由|正式成立|成立|设立|落地)")
_NOT_FUND_HEAD = re.compile(r"[只支个期首该本此这那其各类家]|\d")  # 首只, 该类, 二期: counts and determiners
_AWARD_LEAD = re.compile(f"(?:{lexicon.alternation(lexicon.AWARD_LEADS)})?")
_LEGAL_STOPS = set("由在和与及将从对向被把的是为等获")  # what ends even a legal name
_ENDING_TAGS = {"p", "c", "r"}  # prepositions, conjunctions, pronouns: no name but a legal one runs over them
_NUMBERED_INSTITUTE = re.compile(r"((?:中电科|航天科工|航天科技|中船|兵器)?(?:\d{2,3}|[一二三四五六七八九][〇零一二三四五六七八九十]{1,2})所)"
                                 r"(?![高大学院医中小本市省国])")  # (三所高校, 12所本市院校: a count)
_GLUED_AFTER = set("由为和与及等获被在将")
_CLASSIFIERS = set("只支个家项名位")  # after a number: 3只|子基金
_GLUED_VERB_END = set("任于在是有现")  # the verb or preposition an unknown word of jieba's may end in
_VERBS_BEFORE_NAMES = {w for w in lexicon.BOUNDARY_WORDS if len(w) == 2 and tags().get(w) == "v"} - {"联合"}
_THIS_ONE = {*lexicon.THIS_EDITION, "本届", "本场", "这场", "该场", "此场", "每场", "首场", "一场", "历届", "往届", "各届"}  # this contest or match


_JOINED_ON = re.compile("[及和与、]*")
_DEPARTMENT_OF = re.compile(r"[\u4e00-\u9fff]{2,12}?司(?=副?司长|[，,。；;、）)和与及]|$)")  # 某部|高等教育司
_PARTY_HOSTS = ("Bank", "Company", "University", "ResearchInstitute")  # bodies whose party committee is part of them
_CAMPUS_END = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)]$")
_GLUED_BEFORE_SHORT = _LEGAL_STOPS | set("任而原现于曾赴到")  # and verbs of moving and 'former' (任|吉大, 原|山大)
_SHORT_PARTS = {None, "j", "nz", "nt", "ns", "f"}  # what a short name is made of (港|科大, 上|科大, 福建|农大)
_NOT_UNIVERSITIES = {"人大", "全国人大"}  # the people's congress (adjectives in 大 are no abbreviations: their tags say so)
_SCHOOL_AFTER = re.compile(r"党委|校长|副校长|校友|教授|副教授|讲师|毕业|学生|学子|师生|本科|硕士|博士|研究生|在读|校园|校区|附属|"
                           r"校庆|建校|办学|贫困学生|捐资|"
                           r"医学院|[^，,。；;、\s]{2,8}学院|[^，,。；;、\s]{2,8}系(?![统列])")
_SCHOOL_BEFORE = re.compile(r"(?:毕业于|就读于|求学于|考入|考上|任教于|执教于|来到|回到|母校|捐资|捐赠|捐给|支持|汇聚到)$")
_NAME_PART_TAGS = {"nt", "nz", "j", "eng", "nrt", "x"}  # what a name before a place is made of (某集团|某市分公司)
_SENTENCE_TAGS = ("v", "a", "d", "k", "r", "p", "c", "u", "l")  # verbs, adverbs, adjectives, particles: words of a sentence
_NAME_OPENERS = {"中国", "中华", "国家", "中共", "共青团", "国网", "国际", "全国", "驻"}
_TAGGED = (Source.MODEL, Source.TITLE_CONTEXT)  # the tagger's people (those after a title it is sure of)


def suffix_names(found: Finder) -> None:
    """Names closed by a class suffix, grown leftwards over name-like tokens."""
    text = found.text
    for m in SUFFIX_RE.finditer(text):
        end = m.end()
        last = found.ends.get(end)
        if last is None and text[end:end + 1] in _GLUED_AFTER and end + 1 in found.ends \
                and m.start() <= found.tokens[found.ends[end + 1]].start < end:
            last = found.ends[end + 1]  # 某某科学技术奖由|…: jieba glued a preposition onto the suffix
        if last is None:
            continue
        suffix = m.group()
        cls = SUFFIX_CLASS[suffix]
        if last == found.ends.get(end) and (not real_suffix(found, end, suffix)
                                            or found.tokens[last].text in lexicon.KINDS_OF_BODY):
            continue  # 开局, 布局: words that merely end in 局; 某某上市公司: a kind of company
        if cls == "Program":
            continue  # programmes are only names after 入选 or in quotes (relations/quoted_names)
        start = grow_left(found, last, cls)
        if start is None:
            continue
        start = _tagger_start(found, fix_start(found, start, end, cls), end)
        legal_form = _LEGAL_FORM.match(text, end)
        if legal_form and cls == "Fund":
            end = legal_form.end()  # 某某投资基金合伙企业（有限合伙）
        campus = _CAMPUS.match(text, end)
        if campus and cls in ("University", "ResearchInstitute") and (
                campus.group(1) in lexicon.places() or campus.group(1) in _REGIONS):
            end = campus.end()  # 某石油大学（华东）
        track = _TRACK.match(text, end) if cls == "Competition" else None
        if track and (track.group("place") in lexicon.places() or track.group("place") in _REGIONS):
            end = track.end()  # 某某大赛甘肃赛区, 某某大赛(浙江赛区), 某某大赛港澳台赛, 某某大赛云南省选拔赛: its track
        if cls == "Award":
            start += len(_AWARD_LEAD.match(text, start, end).group())  # 首个|某某杰出贡献奖
            start = max([start] + [c.end for c in found.cands if c.source in _TAGGED and c.type == "Person"
                                   and start < c.end < m.start()])  # 授予…张三|某省某某奖
        else:
            person = max([c.end for c in found.cands if c.source == Source.TITLE_CONTEXT
                          and start < c.end < m.start()], default=None)
            start = _JOINED_ON.match(text, person, m.start()).end() if person else start
            # 副市长张三|致大赛开幕词, 副主任何某|及某集团: the person after a title is no part of the name
        name = text[start:end]
        if suffix == "大学" and text.startswith("子", end) and end - start <= 5:
            found.add(start, end - 1, "University", Source.SHORT_NAME)  # 某科大|学子: students of a school by its short name
            continue
        if cls == "Fund" and text.startswith("会", end) or suffix == "中心" and text[m.start() - 1] in "市城镇区县":
            continue  # 基金会; 市中心 is downtown
        if LEGAL_END.search(text, start, m.start()) and DEPARTMENT.fullmatch(text[LEGAL_END.search(
                text, start, m.start()).end():end]):
            continue  # 某某有限公司|研发中心: the company is the name, the department goes into a title
        if suffix == "党委" and (suffix_class(_CAMPUS_END.sub("", text[start:m.start()])) in _PARTY_HOSTS or any(
                c.end == m.start() and c.start <= start and c.type in _PARTY_HOSTS + ("Organization",) for c in found.cands)):
            continue  # 某银行|党委副书记, 某大学（北京）|党委, 某大|党委: the party committee goes into the title
        if cls == "Fund" and name.endswith(lexicon.PROGRAMME_FUNDS):
            found.add(start, end, "Program", Source.SUFFIX)  # 国家杰出青年科学基金: a talent programme by its own words
            continue
        year = _YEAR_BEFORE.search(text, max(0, start - 7), start) if cls == "Competition" else None
        if year and len(name) > len(suffix) and not is_proper(found, start, end, suffix) and not GENERIC_HEAD.fullmatch(
                text[start:m.start()]):
            start, name = year.start(), text[year.start():end]  # 2021年|某某女大学生创新创业大赛: a dated edition is a name
        elif len(name) <= len(suffix) or not (is_proper(found, start, end, suffix) or
                                             cls == "Zone" and short_zone_name(found, start, end - len(suffix))
                                             or cls == "Award" and _named_again(found, start, end, suffix)):
            continue
        if suffix in _WEAK_ZONE_SUFFIXES and not is_proper(found, start, end, suffix, places=False) \
                and re.search(r"[省市县区]$", name[:-len(suffix)]):
            continue  # 某市工业园区: a kind of place, not a named zone (合肥经开区 is one)
        found.add(start, end, classify_org(name) if cls in lexicon.ORG_CLASSES else cls, Source.SUFFIX)
        inner = _INNER_UNIVERSITY.match(name) or _ALUMNI_SCHOOL.match(name)
        if inner and inner.end() < len(name) and start + inner.end() in found.ends:
            found.add(start, start + inner.end(), "University", Source.SUFFIX)  # 某大学|物理学院, 某学院|校友会


def _named_again(found: Finder, start: int, end: int, suffix: str) -> bool:
    """Is an award of common words (未来科学大奖) a name: a head of four characters or more, not a
    kind of award, that the text uses again word for word?"""
    head = found.text[start:end - len(suffix)]
    return len(head) >= 4 and not GENERIC_HEAD.fullmatch(head) and not kind_somewhere(head) \
        and found.text.count(found.text[start:end]) >= 2


def numbered_institutes(found: Finder) -> None:
    """Institutes named by their number (七〇五所, 中电科29所, 第二十八研究所 is a suffix name)."""
    for m in _NUMBERED_INSTITUTE.finditer(found.text):
        if found.text[m.start(1) - 1:m.start(1)] not in ("等", "共", "有", "近", "约"):  # (某大学等12所: a count)
            found.add(m.start(1), m.end(1), "ResearchInstitute", Source.SUFFIX)


def ministry_departments(found: Finder) -> None:
    """A ministry's department (某部高等教育司, 某委创新和高技术发展司): the ministry, then words, then 司."""
    for m in MINISTRY_RE.finditer(found.text):
        dept = _DEPARTMENT_OF.match(found.text, m.end())
        if dept and not dept.group().endswith("公司"):
            found.add(m.start(), dept.end(), "GovernmentAgency", Source.SUFFIX)


def short_universities(found: Finder) -> None:
    """A university by its short name (某大, 某科大, 某省农大): a word jieba does not know or calls an
    abbreviation, ending in 大, with the short words or places before it (港|科大), before a word
    of school life (党委, 校长, 教授, 校友, 毕业…) or after one (毕业于, 就读于, 考入)."""
    text, toks = found.text, found.tokens
    for k, t in enumerate(toks):
        if not t.text.endswith("大") or t.text in _NOT_UNIVERSITIES or len(t.text) > 4:
            continue
        if not _SCHOOL_AFTER.match(text, t.end) and not any(_SCHOOL_BEFORE.search(text, max(0, toks[j].start - 4), toks[j].start)
                                                          for j in range(max(0, k - 2), k + 1)):
            continue  # (毕业于|福建|农大: the word before the whole name)
        j, start = k, t.start + (len(t.text) >= 3 and t.tag is None and t.text[0] in _GLUED_BEFORE_SHORT)  # 任|吉大
        while j > 0 and t.end - toks[j - 1].start <= 4 and toks[j - 1].tag in _SHORT_PARTS \
                and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", toks[j - 1].text) \
                and (len(toks[j - 1].text) == 1 or toks[j - 1].tag in (None, "ns")):
            j -= 1  # 某|科大, 某省|农大, 某信|大 (not 某旦|交大: two names)
            start = toks[j].start
            if toks[j].tag is None and toks[j].text[0] in _GLUED_BEFORE_SHORT:
                start += 1  # 任吉|大, 原山|大: jieba glued a verb or a word for 'former' on
                break
        name = text[start:t.end]
        if len(name) < 2 or name in lexicon.places() or name in _NOT_UNIVERSITIES or j == k and t.tag not in _SHORT_PARTS:
            continue
        found.add(start, t.end, "University", Source.SHORT_NAME)


def _tagger_start(found: Finder, start: int, end: int) -> int:
    """Where the tagger starts the same name, when it leaves out a few characters before it
    that hold a verb, a preposition or a number (现为|某学会, 回老家|某公安局, 2月任|某公司)."""
    tagged = [c.start for c in found.cands if c.source == Source.MODEL and c.end == end and start < c.start <= start + 5
              and c.type != "Title"]
    if not tagged:
        return start
    cut = min(tagged)
    i, k = found.starts.get(start), found.starts.get(cut)
    if i is None or k is None:
        return start
    lead = found.tokens[i:k]
    if len(lead) == 2 and is_place_token(lead[0]) and lead[1].text == "和":
        return start  # 兰州和|某堂制药股份有限公司 (grow_left took 和 into a legal name after its place)
    if any(t.tag in ("v", "p", "d", "m", "t", "r", "c", "vn") or re.search(r"\d", t.text) for t in lead):
        return cut
    return start


def real_suffix(found: Finder, end: int, suffix: str) -> bool:
    """No word that merely ends like a suffix (布局, 购物中心); and a one-character suffix must be a
    word of its own (局长's 局 is, 产业布局's is not)."""
    last = found.tokens[found.ends[end]] if end in found.ends else None
    if LOOKALIKE_END.search(found.text, max(0, end - 6), end):
        return False  # 布局, 报告厅, 购物中心
    return len(suffix) > 1 or last is not None and (last.text == suffix or len(last.text) >= 3
                                                    or last.tag == "nt")


def _edition_owner(found: Finder, j: int) -> int | None:
    """Where the place or year that token j ends and an edition follows starts (某省|第七届,
    2015年|第四届), with a quoted cup before the place (“某银行杯”某省|第七届); None if neither."""
    toks, text = found.tokens, found.text
    year = _EDITION_YEAR.search(text, max(0, toks[j].end - 7), toks[j].end)
    if year:
        return year.start()
    if toks[j].text in ("省", "市", "区", "县") and j > 0 and is_place_token(toks[j - 1]):
        j -= 1  # 某川|省|第七届
    if not is_place_token(toks[j]):
        return None
    place = toks[j].start
    cup = re.search(r"“[^“”，,。]{1,12}杯”$", text[max(0, place - 16):place])
    return place - len(cup.group()) if cup else place


def _common_words(found: Finder, lo: int, hi: int) -> bool:
    """Are tokens lo..hi-1 common words only (创业投资|管理), no name a legal name could start with?"""
    return lo < hi and all(t.tag in ("n", "vn", "v", "l", "an") and not is_place_token(t) and t.text not in SUFFIX_CLASS
                           for t in found.tokens[lo:hi])


def kind_before_place(found: Finder, j: int) -> bool:
    """Is token j a kind of body (赞助企业, 高校) before a name that starts with its place or is one of
    jieba's (中国某银行)?"""
    w = found.tokens[j].text
    return (w == "企业" or w in lexicon.KINDS_OF_BODY) and j + 1 < len(found.tokens) and (
        is_place_token(found.tokens[j + 1]) or found.tokens[j + 1].tag == "nt")  # (中国建设银行 is jieba's whole name)


def grow_left(found: Finder, i: int, cls: str) -> int | None:
    """Start of the name whose last token is ``tokens[i]``; None if it can't be a name."""
    toks, text = found.tokens, found.text
    start = toks[i].start
    j = i - 1
    open_needed = None
    legal = text.endswith(("有限公司", "有限责任公司"), 0, toks[i].end)
    while j >= 0:
        t = toks[j]
        w = t.text
        if open_needed:
            start = t.start
            if w == open_needed:
                open_needed = None
            j -= 1
            continue
        if cls == "Award" and w in ("成果", "项目") and j > 0 and toks[j - 1].text == "”":
            break  # 完成的“某某冷凝器”成果|某市技术发明奖: the work that won, then the award
        if w in _OPEN_CLOSE:
            opener = text.rfind(_OPEN_CLOSE[w], max(0, t.start - 12), t.start)
            quoted = text[opener + 1:t.start]
            if opener < 0 or any(c in PUNCT for c in quoted) or quoted in STOP_WORDS or tags().get(quoted) == "v" \
                    or _LEGAL_FORM.fullmatch(text, opener, t.end) or w in "）)" and _bracketed_person(quoted):
                break  # “加盟”|某某大学: a quoted verb opens the name; （有限合伙）|及某某资本 closes the one before;
                # 本报讯（张三）|某市某园: a reporter's name in brackets
            open_needed = _OPEN_CLOSE[w]
            start = t.start
            j -= 1
            continue
        if w in "“（(" or "%" in w or "％" in w:
            break  # (充足率刚过8%|某银行)
        if w[0] in _CLASSIFIERS and j > 0 and _COUNT.fullmatch(toks[j - 1].text):
            break  # 3|只子|基金: a count and its classifier before a kind of fund
        if t.tag is None and len(w) >= 2 and w[-1] in _GLUED_VERB_END \
                or w[-1] == "为" and (len(w) == 2 or len(w) == 3 and t.tag is None) and t.tag not in NAME_TAGS \
                and not legal:
            break  # 李永苍任|某委员会, 时于|某大学, 管理人为|某银行: a word ending in a verb (not in 某医为特…有限公司)
        if len(w) >= 2 and (w in lexicon.APPOINTMENT_VERBS or w in lexicon.LEADING_TENURE):
            break  # 现为|某某控股有限公司: the post's verb, before any kind of name
        if kind_before_place(found, j):
            break  # 赞助企业|中国某银行: a kind of body before a name that starts with its place
        if len(w) == 2 and t.tag is None and w[1] in "本该此这其":
            break  # 任本|公司: jieba glued a verb onto a determiner
        if len(w) > 2 and w[-2:] in _VERBS_BEFORE_NAMES and t.tag not in NAME_TAGS:
            break  # 实地考察|某高新区: a word jieba made that ends in a verb introducing the name
        if cls == "Competition" and w in _THIS_ONE:
            break  # 佐拉本场|比赛, 本届|大赛: this match or contest, not a name
        if cls == "Competition" and _EDITION_HEAD.fullmatch(toks[j + 1].text) and j + 1 < i:
            owner = _edition_owner(found, j)
            start = owner if owner is not None else start
            break  # 某省|第七届|…大赛, 2015年|第四届…: the edition's place or year at most (…生力军|某省第一届…大赛)
        if w == "·" and cls in ("Competition", "Award", "Person"):
            start = t.start
            j -= 1
            continue
        if w == "·" and j > 0 and (suffix_class(toks[j - 1].text) or is_place_token(toks[j - 1])):
            break  # 某区人民政府·某某大学: two names side by side
        if w in ("—", "-", "–") and cls == "Zone" and j > 0 and is_place_token(toks[j - 1]):
            start = t.start  # 天津某地—某某科技园: a park two places share
            j -= 1
            continue
        if w in lexicon.DOMAIN_WORDS and w.isascii() and (j == 0 or toks[j - 1].tag not in NAME_TAGS | {None}):
            break  # 知名GP|某某资本: a kind of firm before the name (某某AI中国中心 holds one)
        if w == "驻" and j > 0 and suffix_class(toks[j - 1].text) in lexicon.ORG_CLASSES:
            start = t.start  # 某某人民政府驻某地联络办公室: one body, stationed somewhere
            j -= 1
            continue
        if w[0] == "暨" and len(w) > 1:
            start = t.start + 1  # 某某大赛暨|首届某某大赛: jieba glued the conjunction onto the next name
            break
        if w[0] == "任" and len(w) > 1 and j > 0 and name_to(found, j - 1):
            start = t.start + 1  # 张某|任长某|大学: jieba glued 任 (is appointed) onto the name after a person
            break
        if len(w) == 2 and w[0] in _LEGAL_STOPS and w[1] in "市省区县州":
            start = t.start + 1  # …典礼由市|科技局: jieba glued a preposition onto the level
            break
        if w == "和" and legal and j > 0 and is_place_token(toks[j - 1]) and toks[j + 1].tag is None \
                and not is_place_token(toks[j + 1]):
            start = t.start  # 兰州|和|某堂制药股份有限公司: a legal name that holds 和 after its place
            j -= 1
            continue
        if w in ("与", "和"):
            after = toks[j + 1]
            if cls not in ("University", "ResearchInstitute", "GovernmentAgency", "Fund", "Award") or j == 0 \
                    or cls == "Award" and (w == "和" or toks[j - 1].text.endswith("奖")) \
                    or j + 1 == i and toks[i].text in SUFFIX_CLASS \
                    or after.tag in ("ns", "nt", "nz", "nr") \
                    or after.text in lexicon.places() or MINISTRY_RE.fullmatch(toks[j - 1].text) or \
                    suffix_class(toks[j - 1].text) in lexicon.ORG_CLASSES | {"Zone", "Fund"}:
                break  # "A与B" joins two names; "物理与通信电子学院" is one
        elif not wordlike(w) or w in STOP_WORDS and not (
                legal and len(w) == 1 and w not in _LEGAL_STOPS and j > 0 and wordlike(toks[j - 1].text)  # 拓|又|达
                or w in ("联合", "重点") and j + 1 == i and toks[i].text in SUFFIX_CLASS
                or legal and w in NAME_VERBS and toks[j + 1].tag not in ("nt", "ns") and not is_place_token(toks[j + 1])):
            break  # (…联合研究院, …重点实验室: right before a bare suffix it belongs to the name; 研究院|联合|清华大学 is two)
        elif (w in TITLE_SET or w in lexicon.PERSON_NOUNS or w in lexicon.KINDS_OF_BODY) and cls not in _NAMES_WITH_PEOPLE \
                or w in TITLE_SET and not toks[j + 1].text.startswith(("杯", "奖")):
            break  # 外籍专家|某某大学, 校长|…, 副市长某某致|大赛: people and kinds stand before a name (校友会, 高校…基金,
            # 大学生创业大赛 hold them; 市长杯 holds a title)
        elif toks[j + 1].tag in ("v", "vn") and toks[j + 1].text not in NAME_VERBS and toks[j + 1].text != "驻" and \
                suffix_class(w) in lexicon.ORG_CLASSES:
            break  # 南方科技大学|共建联合实验室: a name, then a verb starting another
        elif suffix_class_word(w) and suffix_class_word(w) == suffix_class_word(toks[i].text) and toks[j + 1].text != "·":
            break  # 某某大学|某某交通大学: two names of one kind side by side (某某大赛·某某大赛 is one)
        elif generic_org_word(w) and not (legal and _common_words(found, j + 1, i)):
            break  # 上市公司|宝钢股份: a kind of organisation before a name (省国有资本|运营有限公司 is one name)
        elif w in _STOP_KIND_WORDS and toks[j + 1].text != "·" and not legal and \
                not _CORPORATE_TAIL.fullmatch(text[toks[j + 1].start:toks[i].end]) and (
                j == 0 or not wordlike(toks[j - 1].text) or toks[j - 1].tag in STOP_TAGS or toks[j - 1].text in STOP_WORDS):
            break  # 该基金|由…科学城: a bare kind word is not part of the next name (某某电子科技集团|第某研究所 is one)
        elif soft_stop(found, t, cls, legal) and (t.tag == "m" or t.tag in _ENDING_TAGS and not legal
                                                  or not place_before(found, j)) \
                and not (legal and t.tag == "d" and len(w) >= 2 and wordlike(w) and _common_words(found, j + 1, i)):
            break  # (泉州|首只|…基金, 某市|正|贯彻…: a count or a function word ends the name even after a place)
        start = t.start
        j -= 1
        if toks[i].end - start >= _MAX_NAME:
            return None
    if legal:
        k = found.starts.get(start)
        while k is not None and k < i - 1 and toks[k].tag in ("v", "vn") and \
                not is_place_token(toks[k]) and is_place_token(toks[k + 1]):
            k += 1
            start = toks[k].start  # 已投资|西安某某技术有限公司
    if not legal:
        k = found.starts.get(start)
        while k is not None and k < i and toks[k].tag in ("v", "vn", "vd", "a", "ad", "an", "n", "l"):
            if toks[k].tag == "n" and k + 1 < i and is_place_token(toks[k + 1]) and toks[k + 1].text[-1] in "省市县" \
                    and not suffix_class(toks[k].text) and toks[k].text not in lexicon.places() and not is_place_token(toks[k]):
                k += 1  # 现身|清远市某中心, 回老家|某市某县公安局: a noun before the city the name starts with (国际欧亚…)
                break
            if toks[k].tag == "n" and toks[k].text != "中国" or suffix_class(toks[k].text) or toks[k].text in lexicon.places():
                break  # names may start with a common noun (科技部 …) or a name (某某大学|校友会); trim only verbs and adjectives
            k += 1
        start = toks[k].start if k is not None else start
    k = found.starts.get(start)
    while k is not None and k < i:
        if toks[k].tag in ("v", "vd") and toks[k].text != "驻" and not is_place_token(toks[k]) and (
                toks[k + 1].tag == "nt" or is_place_token(toks[k + 1]) and toks[k].text not in NAME_VERBS):
            start = toks[k + 1].start  # 科技成果转化|某市某大学: a verb, then jieba's whole name
        elif is_place_token(toks[k]) and toks[k + 1].tag == "nt" and toks[k + 1].text.startswith(toks[k].text):
            start = toks[k + 1].start  # 地点北京|北京某大学: the place said twice
        k += 1
    if not legal and cls in lexicon.ORG_CLASSES | {"Zone"}:
        start = _phrase_before_place(found, start, i)
    ministry = next((m for m in MINISTRY_RE.finditer(text, max(0, start - 12), start + 8) if m.start() < start <= m.end()),
                    None)
    if ministry:
        start = ministry.start()  # 工业和信息化部|火炬…中心: the ministry the unit belongs to
    ordinal = _ORDINAL.search(text, max(0, start - 6), start)
    if ordinal and ordinal.end() == start and cls in ("Competition", "Award"):  # 第三届某某大赛 (not 第七届|中国科协)
        start = ordinal.start()
    return start


def _bracketed_person(text: str) -> bool:
    """Is a bracket's content a person's name (（张三）), not a place or a legal form?"""
    return 2 <= len(text) <= 3 and is_chinese_name(text) and text not in lexicon.places() and tags().get(text) in (None, "nr")


def _phrase_before_place(found: Finder, start: int, i: int) -> int:
    """Where a name that holds a place starts when what comes before the place is words of the
    sentence, not of a name (热烈祝贺|某市某大学, 校友们积极利用|某地校友会, 规模化工程应用|某市某研究院):
    at the place. A name, an abbreviation or a body's word before it stays (某集团某市分公司)."""
    toks = found.tokens
    k = found.starts.get(start)
    if k is None:
        return start
    first = k
    while k <= i and not (toks[k].text in lexicon.places() or toks[k].tag == "ns" and len(toks[k].text) >= 3
                          and toks[k].text[-1] in "省市县"):
        k += 1
    before = toks[first:k]
    if k == first or k > i or not (len(before) == 1 and len(before[0].text) >= 4
                                   or any((t.tag or "").startswith(_SENTENCE_TAGS) for t in before)):
        return start  # (横琴|新区…, 中|建材|某地…: nouns before a place may be a name's)
    if any(t.tag in _NAME_PART_TAGS or t.tag is None or suffix_class(t.text) or t.text in lexicon.places()
           or t.tag == "ns" and len(t.text) <= 3 or t.text in _NAME_OPENERS or not wordlike(t.text) for t in before):
        return start  # (a word jieba made up may be a brand; 临港|某地…: a short place of jieba's)
    return toks[k].start


def fix_start(found: Finder, start: int, end: int, cls: str = "University") -> int:
    """Put a name's start right: after a foreign country (美国|加州大学…), or back to the start of
    a place that jieba split across it (上|海瑞芯… -> 上海瑞芯…)."""
    text = found.text
    at = lexicon.country_at().match(text, start) if text[start] not in "中" else None
    country = at.group() if at else None
    if country and cls in ("University", "ResearchInstitute") and end - start - len(country) >= 4 and not re.match(
            r"国立|国家|皇家|大学|理工|科学|技术|工业|中央|联邦", text[start + len(country):]):
        return start + len(country)
    for k in (1, 2):
        head = text[max(0, start - k):start + 4]
        for n in range(len(head), k, -1):
            if head[:n] in lexicon.places() and start - k >= 0 and text[start - k - 1:start - k] in "：:，,。；、 \n" + "":
                return start - k
    return start


def soft_stop(found: Finder, t: Token, cls: str, legal: bool) -> bool:
    """A token whose tag usually ends a name (verbs, numbers, adverbs …)."""
    if t.text in ("青年", "少年", "中青年", "未来"):
        return False  # jieba calls them time words; names use them (青年创客挑战赛, 未来科学大奖)
    if t.tag == "f" and len(t.text) == 2 or t.text in lexicon.places():
        return False  # 南方科技大学, 东方…; a place jieba mistagged (大连/d)
    if cls == "Fund" and t.tag in ("v", "vn"):
        return False  # fund names are full of verbs (成果转化基金); 设立/发起 are boundary words
    if t.text == "中" and t.tag == "f" and (legal or _after_punctuation(found, t)):
        return False  # 中|钢集团…有限公司, ，中|建材某某研究院: a name may start with 中
    if legal and t.tag == "d" and len(t.text) == 1 and t.text not in "由在和与及将从对向被把也都就":
        return False  # 某拓又达智能装备科技有限公司: a legal name holds odd characters
    if t.tag in STOP_TAGS:
        return True
    if legal:  # a legal name runs to a hard stop, a number or a two-character verb (继续)
        return t.tag == "m" and _is_count(found, t) or t.tag == "v" and len(t.text) >= 2 \
            and t.text not in NAME_VERBS and t.text not in SUFFIX_CLASS and not proper_before(found, t)
    if t.tag == "m" or t.text.isdigit():
        if re.fullmatch(r"第[一二三四五六七八九十]+", t.text) or cls == "Competition" and _EDITION_HEAD.fullmatch(t.text):
            return False  # 附属第一医院, 某省|第七届|…大赛
        return cls != "Competition" or not t.text.isdigit()
    return t.tag in ("v", "vd") and t.text not in NAME_VERBS


def _is_count(found: Finder, t: Token) -> bool:
    """Is a token jieba calls a number one (5, 两家, 亿元 after 5), not part of a name (三维, 华|元)?"""
    k = found.starts.get(t.start)
    if _COUNT.fullmatch(t.text):
        after = found.tokens[k + 1].text if k is not None and k + 1 < len(found.tokens) else ""
        return not (len(after) == 1 and after in _NUMBERED_UNITS)  # 中铁二十二|局: a numbered unit's name
    return t.text.endswith("元") and bool(k) and _COUNT.fullmatch(found.tokens[k - 1].text) is not None


def _after_punctuation(found: Finder, t: Token) -> bool:
    """Does token ``t`` open a clause (the text's start or a punctuation mark before it)?"""
    return t.start == 0 or found.text[t.start - 1] in PUNCT


def proper_before(found: Finder, t: Token) -> bool:
    """Is the token before ``t`` a made-up or proper word (某驰界|自动驾驶科技有限公司)?"""
    k = found.starts.get(t.start)
    for p in found.tokens[max(0, k - 2):k][::-1] if k else ():
        if len(p.text) >= 2 and (p.tag is None or p.tag in ("nz", "nrt", "nr", "j")):
            return True
        if p.tag not in ("v", "vn"):
            return False  # look past one more verb only (某驰界|自动|驾驶)
    return False


def place_before(found: Finder, j: int) -> bool:
    """Is there a place one or two name-like tokens left of token j (绍兴|立方|新能源)?"""
    for k in (j - 1, j - 2):
        if k < 0:
            return False
        t = found.tokens[k]
        if is_place_token(t):
            return True
        if not wordlike(t.text) or t.text in STOP_WORDS:
            return False
    return False


def is_proper(found: Finder, start: int, end: int, suffix: str, places: bool = True) -> bool:
    """A name, not a generic phrase: holds a place, a made-up word, a quote, or is a legal name."""
    if suffix in ("有限公司", "股份有限公司", "有限责任公司"):
        return True
    head_end = end - len(suffix)
    head = found.text[start:head_end]
    if GENERIC_HEAD.fullmatch(head) or "某" in head or found.starts.get(start) is not None and \
            found.tokens[found.starts[start]].text in lexicon.DETERMINERS:
        return False
    if suffix_class(found.text[start:end]) in ("GovernmentAgency", "Award") and re.fullmatch(
            r"(?:省|市|县|区|自治区|州|国家|中央)[\u4e00-\u9fff]{1,6}", head):
        return True  # 自治区科技厅, 市发改委, 国家最高科学技术奖: a government body or award named by its level
    if MINISTRY_RE.match(found.text, start):
        return True  # 科技部火炬高技术产业开发中心
    if found.text[start - 1:start] == "“" and found.text[end:end + 1] == "”":
        return True  # a quoted name: “某某成果转化种子基金”
    if any(start <= c.start and c.end <= head_end and c.type != "Title" for c in found.cands[-20:]):
        return True  # 某科技城|知识产权运营基金: it holds a name found already
    edition = _EDITION_HEAD.match(head)
    before = found.tokens[found.ends[start]] if start in found.ends else None
    placed = before is not None and (before.tag == "ns" or before.text in lexicon.places())
    if edition and not placed and suffix_class(found.text[start:end]) == "Competition" and any(
            t.tag and t.tag.startswith("n") and t.text not in lexicon.DOMAIN_WORDS
            for t in found.tokens if start + edition.end() <= t.start and t.end <= head_end):
        return True  # 第三届星火创新大赛: an edition of an event with a name of its own (银川市第…: the city's)
    if suffix == "基金" and len(head) >= 4 and not _NOT_FUND_HEAD.search(head) and len(_FUND_KIND.sub("", head)) >= 2 \
            and (_SET_UP_BEFORE.search(found.text, max(0, start - 24), start) or _SET_UP_AFTER.match(found.text, end)):
        return True  # 联合发起科技创新协同发展基金: a fund set up, named by a word beyond the kinds of fund (协同)
    lead = _place_lead(head)
    if kind_somewhere(head):
        return False  # 美国|大型公司: a kind of company somewhere
    if places and lead:
        return True  # 曲阜师范大学: a place inside the word jieba made of the name
    inner = head.find("大学")
    if suffix_class(found.text[start:end]) == "University" and inner >= 2 and not GENERIC_HEAD.fullmatch(head[:inner]):
        return True  # 某某科技大学|某某学院: a school of a university
    i = found.starts.get(start)
    while i is not None and i < len(found.tokens) and found.tokens[i].start < head_end:
        t = found.tokens[i]
        is_place = t.tag == "ns" or t.text in lexicon.places()
        if t.text in lexicon.DOMAIN_WORDS or t.text in SUFFIX_CLASS:
            pass  # 科创|基金, 高新区|引导基金: words of the field, kinds of body
        elif (t.tag in NAME_TAGS and not is_place) or (places and is_place) or (t.tag == "f" and len(t.text) == 2) or t.text in "“”\"·（(" or t.tag is None and (
                len(t.text) > 1 or _LATIN.fullmatch(t.text)):
            return True
        i += 1
    return False


def _place_lead(head: str) -> int:
    """How many characters of a place ``head`` starts with."""
    return max((n for n in range(2, min(5, len(head))) if head[:n] in lexicon.places()), default=0)


def kind_somewhere(head: str) -> bool:
    """Is this head a place and a kind of body (美国大型, 浙江民营)?"""
    lead = _place_lead(head)
    return bool(lead) and bool(_KIND_ADJECTIVES.fullmatch(head, lead))


def short_zone_name(found: Finder, start: int, end: int) -> bool:
    """绿谷产业园, 光谷: a zone's own short name is one plain word of two or three characters."""
    i = found.starts.get(start)
    return i is not None and found.tokens[i].end == end and 2 <= end - start <= 3 \
        and not GENERIC_HEAD.fullmatch(found.text[start:end]) and found.tokens[i].tag in ("n", "nz", None)
