"""Mentions -> entities, within and across articles: one node per thing named.

Names are grouped when they normalise to the same key (full/half width, quotes,
``第五届``, years) or when one is a recognised short form of another:
``华青股份`` of ``华青智能装备股份有限公司`` (core + generic suffix), ``云岭研究院`` of
``昆明云岭智能技术研究院`` (core + the same class suffix), ``滨湖区科创基金`` of
``合肥市滨湖区科创基金`` (a place dropped), ``常州高新区`` of ``常州国家高新区``,
``卡洛斯`` of ``罗伯托·卡洛斯``.  A short form joins a long one only when exactly
one long form fits, so names that merely share a prefix stay apart.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from kg import lexicon
from kg.doc import Article, Entity, Mention
from kg.rdf import GROUPS, entity_key

GENERIC_TAILS = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "股份", "控股", "科技", "大学", "银行")
_ZONE_SHORT = {"高新技术产业开发区": "高新区", "新技术产业开发区": "高新区", "新技术开发区": "高新区",
               "经济技术开发区": "经开区", "经济开发区": "经开区"}
_ZONE_FORMS = re.compile("|".join(sorted(_ZONE_SHORT, key=len, reverse=True)))
_YEARS = re.compile(r"\d{4}(?:年度|年)?")
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百零\d]+届")
_BRACKETED = re.compile(r"[（(]([A-Za-z][\w .&-]*)[)）]")
_QUOTES = re.compile(r"[“”\"'‘’《》「」]")
SOURCE_RANK = {"team": 4, "alias": 2, "suffix": 5, "quote": 5, "byline": 5, "dot-name": 5, "gazetteer": 4, "ellipsis": 4,
               "apposition": 3, "model": 3, "list": 2, "title-context": 2}


def group_of(type_: str) -> str:
    return GROUPS.get(type_, "org")


def norm(text: str) -> str:
    """The key two spellings of one name share (新技术开发区 is written 高新区 too)."""
    text = unicodedata.normalize("NFKC", text)
    text = _QUOTES.sub("", "".join(text.split()))
    text = _ORDINAL.sub("", text)
    text = _ZONE_FORMS.sub(lambda m: _ZONE_SHORT[m.group()], text)
    return _YEARS.sub("", text).lower()


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


def short_form_of(short: str, long: str, group: str) -> bool:
    """Is ``short`` a way of writing ``long`` (both normalised, same group)?"""
    if len(short) >= len(long) or len(short) < 2:
        return False
    if group == "person":
        return "·" in long and long.rsplit("·", 1)[1] == short
    if group == "place":
        return lexicon.places().get(short) == long or lexicon.places().get(short) == lexicon.places().get(long)
    if long.endswith(short) and _is_place(long[:-len(short)].rstrip("市省县区")):
        return True  # a place dropped: 滨湖区科创基金
    if long.replace("国家", "", 1) == short or long.replace("市", "", 1) == short:
        return True  # 常州国家高新区 / 合肥市科协…
    if group == "competition" and short in long.split("·"):
        return True
    m = re.search("(?:" + "|".join(s for s, _ in lexicon.NAME_SUFFIXES) + ")$", short)
    if m and long.endswith(m.group()) and short[:2] == long[:2] and len(short) - len(m.group()) > 2 \
            and _subsequence(short, long):
        return True  # 青云智造产业园 ~ 青云智能制造产业园: an abbreviation keeps characters in order
    for tail in GENERIC_TAILS:
        if short.endswith(tail):
            core = short[: -len(tail)]
            if len(core) >= 2 and not _is_place(core):
                # 华青股份 ~ 华青智能装备股份有限公司; 云岭研究院 needs the class suffix below
                if long.startswith(core) and long.endswith(("公司", "集团", "股份", tail)):
                    return True
    m = re.search("(?:" + "|".join(s for s, _ in lexicon.NAME_SUFFIXES) + ")$", short)
    if m and long.endswith(m.group()):
        core = short[: m.start()]
        at = long.find(core)
        if len(core) >= 2 and at >= 0 and not _is_place(core) and (at == 0 or _is_place(long[:at].rstrip("市省"))):
            return True  # 云岭研究院 ~ 昆明云岭智能技术研究院
    if not any(short.endswith(s) for s, _ in lexicon.NAME_SUFFIXES) and len(short) >= 2:
        # a bare short name (复旦, 华为): the long name is it plus a class suffix
        rest = long[len(short):] if long.startswith(short) else ""
        return rest in ("大学", "集团", "公司", "科技", "银行", "研究院") and not _is_place(short)
    return False


def abbreviation_of(short: str, long: str) -> bool:
    """浦发银行 of 上海浦东发展银行, 兰州化物所 of 中国科学院兰州化学物理研究所: the short name keeps some
    characters of the long one in order, ends as it does, drops whole leading words (a place, a
    parent) and inside only a character or two at a time, and is not itself a place plus a suffix
    (中国银行 is no abbreviation of 中国工商银行)."""
    long = re.sub(r"[（(][^）)]*[）)]|(?:股份)?有限(?:责任)?公司$", "", long) or long
    long = re.sub(r"[（(]([^）)]*)[）)]", r"\1", long)
    if len(short) < 3 or len(short) >= len(long) or short[-1] not in long[-2:] or short[0] not in long:
        return False
    m = re.search("(?:" + "|".join(s for s, _ in lexicon.NAME_SUFFIXES) + ")$", short)
    head = short[:m.start()] if m else short[:-1]
    if head in lexicon.places() or not head:
        return False
    i = long.index(short[0])
    gaps, run = [], 0
    for c in long[i:]:
        if short and c == short[0]:
            gaps.append(run)
            run = 0
            short = short[1:]
        else:
            run += 1
    if short:
        return False
    return all(g <= 2 for g in gaps[1:-1]) and sum(1 for g in gaps[1:-1] if g == 2) <= 1


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


def resolve(articles: list[Article]) -> None:
    """Set ``Mention.entity`` everywhere and ``Article.entities`` for each article."""
    forms: dict[tuple[str, str], list[Mention]] = defaultdict(list)  # (group, norm) -> mentions
    surface: dict[tuple[str, str], Counter] = defaultdict(Counter)
    authors: set[tuple[str, str]] = set()
    for a in articles:
        for m in a.mentions:
            if m.type == "Title":
                continue
            k = (group_of(m.type), norm(m.text))
            if k[1]:
                forms[k].append(m)
                surface[k][m.text] += 1
        for name in a.authors:
            k = ("person", norm(name))
            authors.add(k)
            surface[k][name] += 1
    keys = set(forms) | authors
    uf = _Union()
    for a in articles:  # short names NER derived from legal names (瑞芯储能 of 上海瑞芯储能科技有限公司)
        for short, full in a.aliases.items():
            ks, kf = ("org", norm(short)), ("org", norm(full))
            if ks in keys and kf in keys:
                uf.join(f"org/{ks[1]}", f"org/{kf[1]}")
    for a in articles:  # 奇点(Qidian), X（以下简称“Y”）: a name in brackets after a name is the same thing
        for m in a.mentions:
            latin = _BRACKETED.match(a.text, m.end) or lexicon.DECLARED_ALIAS.match(a.text, m.end)
            other = latin and next((x for x in a.mentions if x.start == latin.start(1) and x.end == latin.end(1)), None)
            if other is not None and group_of(other.type) == group_of(m.type):
                uf.join(f"{group_of(m.type)}/{norm(other.text)}", f"{group_of(m.type)}/{norm(m.text)}")
    by_group: dict[str, list[str]] = defaultdict(list)
    for g, n in keys:
        by_group[g].append(n)
        uf.find(f"{g}/{n}")
    together = defaultdict(set)  # (group, norm) -> the articles it occurs in
    for n, a in enumerate(articles):
        for m in a.mentions:
            together[(group_of(m.type), norm(m.text))].add(n)
    for g, names in by_group.items():
        names.sort(key=len)
        for short in names:
            longs = [lg for lg in names if short_form_of(short, lg, g) or g == "org"
                     and together[(g, short)] & together[(g, lg)] and abbreviation_of(short, lg)]
            roots = {uf.find(f"{g}/{lg}") for lg in longs}
            if len(roots) == 1:
                uf.join(f"{g}/{short}", roots.pop())
    clusters: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in keys:
        clusters[uf.find(f"{k[0]}/{k[1]}")].append(k)

    entities: dict[tuple[str, str], Entity] = {}
    for members in clusters.values():
        mentions = [m for k in members for m in forms.get(k, [])]
        texts = Counter()
        for k in members:
            texts.update(surface[k])
        type_ = _cluster_type(mentions, members[0][0])
        label = _preferred_label(texts)
        if type_ == "Place":
            label = lexicon.places().get(label, label)  # the full name: 绍兴 -> 绍兴市
        e = Entity(entity_key(type_, label), type_, label, set(texts) | {label}, mentions)
        for k in members:
            entities[k] = e
        for m in mentions:
            m.entity = e.key
            m.type = type_
    for a in articles:
        seen: dict[str, Entity] = {}
        for m in a.mentions:
            if m.entity:
                seen.setdefault(m.entity, entities[(group_of(m.type), norm(m.text))])
        for name in a.authors:
            e = entities[("person", norm(name))]
            seen.setdefault(e.key, e)
        a.entities = list(seen.values())


def _cluster_type(mentions: list[Mention], group: str) -> str:
    """The class of a cluster: what its most reliable mentions say."""
    if not mentions:
        return "Person" if group == "person" else "Organization"
    best = Counter()
    for m in mentions:
        best[m.type] += SOURCE_RANK.get(m.source, 1) * 10 + len(m.text)
    specific = [t for t in best if t != "Organization"]
    if group == "org" and specific:
        return max(specific, key=lambda t: best[t])
    return max(best, key=lambda t: best[t])


def _preferred_label(texts: Counter) -> str:
    """The fullest formal name: a Chinese name before a Latin one, then the longest, then the most frequent."""
    return max(texts, key=lambda t: (bool(re.search(r"[\u4e00-\u9fff]", t)), len(norm(t)), len(t), texts[t], t))
