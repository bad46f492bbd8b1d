"""jieba tokens with character offsets and dictionary tags, and the tag classes the rules read."""
from __future__ import annotations

import functools
import logging
import os
import re
import tempfile
from dataclasses import dataclass

import jieba
import jieba.posseg

from kg import lexicon

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
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "rz", "rr", "y", "e", "o", "f", "q", "t"}


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    tag: str | None  # jieba dictionary tag; None for a word jieba made up (often a name)


@functools.lru_cache(maxsize=1)
def tags() -> dict[str, str]:
    """jieba's dictionary: word -> part-of-speech tag."""
    jieba.initialize()
    return jieba.posseg.dt.word_tag_tab


_FUSED_TITLE = re.compile(rf"^(.*?)({lexicon.TITLE_ALT})$")
_ONE_CHAR_UNITS = set("局所院行厅处部校站社馆")
_GLUED_BEFORE = set("由经其获在从对被把与及为") - lexicon.SURNAMES  # prepositions no surname is written with
_SUFFIXES = dict(lexicon.NAME_SUFFIXES)
_BEFORE_REN = set("曾现兼出担历继升调接改留连就新时再原前首又仍还已将拟暂均主信责委聘离到上赴专转获即")  # 曾任, 主任: words of their own


def tokenize(text: str) -> list[Token]:
    """jieba tokens with offsets and dictionary tags; 局局长 is split into 局 + 局长."""
    tag_of = tags()
    out = []
    for w, s, e in jieba.tokenize(text):
        fused = _FUSED_TITLE.match(w) if len(w) >= 3 else None
        if len(w) >= 3 and w[0] in "于在从向由与和对将把被赴" and w[1:] in lexicon.places():  # 于|长春
            out.append(Token(s, s + 1, w[0], "p"))
            out.append(Token(s + 1, e, w[1:], "ns"))
        elif len(w) == 2 and w[1] in "内外" and w[0] in "区城园港湾谷":  # 科学城|内企业
            out.append(Token(s, s + 1, w[0], "n"))
            out.append(Token(s + 1, e, w[1], "f"))
        elif len(w) == 2 and tag_of.get(w) is None and w[0] in _GLUED_BEFORE:  # 由|原, 获|何…: jieba glued a preposition on
            out.append(Token(s, s + 1, w[0], "p"))
            out.append(Token(s + 1, e, w[1], None))
        elif len(w) == 2 and tag_of.get(w) is None and w[0] in "年月日" and w[1] in "于在从赴":  # 1982年|于北大
            out.append(Token(s, s + 1, w[0], "m"))
            out.append(Token(s + 1, e, w[1], "p"))
        elif len(w) == 2 and tag_of.get(w) is None and w[1] in "由被" and w[0] not in lexicon.SURNAMES:  # 某某奖|由某大学
            out.append(Token(s, s + 1, w[0], "n"))
            out.append(Token(s + 1, e, w[1], "p"))
        elif len(w) == 3 and w[-1] in "向赴到" and tag_of.get(w) is None:
            out.append(Token(s, e - 1, w[:-1], None))  # 马某|向母校…, 马某|赴美国…, 马某|到…: jieba glued 向 / 赴 / 到 on
            out.append(Token(e - 1, e, w[-1], "p"))
        elif len(w) == 3 and w[-1] == "于" and w[:-1] in ("任教", "执教", "任职", "就职", "供职", "工作") and tag_of.get(w) in (None, "nr"):
            out.append(Token(s, e - 1, w[:-1], "v"))  # 任教|于某大学: jieba took the verb and 于 for a name
            out.append(Token(e - 1, e, "于", "p"))
        elif len(w) == 4 and w[-1] == "为" and tag_of.get(w) is None and w[:-1] not in tag_of and w[0] in lexicon.SURNAMES:
            out.append(Token(s, e - 1, w[:-1], None))  # 吴某文|为某市副市长: jieba glued 为 (as) on
            out.append(Token(e - 1, e, "为", "p"))
        elif len(w) in (3, 4) and w[-1] == "任" and tag_of.get(w) is None and w[:-1] not in tag_of:
            out.append(Token(s, e - 1, w[:-1], None))  # 黄某|任某大学校长: jieba glued 任 (is appointed) on
            out.append(Token(e - 1, e, "任", "v"))
        elif fused and (fused.group(1) in _ONE_CHAR_UNITS or fused.group(1) in _SUFFIXES):
            cut = s + len(fused.group(1))
            out.append(Token(s, cut, fused.group(1), "n"))
            out.append(Token(cut, e, fused.group(2), "n"))
        elif len(w) == 2 and (w[1] == "任" and w[0] not in _BEFORE_REN or w[1] == "等" and len(out) >= 2 and out[-2].text == "、") \
                and _name_cut_before(out, s):
            out[-1] = Token(out[-1].start, s + 1, out[-1].text + w[0], None)  # 葛某|荣任 is 葛某荣|任, 、谢某|中等 is 、谢某中|等
            out.append(Token(s + 1, e, w[1], "v" if w[1] == "任" else "u"))
        else:
            out.append(Token(s, e, w, tag_of.get(w)))
    return out


def _name_cut_before(out: list[Token], s: int) -> bool:
    """Is the token before ``s`` a surname and one character, which jieba may have cut before the
    name's last character?"""
    prev = out[-1] if out else None
    return prev is not None and prev.end == s and len(prev.text) == 2 and prev.tag in ("nr", None) \
        and prev.text[0] in lexicon.SURNAMES


def is_place_token(t: Token) -> bool:
    return t.tag == "ns" or t.text in lexicon.places()
