"""Mentions -> entities, within and across articles: one node per thing named.

Each mention first gets a key.  Most keys are the normalised name (full/half width,
quotes; ``第五届`` and years dropped, except in competitions and funds, whose editions
and phases are different things).  A name that says only what kind of body it is
(``市科技局``, ``区政府``, ``高新区管委会``) is keyed inside its article: to the fuller name
the article gives it (``中原区科技局``), else to the article's own city or zone
(``甘肃省`` + ``科技厅``), else to the article alone, so two cities' bureaus never meet.
A competition's bare series name stands for the one edition its article names.

Keys are then grouped when one is a recognised short form of another: ``华青股份`` of
``华青智能装备股份有限公司`` (core + generic suffix), ``云岭研究院`` of ``昆明云岭智能技术研究院``
(core + the same class suffix), ``滨湖区科创基金`` of ``合肥市滨湖区科创基金`` (a place
dropped), ``常州高新区`` of ``常州国家高新区``, ``卡洛斯`` of ``罗伯托·卡洛斯``.  A short form
joins a long one only when exactly one long form fits, so names that merely share a
prefix stay apart; a complete name that starts a longer one (``某某大学`` of
``某某大学医学院``, ``某某银行`` of ``某某银行合肥分行``) names a part of it, not the same thing.
"""
from __future__ import annotations

import bisect
import contextlib
import functools
import io
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import jieba

from kg import lexicon, script
from kg.doc import Article, Entity
from kg.rdf import GROUPS, entity_key

GENERIC_TAILS = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "股份", "控股", "科技", "银行")
_ZONE_SHORT = {"高新技术产业开发区": "高新区", "新技术产业开发区": "高新区", "新技术开发区": "高新区",
               "经济技术开发区": "经开区", "经济开发区": "经开区"}
_ZONE_FORMS = re.compile("|".join(sorted(_ZONE_SHORT, key=len, reverse=True)))
_YEARS = re.compile(r"\d{4}(?:年度|年)?")
_RANKED_AWARD = re.compile(r"(.{2,}?)奖?[特一二三]等奖")  # 国家科技进步二等奖, 某某奖一等奖
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百零\d]+届")
_BRACKETED = re.compile(r"[（(]([A-Za-z][\w .&-]*)[)）]")
_QUOTES = re.compile(r"[“”\"'‘’《》「」]")
SOURCE_RANK = {"team": 4, "alias": 2, "suffix": 5, "quote": 5, "byline": 5, "dot-name": 5, "gazetteer": 4, "ellipsis": 4,
               "apposition": 3, "model": 3, "list": 2, "title-context": 2}

_SUFFIX_END = re.compile("(?:" + "|".join(s for s, _ in lexicon.NAME_SUFFIXES) + ")$")
_SUFFIXES = {s for s, _ in lexicon.NAME_SUFFIXES}
# Names of these classes are never shortened by dropping inner words: 某某大学 is not 某某交通大学.
_CONTEST_WORDS = {s for s, c in lexicon.NAME_SUFFIXES if c == "Competition"}
_WHOLE_NAME_SUFFIXES = tuple(s for s, c in lexicon.NAME_SUFFIXES if c == "University")
_GOVERNMENT_SUFFIXES = tuple(s for s, c in lexicon.NAME_SUFFIXES if c == "GovernmentAgency")
_ZONE_WORDS = sorted({_ZONE_SHORT.get(s, s) for s, c in lexicon.NAME_SUFFIXES if c == "Zone"}, key=len,
                     reverse=True)  # 高新区, 开发区, 科技城, … (what a zone's name ends with)
# What a company's legal name adds after its short name: 某某集团 -> 某某集团有限公司.
_LEGAL_TAIL = re.compile(r"\(?(?:集团|控股|股份)*\)?(?:股份有限公司|有限责任公司|有限公司|公司)?")
_NOT_NAME_WORDS = lexicon.BOUNDARY_WORDS | lexicon.NAME_OPENERS | lexicon.PERSON_NOUNS
_KIND_WORDS = ("机构", "企业", "高校", "院校", "单位")  # 投资机构|某某资本: the kind, then the name
# The administrative level a name of a body starts with when it names no place (市科技局).
_LEVELS = lexicon.ADMIN_LEVELS
# Editions and phases: 第五届 / 首届, 2021年, 二期 / 第二期 / 首期, 贰号.
_NUMERAL = "〇零一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾"
_EDITION = re.compile(rf"第?([{_NUMERAL}\d]+|首)(届|期|号)|(?<!\d)((?:19|20)\d\d)(?:年度|年)?(?!\d)")
EDITIONED = ("competition", "fund")  # groups whose editions (phases) are different things


