"""A learned relation classifier over pairs of mentions in one sentence.

For each predicate with a type signature here (``SIGNATURES``), a logistic regression
over sparse binary features of the pair: the words between and around it, title words
next to the person, distance, order, trigger words, mention types, punctuation between
and other names between.  The weights are a small JSON file beside this module
(trained by ``bench/relation_model.py --save``); this module only reads it, in pure Python.
It lost to the rules on the held-apart third of real news (0 of 8 selectedFor facts right),
so it is an experiment here, not a component of kg's registry.

    for span, subj, obj in relation_features.candidates(article):
        probs = relation_features.score(article, span, subj, obj)   # {"affiliatedWith": 0.91, ..., "none": 0.07}
"""
from __future__ import annotations

import bisect
import functools
import json
import math
import re
from pathlib import Path
from typing import NamedTuple

from kg import lexicon
from kg.doc import Article, Mention

MODEL_PATH = Path(__file__).parent / "relation_model.json"

ORG = frozenset(lexicon.ORG_CLASSES)
SIGNATURES: dict[str, tuple[frozenset, frozenset]] = {
    "affiliatedWith": (frozenset({"Person"}), ORG),
    "alumniOf": (frozenset({"Person"}), ORG),
    "foundedBy": (ORG | {"Fund"}, ORG | {"Person", "Zone"}),
    "winner": (frozenset({"Competition"}), ORG | {"Person"}),
    "wonAward": (ORG | {"Person"}, frozenset({"Award"})),
    "selectedFor": (frozenset({"Person"}), frozenset({"Program"})),
}
PAIR_TYPES = frozenset().union(*(s | o for s, o in SIGNATURES.values()))

# Words that signal a relation, by group; the lexicon's lists where it has them.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "title": tuple(lexicon.TITLE_HEADS),
    "degree": lexicon.DEGREES,
    "rank": tuple(lexicon.RANKS),
    "employ": ("担任", "出任", "现任", "兼任", "曾任", "历任", "任职", "就职", "供职", "加入", "加盟", "入职",
               "受聘", "聘为", "聘任", "当选", "履新"),
    "from": ("来自",),
    "study": ("毕业", "就读", "求学", "攻读", "校友", "深造", "留学", "师从"),
    "found": ("创办", "创立", "创建", "创设", "创始", "发起", "设立", "组建", "出资", "成立", "共建", "牵头"),
    "win": ("获得", "荣获", "摘得", "夺得", "斩获", "赢得", "捧得", "揽获", "荣膺", "获评", "获颁", "问鼎",
            "花落", "获奖", "得主", "夺冠"),
    "give": ("授予", "颁发", "颁给", "表彰"),
    "select": ("入选", "入围", "上榜", "名列", "位列", "遴选", "评选"),
    "organize": ("主办", "承办", "协办", "举办"),
    "team": ("团队", "课题组", "带领", "领衔", "带队"),
    "talk": ("表示", "介绍", "说", "认为", "指出", "称"),
}
_PUNCT = "、，,；;：:（）()“”\"《》"
_PROPER_TAGS = {"nr", "nrt", "nrfg", "nrf", "ns", "nt", "nz", "nx", "eng", "j"}  # names, places, abbreviations
_TITLE_WORDS = frozenset(lexicon.TITLE_HEADS)
_TITLE_HEAD_END = re.compile(f"(?:{lexicon.TITLE_ALT})$")
_DIGITS = re.compile(r"\d+")
_ODD_NAME = re.compile(r"[()（）、，,“”\"]|^[及和与的]|[及和与]$")
_PUNCT_TOKEN = re.compile(r"[^\w\s]+")


class Candidate(NamedTuple):
    sentence: tuple[int, int]
    subject: Mention
    object: Mention


def fits(predicate: str, subj: Mention, obj: Mention) -> bool:
    """Do the two mentions' types fit the predicate's subject and object?"""
    s_types, o_types = SIGNATURES[predicate]
    return subj.type in s_types and obj.type in o_types


def candidates(article: Article) -> list[Candidate]:
    """Every ordered pair of names in one sentence that some predicate's types fit
    (outermost mentions found in the text, in order of the first, then the second)."""
    out = []
    for span in article.sentences or [(0, len(article.text))]:
        ms = _names_in(article, span)
        for subj in ms:
            for obj in ms:
                if subj is not obj and subj.text != obj.text and any(fits(p, subj, obj) for p in SIGNATURES):
                    out.append(Candidate(span, subj, obj))
    return out


