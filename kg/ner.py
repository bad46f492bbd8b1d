"""Articles -> typed mentions: the statistical tagger plus rules for this domain.

The CRF tagger (kg.ner_model) finds people, organisations and titles.  Rules on
jieba tokens add what a general tagger misses in sci-tech news: names closed by
a suffix (…有限公司, …高新区, …基金, …大赛, …研究所), quoted names (“双千计划”),
places from a gazetteer, bylines, and short brand names in lists and before
titles.  Overlaps are settled by a fixed preference, and places and zones may
also sit nested inside a longer name (``合肥高新区`` in ``合肥高新区管委会``).
"""
from __future__ import annotations

import bisect
import functools
import logging
import os
import re
import tempfile
from dataclasses import dataclass

import jieba
import jieba.posseg

from kg import lexicon
from kg.doc import Article, Mention

jieba.setLogLevel(logging.WARNING)


def _jieba_cache_folder() -> str:
    """jieba's dictionary cache goes to the user's own cache folder (XDG), not the shared
    /tmp/jieba.cache that another user may own; a private temporary folder if that fails."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "kg")
    try:
        os.makedirs(folder, exist_ok=True)
        if os.access(folder, os.W_OK):
            return folder
    except OSError:
        pass
    return tempfile.mkdtemp(prefix="kg-jieba-")


jieba.dt.tmp_dir = _jieba_cache_folder()

NAME_TAGS = {"nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng", "x"}
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "y", "e", "o", "f", "q", "t"}
INNER_PUNCT = set("·•・()（）“”\"-")
PUNCT = "，。；：、！？,.;:!?\\s"
OPEN_CLOSE = {"）": "（", ")": "(", "”": "“"}
MAX_NAME = 32
WEAK_ZONE_SUFFIXES = {"工业园区", "工业园", "产业园区", "产业园", "科技园", "软件园", "产业基地", "生态园", "创业园",
                      "科创园", "创新园", "孵化园", "科学园", "创意园"}
GENERIC_ITEM = re.compile(r"(企业|公司|单位|机构|荣誉|项目|平台|行业|领域|产品|技术|人才|高校|院所)$")

_SUFFIX_CLASS = dict(lexicon.NAME_SUFFIXES)
_SUFFIX_RE = re.compile("|".join(sorted(map(re.escape, _SUFFIX_CLASS), key=len, reverse=True)))
_SUFFIX_END = re.compile("(?:" + _SUFFIX_RE.pattern + ")$")
_TITLE_RE = re.compile(lexicon.TITLE_ALT)
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零\d]+届$")
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{2,20})[”\"]")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9]|[A-Za-z]")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    tag: str | None  # jieba dictionary tag; None for a word jieba made up (often a name)


@functools.lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    jieba.initialize()
    return jieba.posseg.dt.word_tag_tab


@functools.lru_cache(maxsize=1)
def _place_automaton():
    import ahocorasick

    auto = ahocorasick.Automaton()
    for name, full in lexicon.places().items():
        auto.add_word(name, (len(name), full))
    auto.make_automaton()
    return auto


@functools.lru_cache(maxsize=1)
def _model():
    from kg import ner_model

    return ner_model.load()


_FUSED_TITLE = re.compile(rf"^(.*?)({lexicon.TITLE_ALT})$")
_ONE_CHAR_UNITS = set("局所院行厅处部校站社馆")


def tokenize(text: str) -> list[Token]:
    """jieba tokens with offsets and dictionary tags; 局局长 is split into 局 + 局长."""
    tags = _tags()
    out = []
    for w, s, e in jieba.tokenize(text):
        fused = _FUSED_TITLE.match(w) if len(w) >= 3 else None
        if len(w) >= 3 and w[0] in "于在从向由与和对将把被" and w[1:] in lexicon.places():  # 于|长春
            out.append(Token(s, s + 1, w[0], "p"))
            out.append(Token(s + 1, e, w[1:], "ns"))
        elif len(w) == 2 and w[1] in "内外" and w[0] in "区城园港湾谷":  # 科学城|内企业
            out.append(Token(s, s + 1, w[0], "n"))
            out.append(Token(s + 1, e, w[1], "f"))
        elif fused and (fused.group(1) in _ONE_CHAR_UNITS or fused.group(1) in _SUFFIX_CLASS):
            cut = s + len(fused.group(1))
            out.append(Token(s, cut, fused.group(1), "n"))
            out.append(Token(cut, e, fused.group(2), "n"))
        else:
            out.append(Token(s, e, w, tags.get(w)))
    return out


def find_mentions(article: Article) -> None:
    """Fill ``article.mentions`` (sorted by start) for the whole article."""
    text = article.text
    article.tokens = tokenize(text)
    found = Finder(text, article.tokens)
    found.model_spans(_model().tag_with_marginals(text))
    found.suffix_names()
    found.quoted_names()
    found.selected_programmes()
    found.awards_won()
    found.awards_given()
    found.places()
    found.ministries()
    found.titles()
    found.lists_and_appositions()
    found.people_by_context()
    found.team_members()
    found.declared_aliases()
    article.mentions = _titles_in_context(found.settle())
    coordinate(article)


def _titles_in_context(mentions: list[Mention]) -> list[Mention]:
    """A title word from the lexicon counts as a title next to a person or after an organisation
    (教授张三, 某大学教授); alone (相关负责人表示) it is just a word."""
    starts = {m.start for m in mentions if m.type == "Person"}
    ends = {m.end for m in mentions if m.type != "Title" and m.type != "Person"}
    return [m for m in mentions if m.type != "Title" or m.source != "lexicon" or m.end in starts or m.start in ends]


REPEATABLE = {"Person", "Zone", "Fund", "Competition", "Award", "Program"} | lexicon.ORG_CLASSES


def propagate(articles: list[Article]) -> None:
    """Tag every other occurrence of a name found anywhere in the batch (星河科技 in a list
    makes 星河科技 before a title a mention too), and split a name that starts with a known
    organisation (云帆云星火大赛 -> 云帆云 + 星火大赛)."""
    import ahocorasick

    known: dict[str, str] = {}
    full_of: dict[str, str] = {}
    for a in articles:
        for m in a.mentions:
            if m.type in REPEATABLE and len(m.text) >= 2 and m.source != "ellipsis":
                known.setdefault(m.text, m.type)
                if m.type == "Company":
                    for short in company_short_forms(m.text):
                        full_of.setdefault(short, m.text)
    for short, full in full_of.items():
        known.setdefault(short, "Company")
        for a in articles:
            a.aliases[short] = full
    if not known:
        return
    auto = ahocorasick.Automaton()
    for name, type_ in known.items():
        auto.add_word(name, (name, type_))
    auto.make_automaton()
    for a in articles:
        _split_known_prefix(a, known)
        starts = {t.start for t in a.tokens}
        ends = {t.end for t in a.tokens}
        taken = [False] * (len(a.text) + 1)
        for m in a.mentions:
            if m.type != "Place" and m.source not in _WEAK_SOURCES:
                for k in range(m.start, m.end):
                    taken[k] = True
        added = []
        for end_idx, (name, type_) in auto.iter_long(a.text):
            end = end_idx + 1
            start = end - len(name)
            glued = end + 1 in ends and a.text[end:end + 1] in _GLUED_CHARS  # 曹立|恒于: jieba glued 于 on
            if any(taken[start:end]) or start not in starts or end not in ends and not glued:
                continue
            for k in range(start, end):
                taken[k] = True
            added.append(Mention(start, end, type_, name, "repeat"))
        if added:
            for m in a.mentions:
                for n in added:
                    if m.type == "Title" and m.start == n.start and m.end > n.end:
                        m.start, m.text = n.end, a.text[n.end:m.end]  # 秦创投资|党委书记
            spans = [(m.start, m.end) for m in added]
            kept = [m for m in a.mentions if m.type == "Place" or m.source not in _WEAK_SOURCES
                    or not any(s <= m.start and m.end <= e and (e - s) > (m.end - m.start) for s, e in spans)]
            a.mentions = sorted(kept + added, key=lambda m: (m.start, -m.end))


def company_short_forms(name: str) -> list[str]:
    """The ways news shortens a company's legal name:
    上海瑞芯储能科技有限公司 -> 瑞芯储能科技, 瑞芯储能; 杭州澄湖投资管理有限公司 -> 澄湖投资管理, 澄湖投资."""
    legal = _LEGAL_END.search(name)
    if not legal:
        return []
    core = re.sub(r"[（(][^）)]*[）)]", "", name[:legal.start()])
    heads = [core]
    for _ in range(2):  # a province and a city may both lead the name
        lead = max((n for n in range(2, 5) if core[:n] in lexicon.places()), default=0)
        if not lead:
            break
        core = core[lead:]
        heads.append(core)
    forms = []
    for head in heads[1:] or heads:
        while len(head) >= 3:
            forms.append(head)
            shorter = _GENERIC_TAIL.sub("", head)
            if shorter == head:
                break
            head = shorter
    return [f for f in dict.fromkeys(forms)
            if len(f) >= 3 and not _GENERIC_HEAD.fullmatch(f) and f not in lexicon.places()]


def _split_known_prefix(a: Article, known: dict[str, str]) -> None:
    parts = {p for n, t in known.items() for p in n.split("·")}
    out = []
    for m in a.mentions:
        if m.type in lexicon.ORG_CLASSES:
            head = max((n for n, t in known.items() if t == "Company" and m.text.startswith(n) and n != m.text
                        and _DEPARTMENT.fullmatch(m.text[len(n):])), key=len, default=None)
            if head:  # 某某激光|研发中心: the company; the department belongs to the title
                out.append(Mention(m.start, m.start + len(head), "Company", head, "repeat"))
                continue
        if m.type in ("Competition", "Program", "Award", "Fund"):
            head = max((n for n, t in known.items() if t in lexicon.ORG_CLASSES and m.text.startswith(n)
                        and m.text[len(n):] in parts), key=len, default=None)
            if head:
                cut = m.start + len(head)
                out.append(Mention(m.start, cut, known[head], head, "repeat"))
                out.append(Mention(cut, m.end, m.type, a.text[cut:m.end], m.source))
                continue
        out.append(m)
    a.mentions = out


def coordinate(article: Article) -> None:
    """Unknown members of a list that holds organisations are organisations too:
    由A、B（unknown）、C共同发起 -> B is an organisation."""
    text = article.text
    ms = article.mentions
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
            item = re.match(rf"[^{PUNCT}、和与及等]{{2,10}}?(?=以及|[、和与及]|共同|等|联合|分别)", text[sep.end():])
            if item and _list_item(item.group()):
                s = sep.end()
                added.append(Mention(s, s + item.end(), classify_org(item.group(), default="Company"), item.group(),
                                     "list"))
        elif right and not left and sep.group() == "、" and re.match(r"[、和与及等]|共同|联合|分别", text[right.end:]):
            item = re.search(rf"(?:^|[{PUNCT}由])([^{PUNCT}、由的]{{2,10}})$", text[max(0, sep.start() - 12):sep.start()])
            if item and _list_item(item.group(1)):
                s = sep.start() - len(item.group(1))
                if not any(covered[s:sep.start()]):
                    added.append(Mention(s, sep.start(), classify_org(item.group(1), default="Company"),
                                         item.group(1), "list"))
    if added:
        article.mentions = sorted(ms + added, key=lambda m: (m.start, -m.end))


class Finder:
    """Collects candidate mentions over one text and settles their overlaps."""

    def __init__(self, text: str, tokens: list[Token]):
        self.text = text
        self.tokens = tokens
        self.ends = {t.end: i for i, t in enumerate(tokens)}
        self.starts = {t.start: i for i, t in enumerate(tokens)}
        self.token_starts = [t.start for t in tokens]
        self.cands: list[Mention] = []
        self.name_ends: set[int] = set()

    def add(self, start: int, end: int, type_: str, source: str) -> None:
        lead = _LEADING_APPOINTMENT.match(self.text, start)
        if type_ not in ("Person", "Title") and lead and (start == 0 or not "\u4e00" <= self.text[start - 1] <= "\u9fff"
                                                         or self.text[start - 1] in "今曾现历兼年月"):
            start = lead.end()  # 历任|某某股份有限公司
        if type_ not in ("Person", "Title") and end - start > 3 and self.text[start] in _LEADING_FUNCTION_CHARS:
            start += 1  # 由深创投: jieba glued a preposition onto the name
            if _GENERIC_HEAD.fullmatch(self.text[start:end - len(suffix_class_word(self.text[start:end]))]):
                return  # 由|该公司
        if end > start:
            self.cands.append(Mention(start, end, type_, self.text[start:end], source))
            if type_ != "Title":
                self.name_ends.add(end)

    # -- sources of candidates ------------------------------------------------

    def model_spans(self, spans) -> None:
        """The tagger's spans; those it is unsure of must also look like names."""
        for start, end, label, conf in spans:
            team = _TEAM.search(self.text, start, end)
            if team and team.end() == end:
                continue  # 李四团队: a team is not an organisation; team_members() finds its people
            if label == "Organization":
                if not self.model_org_ok(start, end, sure=conf >= 0.9):
                    continue
                start = self.fix_start(start, end, classify_org(self.text[start:end]))
                label = classify_org(self.text[start:end])
            elif label == "Person" and (conf < 0.6 and not _person_ok(self.text[start:end])
                                        or _NOT_A_NAME.search(self.text[start:end]) or self.common_word(start, end)):
                continue  # 常务副, 党委: pieces of titles and bodies
            elif label == "Person" and end in self.ends and self.tokens[self.ends[end]].tag == "v" and \
                    self.tokens[self.ends[end]].start - start >= 2:
                self.add(start, self.tokens[self.ends[end]].start, label, "model")  # 韦某某|点评
                continue
            elif label == "Person" and self.text.startswith(_PEER_WORDS, start) and end - start > 3:
                start += next(len(w) for w in _PEER_WORDS if self.text.startswith(w, start))  # 师兄|曾德洪
            elif label == "Title" and conf < 0.6 and not _TITLE_END_RE.search(self.text, start, end):
                continue
            elif label == "Title":
                named = _NAMED_TITLE.match(self.text, start, end)
                if named and named.end() == end and _is_chinese_name(named.group(1)) and \
                        self.text[start:end] not in _TITLE_SET and not _NOT_A_NAME.search(named.group(1)):
                    self.add(start, named.end(1), "Person", "model")  # 庞卫东教授 -> 庞卫东 + 教授
                    start = named.end(1)
            self.add(start, end, label, "model")

    def cuts_function_word(self, pos: int) -> bool:
        """Does ``pos`` fall inside a function word or verb (凭|借)?"""
        k = bisect.bisect_right(self.token_starts, pos) - 1
        t = self.tokens[k] if k >= 0 else None
        return t is not None and t.start < pos < t.end and t.tag in ("p", "c", "d", "v", "u", "vn")

    def common_word(self, start: int, end: int) -> bool:
        """Is text[start:end] one dictionary word that is not a name (管理, 高级, 和)?"""
        i = self.starts.get(start)
        return i is not None and self.tokens[i].end == end and self.tokens[i].tag not in (
            None, "nr", "nrt", "nrfg", "nz", "ns") and len(self.text[start:end]) <= 2

    def model_org_ok(self, start: int, end: int, sure: bool) -> bool:
        """Drop what the tagger calls an organisation but is a bare word (公司, 管委会), a count
        (6部门) or, when it is unsure, a phrase starting with a verb or adverb (全力打造…), two
        names joined by a verb or a run of common nouns."""
        text = self.text[start:end]
        i = self.starts.get(start)
        first = self.tokens[i].text if i is not None else ""
        core = text[len(first):] if first in lexicon.DETERMINERS else text
        core = next((core[len(d):] for d in lexicon.DETERMINERS if core.startswith(d) and core[len(d):] in _SUFFIX_CLASS),
                    core)
        if core in _SUFFIX_CLASS or not core or re.search(r"[“”\"《》%％]|--|—|\d+(?:个|家|部门|所)", text):
            return False
        if _FIELD_AFTER.match(self.text, end) or any(w in text for w in _PEER_WORDS):
            return False  # 海洋生物医药、海洋装备等领域: fields; 同门师兄某某: a person
        suffix = _SUFFIX_END.search(core)
        if suffix and (_GENERIC_HEAD.fullmatch(core[:suffix.start()]) or re.search("一家|一所|一个|某", core)):
            return False  # 大赛评审委员会, 商业银行, 国内一家研究所: a kind of body, not a name
        if i is None:
            return True
        j = i + 1
        while j < len(self.tokens) and self.tokens[j].end <= end:
            if self.tokens[j].text in lexicon.BOUNDARY_WORDS and (self.tokens[j].tag or "").startswith(("v", "p")):
                return False  # 南方科技大学|共建|联合实验室: two things joined by a verb
            j += 1
        if sure:
            return True
        if self.tokens[i].tag in ("v", "d", "a", "ad", "p", "c", "u", "m", "r"):
            return False
        m = _SUFFIX_END.search(text)
        return bool(m) and self.real_suffix(end, m.group()) or self.is_proper(start, end, "")

    def real_suffix(self, end: int, suffix: str) -> bool:
        """A one-character suffix must be a word of its own (局长's 局 is, 布局's is not)."""
        last = self.tokens[self.ends[end]] if end in self.ends else None
        return len(suffix) > 1 or last is not None and (last.text == suffix or len(last.text) >= 3
                                                        or last.tag == "nt")
    def team_members(self) -> None:
        """ORG P1、P2团队: the people named between an organisation and 团队."""
        for m in _TEAM.finditer(self.text):
            items_end = m.start()
            head = re.search(r"((?:[\u4e00-\u9fff·]{2,4}、)*[\u4e00-\u9fff·]{2,4})(?:等)?(?:研究|科研|创新|技术)?$",
                             self.text[max(0, items_end - 40):items_end])
            if not head:
                continue
            start = items_end - len(head.group())
            # the list must follow a name closed by a suffix (兰州大学|张三、李四团队)
            for cut in range(start, start + len(head.group(1))):
                if cut in self.name_ends and self.text[cut - 1] not in "、":
                    names = self.text[cut:start + len(head.group(1))].split("、")
                    if all(_is_chinese_name(n) or "·" in n for n in names):
                        pos = cut
                        for n in names:
                            self.add(pos, pos + len(n), "Person", "team")
                            pos += len(n) + 1
                        break

    def suffix_names(self) -> None:
        """Names closed by a class suffix, grown leftwards over name-like tokens."""
        text = self.text
        for m in _SUFFIX_RE.finditer(text):
            end = m.end()
            if end not in self.ends:
                continue
            suffix = m.group()
            cls = _SUFFIX_CLASS[suffix]
            if not self.real_suffix(end, suffix):
                continue  # 开局, 布局: words that merely end in 局
            if cls == "Program":
                continue  # programmes are only names after 入选 or in quotes (relations/quoted_names)
            start = self.grow_left(self.ends[end], cls)
            if start is None:
                continue
            start = self.fix_start(start, end, cls)
            campus = _CAMPUS.match(text, end)
            if campus and cls in ("University", "ResearchInstitute") and (
                    campus.group(1) in lexicon.places() or campus.group(1) in _REGIONS):
                end = campus.end()  # 某石油大学（华东）
            name = text[start:end]
            if cls == "Fund" and text.startswith("会", end) or suffix == "中心" and text[m.start() - 1] in "市城镇区县":
                continue  # 基金会; 市中心 is downtown
            if _LEGAL_END.search(text, start, m.start()) and _DEPARTMENT.fullmatch(text[_LEGAL_END.search(
                    text, start, m.start()).end():end]):
                continue  # 某某有限公司|研发中心: the company is the name, the department goes into a title
            if suffix == "党委" and suffix_class(text[start:m.start()]) in ("Bank", "Company", "University"):
                continue  # 某银行|党委副书记: the party committee goes into the title
            if len(name) <= len(suffix) or not (self.is_proper(start, end, suffix) or
                                                 cls == "Zone" and self.short_zone_name(start, end - len(suffix))):
                continue
            if suffix in WEAK_ZONE_SUFFIXES and not self.is_proper(start, end, suffix, places=False) \
                    and re.search(r"[省市县区]$", name[:-len(suffix)]):
                continue  # 某市工业园区: a kind of place, not a named zone (合肥经开区 is one)
            self.add(start, end, classify_org(name) if cls in lexicon.ORG_CLASSES else cls, "suffix")
            inner = _INNER_UNIVERSITY.match(name)
            if inner and inner.end() < len(name) and start + inner.end() in self.ends:
                self.add(start, start + inner.end(), "University", "suffix")  # 某大学|物理学院

    def grow_left(self, i: int, cls: str) -> int | None:
        """Start of the name whose last token is ``tokens[i]``; None if it can't be a name."""
        toks, text = self.tokens, self.text
        start = toks[i].start
        j = i - 1
        open_needed = None
        legal = text.endswith("有限公司", 0, toks[i].end)
        while j >= 0:
            t = toks[j]
            w = t.text
            if open_needed:
                start = t.start
                if w == open_needed:
                    open_needed = None
                j -= 1
                continue
            if w in OPEN_CLOSE:
                opener = text.rfind(OPEN_CLOSE[w], max(0, t.start - 12), t.start)
                if opener < 0 or any(c in PUNCT for c in text[opener:t.start]):
                    break
                open_needed = OPEN_CLOSE[w]
                start = t.start
                j -= 1
                continue
            if w in "“（(":
                break
            if w == "·" and cls in ("Competition", "Award", "Person"):
                start = t.start
                j -= 1
                continue
            if w in ("与", "和"):
                after = toks[j + 1]
                if cls not in ("University", "ResearchInstitute", "GovernmentAgency", "Fund") or j == 0 \
                        or j + 1 == i and toks[i].text in _SUFFIX_CLASS \
                        or after.tag in ("ns", "nt", "nz", "nr") \
                        or after.text in lexicon.places() or _MINISTRY_RE.fullmatch(toks[j - 1].text) or \
                        suffix_class(toks[j - 1].text) in lexicon.ORG_CLASSES | {"Zone", "Fund"}:
                    break  # "A与B" joins two names; "物理与通信电子学院" is one
            elif not _wordlike(w) or w in lexicon.BOUNDARY_WORDS and not (
                    w == "联合" and j + 1 == i and toks[i].text in _SUFFIX_CLASS):
                break  # (…联合研究院: 联合 right before a bare suffix belongs to the name; 研究院|联合|清华大学 is two)
            elif toks[j + 1].tag in ("v", "vn") and toks[j + 1].text not in _NAME_VERBS and \
                    suffix_class(w) in lexicon.ORG_CLASSES:
                break  # 南方科技大学|共建联合实验室: a name, then a verb starting another
            elif _generic_org_word(w):
                break  # 上市公司|宝钢股份: a kind of organisation before a name
            elif w in _STOP_KIND_WORDS and toks[j + 1].text != "·" and not legal and \
                    not _CORPORATE_TAIL.fullmatch(text[toks[j + 1].start:toks[i].end]):
                break  # 该基金|由…科学城: a bare kind word is not part of the next name
            elif self.soft_stop(t, cls, legal) and not self.place_before(j):
                break
            start = t.start
            j -= 1
            if toks[i].end - start >= MAX_NAME:
                return None
        if legal:
            k = self.starts.get(start)
            while k is not None and k < i - 1 and toks[k].tag in ("v", "vn") and \
                    not _is_place_token(toks[k]) and _is_place_token(toks[k + 1]):
                k += 1
                start = toks[k].start  # 已投资|西安某某技术有限公司
        if not legal:
            k = self.starts.get(start)
            while k is not None and k < i and toks[k].tag in ("v", "vn", "vd", "a", "ad", "an", "n", "l"):
                if toks[k].tag == "n" and toks[k].text not in ("国家", "中国"):
                    break  # names may start with a common noun (科技部 …); trim only verbs and adjectives
                k += 1
            start = toks[k].start if k is not None else start
        ordinal = _ORDINAL.search(text, max(0, start - 6), start)
        if ordinal and ordinal.end() == start:
            start = ordinal.start()
        return start

    def fix_start(self, start: int, end: int, cls: str = "University") -> int:
        """Put a name's start right: after a foreign country (美国|加州大学…), or back to the start of
        a place that jieba split across it (上|海瑞芯… -> 上海瑞芯…)."""
        text = self.text
        country = next((c for c in sorted(lexicon.countries(), key=len, reverse=True)
                        if text.startswith(c, start)), None) if text[start] not in "中" else None
        if country and cls in ("University", "ResearchInstitute") and end - start - len(country) >= 4 and not re.match(
                r"国立|国家|皇家|大学|理工|科学|技术|工业|中央|联邦", text[start + len(country):]):
            return start + len(country)
        for k in (1, 2):
            head = text[max(0, start - k):start + 4]
            for n in range(len(head), k, -1):
                if head[:n] in lexicon.places() and start - k >= 0 and text[start - k - 1:start - k] in "：:，,。；、 \n" + "":
                    return start - k
        return start

    def soft_stop(self, t: Token, cls: str, legal: bool) -> bool:
        """A token whose tag usually ends a name (verbs, numbers, adverbs …)."""
        if t.text in ("青年", "少年", "中青年"):
            return False  # jieba calls them time words; names use them (青年创客挑战赛)
        if t.tag == "f" and len(t.text) == 2 or t.text in lexicon.places():
            return False  # 南方科技大学, 东方…; a place jieba mistagged (大连/d)
        if cls == "Fund" and t.tag in ("v", "vn"):
            return False  # fund names are full of verbs (成果转化基金); 设立/发起 are boundary words
        if t.tag in STOP_TAGS:
            return True
        if legal:  # a legal name runs to a hard stop, a number or a two-character verb (继续)
            return t.tag == "m" or t.tag == "v" and len(t.text) >= 2 and t.text not in _NAME_VERBS \
                and t.text not in _SUFFIX_CLASS and not self.proper_before(t)
        if t.tag == "m" or t.text.isdigit():
            if re.fullmatch(r"第[一二三四五六七八九十]+", t.text):
                return False  # 附属第一医院
            return cls != "Competition" or not t.text.isdigit()
        return t.tag in ("v", "vd") and t.text not in _NAME_VERBS

    def proper_before(self, t: Token) -> bool:
        """Is the token before ``t`` a made-up or proper word (某驰界|自动驾驶科技有限公司)?"""
        k = self.starts.get(t.start)
        for p in self.tokens[max(0, k - 2):k][::-1] if k else ():
            if len(p.text) >= 2 and (p.tag is None or p.tag in ("nz", "nrt", "nr", "j")):
                return True
            if p.tag not in ("v", "vn"):
                return False  # look past one more verb only (某驰界|自动|驾驶)
        return False

    def place_before(self, j: int) -> bool:
        """Is there a place one or two name-like tokens left of token j (绍兴|立方|新能源)?"""
        for k in (j - 1, j - 2):
            if k < 0:
                return False
            t = self.tokens[k]
            if _is_place_token(t):
                return True
            if not _wordlike(t.text) or t.text in lexicon.BOUNDARY_WORDS:
                return False
        return False

    def is_proper(self, start: int, end: int, suffix: str, places: bool = True) -> bool:
        """A name, not a generic phrase: holds a place, a made-up word, a quote, or is a legal name."""
        if suffix in ("有限公司", "股份有限公司", "有限责任公司"):
            return True
        head_end = end - len(suffix)
        head = self.text[start:head_end]
        if _GENERIC_HEAD.fullmatch(head) or "某" in head or self.starts.get(start) is not None and \
                self.tokens[self.starts[start]].text in lexicon.DETERMINERS:
            return False
        if suffix_class(self.text[start:end]) == "GovernmentAgency" and re.fullmatch(
                r"(?:省|市|县|区|自治区|州|国家|中央)[\u4e00-\u9fff]{1,6}", head):
            return True  # 自治区科技厅, 市发改委: a government body named by its level
        if _MINISTRY_RE.match(self.text, start):
            return True  # 科技部火炬高技术产业开发中心
        if self.text[start - 1:start] == "“" and self.text[end:end + 1] == "”":
            return True  # a quoted name: “某某成果转化种子基金”
        if any(start <= c.start and c.end <= head_end and c.type != "Title" for c in self.cands[-20:]):
            return True  # 某科技城|知识产权运营基金: it holds a name found already
        i = self.starts.get(start)
        while i is not None and i < len(self.tokens) and self.tokens[i].start < head_end:
            t = self.tokens[i]
            is_place = t.tag == "ns" or t.text in lexicon.places()
            if (t.tag in NAME_TAGS and not is_place) or (places and is_place) or (t.tag == "f" and len(t.text) == 2) or t.text in "“”\"·（(" or t.tag is None and (
                    len(t.text) > 1 or _LATIN.fullmatch(t.text)):
                return True
            i += 1
        return False

    def short_zone_name(self, start: int, end: int) -> bool:
        """绿谷产业园, 光谷: a zone's own short name is one plain word of two or three characters."""
        i = self.starts.get(start)
        return i is not None and self.tokens[i].end == end and 2 <= end - start <= 3 \
            and not _GENERIC_HEAD.fullmatch(self.text[start:end]) and self.tokens[i].tag in ("n", "nz", None)

    def quoted_names(self) -> None:
        """“X计划”, “X奖”: quoted programmes and awards (not what something is called)."""
        for m in _QUOTED.finditer(self.text):
            inner = m.group(1)
            before = self.text[max(0, m.start() - 4):m.start()]
            if re.search(r"(称为|誉为|号称|称作|被称|简称|称号)$", before):
                continue
            tail = re.match(r"(?:培养|引进|人才|支持|资助|科技)*(?:计划|工程|项目)", self.text[m.end():m.end() + 8])
            lead = max((n for n in range(2, 7) if self.text[m.start() - n:m.start()] in lexicon.places()), default=0)
            if inner.endswith(("计划", "工程", "人才项目", "行动")):
                self.add(m.start() - lead, m.end(), "Program", "quote")
            elif tail:
                self.add(m.start() - lead, m.end() + tail.end(), "Program", "quote")  # 某省“某某英才”计划
            elif inner.endswith("奖") and inner not in lexicon.RANKS and "的" not in inner:
                self.add(m.start() + 1, m.end() - 1, "Award", "quote")
                category = re.match(r"[\u4e00-\u9fff]{2,8}?奖", self.text[m.end():m.end() + 9])
                if category and category.group() not in lexicon.RANKS:  # “某某科学技术奖”杰出成就奖
                    self.add(m.start() + 1, m.end() + category.end(), "Award", "quote")

    def selected_programmes(self) -> None:
        """入选(了)(2021年度)X计划/工程/项目/名单: the programme someone was selected for."""
        text = self.text
        part = rf"(?:\d{{4}}年度?|首批|第[一二三四五六七八九十\d]+批)?([^{PUNCT}和及]{{2,40}}?(?:计划|工程|项目|名单|榜单|人才))"
        for m in re.finditer(rf"入选(?:了)?{part}(?:(?:和|及|以及|、){part})*(?=[{PUNCT}]|$)", text):
            for g in (1, 2):
                if m.group(g):
                    s, e = m.start(g), m.end(g)
                    self.add(s, e, "Program", "quote")
                    core = re.match(r"[^“”]*“[^”]+”", text[s:e])
                    if core and core.end() < e - s:
                        self.add(s, s + core.end(), "Program", "quote")  # 国家“万人计划”|科技创新领军人才

    def awards_won(self) -> None:
        """荣获/获得(2020年度)X奖(一等奖): the award, without its rank."""
        text = self.text
        for m in re.finditer(r"(?:荣获|获得|获评|摘得|斩获|被授予|授予|获颁|获)(?:了)?(?:\d{4}年度?)?", text):
            tail = re.match(rf"[^{PUNCT}“”\"]{{2,20}}?奖(?![项金励杯状牌品])", text[m.end():])
            if not tail:
                continue
            name = tail.group()
            rank = _RANK_END.search(name)
            if rank and name[:rank.start()].endswith("奖"):
                name = name[:rank.start()]  # 某某进步奖|一等奖
            elif rank and (rank.start() <= 3 or re.search(r"(?:组|类|赛道|赛区|届)$", name[:rank.start()])):
                continue  # 企业组一等奖: a rank, not an award
            if len(name) >= 3 and name.endswith("奖") and name not in lexicon.RANKS and "的" not in name:
                self.add(m.end(), m.end() + len(name), "Award", "suffix")

    def ministries(self) -> None:
        for m in _MINISTRY_RE.finditer(self.text):
            if m.start() in self.starts or m.start() - 1 in self.ends:
                self.add(m.start(), m.end(), "GovernmentAgency", "gazetteer-org")

    def awards_given(self) -> None:
        """某某杰出成就奖被授予X: an award named before the verb that gives it."""
        for m in re.finditer(rf"([^{PUNCT}的“”\"]{{3,20}}奖)(?=”?(?:被授予|授予|颁给|颁发给|花落|评选|揭晓|颁奖|获奖名单|表彰))",
                             self.text):
            name = m.group(1)
            if name not in lexicon.RANKS and not _RANK_END.search(name):
                self.add(m.start(1), m.end(1), "Award", "suffix")

    def places(self) -> None:
        auto = _place_automaton()
        for end_idx, (length, _full) in auto.iter(self.text):
            end = end_idx + 1
            start = end - length
            if self.text[start:end] in _SUFFIX_CLASS:
                continue
            if start in self.starts and end in self.ends:
                self.add(start, end, "Place", "gazetteer")
            elif start in self.starts and self.text[end:end + 1] in "省市县区":
                continue
            elif start in self.starts and any(t.start == start and t.end > end and t.tag == "ns"
                                              for t in self.tokens[self.starts[start]:self.starts[start] + 1]):
                self.add(start, end, "Place", "gazetteer")

    def titles(self) -> None:
        """Title words from the lexicon, grown left over modifiers (长聘副教授, 技术副总裁)."""
        text = self.text
        for m in _TITLE_RE.finditer(text):
            if m.end() not in self.ends and not text[m.end():m.end() + 1].isspace():
                continue
            self.add(m.start(), m.end(), "Title", "lexicon")

    def lists_and_appositions(self) -> None:
        """Short brand names: members of a list that ends in 等…企业/公司, and '公司——X'."""
        text = self.text
        item = f"[^{PUNCT}]{{2,10}}"
        for m in re.finditer(rf"((?:{item}、)+{item})等(?:[^{PUNCT}的]{{0,8}}?)(企业|公司|机构|平台|厂商)", text):
            pos = m.start(1)
            for item in m.group(1).split("、"):
                s, e = pos, pos + len(item)
                pos = e + 1
                lead = re.match(r"^(比如|例如|如|包括|其中|招引了|引进了|吸引了)", item)
                if lead:
                    s += lead.end()
                if e - s >= 2 and _list_item(text[s:e]) and not re.search(r"[的年]", text[s:e]):
                    self.add(s, e, classify_org(text[s:e], default="Company"), "list")
        for m in re.finditer(rf"(?:的|[{PUNCT}])([^{PUNCT}的]{{2,8}})等\d+(?:个|家)(?:项目|企业|公司)", text):
            if not GENERIC_ITEM.search(m.group(1)):
                self.add(m.start(1), m.end(1), classify_org(m.group(1), default="Company"), "list")
        for m in re.finditer(r"(?:公司|企业)(?:——|—|－|:|：)([^\s，。；（(]{2,10})(?:[（(][A-Za-z][\w .&-]*[)）])?", text):
            self.add(m.start(1), m.end(1), "Company", "apposition")
            latin = re.search(r"[（(]([A-Za-z][\w .&-]*)[)）]", m.group())
            if latin:
                s = m.start() + latin.start(1)
                self.add(s, s + len(latin.group(1)), "Company", "apposition")

    def declared_aliases(self) -> None:
        """NAME（以下简称“X”）: X is another name of the name before the bracket."""
        for m in lexicon.DECLARED_ALIAS.finditer(self.text):
            name = next((c for c in reversed(self.cands) if c.end == m.start() and c.type != "Title"), None)
            if name is not None:
                self.add(m.start(1), m.end(1), name.type, "alias")

    def people_by_context(self) -> None:
        """Names next to a title (教授李明, 李明教授), before a verb of saying (李明表示), at the
        head of an apposition (李明，某大学教授), and foreign names with a middle dot."""
        text = self.text
        for m in _TITLE_RE.finditer(text):
            if m.start() not in self.starts and m.start() - 1 not in self.ends:
                continue
            i = self.starts.get(m.end())
            span = self.name_from(i) if i is not None else self.name_inside_token(m.end())
            if span:
                self.add(*span, "Person", "title-context")
                self.brand_before(m.start())
            k = self.ends.get(m.start())
            span = self.name_to(k) if k is not None else None
            if span and (span[0] == 0 or text[span[0] - 1] in "，,、的：:（(“ \n" or span[0] in self.name_ends):
                self.add(*span, "Person", "title-context")
        for m in _DEGREE_RE.finditer(text):
            i = self.starts.get(m.end())
            span = self.name_from(i) if i is not None else None
            if span:
                self.add(*span, "Person", "title-context")
        for m in _SAYS.finditer(text):
            k = self.ends.get(m.start())
            span = self.name_to(k) if k is not None else None
            if span and (span[0] == 0 or text[span[0] - 1] in "，,。；;、：:“\n" or span[0] in self.name_ends):
                self.add(*span, "Person", "title-context")
        for m in _CLAUSE_NAME.finditer(text):
            k = self.ends.get(m.end(1))
            span = self.name_to(k) if k is not None else None
            if span and span[0] == m.start(1) and self.tokens[k].tag is None:
                self.add(*span, "Person", "title-context")  # ，张三从…毕业
        for m in _APPOSITION.finditer(text):
            k = self.ends.get(m.end(1))
            span = self.name_to(k) if k is not None else None
            if span and span[0] == m.start(1):
                self.add(*span, "Person", "title-context")
        for m in re.finditer(r"[\u4e00-\u9fff]·[\u4e00-\u9fff]", text):
            s, e = self.name_part(m.start() + 1, -1), self.name_part(m.end() - 1, 1)
            quoted = text.rfind("“", 0, s) > text.rfind("”", 0, s)
            if text[s] in "由为被在将把从对" and m.start() - s >= 2:
                s += 1  # 由|史克威尔·艾尼克斯
            if not quoted and m.start() + 1 - s >= 2 and e - (m.end() - 1) >= 2:
                self.add(s, e, "Person", "dot-name")

    def name_inside_token(self, pos: int) -> tuple[int, int] | None:
        """官程立: jieba glued the end of a title to the name after it."""
        t = next((t for t in self.tokens[bisect.bisect_right(self.token_starts, pos) - 1:][:1]
                  if t.start < pos < t.end), None)
        if t is not None and t.tag is None and 2 <= t.end - pos <= 3 and _is_chinese_name(self.text[pos:t.end]):
            return pos, t.end
        return None

    def name_from(self, i: int) -> tuple[int, int] | None:
        """A Chinese personal name starting at token i (李明 | 罗文|杰 | 李|明)."""
        toks = self.tokens
        t1 = toks[i]
        t2 = toks[i + 1] if i + 1 < len(toks) else None
        if (t2 and len(t1.text) == 2 and len(t2.text) == 1 and (t1.tag in (None, "nr", "nrfg") or t1.text in lexicon.SURNAMES)
                and t2.tag not in STOP_TAGS | {"v", "m", "vn"} and t2.text not in lexicon.BOUNDARY_WORDS
                and "\u4e00" <= t2.text <= "\u9fff" and _is_chinese_name(t1.text + t2.text)):
            return t1.start, t2.end
        if 2 <= len(t1.text) <= 3 and t1.tag in (None, "nr", "nrfg", "nrt") and _is_chinese_name(t1.text):
            return t1.start, t1.end
        if len(t1.text) == 1 and t1.text in lexicon.SURNAMES and t2 and len(t2.text) <= 2 \
                and t2.text not in lexicon.BOUNDARY_WORDS and (t2.tag not in STOP_TAGS or t2.tag == "d" and len(t2.text) == 2):
            glued = self.text[t2.start + 1:t2.start + 3]
            if len(t2.text) == 2 and _tags().get(glued) in ("v", "p", "c", "d", "vn"):
                return t1.start, t2.start + 1  # 吴|昊凭|借: the name ends where 凭借 begins
            if t2.tag in ("v", "vn", "vd"):
                t3 = toks[i + 2] if i + 2 < len(toks) else None
                if len(t2.text) == 1 and (t3 is None or not _wordlike(t3.text) or _SAYS.fullmatch(t3.text)):
                    return t1.start, t2.end  # 程|立、: a one-character given name that is also a verb
                # 李|明说: jieba glued the verb to the given name
                return (t1.start, t2.start + 1) if len(t2.text) == 2 and t2.text[1] in "说称讲道" else None
            return t1.start, t2.end
        return None

    def name_to(self, k: int) -> tuple[int, int] | None:
        """A Chinese personal name ending with token k (…李明 | 罗文|杰 | 李|明)."""
        toks = self.tokens
        t = toks[k]
        if 2 <= len(t.text) <= 3 and t.tag in (None, "nr", "nrfg") and _is_chinese_name(t.text):
            return t.start, t.end
        if k > 0:
            p = toks[k - 1]
            both = p.text + t.text
            if len(both) in (2, 3) and _is_chinese_name(both) and p.tag in (None, "nr", "nrfg", "nrt", "ng", "n") \
                    and t.tag not in STOP_TAGS | {"v", "vn", "m"} and t.text not in lexicon.BOUNDARY_WORDS \
                    and all("\u4e00" <= c <= "\u9fff" for c in both) and not _is_place_token(p):
                return p.start, t.end
        return None

    def name_part(self, pos: int, step: int) -> int:
        """How far a transliterated name runs from the middle dot at ``pos`` (step -1: left, 1: right)."""
        i = self.ends.get(pos) if step < 0 else self.starts.get(pos)
        edge = pos
        while i is not None and 0 <= i < len(self.tokens):
            t = self.tokens[i]
            if t.tag not in (None, "nr", "nrt", "nrfg", "ns", "nz") and len(t.text) > 1 or \
                    t.text in lexicon.BOUNDARY_WORDS or t.tag in STOP_TAGS or not _wordlike(t.text) or \
                    t.text in "·（）()“”\"":
                break
            edge = t.start if step < 0 else t.end
            i += step
        return edge

    def brand_before(self, pos: int) -> None:
        """A short company name right before a title: 星河科技总经理 -> 星河科技."""
        k = self.ends.get(pos)
        if k is None or pos in self.name_ends:
            return
        t = self.tokens[k]
        proper = lambda x: x.tag in (None, "nz", "nrt", "nr", "j", "eng") and len(x.text) >= 2  # noqa: E731
        if _INDUSTRY.fullmatch(t.text) and k > 0 and proper(self.tokens[k - 1]):
            self.add(self.tokens[k - 1].start, pos, "Company", "list")
        elif proper(t) and t.tag != "nr" and not _is_chinese_name(t.text):
            self.add(t.start, pos, "Company", "list")

    # -- settling ---------------------------------------------------------------

    def settle(self) -> list[Mention]:
        """Choose non-overlapping mentions by preference; keep places and zones nested inside names."""
        def rank(m: Mention):
            strong = {"suffix": 4, "quote": 5, "alias": 5, "apposition": 3, "gazetteer-org": 3, "list": 2, "model": 2, "dot-name": 4, "team": 4,
                      "title-context": 1, "lexicon": 2, "gazetteer": 0}[m.source]
            if m.type == "Title":
                strong = 3 if m.source == "model" else strong
            elif m.source == "model" and (m.start not in self.starts or m.end not in self.ends) and (any(
                    c is not m and c.type == m.type and c.start <= m.start and m.end <= c.end for c in self.cands)
                    or self.cuts_function_word(m.end)):
                strong = 0.5  # the tagger cut a name short (姜雪|峰) or into a word after it (吴昊凭|借)
            return (-strong, -(m.end - m.start), m.start)

        chosen: list[Mention] = []
        owner: list[Mention | None] = [None] * (len(self.text) + 1)  # the chosen mention over each char
        for m in sorted(self.cands, key=rank):
            if any(owner[m.start:m.end]):
                continue
            for k in range(m.start, m.end):
                owner[k] = m
            chosen.append(m)
        kept = {id(m) for m in chosen}
        nested = []
        for m in self.cands:
            c = owner[m.start]
            if id(m) not in kept and c is not None and m.end <= c.end and (
                    m.type in ("Place", "Zone") and c.type != m.type or m.type == "Program"
                    or m.type == "University" and m.text.endswith("大学")):
                nested.append(m)
        seen = set()
        out = []
        for m in sorted(chosen + nested, key=lambda m: (m.start, -m.end)):
            if (m.start, m.end, m.type) not in seen:
                seen.add((m.start, m.end, m.type))
                out.append(m)
        return out