def group_of(type_: str) -> str:
    return GROUPS.get(type_, "org")


def norm(text: str) -> str:
    """The key two spellings of one name share (新技术开发区 is written 高新区 too; 臺灣 台湾)."""
    text = script.fold(unicodedata.normalize("NFKC", text))
    text = _QUOTES.sub("", "".join(text.split()))
    text = _ORDINAL.sub("", text)
    text = _ZONE_FORMS.sub(lambda m: _ZONE_SHORT[m.group()], text)
    return _YEARS.sub("", text).lower()


def _number(text: str) -> int:
    """二十三 -> 23, 首 -> 1, 12 -> 12."""
    if text.isdigit():
        return int(text)
    digits = {c: n for n, cs in enumerate(("〇零", "一壹首", "二两贰", "三叁", "四肆", "五伍", "六陆", "七柒", "八捌", "九玖"))
              for c in cs}
    total, current = 0, 0
    for c in text:
        if c in "十拾":
            total += (current or 1) * 10
            current = 0
        elif c == "百":
            total += (current or 1) * 100
            current = 0
        else:
            current = current * 10 + digits.get(c, 0)
    return total + current


def edition(text: str) -> tuple[str, tuple]:
    """A competition's or fund's name without its edition, and the edition:
    ``2021年第五届某某大赛`` -> (``某某大赛``, (("届", 5), ("年", 2021)))."""
    text = unicodedata.normalize("NFKC", text)
    text = _QUOTES.sub("", "".join(text.split()))
    marks = []

    def cut(m):
        marks.append(("年", int(m.group(3))) if m.group(3) else (m.group(2), _number(m.group(1))))
        return ""

    core = _ZONE_FORMS.sub(lambda m: _ZONE_SHORT[m.group()], _EDITION.sub(cut, text)).lower()
    return core, tuple(sorted(set(marks)))


def name_key(group: str, text: str) -> str:
    """The key of a name in its group: an edition stays part of a competition's or fund's key."""
    if group not in EDITIONED:
        return norm(text)
    core, marks = edition(text)
    if not core:
        return ""
    return "".join(f"{k}{n}" for k, n in marks) + ("|" if marks else "") + core


def _core(group: str, key: str) -> tuple[str, str]:
    """(edition, name) of a key made by :func:`name_key`: ("届5年2021", "某某大赛")."""
    if group not in EDITIONED:
        return "", key
    marks, _, core = key.rpartition("|")
    return marks, core


class _Union:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        while self.parent.setdefault(x, x) != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _is_place(text: str) -> bool:
    return text in lexicon.places()


def _places(text: str) -> bool:
    """Is ``text`` one place or several (济南章丘), each perhaps with its level (合肥市滨湖区)?"""
    if not text:
        return False
    for j in range(len(text), 1, -1):
        head = text[:j]
        if (_is_place(head) or _is_place(head.rstrip("市省县区"))) and (j == len(text) or _places(text[j:])):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _parents() -> dict[str, tuple[str, ...]]:
    """Each Chinese city and county, by full name -> the divisions it lies in (铜仁市 -> 贵州省);
    a county name two cities share has none."""
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp
        china = jionlp.china_location_loader()
    out: dict[str, tuple[str, ...]] = {}
    seen = Counter()
    for prov, cities in china.items():
        for city, counties in cities.items():
            if city.startswith("_"):
                continue
            out.setdefault(city, (prov,) if city != prov else ())
            for county in counties:
                if not county.startswith("_"):
                    seen[county] += 1
                    out[county] = (city, prov) if city != prov else (prov,)
    return {k: v for k, v in out.items() if seen[k] <= 1}


def names_a_part(short: str, long: str) -> bool:
    """Does ``long`` start with the complete name ``short`` and go on to a part or relative of it
    (某某大学医学院, 某某银行合肥分行, 某某大赛江西赛区) rather than its legal form (某某集团有限公司)?"""
    return long.startswith(short) and bool(_SUFFIX_END.search(short)) \
        and not _LEGAL_TAIL.fullmatch(long[len(short):])


