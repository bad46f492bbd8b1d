"""Across the articles of a build: a name found once is tagged wherever else it occurs, and
a company's legal name lends its short forms."""
from __future__ import annotations

import re

from kg import lexicon
from kg.doc import Article, Mention, Source
from kg.ner.tokens import tags
from kg.ner.words import DEPARTMENT, GENERIC_HEAD, LEGAL_END, REPEATABLE

_NUMERALS = set("一二三四五六七八九十百千两")
_GLUED_CHARS = set("于在和与等说是的也为将从对向被把")
_WEAK_SOURCES = {Source.LIST, Source.TITLE_CONTEXT, Source.MODEL}  # mentions a repeated name may replace
_GENERIC_TAIL = re.compile(r"(?:科技|技术|集团|股份|控股|实业|发展|工程|管理|信息|智能|生物|网络|电子|数字|新材料|"
                           r"新能源|医药|环保|软件|国际|咨询|服务|贸易|文化|传媒|装备|设备|制造)$")


def propagate(articles: list[Article], known_entities=()) -> None:
    """Tag every other occurrence of a name found anywhere in the batch, or held by the store the
    batch goes into (``known_entities``): 星河科技 in a list makes 星河科技 before a title a
    mention too. Split a name that starts with a known organisation (云帆云星火大赛 -> 云帆云 +
    星火大赛)."""
    names = Names(known_entities)
    for a in articles:
        names.add(names_found(a))
    names.close()
    for a in articles:
        tag(a, names)


def names_found(a: Article) -> list[tuple[str, str]]:
    """(name, class) of the article's mentions that other articles may repeat, in order."""
    return [(m.text, m.type) for m in a.mentions
            if m.type in REPEATABLE and len(m.text) >= 2 and m.source not in (Source.ELLIPSIS, Source.ANAPHOR)
            and m.text not in lexicon.BARE_ORG_NOUNS]  # (公司, 该公司: words that stand for a name, not names)


class Names:
    """The names of a build that :func:`tag` looks for: each with the class it was first found
    as (the store's entities first, then the articles in order), and the short forms of
    companies' legal names and of universities (that only one name of the build has).
    ``add`` every article's :func:`names_found`, then ``close``."""

    def __init__(self, known_entities=()):
        self.known: dict[str, str] = {}
        self.full_of: dict[str, str] = {}  # a short form -> the full name it stands for
        self.short_class: dict[str, str] = {}  # a short form -> the class of its full name
        self.ambiguous: set[str] = set()  # short forms of two names (南大: 南京大学, 南开大学)
        self._automaton = None
        for cls, label, names in known_entities:  # a store's entities (kg.store.known_entities)
            if cls in REPEATABLE:
                self.add((name, cls) for name in names if len(name) >= 2)

    def add(self, found) -> None:
        for name, type_ in found:
            self.known.setdefault(name, type_)
            shorts = company_short_forms(name) if type_ == "Company" else \
                university_short_forms(name) if type_ == "University" else []
            for short in shorts:
                if self.full_of.setdefault(short, name) != name:
                    self.ambiguous.add(short)
                self.short_class.setdefault(short, type_)

    def close(self) -> None:
        for short in self.ambiguous:
            self.full_of.pop(short, None)
        for short in self.full_of:
            self.known.setdefault(short, self.short_class[short])
        self.parts = {p for n in self.known for p in n.split("·")}

    def __getstate__(self):  # the automaton is rebuilt where it is used
        return {**self.__dict__, "_automaton": None}

    @property
    def automaton(self):
        if self._automaton is None:
            import ahocorasick

            self._automaton = ahocorasick.Automaton()
            for name, type_ in self.known.items():
                self._automaton.add_word(name, (name, type_))
            self._automaton.make_automaton()
        return self._automaton


