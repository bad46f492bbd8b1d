"""The CRF tagger's spans, kept where they also look like names."""
from __future__ import annotations

import bisect
import functools
import re

from kg import lexicon
from kg.doc import Source
from kg.ner.finder import Finder
from kg.ner.tokens import tags
from kg.ner.people import UNIT_ENDS, led_company, name_from  # (财务部|经理: a department's title is one title)
from kg.ner.organisations import fix_start, is_proper, kind_before_place, kind_somewhere, real_suffix
from kg.ner.words import (GENERIC_HEAD, PROVINCES_LIST, INDUSTRY, LOOKALIKE_END, MINISTRY_RE, PEER_WORDS, SUFFIX_CLASS, STOP_WORDS, SUFFIX_END, TEAM, TITLE_RE, TITLE_SET,
                          classify_org, is_chinese_name)

_FIELD_AFTER = re.compile(r"(?:、[^，,。；]{1,12})*(?:等)?(?:领域|行业|产业|方向|板块|赛道)(?![\u4e00-\u9fff]{0,4}(?:区|园|城|基金|集团|公司|联盟|协会|大学|学院|研究院|中心))")
# (…、某某高新技术产业开发区: a name, not a field)
_NOT_A_NAME = re.compile(r"[副委局部处办总组人]$|^(?:" + TITLE_RE.pattern + r")$|^[\u4e00-\u9fff](?:" + TITLE_RE.pattern + r")$")
# (常务副, 党委, 李书记 / 张教授: a surname and a title, no name)
_GLUED = set("等来是在于为和与及说到也都就出")  # characters jieba glues after a name (王某|等)
_KIND_END = re.compile("(?:" + "|".join(lexicon.KINDS_OF_BODY) + ")$")
_TITLE_END_RE = re.compile(rf"(?:{lexicon.TITLE_ALT})$")
_SHARED_VERB = re.compile(r"毕业|是|为|来自|出生|获|在|曾|已|有")  # 均|毕业于: what a list did together
_GLUED_VERBS, _GLUED_ADVERBS = "是说", "仅也都还又就已均亦再曾"  # what the tagger may take into a name (周某|仅)
_VERB_WORDS = {"出生", "出任", "出席", "出身", "辞去", "辞职", "致辞", "致信", "获得", "获评", "荣获", "共同"}  # 某某|出生
_PERSON_WORD_END = re.compile("(?:" + "|".join(map(re.escape, sorted(
    {*lexicon.TITLE_HEADS, *lexicon.DEGREES, *lexicon.PERSON_NOUNS, *lexicon.ROLE_NOUNS}, key=len, reverse=True))) + ")$")
_AWARD_AFTER = re.compile(r"(?:进步|发明|成果|贡献)(?:[特一二三]等)?奖")
_LATIN_WORDS_BEFORE = re.compile(r"(?<![A-Za-z])(?:[A-Z][A-Za-z0-9&.]* )+$")  # X |Capital, Xyz |Ventures
_PART_OF = re.compile(r"若干|多家|数家|几家|旗下|下属|所属")  # 某集团|若干子公司: the body is what comes before
_NAME_BEFORE_POST = re.compile(r"(?:已|将|正式|于\d{4}年)*(?:" + "|".join(
    sorted({v for v in lexicon.APPOINTMENT_VERBS if len(v) >= 2 and v not in ("成为", "现为", "辞去", "卸任")}, key=len, reverse=True)) + ")")
_APPOINTED = set(lexicon.APPOINTMENT_VERBS) | set(lexicon.SERVED_VERBS)  # jieba tags 任 r


@functools.lru_cache(maxsize=1)
def _model():
    from kg import ner_model

    return ner_model.load()