def short_form_of(short: str, long: str, group: str) -> bool:
    """Is ``short`` a way of writing ``long`` (both normalised, same group)?"""
    if len(short) >= len(long) or len(short) < 2:
        return False
    if group == "person":
        return "·" in long and long.rsplit("·", 1)[1] == short
    if group == "place":
        return lexicon.places().get(short) == long or lexicon.places().get(short) == lexicon.places().get(long)
    if group == "competition" and short in long.split("·"):
        return True
    if names_a_part(short, long):
        return False
    if group == "award":  # 某某贡献奖 is not 某某重大贡献奖: awards are told apart by the words inside
        return long.endswith(short) and len(short) >= 4  # 某某基金科学与技术成就奖 / 科学与技术成就奖: the giver dropped
        # (only within one article: 生命科学奖 of one prize is not that of another; _mention_keys)
    whole = short.endswith(_WHOLE_NAME_SUFFIXES)
    if long.endswith(short) and not whole and _places(long[:-len(short)]):
        return True  # a place dropped: 滨湖区科创基金 (but 某某大学 is not 某地某某大学)
    if long.replace("国家", "", 1) == short or long.replace("市", "", 1) == short:
        return True  # 常州国家高新区 / 合肥市科协…
    m = _SUFFIX_END.search(short)
    if m and not whole and long.endswith(m.group()) and short[:2] == long[:2] and len(short) - len(m.group()) > 2 \
            and _inner_gaps_small(_gaps(short, long)):
        return True  # 青云智造产业园 ~ 青云智能制造产业园: an abbreviation keeps characters in order
    for tail in GENERIC_TAILS:
        if short.endswith(tail):
            core = short[: -len(tail)]
            if len(core) >= 2 and not _is_place(core):
                # 华青股份 ~ 华青智能装备股份有限公司; 云岭研究院 needs the class suffix below
                if long.startswith(core) and long.endswith(("公司", "集团", "股份", tail)):
                    return True
    if m and not whole and long.endswith(m.group()):
        core = short[: m.start()]
        at = long.find(core)
        if len(core) >= 2 and at >= 0 and not _is_place(core) and (at == 0 or _is_place(long[:at].rstrip("市省"))):
            return True  # 云岭研究院 ~ 昆明云岭智能技术研究院
    if not m and len(short) >= 2:
        # a bare short name (复旦, 华为): the long name is it plus a class suffix
        rest = long[len(short):] if long.startswith(short) else ""
        return rest in ("大学", "集团", "公司", "科技", "银行", "研究院") and not _is_place(short)
    return False


def abbreviation_of(short: str, long: str, parents: set[str] = frozenset()) -> bool:
    """浦发银行 of 上海浦东发展银行, 兰州化物所 of 中国科学院兰州化学物理研究所, 某某科协 of
    某某科学技术协会: the short name keeps some characters of the long one in order and ends in
    its suffix; it drops leading words (a place, a parent) but not a stray word glued to the long
    name (委托|某某公司), inside only a character or two at a time, before its last character only
    what the long name's suffix adds (研究所 -> 所); and it is not a place plus the long name's own
    suffix (中国银行 is no abbreviation of 中国工商银行) unless it follows a parent among ``parents``,
    nor a school's name after a place (电子科技大学 is not 西安电子科技大学)."""
    if names_a_part(short, long) or short.endswith("大学") and long.endswith("大学"):
        return False  # (中南大学 is not 中南工业大学: schools are told apart by the words inside)
    school = short.find("大学") + 2
    if school > 2 and long.startswith(short[:school]) and len(short) > school:
        part, whole = short[school:], long[school:]  # 某大学深研院 of 某大学深圳研究生院, not 医学院 of 生物医学工程学院
        return part[0] == whole[0] and part[-1] == whole[-1] and _gaps(part, whole) is not None
    long = re.sub(r"[（(][^）)]*[）)]|(?:股份)?有限(?:责任)?公司$", "", long) or long
    long = re.sub(r"[（(]([^）)]*)[）)]", r"\1", long)
    if len(short) < 3 or len(short) >= len(long) or short[0] not in long:
        return False
    long_suffix = _SUFFIX_END.search(long)
    last = long.rfind(short[-1], min(len(long) - 2, long_suffix.start() if long_suffix else len(long)))
    if last < 0:
        return False  # the last character stands for the long name's suffix
    m = _SUFFIX_END.search(short)
    head = short[:m.start()] if m else short[:-1]
    if not head or head in lexicon.places() and long.endswith(m.group() if m else short[-1]) and not (
            long.endswith(short) and long[:-len(short)] in parents):
        return False
    gaps = _gaps(short[:-1], long[:last])
    if gaps is None:
        return False
    lead = long[:gaps[0]]
    if lead and (_stray(lead) or short.endswith(_WHOLE_NAME_SUFFIXES) and long.endswith(short)
                 and _places(lead)):
        return False
    placed = sum(gaps) + len(short) - 1  # where the last kept character before the final one sits
    return _inner_gaps_small(gaps) and last - placed <= 2 + (len(long_suffix.group()) - 1 if long_suffix else 0)