def _names_in(article: Article, span: tuple[int, int]) -> list[Mention]:
    """Outermost mentions (titles too) inside the sentence, found in the text, by start."""
    inside = sorted((m for m in article.mentions if span[0] <= m.start and m.end <= span[1]
                     and m.source not in ("ellipsis", "anaphor")), key=lambda m: (m.start, -m.end))
    out, reach = [], -1
    for m in inside:
        if m.end > reach:
            out.append(m)
            reach = m.end
    return [m for m in out if m.type in PAIR_TYPES or m.type == "Title"]


def _coarse(type_: str) -> str:
    return "Org" if type_ in ORG else type_


def _word(token) -> str | None:
    """A token as a lexical feature, or None for names and words jieba made up (so no
    name from the training text becomes a feature)."""
    text = token.text
    if _PUNCT_TOKEN.fullmatch(text):
        return text
    if text in _TITLE_WORDS:
        return text
    if _DIGITS.fullmatch(text):
        return "0"
    if token.tag is None or token.tag in _PROPER_TAGS or not text.strip() or re.search(r"[A-Za-z]", text):
        return None
    return _DIGITS.sub("0", text)


def features(article: Article, sentence: tuple[int, int], subj: Mention, obj: Mention) -> list[str]:
    """The sparse binary features of one pair, sorted (the same pair always gives the same list)."""
    text, tokens = article.text, article.tokens
    if not tokens and text:
        raise ValueError("the article has no tokens: run kg.ner.find_mentions on it first")
    s0, s1 = sentence
    first, second = (subj, obj) if subj.start <= obj.start else (obj, subj)
    order = "SO" if first is subj else "OS"
    names = _names_in(article, sentence)
    st, ot = _coarse(subj.type), _coarse(obj.type)
    f = {f"stype={subj.type}", f"otype={obj.type}", f"pair={st}>{ot}", f"order={order}",
         f"pair_order={st}>{ot}:{order}"}

    lo, hi = first.end, second.start
    gap = max(0, hi - lo)
    f.add(f"dist={_bucket(gap)}")
    f.add(f"dist_order={_bucket(gap)}:{order}")
    between_text = text[lo:hi] if hi > lo else ""
    nested = first.end > second.start
    if nested:
        f.add("nested")

    between = [m for m in names if m is not subj and m is not obj and lo <= m.start and m.end <= hi]
    words = _words(tokens, lo, hi, between)
    for w in words:
        f.add(f"bw={w}")
    if words:
        f.add(f"bw1={words[0]}:{order}")
        f.add(f"bwL={words[-1]}:{order}")
    else:
        f.add(f"bw_none:{order}")
    if 0 < gap <= 6 and not between and all(_word(t) for t in _tokens_in(tokens, lo, hi)):
        f.add(f"gap={_DIGITS.sub('0', between_text)}:{order}")
    for m in between:
        f.add(f"bm={_coarse(m.type)}")
        if m.type == "Title":
            head = _TITLE_HEAD_END.search(m.text)
            f.add(f"btitle={head.group() if head else 'other'}")
    kinds = {m.type for m in between if m.type != "Title"}
    if kinds:
        f.add("name_between")
        if subj.type in kinds:
            f.add("subj_type_between")
        if obj.type in kinds:
            f.add("obj_type_between")
        if "Person" in kinds:
            f.add("person_between")
    f.add(f"n_between={min(len([m for m in between if m.type != 'Title']), 3)}")

    for ch in _PUNCT:
        if ch in between_text:
            f.add(f"p={ch}")
    commas = sum(between_text.count(c) for c in "，,")
    f.add(f"commas={min(commas, 2)}")
    if any(c in between_text for c in "，,；;"):
        f.add("clause_break")

    left_clause = _clause_start(text, s0, first.start)
    right_clause = _clause_end(text, second.end, s1)
    for where, seg in (("between", between_text), ("left", text[left_clause:first.start]),
                       ("right", text[second.end:right_clause])):
        for group, ws in TRIGGERS.items():
            hit = next((w for w in ws if w in seg), None)
            if hit:
                f.add(f"trig_{where}={group}")
                f.add(f"trig_{where}={group}:{order}")
                if group not in ("title", "talk"):
                    f.add(f"trigw_{where}={hit}")

    for role, m in (("s", subj), ("o", obj), ("first", first), ("second", second)):
        left = _side(tokens, m.start, s0, -1)
        right = _side(tokens, m.end, s1, +1)
        f.add(f"{role}_l1={left[0]}")
        f.add(f"{role}_r1={right[0]}")
        if role in ("first", "second"):
            f.add(f"{role}_l2={left[1]}")
            f.add(f"{role}_r2={right[1]}")

    person = subj if subj.type == "Person" else obj if obj.type == "Person" else None
    if person is not None:
        before = next((m for m in names if m.type == "Title" and m.end == person.start), None)
        after = next((m for m in names if m.type == "Title" and m.start == person.end), None)
        for where, t in (("before", before), ("after", after)):
            if t is not None:
                head = _TITLE_HEAD_END.search(t.text)
                f.add(f"title_{where}_person")
                f.add(f"title_{where}_person={head.group() if head else 'other'}")
        other = obj if person is subj else subj
        if before is not None and other.end <= before.start and before.start - other.end <= 2:
            f.add("org_title_person")  # 某大学教授张三
        if after is not None and other.start >= after.end:
            f.add("person_title_org")
    for role, m in (("s", subj), ("o", obj)):
        f.add(f"{role}_src={m.source}")
        f.add(f"{role}_len={_bucket(len(m.text))}")
        if _ODD_NAME.search(m.text):
            f.add(f"{role}_odd")  # a name holding brackets or a conjunction is likely cut wrong
    persons = sum(m.type == "Person" for m in names)
    f.add(f"sent_persons={min(persons, 4)}")
    return sorted(f)