def tag(a: Article, names: Names) -> None:
    """Tag in one article the names of the build (:class:`Names`, closed)."""
    if not names.known:
        return
    _split_known_prefix(a, names.known, names.parts)
    starts = {t.start for t in a.tokens}
    ends = {t.end for t in a.tokens}
    taken = [False] * (len(a.text) + 1)
    for m in a.mentions:
        if m.type != "Place" and m.source not in _WEAK_SOURCES:
            for k in range(m.start, m.end):
                taken[k] = True
    added = []
    for end_idx, (name, type_) in names.automaton.iter_long(a.text):
        end = end_idx + 1
        start = end - len(name)
        glued = end + 1 in ends and a.text[end:end + 1] in _GLUED_CHARS  # 曹立|恒于: jieba glued 于 on
        if any(taken[start:end]) or start not in starts or end not in ends and not glued:
            continue
        for k in range(start, end):
            taken[k] = True
        added.append(Mention(start, end, type_, name, Source.REPEAT))
    if added:
        for m in a.mentions:
            for n in added:
                if m.type == "Title" and m.start == n.start and m.end > n.end:
                    m.start, m.text = n.end, a.text[n.end:m.end]  # 秦创投资|党委书记
        spans = [(m.start, m.end) for m in added]
        kept = [m for m in a.mentions if m.type == "Place" or m.source not in _WEAK_SOURCES
                or not any(s <= m.start and m.end <= e and (e - s) > (m.end - m.start) for s, e in spans)]
        a.mentions = sorted(kept + added, key=lambda m: (m.start, -m.end))
    for m in a.mentions:  # the short forms this article uses, for resolution to join
        if m.text in names.full_of:
            a.aliases[m.text] = names.full_of[m.text]


def university_short_forms(name: str) -> list[str]:
    """复旦大学 -> 复旦; 武汉大学 -> 武大 (not 武汉, a place): how news shortens a university
    whose name is two characters and 大学."""
    core = name[:-2] if name.endswith("大学") else ""
    if len(core) != 2 or not all("\u4e00" <= c <= "\u9fff" for c in core):
        return []
    short = core[0] + "大"
    forms = [short] if tags().get(short) in (None, "j", "nz", "nt", "ns") and short not in lexicon.places() \
        and core[0] not in _NUMERALS else []
    if core not in lexicon.places() and tags().get(core) in (None, "n", "nz", "nt", "j", "nr", "a"):
        forms.append(core)  # (not 武汉 of 武汉大学: a place)
    return forms


def company_short_forms(name: str) -> list[str]:
    """The ways news shortens a company's legal name:
    上海瑞芯储能科技有限公司 -> 瑞芯储能科技, 瑞芯储能; 杭州澄湖投资管理有限公司 -> 澄湖投资管理, 澄湖投资."""
    legal = LEGAL_END.search(name)
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
            if len(f) >= 3 and not GENERIC_HEAD.fullmatch(f) and f not in lexicon.places()]


def _split_known_prefix(a: Article, known: dict[str, str], parts: set[str]) -> None:
    """A name that starts with a known organisation: the company without its department
    (某某激光|研发中心), or the organisation and the rest (云帆云|星火大赛)."""
    out = []
    for m in a.mentions:
        prefixes = [m.text[:j] for j in range(len(m.text) - 1, 1, -1) if m.text[:j] in known]  # longest first
        if m.type in lexicon.ORG_CLASSES:
            head = next((n for n in prefixes if known[n] == "Company" and DEPARTMENT.fullmatch(m.text[len(n):])), None)
            if head:  # 某某激光|研发中心: the company; the department belongs to the title
                out.append(Mention(m.start, m.start + len(head), "Company", head, Source.REPEAT))
                continue
        if m.type in ("Competition", "Program", "Award", "Fund"):
            head = next((n for n in prefixes if known[n] in lexicon.ORG_CLASSES and m.text[len(n):] in parts), None)
            if head:
                cut = m.start + len(head)
                out.append(Mention(m.start, cut, known[head], head, Source.REPEAT))
                out.append(Mention(cut, m.end, m.type, a.text[cut:m.end], m.source))
                continue
        out.append(m)
    a.mentions = out