def _stray(lead: str) -> bool:
    """Does a name's leading part hold a word that introduces names rather than belongs to them
    (委托, 于, 任), a word for people (专家|某某大学), or end in a word for a kind of body
    (投资机构|某某资本)?"""
    words = jieba.lcut(lead, HMM=False)
    return words[-1] in _KIND_WORDS or any(w in _NOT_NAME_WORDS for w in words)


def _gaps(short: str, long: str) -> list[int] | None:
    """How many characters of ``long`` are skipped before each character of ``short``, matched
    in order from the left (None when ``short`` is not in ``long`` in order)."""
    gaps, at = [], 0
    for c in short:
        found = long.find(c, at)
        if found < 0:
            return None
        gaps.append(found - at)
        at = found + 1
    return gaps


def _inner_gaps_small(gaps: list[int] | None) -> bool:
    """Inside the name, an abbreviation drops a character or two at a time, two only once."""
    inner = gaps[1:] if gaps else []
    return gaps is not None and all(g <= 2 for g in inner) and sum(1 for g in inner if g == 2) <= 1


def is_bare(key: str, group: str) -> bool:
    """Does this name say only what kind of body it is, not whose (市科技局, 区政府, 省政府国资委,
    高新区管委会, 管委会, a lone 高新区)?"""
    if group == "zone":
        return key in _ZONE_WORDS
    if group == "competition":
        return key in _CONTEST_WORDS  # 大赛 (以下简称“大赛”): this article's contest, never another's
    if group != "org" or key in lexicon.MINISTRIES or not key.endswith(tuple(_SUFFIXES)):
        return False
    if key in _SUFFIXES:
        return True
    zone = next((z for z in _ZONE_WORDS if key.startswith(z)), "")
    if zone and key[len(zone):].endswith(_GOVERNMENT_SUFFIXES):
        return True
    level = next((v for v in _LEVELS if key.startswith(v)), None)
    if level and len(key) > len(level):
        first = jieba.lcut(key, HMM=False)[0]
        return first == level or first[len(level):].endswith(_GOVERNMENT_SUFFIXES)
    return False


def _places_named(names: Counter) -> Counter:
    """The places and zones an article names, by how often: places in full (铜仁 -> 铜仁市), from
    place mentions and the places other names start with (甘肃省科学技术协会 -> 甘肃省)."""
    found = Counter()
    for (group, name), n in names.items():
        if group == "person":
            continue
        if group == "zone":
            found[name] += n
            continue
        if group == "place":
            found[lexicon.places().get(name, name)] += n
            continue
        for end in range(min(len(name) - 1, 7), 1, -1):
            if _is_place(name[:end]):
                found[lexicon.places()[name[:end]]] += n
                break
    return found