def model_spans(found: Finder) -> None:
    """The tagger's people, organisations and titles; those it is unsure of must also look like names."""
    for start, end, label, conf in _model().tag_with_marginals(found.text):
        team = TEAM.search(found.text, start, end)
        if team and team.end() == end:
            continue  # 李四团队: a team is not an organisation; people.team_members finds its people
        if label == "Person" and _sure_after_title(found, start, end, conf):
            found.add(start, end, label, Source.TITLE_CONTEXT)  # 教授|刘某侦: sure of it, over jieba's word ends
            continue
        if label == "Person":
            start, end = _trimmed_person(found, start, end)
            whole = name_from(found, found.starts[start]) if conf < 0.6 and start in found.starts else None
            if whole and whole[0] == start and whole[1] > end and end in found.ends:
                end = whole[1]  # 某长|雨成为: unsure, it stopped a character short of the name jieba split
            if INDUSTRY.search(found.text, max(start, end - 2), end) or found.text[start:end] in lexicon.places() \
                    or re.fullmatch(r"[A-Z]{2,5}", found.text[start:end]):
                continue  # 某某科技, 某某生物: a brand, not a person; 张家口: a place; IPO: an acronym
        if label == "Organization" and _NAME_BEFORE_POST.match(found.text, end) and 2 <= end - start <= 3 \
                and is_chinese_name(found.text[start:end]) and not SUFFIX_END.search(found.text, start, end) \
                and tags().get(found.text[start:end]) in (None, "nr"):
            label = "Person"  # 康某|已正式接任某集团董事长: a name before the post it takes, not a body
        if label == "Organization" and found.text.endswith("大学", start, end) and found.text.startswith("生", end):
            continue  # 某省第七届大学|生创新创业大赛: students, not a university
        if label == "Organization":
            part = _PART_OF.search(found.text, start + 2, end)
            end = part.start() if part else end
            start, end = _trimmed_org(found, start, end)
            latin = _LATIN_WORDS_BEFORE.search(found.text, max(0, start - 24), start) if found.text[start:start + 1].isascii() else None
            start = latin.start() if latin else start  # H |Capital: the words of a Latin name before the tagger's
            if _AWARD_AFTER.match(found.text, end):
                continue  # 某某科技|进步二等奖: the start of an award's name, not a company
            if end in found.ends and found.tokens[found.ends[end]].text in lexicon.ROLE_NOUNS:
                continue  # 某某研究奠基人, 某领域开拓者: what a person is, not a body
            if not model_org_ok(found, start, end, sure=conf >= 0.9):
                if conf >= 0.6 and body_kind(found, start, end):
                    found.add(start, end, "Organization", Source.KIND)  # 法院, 博彩公司: a body, but no name
                continue
            start = fix_start(found, start, end, classify_org(found.text[start:end]))
            label = classify_org(found.text[start:end])
        elif label == "Person" and (conf < 0.6 and not _person_ok(found.text[start:end])
                                    or _NOT_A_NAME.search(found.text[start:end]) or found.common_word(start, end)):
            continue  # 常务副, 党委: pieces of titles and bodies
        elif label == "Person" and end in found.ends and found.tokens[found.ends[end]].tag == "v" and \
                found.tokens[found.ends[end]].start - start >= 2:
            found.add(start, found.tokens[found.ends[end]].start, label, Source.MODEL)  # 韦某某|点评
            continue
        elif label == "Person" and found.text.startswith(PEER_WORDS, start) and end - start > 3:
            start += next(len(w) for w in PEER_WORDS if found.text.startswith(w, start))  # 师兄|曾德洪
        elif label == "Title" and conf < 0.6 and not _TITLE_END_RE.search(found.text, start, end):
            continue
        elif label == "Title":
            start = _trimmed_title(found, start, end)
            head = _TITLE_END_RE.search(found.text, start, end)  # the longest title word it ends with
            name = found.text[start:head.start()] if head else ""
            if len(name) >= 3 and SUFFIX_END.search(name) and _starts_phrase(found, start) and \
                    model_org_ok(found, start, head.start(), sure=False):
                found.add(start, head.start(), classify_org(name), Source.MODEL)  # 某某发展局|副局长: the body is a name
                start, name = head.start(), ""
            if 2 <= len(name) <= 3 and is_chinese_name(name) and found.text[start:end] not in TITLE_SET \
                    and not _NOT_A_NAME.search(name) and tags().get(name) in (None, "nr", "nrfg", "nrt"):
                found.add(start, head.start(), "Person", Source.MODEL)  # 庞卫东教授 -> 庞卫东 + 教授, 林某副厅长
                start = head.start()
        found.add(start, end, label, Source.MODEL)


def _sure_after_title(found: Finder, start: int, end: int, conf: float) -> bool:
    """Is the tagger's person a Chinese name of two or three characters, right after a title
    or a word for a person (副市长|谢某林, 校友|陈某发), that it is sure of?"""
    name = found.text[start:end]
    return conf >= 0.8 and 2 <= len(name) <= 3 and is_chinese_name(name) and not name.endswith(lexicon.CREDIT_VERBS) \
        and not (len(name) == 3 and name[-1] in _GLUED_VERBS + _GLUED_ADVERBS) \
        and bool(_PERSON_WORD_END.search(found.text, max(0, start - 8), start))


def _starts_phrase(found: Finder, start: int) -> bool:
    """Does a phrase start at ``start``: after punctuation, a verb or a preposition (任|某局局长),
    not inside a longer name (某大学应用物理及|材料研究院)?"""
    if start == 0 or not "\u4e00" <= found.text[start - 1] <= "\u9fff":
        return True
    before = found.ends.get(start)
    return before is not None and ((found.tokens[before].tag or "").startswith(("v", "p", "u"))
                                   or found.tokens[before].text in _APPOINTED)