def _bucket(n: int) -> str:
    for top in (0, 1, 2, 4, 8, 16, 32):
        if n <= top:
            return str(top)
    return "more"


def _tokens_in(tokens, lo: int, hi: int):
    k = bisect.bisect_left(tokens, lo, key=lambda t: t.start)
    while k < len(tokens) and tokens[k].end <= hi:
        yield tokens[k]
        k += 1


def _words(tokens, lo: int, hi: int, between: list[Mention]) -> list[str]:
    """Lexical words between ``lo`` and ``hi`` that are not inside another name."""
    out = []
    for t in _tokens_in(tokens, lo, hi):
        if any(m.start <= t.start and t.end <= m.end for m in between):
            continue
        w = _word(t)
        if w is not None:
            out.append(w)
    return out


def _side(tokens, pos: int, bound: int, step: int) -> tuple[str, str]:
    """The two words left (step -1) or right (+1) of ``pos`` within the sentence; <S>/<E> past its edge,
    <N> for a name."""
    out = []
    if step < 0:
        k = bisect.bisect_right(tokens, pos, key=lambda t: t.end) - 1
        while len(out) < 2:
            if k < 0 or tokens[k].start < bound:
                out.append("<S>")
                continue
            out.append(_word(tokens[k]) or "<N>")
            k -= 1
    else:
        k = bisect.bisect_left(tokens, pos, key=lambda t: t.start)
        while len(out) < 2:
            if k >= len(tokens) or tokens[k].end > bound:
                out.append("<E>")
                continue
            out.append(_word(tokens[k]) or "<N>")
            k += 1
    return out[0], out[1]


def _clause_start(text: str, lo: int, pos: int) -> int:
    return max([text.rfind(c, lo, pos) + 1 for c in "，,；;：:"] + [lo])


def _clause_end(text: str, pos: int, hi: int) -> int:
    ends = [text.find(c, pos, hi) for c in "，,；;：:"]
    return min([e for e in ends if e >= 0] + [hi])


@functools.lru_cache(maxsize=1)
def load(path: str | None = None) -> dict:
    """The shipped model: {"predicates": {name: {"bias": b, "weights": {feature: w}}}, ...}."""
    with open(path or MODEL_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def probability(model: dict, predicate: str, feats: list[str]) -> float:
    """The model's probability that ``predicate`` holds for a pair with these features."""
    part = model["predicates"][predicate]
    weights = part["weights"]
    z = part["bias"] + sum(weights.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0


def score(article: Article, sentence_span: tuple[int, int], subj_mention: Mention, obj_mention: Mention,
          model: dict | None = None) -> dict[str, float]:
    """predicate -> probability for this pair, every predicate of ``SIGNATURES`` (0.0 where the
    types don't fit) and "none": the chance that no predicate holds."""
    model = model or load()
    feats = features(article, sentence_span, subj_mention, obj_mention)
    out = {p: probability(model, p, feats) if fits(p, subj_mention, obj_mention) and p in model["predicates"]
           else 0.0 for p in SIGNATURES}
    out["none"] = math.prod(1.0 - p for p in out.values())
    return out