def _mention_keys(article: Article) -> dict[int, tuple[str, str]]:
    """id(mention) -> (group, key) for the article's names.  Some keys depend on the article:
    bare body names (市科技局), a competition's bare series name beside the one edition the
    article names, and an award without its giver beside the award named in full."""
    keys = {id(m): (group_of(m.type), name_key(group_of(m.type), m.text)) for m in article.mentions
            if m.type != "Title"}
    names = Counter(keys.values())
    order = {k: i for i, k in enumerate(names)}
    bare = {k for k in names if is_bare(k[1], k[0])}
    out: dict[tuple[str, str], tuple[str, str]] = {}
    if bare:
        full = [k for k in names if k not in bare]
        named = {k for _, k in full}
        ends = defaultdict(list)  # the ends of the article's full names -> those names
        for k in full:
            for n in range(2, len(k[1])):
                ends[(k[0], k[1][-n:])].append(k)
        places = None
        for k in bare:
            fuller = [f for f in ends.get(k, ()) if k[0] == "competition" or _owns(f[1][:-len(k[1])], k[1], named)]
            if fuller:
                out[k] = max(fuller, key=lambda f: (names[f], -order[f]))
                continue
            if places is None:  # what the headline and the text name, the bare names aside
                places = _places_named(Counter({x: n for x, n in names.items() if x not in bare}) + Counter(
                    (group_of(m.type), name_key(group_of(m.type), m.text)) for m in article.headline_mentions))
            out[k] = (k[0], _scope(k[1], places) or f"{k[1]}@{article.id}")
    editions = defaultdict(list)  # a competition's name without edition -> the editions named here
    for g, key in names:
        marks, core = _core(g, key)
        if g == "competition" and marks:
            editions[core].append((g, key))
    for g, key in names:  # 某某大赛, or a short form of it, beside 第五届某某大赛 alone
        if g == "competition" and editions and "|" not in key:
            fits = [e for core, listed in editions.items() if key == core or short_form_of(key, core, g)
                    for e in listed]
            best = _one_edition(fits) if fits else None
            if best:
                out[(g, key)] = best
    for g, key in names:  # 国家科技进步二等奖 beside 国家科技进步奖: the award, its rank aside
        unranked = unranked_award(key) if g == "award" else None
        if unranked and (g, unranked) in names and (g, key) not in out:
            out[(g, key)] = (g, unranked)
    for g, key in names:  # 生命科学奖 beside 某某基金生命科学奖: the award this article named in full
        fuller = [f for f in names if f[0] == g == "award" and short_form_of(key, f[1], g)]
        if len(fuller) == 1 and (g, key) not in out:
            out[(g, key)] = fuller[0]
    return {i: out.get(k, k) for i, k in keys.items()}


def unranked_award(text: str) -> str | None:
    """The award a name with its rank names (国家科技进步二等奖, 某某奖一等奖 -> 国家科技进步奖, 某某奖)."""
    ranked = _RANKED_AWARD.fullmatch(text)
    return ranked.group(1) + "奖" if ranked else None


def _owns(owner: str, bare: str, named: set[str]) -> bool:
    """Can ``owner`` + ``bare`` be the body ``bare`` names: is the owner a place (泉州, 卢龙 + 县)
    or a name the article gives (某某高新区 + 管委会), not a stray word (来自 + 市科技局)?"""
    level = next((v for v in _LEVELS if bare.startswith(v)), "")
    return _is_place(owner) or bool(level) and _is_place(owner + level) or owner in named


def _scope(bare: str, places: Counter) -> str | None:
    """The full name of a bare body in an article about ``places``: 市科技局 in an article
    naming 某某市 is 某某市科技局; 高新区管委会 beside 某某高新区 is 某某高新区管委会."""
    level = next((v for v in _LEVELS if bare.startswith(v)), None)
    if level:
        body = bare[len(level):]
        fits = [p for p in places if p.endswith(level)] or [
            up for p in places for up in _parents().get(p, ()) if up.endswith(level)]
    else:
        level = next((z for z in _ZONE_WORDS if bare.startswith(z) and len(bare) > len(z)), None)
        if level is None:
            return None
        body = bare[len(level):]
        fits = [p for p in places if p.endswith(level)]
    if not fits:
        return None
    count = Counter(fits)
    return max(count, key=lambda p: (places.get(p, 0), count[p], -fits.index(p))) + body