def body_kind(found: Finder, start: int, end: int) -> bool:
    """Does text[start:end] name a kind of body, not one body: a bare suffix word (法院), a
    generic head before one (商业银行, 博彩公司) or a kind word at its end (民政部门)?"""
    text = found.text[start:end]
    if found.places_only(start, end) or re.search(r"[“”\"《》%％\d]", text) or len(text) > 8:
        return False
    suffix = SUFFIX_END.search(text)
    return text in SUFFIX_CLASS or bool(_KIND_END.search(text)) or bool(
        suffix and suffix.start() > 0 and GENERIC_HEAD.fullmatch(text[:suffix.start()]))


def model_org_ok(found: Finder, start: int, end: int, sure: bool) -> bool:
    """Drop what the tagger calls an organisation but is a bare word (公司, 管委会), a count
    (6部门) or, when it is unsure, a phrase starting with a verb or adverb (全力打造…), two
    names joined by a verb or a run of common nouns."""
    text = found.text[start:end]
    i = found.starts.get(start)
    first = found.tokens[i].text if i is not None else ""
    core = text[len(first):] if first in lexicon.DETERMINERS else text
    core = next((core[len(d):] for d in lexicon.DETERMINERS if core.startswith(d) and core[len(d):] in SUFFIX_CLASS),
                core)
    if found.places_only(start, end) or _KIND_END.search(text) or PROVINCES_LIST.fullmatch(text):
        return False  # 中国香港, 沪苏浙皖: places; 某省有关部门, 某省领导: a kind of body
    if core in SUFFIX_CLASS or not core or re.search(r"[“”\"《》%％]|--|—|\d+(?:个|家|部门|所)", text):
        return False
    if _FIELD_AFTER.match(found.text, end) or any(w in text for w in PEER_WORDS) or LOOKALIKE_END.search(text):
        return False  # 海洋生物医药、海洋装备等领域: fields; 同门师兄某某: a person; 某某战略布局: a layout
    suffix = SUFFIX_END.search(core)
    if suffix and (GENERIC_HEAD.fullmatch(core[:suffix.start()]) or re.search("一家|一所|一个|某", core)
                   or kind_somewhere(core[:suffix.start()])):
        return False  # 大赛评审委员会, 商业银行, 国内一家研究所: a kind of body, not a name
    if i is None:
        return True
    j = i + 1
    while j < len(found.tokens) and found.tokens[j].end <= end:
        if found.tokens[j].text in lexicon.BOUNDARY_WORDS and (found.tokens[j].tag or "").startswith(("v", "p")):
            return False  # 南方科技大学|共建|联合实验室: two things joined by a verb
        j += 1
    if sure:
        return True
    if found.tokens[i].tag in ("v", "d", "a", "ad", "p", "c", "u", "m", "r"):
        return False
    m = SUFFIX_END.search(text)
    return bool(m) and real_suffix(found, end, m.group()) or is_proper(found, start, end, "")


def _trimmed_org(found: Finder, start: int, end: int) -> tuple[int, int]:
    """The tagger's organisation without the verb or opening word it took in (吸纳|某大学, 深化|某院)
    or a person named after it before a title (某某科投|李某军|总经理: the person is added)."""
    k = bisect.bisect_right(found.token_starts, start) - 1
    word = found.tokens[k] if k >= 0 else None
    if word is not None and word.start < start < word.end and (word.tag in ("v", "vd") or word.text in lexicon.PERSON_NOUNS) \
            and end - word.end >= 2:
        start = word.end  # 吸纳|某大学…, 投资人|某某万维: it starts inside a verb or a word for people
    elif word is not None and word.start < start < word.end <= end and word.tag == "n" \
            and word.text not in lexicon.PERSON_NOUNS and found.text[word.start] not in _GLUED:
        start = word.start  # 经|济局: it starts inside a noun jieba made, so the noun is the name's start
    start = max(start, found.text.rfind("、", start, end) + 1)  # 中国某某、|某某集团: a list, the last of it
    first = found.tokens[found.starts[start]] if start in found.starts else None
    if first is not None and kind_before_place(found, found.starts[start]) and end - first.end >= 2:
        start = first.end  # 赞助企业|中国某银行
    elif first is not None and first.text in STOP_WORDS and first.text not in lexicon.DETERMINERS and end - first.end >= 2:
        start = first.end  # 深化|某院
    elif first is not None and first.text in lexicon.TITLE_HEADS and found.starts.get(first.end) is not None:
        verb = found.tokens[found.starts[first.end]]
        if verb.tag in ("v", "vd") and end - verb.end >= 2:
            start = verb.end  # 张三教授|率|某大学党委组织部…: a title and a verb before the name
    if found.text[end - 1:end] in ("前", "原") and TITLE_RE.match(found.text, end) and end - start >= 4 \
            and end - 1 in found.starts:
        end -= 1  # 某某制药|前|董事长: the title's tense, its own word, not the body's name (某某草原 keeps it)
    last = found.tokens[found.ends[end]] if end in found.ends else None
    if last is not None and last.tag is None and len(last.text) == 3 and last.start - start >= 2 \
            and is_chinese_name(last.text) and TITLE_RE.match(found.text, end):
        found.add(last.start, end, "Person", Source.TITLE_CONTEXT)
        end = last.start
    return start, end


