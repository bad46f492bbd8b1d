"""Places from jionlp's gazetteer and ministries from the lexicon."""
from __future__ import annotations

import functools

from kg import lexicon
from kg.doc import Source
from kg.ner.finder import Finder
from kg.ner.words import MINISTRY_RE, SUFFIX_CLASS


@functools.lru_cache(maxsize=1)
def _place_automaton():
    import ahocorasick

    auto = ahocorasick.Automaton()
    for name, full in lexicon.places().items():
        auto.add_word(name, (len(name), full))
    auto.make_automaton()
    return auto


def places(found: Finder) -> None:
    """China's divisions and the world's countries, where jieba's tokens start and end with them."""
    auto = _place_automaton()
    for end_idx, (length, _full) in auto.iter(found.text):
        end = end_idx + 1
        start = end - length
        if found.text[start:end] in SUFFIX_CLASS:
            continue
        if start in found.starts and end in found.ends:
            found.add(start, end, "Place", Source.GAZETTEER)
        elif start in found.starts and found.text[end:end + 1] in "省市县区":
            continue
        elif start in found.starts and any(t.start == start and t.end > end and t.tag == "ns"
                                          for t in found.tokens[found.starts[start]:found.starts[start] + 1]):
            found.add(start, end, "Place", Source.GAZETTEER)


def ministries(found: Finder) -> None:
    """Ministries and national bodies named by their short names (科技部, 国家发改委)."""
    for m in MINISTRY_RE.finditer(found.text):
        if (m.start() in found.starts or m.start() - 1 in found.ends) and found.text[m.end():m.end() + 1] != "门":  # 科技部门
            found.add(m.start(), m.end(), "GovernmentAgency", Source.GAZETTEER_ORG)