def _one_edition(keys: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The fullest of these editions when they are all one edition (2015年第四届, 第四届), else None."""
    kinds: dict[str, set] = defaultdict(set)
    for g, key in keys:
        for mark in re.findall(r"\D+\d+", _core(g, key)[0]):
            kinds[mark[0]].add(mark)
    if any(len(v) > 1 for v in kinds.values()):
        return None
    return max(keys, key=lambda k: (len(_core(*k)[0]), k[1]))


def resolve(articles: list[Article], known: list[tuple[str, str, set[str]]] = ()) -> None:
    """Set ``Mention.entity`` everywhere and ``Article.entities`` for each article. ``known``
    holds the entities of a store the articles go into, as (class, label, names): a name of
    the articles that is one of theirs, or a short form of one, joins that entity (its key and
    label unchanged), so a later build adds to the nodes an earlier one made.

    In three steps, so that an archive never has to be held at once: :func:`names_of` each
    article, :func:`solve` over the :class:`Names` of all, :func:`apply` to each article."""
    names = Names()
    for n, a in enumerate(articles):
        names.update(names_of(a), n)
    entities = solve(names, known)
    for a in articles:
        apply(a, entities)


@dataclass
class Names:
    """What resolution reads of articles: for each name key (group, key), the texts that name
    it and how often (``surface``), the classes its mentions give, weighted by how reliable
    their source is (``classes``), and the articles it occurs in (``together``); the authors'
    keys; the short forms NER derived (``aliases``: short, full) and the pairs of keys the text
    declares the same thing (``same``: 奇点(Qidian), X（以下简称“Y”）, 某大赛暨某大赛)."""

    surface: dict = field(default_factory=lambda: defaultdict(Counter))
    classes: dict = field(default_factory=lambda: defaultdict(Counter))
    together: dict = field(default_factory=lambda: defaultdict(set))
    authors: set = field(default_factory=set)
    aliases: list = field(default_factory=list)
    same: list = field(default_factory=list)

    def update(self, other: Names, n: int) -> None:
        """Add the names of article number ``n``."""
        for k, texts in other.surface.items():
            self.surface[k].update(texts)
        for k, classes in other.classes.items():
            self.classes[k].update(classes)
            self.together[k].add(n)
        self.authors |= other.authors
        self.aliases += other.aliases
        self.same += other.same


def names_of(a: Article) -> Names:
    """The names one article gives, for :func:`solve`."""
    out = Names()
    keys = _mention_keys(a)
    for m in a.mentions:
        k = keys.get(id(m))
        if k and k[1]:
            out.surface[k][m.text] += 1
            out.classes[k][m.type] += SOURCE_RANK.get(m.source, 1) * 10 + len(m.text)
    for name in a.authors:
        k = ("person", norm(name))
        out.authors.add(k)
        out.surface[k][name] += 1
    out.aliases = list(a.aliases.items())
    for m in a.mentions:  # 奇点(Qidian), X（以下简称“Y”）: a name in brackets after a name is the same thing
        latin = _BRACKETED.match(a.text, m.end) or lexicon.DECLARED_ALIAS.match(a.text, m.end)
        other = latin and next((x for x in a.mentions if x.start == latin.start(1) and x.end == latin.end(1)), None)
        if other is not None and group_of(other.type) == group_of(m.type) and id(other) in keys and id(m) in keys:
            ko, km = keys[id(other)], keys[id(m)]
            if ko[1] and km[1]:
                out.same.append((ko, km))
    contests = [m for m in a.mentions if m.type == "Competition" and id(m) in keys and keys[id(m)][1]]
    for m, other in zip(contests, contests[1:]):  # 某某大赛(某赛区)暨某某大赛: one event by both its names
        if a.text[m.end:other.start] == "暨":
            out.same.append((keys[id(other)], keys[id(m)]))
    return out


def solve(names: Names, known: list[tuple[str, str, set[str]]] = ()) -> dict[tuple[str, str], Entity]:
    """The entity of every name key: keys grouped where one is a short form of another, or
    where the text or the store (``known``) says they name one thing."""
    surface, together, authors = names.surface, names.together, names.authors
    uf = _Union()
    shown: dict[tuple[str, str], str] = {}  # the key of a store's entity -> the label it shows
    for cls, label, aliases in known:  # the store's entities: each a cluster already, keyed by its label
        g = group_of(cls)
        k0 = (g, name_key(g, label))
        if not k0[1]:
            continue
        shown[k0] = label
        surface[k0][label] += 1
        for name in aliases:
            k = (g, name_key(g, name))
            if k[1]:
                surface[k][name] += 1
                uf.join(f"{g}/{k[1]}", f"{g}/{k0[1]}")
    keys = set(surface)
    local = {k for k in keys if "@" in k[1]}  # bare names no article gives a place: never joined
    for short, full in names.aliases:  # short names NER derived (瑞芯储能 of 上海瑞芯储能科技有限公司, a fund's tail)
        for g in ("org", "fund"):
            ks, kf = (g, norm(short)), (g, norm(full))
            if ks in keys and kf in keys:
                uf.join(f"{g}/{ks[1]}", f"{g}/{kf[1]}")
    for ko, km in names.same:
        uf.join(f"{ko[0]}/{ko[1]}", f"{km[0]}/{km[1]}")
    by_edition: dict[tuple[str, str], list[str]] = defaultdict(list)  # (group, edition) -> keys
    for g, k in keys:
        uf.find(f"{g}/{k}")
        if (g, k) not in local:
            by_edition[(g, _core(g, k)[0])].append(k)
    _join_editions(keys - local, uf)
    org_names = {k for g, k in keys if g == "org"}
    for (g, _), group_names in by_edition.items():
        group_names.sort(key=len)
        cores = {k: _core(g, k)[1] for k in group_names}
        candidates = _candidates(g, group_names, cores, together)
        for short in group_names:
            longs = [lg for lg in sorted(candidates(short), key=len)
                     if g != "award" and short_form_of(cores[short], cores[lg], g)  # (awards: in _mention_keys)
                     or g == "org" and together[(g, short)] & together[(g, lg)] and abbreviation_of(short, lg, org_names)]
            roots = {uf.find(f"{g}/{lg}") for lg in longs}
            if len(roots) == 1:
                uf.join(f"{g}/{short}", roots.pop())
    clusters: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in keys:
        clusters[uf.find(f"{k[0]}/{k[1]}")].append(k)

    entities: dict[tuple[str, str], Entity] = {}
    for members in clusters.values():
        members.sort()
        classes = Counter()
        for k in members:
            classes.update(names.classes.get(k, ()))
        if not classes and not authors.intersection(members):
            continue  # a store's entity these articles do not name
        texts = Counter()
        for k in members:
            texts.update(surface[k])
        type_ = _cluster_type(classes, members[0][0])
        stored = sorted(shown[k] for k in members if k in shown)
        label = stored[0] if stored else _preferred_label(texts)  # a stored node keeps its label (and IRI)
        aliases = set(texts)
        if type_ == "Place":  # the node is the gazetteer's full name, its label the text's: 绍兴 (绍兴市)
            full = lexicon.places().get(label, label)
            key, aliases = entity_key(type_, full), aliases | {full}
        else:
            own = (group_of(type_), name_key(group_of(type_), label))
            key = entity_key(type_, label if own in members else members[0][1])
        e = Entity(key, type_, label, aliases)
        for k in members:
            entities[k] = e
    return entities


def apply(a: Article, entities: dict[tuple[str, str], Entity]) -> None:
    """Point the article's mentions at their entities (from :func:`solve`), and list them in
    ``Article.entities``."""
    keys = _mention_keys(a)
    seen: dict[str, Entity] = {}
    for m in a.mentions:
        k = keys.get(id(m))
        if k and k[1]:
            e = entities[k]
            m.entity, m.type = e.key, e.type
            seen.setdefault(e.key, e)
    for name in a.authors:
        e = entities[("person", norm(name))]
        seen.setdefault(e.key, e)
    a.entities = list(seen.values())


def _candidates(g: str, names: list[str], cores: dict[str, str], together: dict):
    """A function giving the longer names of one group and edition that a name may be a short
    form of, looked up by index rather than tried against every name. Each index answers one
    way :func:`short_form_of` shortens a name: the long name ends with it (a place dropped), is
    it plus a class word (复旦), starts with its core and ends in a company's tail (华青股份) or in
    its class suffix (云岭研究院), starts with its first two characters, holds its third later
    and ends with its suffix (an inner abbreviation), holds its core after a place and ends with its suffix, equals it
    without 国家 or 市, ends with it after a middle dot (a person), or holds it as a ·-part (a
    contest); the gazetteer's full place; and for organisations the names in an article with it
    (for :func:`abbreviation_of`). Keys carry the suffix the long name ends with, so no bucket
    holds every name that merely starts alike."""
    index: dict[tuple, set[str]] = defaultdict(set)
    by_start = _Sorted()  # (the suffix or company tail it ends with) -> names, by their start
    by_end = _Sorted()  # names by their end (read backwards)
    for k in names:
        long = cores[k]
        n = len(long)
        ends = [long[i:] for i in range(2, n) if long[i:] in _SUFFIXES]  # the class suffixes it ends with
        index["exact", long].add(k)
        by_end.add("", long[::-1], k)
        for end in ends:
            by_start.add(end, long, k)
        for tail in (*GENERIC_TAILS, "公司", "集团", "股份"):
            if long.endswith(tail):
                by_start.add(("tail", tail), long, k)
        for i in range(2, min(n, 9)):
            if _is_place(long[:i].rstrip("市省")):
                for end in ends:
                    index["after place", long[i:i + 2], end].add(k)
        for end in ends:
            for c in set(long[2:]):  # the third character of its abbreviation comes later in it
                index["head+suffix", long[:2], end, c].add(k)
        for cut in ("国家", "市"):
            index["without", long.replace(cut, "", 1)].add(k)
        if "·" in long:
            index["tail", long.rsplit("·", 1)[1]].add(k)
            for part in long.split("·"):
                index["part", part].add(k)
        if g == "place":
            index["place", lexicon.places().get(long, long)].add(k)
        if g == "org":
            for n_ in together[(g, k)]:
                index["article", n_].add(k)
    by_start.close()
    by_end.close()

    def longer(short: str) -> set[str]:
        core = cores[short]
        found = set(by_end.starting("", core[::-1])) | index.get(("without", core), set()) | \
            index.get(("tail", core), set()) | index.get(("part", core), set())
        for rest in ("大学", "集团", "公司", "科技", "银行", "研究院"):  # 复旦 of 复旦大学
            found |= index.get(("exact", core + rest), set())
        suffix = _SUFFIX_END.search(core)
        if suffix:
            end = suffix.group()
            if len(core) > 2:
                found |= index.get(("head+suffix", core[:2], end, core[2]), set())
            found |= index.get(("after place", core[:2], end), set())
            found.update(by_start.starting(end, core[:suffix.start()]))
        for tail in GENERIC_TAILS:  # 华青股份 of 华青智能装备股份有限公司
            if core.endswith(tail):
                for ending in {"公司", "集团", "股份", tail}:
                    found.update(by_start.starting(("tail", ending), core[:-len(tail)]))
        if g == "place":
            found |= index.get(("place", lexicon.places().get(core, core)), set())
        if g == "org":
            for n_ in together[(g, short)]:
                found |= index.get(("article", n_), set())
        return {k for k in found if len(k) > len(short)}

    return longer


class _Sorted:
    """Names in buckets, sorted by a string of theirs, for look-ups by what that string starts
    with (a bisection, not an index of every prefix)."""

    def __init__(self):
        self.rows: dict = defaultdict(list)

    def add(self, bucket, text: str, name: str) -> None:
        self.rows[bucket].append((text, name))

    def close(self) -> None:
        for rows in self.rows.values():
            rows.sort()

    def starting(self, bucket, prefix: str) -> list[str]:
        """The names of ``bucket`` whose string starts with ``prefix`` (of two characters or
        more) and goes on past it."""
        rows = self.rows.get(bucket)
        if not rows or len(prefix) < 2:
            return []
        out = []
        for i in range(bisect.bisect_left(rows, (prefix,)), len(rows)):
            text, name = rows[i]
            if not text.startswith(prefix):
                break
            if len(text) > len(prefix):
                out.append(name)
        return out


def _join_editions(keys: set[tuple[str, str]], uf: _Union) -> None:
    """第四届某某大赛 is 2015年第四届某某大赛 when no other edition of it says 第四届."""
    by_core = defaultdict(list)
    for g, k in keys:
        marks, core = _core(g, k)
        if marks:
            by_core[(g, core)].append(k)
    for (g, _), named in by_core.items():
        if len(named) < 2:
            continue
        marks = {k: set(re.findall(r"\D+\d+", _core(g, k)[0])) for k in named}
        for k in named:
            wider = [w for w in named if marks[w] > marks[k]]
            if wider and _one_edition([(g, w) for w in wider]):
                for w in wider:
                    uf.join(f"{g}/{k}", f"{g}/{w}")


def _cluster_type(best: Counter, group: str) -> str:
    """The class of a cluster: what its most reliable mentions say (``best``: class -> weight)."""
    if not best:
        return "Person" if group == "person" else "Organization"
    specific = [t for t in best if t != "Organization"]
    if group == "org" and specific:
        return max(specific, key=lambda t: best[t])
    return max(best, key=lambda t: best[t])


def _preferred_label(texts: Counter) -> str:
    """The fullest formal name: a Chinese name before a Latin one, an award before it with its rank
    (国家科技进步二等奖), then the longest, then one in simplified characters (most news is), then the most frequent."""
    return max(texts, key=lambda t: (bool(re.search(r"[\u4e00-\u9fff]", t)), not unranked_award(t),
                                     len(norm(t)), len(t),
                                     script.fold(t) == t, texts[t], t))