def _trimmed_person(found: Finder, start: int, end: int) -> tuple[int, int]:
    """The tagger's person without a closing bracket it took in (王某）) or the first character
    of the word after it (周某|勉励, 张某|不再), or with the rest of the name jieba made (王某哥)."""
    text = found.text
    while end - start > 2 and text[end - 1] in "）)" and not re.search(r"[（(]", text[start:end]):
        end -= 1
    cut = next((k for k in range(start + 2, end) if (t := TITLE_RE.match(text, k)) and t.end() > end), None)
    if cut is not None:
        return start, cut  # 林某某|特聘教授: the tagger took the start of the title in
    if end - start == 3 and (text[end - 1] in _GLUED_VERBS or text[end - 1:end + 1] in _VERB_WORDS) \
            and is_chinese_name(text[start:end - 1]):
        return start, end - 1  # 帅某|是, 陶某|说, 黄某|辞去, 汪某|出生: the verb after the name
    if end - start == 3 and text[end - 1] in "均都" and _SHARED_VERB.match(text, end) and is_chinese_name(text[start:end - 1]) \
            and re.search(r"[、与和及]$", text[max(0, start - 1):start]):
        return start, end - 1  # A与陈某|均|毕业于: the last of a list, then what they all did
    last = found.starts.get(end - 1)
    if last is not None and found.tokens[last].end == end and found.tokens[last].tag in ("p", "c") \
            and found.tokens[last - 1].start == start and (found.tokens[last - 1].tag == "nr" or text[end - 1] in "和与及"):
        return start, end - 1  # 李某|为|秘书长, 高校|和: jieba's word, then a preposition or conjunction it split off
    if end - start == 3 and last is not None and found.tokens[last].end == end \
            and text[end - 1] in _GLUED_ADVERBS and is_chinese_name(text[start:end - 1]):
        return start, end - 1  # 周某|仅, 李某|也: an adverb after the name
    k = bisect.bisect_right(found.token_starts, end) - 1
    word = found.tokens[k] if k >= 0 else None
    if word is None or not word.start < end < word.end:
        return start, end
    if word.start == start and word.tag is None and word.end - start <= 3 and is_chinese_name(word.text) \
            and word.text[-1] not in _GLUED:
        return start, word.end  # 王某|哥: the name jieba made is whole
    if word.start - start >= 2 and is_chinese_name(text[start:word.start]) and text[end - 1] != text[end - 2] and (
            word.tag is not None or word.text == text[start:word.start]):  # (李飞|飞入 is 李飞飞)
        return start, word.start  # 周某|勉励, 许某|许某 (a name written twice)
    return start, end


def _trimmed_title(found: Finder, start: int, end: int) -> int:
    """Where the tagger's title starts: after a list it took in (…科技和…科技的|创始人) and after a
    brand before the title word (某某科技|创始人, 寒武纪|创始人), which then stands as a name."""
    text = found.text
    start = max(start, text.rfind("的", start, end) + 1)
    ministry = MINISTRY_RE.match(text, start, end)
    if ministry and ministry.end() < end - 1:
        start = ministry.end()  # 教育部|原副部长: the ministry is a name of its own (财政部长 is one title)
    head = _TITLE_END_RE.search(text, start, end)
    if head is not None and start not in found.starts and head.start() in found.starts:
        return head.start()  # 于某|泳教授: it starts inside a word, so before the title word is a name's end
    if head is None or head.start() == start or head.start() not in found.starts or start not in found.starts:
        return start
    inner = found.tokens[found.starts[start]:found.starts[head.start()]]
    brand = len(inner) <= 2 and all(t.tag in (None, "nz", "nrt", "nr", "j", "eng") or t.tag == "nt" and t.text[-1] not in UNIT_ENDS
                                    for t in inner) \
        and head.start() - start >= 2 and not is_chinese_name(text[start:head.start()])
    led = led_company(found, start, head.start(), inner)  # 、某某光年|创始人张三、
    return head.start() if brand or led or INDUSTRY.search(text, head.start() - 2, head.start()) else start


def _person_ok(name: str) -> bool:
    """A tagger's person: has Chinese characters, and a short name starts with a surname."""
    if not re.search(r"[\u4e00-\u9fff]", name):
        return False
    return len(name) > 3 or "·" in name or is_chinese_name(name)
