"""Traditional characters read as simplified ones, one character for one.

kg's tagger, jieba's dictionary and the lexicon are simplified Chinese; news from Hong Kong,
Taiwan and Macau sites is written in traditional characters. An article mostly in traditional
characters is analysed in its simplified form (:func:`simplified`), which has the same length,
so every offset holds, and the names it shows are taken back from the text as written.
Resolution's keys fold the two scripts (:func:`fold`), so 臺灣大學 and 台湾大学 are one name.

The character table is jionlp's (``tra2sim_char.txt``), read from the package's folder
without importing jionlp.
"""
from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from kg.doc import Article, Mention

_HAN = re.compile(r"[\u4e00-\u9fff]")
_QUOTES = {ord("「"): "“", ord("」"): "”", ord("『"): "‘", ord("』"): "’"}  # the quotation marks traditional text uses
TRADITIONAL_SHARE = 0.05  # simplified news has at most 1% of its characters in the table (覆, 著); traditional 25-40%


@functools.cache
def _table() -> dict[int, str]:
    spec = importlib.util.find_spec("jionlp")
    path = Path(spec.submodule_search_locations[0]) / "dictionary" / "tra2sim_char.txt"
    pairs = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line)
    return {ord(t): s for t, s in pairs if len(t) == 1 and len(s) == 1} | _QUOTES


def fold(text: str) -> str:
    """Every traditional character of the table as its simplified one, and corner brackets 「」『』 as
    curly quotes (any text; the same length)."""
    return text.translate(_table())


def is_traditional(text: str) -> bool:
    """Whether the text is written in traditional characters: enough of its Han characters
    have a simplified form that differs."""
    han = _HAN.findall(text)
    table = _table()
    changed = sum(1 for c in han if ord(c) in table)
    return changed >= 3 and changed >= TRADITIONAL_SHARE * len(han)


def simplified(text: str) -> str | None:
    """The text in simplified characters, or None when it is not written in traditional ones."""
    return fold(text) if is_traditional(text) else None


def read_simplified(article: Article) -> None:
    """Give NER and relations the simplified form of an article written in traditional
    characters, keeping the written one in ``Article.written``."""
    text = simplified(article.text)
    if text is not None:
        article.written = (article.title, article.text)
        article.title, article.text = fold(article.title), text


def restore_written(article: Article) -> None:
    """Put back the text as written, and every name and qualifier as the text writes it."""
    if article.written is None:
        return
    title, text = article.written
    forms = ((article.text, text), (article.title, title))
    for m in _mentions(article):  # a stand-in (该校, 大赛) holds the name it stands for, maybe written elsewhere
        m.text = text[m.start:m.end] if article.text[m.start:m.end] == m.text else _as_written(m.text, forms)
    for m in article.headline_mentions:
        m.text = title[m.start:m.end]
    for f in article.facts:
        f.qualifiers = {k: _as_written(v, forms) for k, v in f.qualifiers.items()}
    article.aliases = {_as_written(k, forms): _as_written(v, forms) for k, v in article.aliases.items()}
    article.title, article.text, article.written = title, text, None


def _mentions(article: Article) -> list[Mention]:
    """Every mention of the article's text, once: those NER kept, those facts use, the kinds."""
    seen = {id(m): m for m in article.mentions + article.kinds}
    for f in article.facts:
        for m in (f.subject, f.object):
            if m is not None:
                seen.setdefault(id(m), m)
    return list(seen.values())


def _as_written(value, forms: tuple[tuple[str, str], ...]):
    """A string the analysis took from a simplified text, as the text writes it (each part of
    a list 、 apart); anything else as it is. ``forms``: (simplified, written) pairs."""
    if not isinstance(value, str) or not value:
        return value
    out = []
    for part in value.split("、"):
        found = next(((plain, written, plain.find(part)) for plain, written in forms if part and part in plain), None)
        out.append(found[1][found[2]:found[2] + len(part)] if found else part)
    return "、".join(out)