_NAME_VERBS = {"成长", "发展", "创新", "创业", "引导", "投资", "联动", "仿生", "计算", "制造", "服务", "管理",
               "应用", "转化", "孵化", "加速", "智能", "创投", "建设", "开发", "附属", "验证", "运营", "咨询", "联合", "感知"}


def _generic_org_word(w: str) -> bool:
    """上市公司, 商业银行: a kind of organisation, not a name."""
    m = _SUFFIX_END.search(w)
    return bool(m) and m.start() > 0 and bool(_GENERIC_HEAD.fullmatch(w[:m.start()]))


def _person_ok(name: str) -> bool:
    """A tagger's person: has Chinese characters, and a short name starts with a surname."""
    if not re.search(r"[\u4e00-\u9fff]", name):
        return False
    return len(name) > 3 or "·" in name or _is_chinese_name(name)


def _list_item(text: str) -> bool:
    """Can this member of a list be a name (not 企业, not a title, not a quote, not a field)?"""
    return not (GENERIC_ITEM.search(text) or _TITLE_RE.search(text)
                or re.search(r"[“”\"‘’《》]|代表$|领域|行业|产业|方向|区内", text))


def _is_place_token(t: Token) -> bool:
    return t.tag == "ns" or t.text in lexicon.places()


def _wordlike(w: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" or c.isalnum() for c in w) or w in INNER_PUNCT


def _is_chinese_name(name: str) -> bool:
    if not name or not all("\u4e00" <= c <= "\u9fff" for c in name) or re.search(r"(?:先生|女士|小姐|老师|同志|某|总|副)$", name):
        return False
    return name[:2] in lexicon.SURNAMES or name[0] in lexicon.SURNAMES


_GENERIC_HEAD = re.compile(r"(?:各|某|该|本|这|那|多家|一家)?(?:中资|外资|合资|国有|国营|民营|私营|商业|股份制|政策性|地方|城市|"
                           r"农村|上市|大型|中型|小型|中小|科技型|高新技术|龙头|头部|独角兽|创新型|新型|相关|有关|商业性|"
                           r"金融|科技|投资|创投|互联网|大赛|赛事|评审|专家|组织|筹备|领导|工作|协调|指导|母|子|研发|"
                           r"研究|技术|创新|服务|数据|运营|管理|会展|培训|检测|孵化|国内|国外|海外|当地|一家|一所|各大|主流|"
                           r"中介|一些|部分|多家|大型|博彩|房地产|物业|保险|证券)*")
_NAMED_TITLE = re.compile(rf"([\u4e00-\u9fff]{{2,3}})(?:{lexicon.TITLE_ALT})")
_APPOSITION = re.compile(r"(?:^|(?<=[。；;\n，,]))([\u4e00-\u9fff]{2,3})[，,](?=[^，,。]{2,30}?(?:"
                         + _TITLE_RE.pattern + "))")
_CORPORATE_TAIL = re.compile(r"(?:股份|集团|控股)?(?:股份)?有限(?:责任)?公司|(?:股份)?有限公司|分公司|分行|支行|总行|"
                             r"控股|股份|[^，,。；;]{0,12}(?:分行|支行|分公司)")
_INNER_UNIVERSITY = re.compile(r"[^，,。；;、]{2,12}?大学(?:[（(][\u4e00-\u9fff]{2,4}[）)])?(?=[^，,。；;、]{2,}(?:学院|系|研究院|研究所|中心|实验室|医院)$)")
_LEGAL_END = re.compile(r"(?:集团)?(?:股份)?有限(?:责任)?公司(?:$|(?=[\u4e00-\u9fff]{1,6}$))")
_GENERIC_TAIL = re.compile(r"(?:科技|技术|集团|股份|控股|实业|发展|工程|管理|信息|智能|生物|网络|电子|数字|新材料|"
                           r"新能源|医药|环保|软件|国际|咨询|服务|贸易|文化|传媒|装备|设备|制造)$")
_DEPARTMENT = re.compile(r"(?:研发|技术|研究|创新|设计|工程|测试|制造|营销|销售|市场|财务|人力资源|质量)?"
                         r"(?:中心|部|处|室|事业部|事业群)")
_GLUED_CHARS = set("于在和与等说是的也为将从对向被把")
_WEAK_SOURCES = {"list", "title-context", "model"}
_STOP_KIND_WORDS = {"基金", "公司", "企业", "集团", "项目", "计划", "大赛", "比赛", "平台", "机构"}
_LEADING_FUNCTION_CHARS = set("由在与和的将对从向被把为及")
_LEADING_APPOINTMENT = re.compile(r"[年月起]?(?:历任|曾任|现任|兼任|出任|加盟|任)(?=[\u4e00-\u9fff]{4})")
_FIELD_AFTER = re.compile(r"(?:、[^，,。；]{1,12})*(?:等)?(?:领域|行业|产业|方向|板块|赛道)")
_TITLE_SET = set(lexicon.TITLE_HEADS)
_CAMPUS = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
_REGIONS = {"华东", "华南", "华北", "华中", "西南", "西北", "东北"}
_NOT_A_NAME = re.compile(r"[副委局部处办总]$|^(?:" + _TITLE_RE.pattern + r")$")
_TITLE_END_RE = re.compile(rf"(?:{lexicon.TITLE_ALT})$")
_MINISTRY_RE = re.compile("|".join(sorted(map(re.escape, lexicon.MINISTRIES), key=len, reverse=True)))
_PEER_WORDS = ("同学", "师兄", "师弟", "师姐", "师妹", "学生", "导师", "搭档", "夫人", "妻子", "丈夫", "校友", "同事", "学长")
_DEGREE_RE = re.compile("|".join(sorted(lexicon.DEGREES + _PEER_WORDS, key=len, reverse=True)))
_CLAUSE_NAME = re.compile(r"(?:^|(?<=[。；;\n，,：:]))([\u4e00-\u9fff]{2,3})(?=从|在|于|曾|毕业|出生|现任|担任|带领|率队|领衔|"
                          r"凭借|先后|随后|此前|早年|当选|创办|创立|回国|入选|荣获|获得|与|和|也|还|则|已|将)")
_SAYS = re.compile(r"(?:表示|说|介绍|认为|指出|强调|透露|坦言|告诉记者|坦承|解释|回忆|称)")
_TEAM = re.compile(r"(?:研究|科研|创新|技术)?(?:团队|课题组)")
_RANK_END = re.compile("(?:" + "|".join(lexicon.RANKS) + ")$")
_INDUSTRY = re.compile(r"科技|集团|汽车|光电|投资|创投|物流|智能|生物|医药|电子|软件|网络|信息|传媒|电气|材料|能源|实业|股份")


def suffix_class_word(name: str) -> str:
    """The class suffix a name ends with, or ''."""
    m = _SUFFIX_END.search(name)
    return m.group() if m else ""


def suffix_class(name: str) -> str:
    """The class a name's suffix alone says, or ''."""
    m = _SUFFIX_END.search(name)
    return _SUFFIX_CLASS[m.group()] if m and _SUFFIX_CLASS[m.group()] != "Program" else ""


def classify_org(name: str, default: str = "Organization") -> str:
    """The organisation class (or Zone/Fund/Competition) a name's suffix says."""
    core = re.sub(r"[（(][^）)]*[）)]$", "", name)
    if suffix_class(core):
        return suffix_class(core)
    if _INDUSTRY.search(core[-2:]):
        return "Company"
    return default
