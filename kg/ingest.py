"""Ingest: news files on disk become :class:`kg.doc.Article` objects.

A file is decoded (BOM, UTF-8, GB18030/GBK, UTF-16), HTML is reduced to its
paragraphs and headings, a newspaper page is split into its articles at its
headings, bylines and signatures become ``Article.authors``, layout markers are
deleted and paragraphs broken by the page layout are rejoined.  Characters are
only ever deleted (apart from paragraph separators, collapsed HTML whitespace and
the space that rejoins a Latin word broken across lines), so every character of
``Article.text`` keeps the offset of the character of the decoded file it came from.
"""
from __future__ import annotations

import codecs
import html
import re
from array import array
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from kg.doc import Article
from kg.errors import KgError

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
# A person's name: 2-4 Chinese characters, or transliterated parts joined by "·".
_NAME = rf"(?:[{_CJK}]{{1,5}}(?:[·•・][{_CJK}]{{1,5}})+|[{_CJK}]{{2,4}})"
_ROLE = r"(?:(?:本报|新华社)?(?:特约|见习|实习|首席)?(?:记者|通讯员)|(?:文|图|文图|图文|作者|摄影)\s*[/／:：])"
_GLYPHS = "►▶▷■□●◆◇★☆▲◎※▌"
_WS = " \t\u3000\xa0"
_LIST_HEAD = re.compile(r"[\u4e00-\u9fff·]{2,5}[,，:：]")  # 张三，光学专家，…: a row that opens with its name
_NAME_ROW_END = re.compile(r"[ \u3000]+[\u4e00-\u9fff·]{2,5}(?:[（(][男女][）)])?$")  # a row of a list of people
_OUTLINE = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、．]")  # a numbered heading
_CAPTION = re.compile(r"[（(【][^（()）【】]*[）)】]")  # (某某出席仪式并致辞): a picture's caption, a line of its own
_FINAL = set("。！？；：”」』…!?;:\"")  # a paragraph ending in one of these is complete
_CLOSERS = "”’」』）)》】\"'"

_MD_HEADING = re.compile(r"(#{1,6})[ \t]+")
_MD_RULE = re.compile(r"(?:[-*_][ \t]*){3,}")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_MARKS = re.compile(r"\*\*|__|~~")
_MD_EMPHASIS = re.compile(r"(?<!\*)\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?!\*)")
_MD_BLOCK_MARK = re.compile(r"^(?:>[ \t]*)+|^[-*+][ \t]+")
_MD_CLOSING_HASHES = re.compile(r"[ \t]+#+$")

_LEAD_GLYPHS = re.compile(rf"^[{_GLYPHS}]+[{_WS}]*")
_LEAD_IN = re.compile(
    rf"^[【\[]?(?:本报讯|(?:本报|新华社|中新社|中新网|人民网|新华网|央视网|科技日报)[{_CJK}]{{0,6}}"
    rf"([\d一二三四五六七八九十]{{1,3}}月[\d一二三四五六七八九十]{{1,3}}日)电)[】\]]?[{_WS}]*"
    rf"(?:[（(]([^（）()]{{0,40}})[）)])?[{_WS}]*[:：]?[{_WS}]*"
)
_CREDIT_LINE = re.compile(r"^[（(]?(?:图片来源|图片提供|图源|供图|摄影)[ \t]*[:：]")
_CREDIT_TAIL = re.compile(rf"[{_WS}]*[（(]?(?:图片来源|图源)[ \t]*[:：][^。！？]{{0,30}}$")
_SIGNATURE = re.compile(
    rf"(?<=[。！？!?”」』）)])[{_WS}]+({_NAME}(?:[{_WS}]+{_NAME}){{0,3}})$"
)
_PAREN_SIGNATURE = re.compile(r"[（(]([^（）()]{2,40})[）)]$")
_BARE_NAMES = re.compile(rf"{_NAME}(?:[{_WS}、，,]+{_NAME}){{0,3}}")
_BYLINE_SEP = re.compile(r"[\s、，,]+")
_ROLE_NAME = re.compile(rf"({_ROLE})?[:：]?({_NAME})?")
_PROSE = re.compile(r"[，,、；;：:（(“。]")
_ROW = re.compile(r"[^\s，,。；;]{1,30}(?:[ \t\u3000]+[^\s，,。；;]{1,30}){2,}")  # 姓名 奖项类别 工作单位: a table row
_SENTENCE = re.compile(rf"[^\n。！？!?；]*(?:[。！？!?；]+[{_CLOSERS}]*)?")
_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}(?!\d))")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # in text files only as binary garbage
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html)[\s>]", re.I)


@dataclass(slots=True)
class _Para:
    """One paragraph or heading: its text and the source offset of each character."""

    text: str
    offs: list[int]
    level: int = 0  # 1, 2: article heading; 3: sub-heading kept in the text; 0: body
    authors: list[str] = field(default_factory=list)
    opener: bool = False  # was a byline or a 本报讯 lead-in: the start of an article
    closer: bool = False  # ended with the author's signature: the end of an article
    dateline: str | None = None  # 5月6日 of a 本报杭州5月6日电 lead-in


# --------------------------------------------------------------------------- files

def collect_files(inputs: list[str]) -> list[Path]:
    """The news files named by ``inputs`` (files, or folders searched recursively)."""
    found: dict[Path, Path] = {}
    for name in inputs:
        path = Path(name)
        if not path.exists():
            raise KgError(f"{name}: no such file or directory")
        if path.is_dir():
            for f in path.rglob("*"):
                rel = f.relative_to(path).parts
                if f.suffix.lower() in SUFFIXES and f.is_file() and not any(x.startswith(".") for x in rel):
                    found.setdefault(f.resolve(), f)
        elif path.suffix.lower() in SUFFIXES:
            found.setdefault(path.resolve(), path)
        else:
            raise KgError(f"{name}: not a news file (expected {' '.join(SUFFIXES)})")
    if not found:
        raise KgError(f"no {' '.join(SUFFIXES)} files in {' '.join(inputs)}")
    return sorted(found.values(), key=str)


def read_file(path) -> list[Article]:
    """Decode one file and cut it into clean articles with offset maps."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KgError(f"cannot read {path}: no such file") from None
    except IsADirectoryError:
        raise KgError(f"cannot read {path}: it is a directory") from None
    except PermissionError:
        raise KgError(f"cannot read {path}: permission denied") from None
    except OSError as e:
        raise KgError(f"cannot read {path}: {e.strerror or e}") from None
    src = _decode(path, data)
    if path.suffix.lower() in _HTML_SUFFIXES or _HTML_START.match(src):
        paras = _html_paragraphs(src)
    else:
        paras = _text_paragraphs(src)
    articles = [a for a in (_article(path, src, g) for g in _groups(paras)) if a is not None]
    if not articles:
        raise KgError(f"{path} has no article text")
    page = " ".join(a.title + " " + a.text for a in articles)
    page_year = year_of(page)
    for a in articles:
        a.year = year_of(a.title + " " + a.text) or page_year or any_year(a.title + " " + a.text) or any_year(page)
        if a.date and a.year and re.fullmatch(r"\d+月\d+日", a.date):  # the dateline's day, in the article's year
            month, day = re.match(r"(\d+)月(\d+)日", a.date).groups()
            a.date = f"{a.year:04d}-{int(month):02d}-{int(day):02d}"
        else:
            a.date = None
    return articles


def _decode(path: Path, data: bytes) -> str:
    """The text of ``data``: BOM first, then strict UTF-8, then GB18030 (a superset of GBK)."""
    if not data.strip():
        raise KgError(f"{path} is empty")
    text = None
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise KgError(f"cannot decode {path}: invalid {encoding.upper()} text") from None
            break
    if text is None:
        text = _decode_unmarked(data)
        if text is None and b"\x00" in data:
            raise KgError(f"{path} is not a text file (binary data)")
        if text is None:
            raise KgError(f"cannot decode {path}: not UTF-8, GB18030/GBK or UTF-16 text")
    if len(_CONTROL.findall(text)) > len(text) // 200:
        raise KgError(f"{path} is not a text file (binary data)")
    if not text.strip():
        raise KgError(f"{path} is empty")
    return text


def _decode_unmarked(data: bytes) -> str | None:
    """Text without a byte-order mark: strict UTF-8 first; else whichever of UTF-16 (LE, BE)
    and GB18030 reads as the most Chinese. UTF-16 must read as text throughout (Chinese,
    punctuation, ASCII): binary data decodes as UTF-16 too, into scattered code points."""
    if b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    readings = []
    if len(data) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _text_share(text) >= 0.95:
                readings.append((_han_share(text), text))
    if b"\x00" not in data:
        try:
            text = data.decode("gb18030")
            readings.append((_han_share(text), text))
        except UnicodeDecodeError:
            pass
    return max(readings, key=lambda r: r[0])[1] if readings else None


def _han_share(text: str) -> float:
    return sum("\u4e00" <= c <= "\u9fff" for c in text) / max(1, len(text))


def _text_share(text: str) -> float:
    """The share of characters that plain Chinese news is made of."""
    return sum(c.isspace() or " " <= c <= "~" or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
               or "\uff00" <= c <= "\uffef" or "\u2000" <= c <= "\u206f" or "\u00a0" <= c <= "\u00ff"
               for c in text) / max(1, len(text))


# ------------------------------------------------------------------ paragraphs

def _text_paragraphs(src: str) -> list[_Para]:
    """Every non-blank line of a plain-text or Markdown file, cleaned, as a paragraph."""
    paras = []
    for m in re.finditer(r"[^\r\n]+", src):
        line = m[0]
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if not body or _MD_RULE.fullmatch(body):
            continue
        start = m.start() + lead
        level = 0
        h = _MD_HEADING.match(body)
        if h:
            level = min(len(h[1]), 3)
            start += h.end()
            body = body[h.end():]
        p = _Para(body, list(range(start, start + len(body))), level)
        if level:
            _drop(p, _MD_CLOSING_HASHES)
        _drop(p, _MD_IMAGE)
        _drop(p, _MD_LINK, keep=1)
        _drop(p, _MD_MARKS)
        _drop(p, _MD_EMPHASIS, keep=1)
        if not level:
            _drop(p, _MD_BLOCK_MARK)
        _strip(p)
        if p.text:
            paras.append(p if level else _clean(p))
    return paras


_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "nav"}
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}


class _HtmlParagraphs(HTMLParser):
    """Collects the visible text of an HTML page as paragraphs with source offsets."""

    def __init__(self, src: str):
        super().__init__(convert_charrefs=False)
        self.src = src
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", src)]
        self.paras: list[_Para] = []
        self.chars: list[str] = []
        self.offs: list[int] = []
        self.level = 0
        self.skip = 0
        self.in_head = False
        self.title: _Para | None = None  # the page's <title>, the headline when no h1/h2 gives one
        self.title_chars: list[tuple[str, int]] | None = None

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag == "title" and self.title is None:
            self.title_chars = []
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self.level = min(int(tag[1:]), 3)

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if tag == "title" and self.title_chars is not None:
            self.title = _page_title(self.title_chars)
            self.title_chars = None
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag == "head":
            self.in_head = False
        if tag in _BLOCK_TAGS:
            self._flush()
            self.level = 0

    def handle_data(self, data):
        if self.title_chars is not None:
            start = self._pos()
            self.title_chars += [(c, start + i) for i, c in enumerate(data)]
        if not (self.skip or self.in_head):
            start = self._pos()
            self.chars.append(data)
            self.offs.extend(range(start, start + len(data)))

    def handle_entityref(self, name):
        self._reference("&" + name)

    def handle_charref(self, name):
        self._reference("&#" + name)

    def _reference(self, ref: str):
        """A decoded character reference: every character it gives maps to its ``&``."""
        if self.skip or self.in_head:
            return
        start = self._pos()
        end = start + len(ref) + (self.src.startswith(";", start + len(ref)))
        decoded = html.unescape(self.src[start:end])
        if decoded == self.src[start:end]:  # not a known entity: keep it as written
            self.chars.append(self.src[start:end])
            self.offs.extend(range(start, end))
        else:
            self.chars.append(decoded)
            self.offs.extend([start] * len(decoded))

    def _flush(self):
        """End the current paragraph, collapsing its whitespace as a browser would."""
        text, offs = "".join(self.chars), self.offs
        self.chars, self.offs = [], []
        out, out_offs = [], []
        for m in re.finditer(r"\s+|\S+", text):
            s, e = m.span()
            if not m[0][0].isspace():
                out.append(m[0])
                out_offs.extend(offs[s:e])
            elif 0 < s and e < len(text) and not ("\n" in m[0] and _is_cjk(text[s - 1]) and _is_cjk(text[e])):
                out.append(" ")
                out_offs.append(offs[s])
        if out:
            p = _Para("".join(out), out_offs, self.level)
            self.paras.append(p if p.level else _clean(p))

    def close(self):
        super().close()
        self._flush()


def _html_paragraphs(src: str) -> list[_Para]:
    """Headings and paragraphs of an HTML page; head, script, style, noscript, nav dropped.
    The ``<title>`` heads the page when no h1 or h2 does; on a page with headings, scraps of
    navigation before the first sentence (no punctuation, no byline) are dropped."""
    parser = _HtmlParagraphs(src)
    parser.feed(src)
    parser.close()
    paras = parser.paras
    if parser.title and not any(p.level in (1, 2) for p in paras):
        paras = [parser.title] + paras
    if not any(p.level for p in paras):
        return paras
    body = next((i for i, p in enumerate(paras) if not p.level and _SENTENCE_MARK.search(p.text)), len(paras))
    return [p for i, p in enumerate(paras)
            if i >= body or p.level or p.authors or p.opener or p.dateline or _SENTENCE_MARK.search(p.text)]


_SENTENCE_MARK = re.compile(r"[。！？；，]")
_TITLE_SITE = re.compile(r"\s*(?:[_|｜]|\s[-—–－]\s|——).*$")


def _page_title(chars: list[tuple[str, int]]) -> _Para | None:
    """The ``<title>`` as a heading, without the site name after ``_``, ``|`` or `` - ``."""
    text = "".join(c for c, _ in chars)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    cut = _TITLE_SITE.search(text)
    if cut and cut.start() >= 4:
        text = text[:cut.start()]
    if not text:
        return None
    return _Para(text, [o for _, o in chars[lead:lead + len(text)]], 1)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


# ------------------------------------------------------------------ cleaning

def _drop(p: _Para, pattern: re.Pattern, keep: int = 0) -> None:
    """Delete every match of ``pattern`` from ``p`` (all but group ``keep`` when given)."""
    spans = []
    for m in pattern.finditer(p.text):
        if keep:
            spans += [(m.start(), m.start(keep)), (m.end(keep), m.end())]
        else:
            spans.append(m.span())
    if spans:
        _cut(p, spans)


def _cut(p: _Para, spans: list[tuple[int, int]]) -> None:
    """Delete sorted, non-overlapping ``spans`` of ``p.text`` together with their offsets."""
    text, offs, pos = [], [], 0
    for a, b in spans:
        if a > pos:
            text.append(p.text[pos:a])
            offs.extend(p.offs[pos:a])
        pos = max(pos, b)
    text.append(p.text[pos:])
    offs.extend(p.offs[pos:])
    p.text, p.offs = "".join(text), offs


def _strip(p: _Para) -> None:
    s = len(p.text) - len(p.text.lstrip())
    e = len(p.text.rstrip())
    if s or e < len(p.text):
        p.text, p.offs = p.text[s:e], p.offs[s:e]


def _byline_names(text: str, need_role: bool) -> list[str] | None:
    """The names of ``text`` when the whole of it is a byline, else None.

    A byline is made of names (2-4 Chinese characters, or parts joined by ``·``)
    and roles (本报记者, 通讯员, ...); it needs a role or, unless ``need_role``,
    a leading glyph such as ``►``.
    """
    if len(text) > 60:
        return None
    marked = text[:1] in _GLYPHS
    names, role = [], False
    for token in _BYLINE_SEP.split(text.lstrip(_GLYPHS + _WS)):
        if not token:
            continue
        m = _ROLE_NAME.fullmatch(token)
        if not m or not (m[1] or m[2]):
            return None
        role = role or bool(m[1])
        if m[2]:
            names.append(m[2])
    if names and len(names) <= 8 and (role or (marked and not need_role)):
        return names
    return None


def _surnamed(names: list[str]) -> list[str] | None:
    """The names, if each begins with a Chinese surname (马文涛, not 量子计算)."""
    from kg.lexicon import SURNAMES

    return names if all(n[:1] in SURNAMES or n[:2] in SURNAMES for n in names) else None


def _clean(p: _Para) -> _Para:
    """Take bylines, lead-ins, picture credits and signatures out of a body paragraph."""
    names = _byline_names(p.text, need_role=False)
    if names:
        p.authors, p.opener, p.text, p.offs = names, True, "", []
        return p
    if _CREDIT_LINE.match(p.text):
        p.text, p.offs = "", []
        return p
    m = _LEAD_IN.match(p.text)
    if m:
        p.opener = True
        p.dateline = m[1]
        if m[2]:  # 本报讯（记者 张三）, 本报讯（张三）, 某网北京8月4日电（融媒体中心 李四）
            p.authors += _byline_names(m[2], need_role=True) or _surnamed(_BYLINE_SEP.split(m[2].strip())[-1:]) or []
        _cut(p, [m.span()])
    _drop(p, _LEAD_GLYPHS)
    _drop(p, _CREDIT_TAIL)
    m = _SIGNATURE.search(p.text)
    if m:
        p.authors += _BYLINE_SEP.split(m[1])
        p.closer = True
        _cut(p, [m.span()])
    else:
        m = _PAREN_SIGNATURE.search(p.text)
        # （记者 X）, or bare names in brackets right after the last sentence: （X Y）
        names = m and (_byline_names(m[1], need_role=True) or p.text[m.start() - 1:m.start()] in "。！？!?”"
                       and _BARE_NAMES.fullmatch(m[1]) and _surnamed(_BYLINE_SEP.split(m[1].strip())))
        if names:
            p.authors += names
            p.closer = True
            _cut(p, [m.span()])
    _strip(p)
    return p


# ------------------------------------------------------------------ articles

def _groups(paras: list[_Para]) -> list[tuple[_Para | None, list[_Para]]]:
    """Paragraphs grouped under their article headings (`#`, `##`, h1, h2).

    A ``##`` heading inside an article that began with ``#`` and already has text
    is a section heading of that article, unless its section opens the way an
    article does (a byline or a 本报讯 lead-in); so is a ``##`` that reads like a
    section label (``企业组：…``) inside an unsigned ``##`` article.  Prose after an article closed
    by its author's signature is an article of its own with no title (a photo
    news item); a caption line there stays with the article before it.
    """
    groups: list[tuple[_Para | None, list[_Para]]] = []
    heading, body = None, []
    for i, p in enumerate(paras):
        closed = body and body[-1].closer
        if p.level == 0 and closed and "。" in p.text:
            groups.append((heading, body))
            heading, body = None, [p]
            continue
        if p.level in (1, 2):
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            opens = nxt is not None and nxt.level == 0 and nxt.opener
            label = re.search(r"[：:]", p.text) and not (body and body[-1].closer)
            if p.level == 2 and heading is not None and (heading.level == 1 or label) and not opens \
                    and any(q.text for q in body):
                p.level = 3
                body.append(p)
                continue
            groups.append((heading, body))
            heading, body = p, []
        else:
            body.append(p)
    groups.append((heading, body))
    return groups


def _article(path: Path, src: str, group: tuple[_Para | None, list[_Para]]) -> Article | None:
    """One article from its heading and paragraphs, or None when it has no text."""
    heading, paras = group
    authors: list[str] = []
    for p in paras:
        authors += [a for a in p.authors if a not in authors]
    body: list[_Para] = []
    for p in paras:
        if not p.text:
            continue
        prev = body[-1] if body else None
        if prev and not p.level and not prev.level:
            if len(p.text) <= 20 and len(p.text) < len(prev.text) and prev.text.endswith(p.text):
                continue  # a layout repeat of the end of the previous paragraph
            rows = _ROW.fullmatch(prev.text) or _ROW.fullmatch(p.text)  # table rows stay lines of their own
            rows = rows or _LIST_HEAD.match(prev.text) and _LIST_HEAD.match(p.text) \
                and max(len(prev.text), len(p.text)) <= 60  # short rows of a list, not wrapped prose
            outline = _OUTLINE.match(p.text) or _OUTLINE.match(prev.text) and len(prev.text) <= 30 \
                or _NAME_ROW_END.search(prev.text) or _CAPTION.fullmatch(prev.text) or _CAPTION.fullmatch(p.text)
            # (二)大赛组委会; 某大学教授 张三(女); (张三出席并致辞): a line of its own
            if prev.text[-1] not in _FINAL and (len(prev.text) >= 20 or _PROSE.search(prev.text)) and not rows \
                    and not outline:
                if _is_word(prev.text[-1]) and _is_word(p.text[0]):
                    gap = src.find("\n", prev.offs[-1] + 1, p.offs[0])
                    prev.text += " "
                    prev.offs.append(gap if gap >= 0 else prev.offs[-1] + 1)
                prev.text += p.text
                prev.offs += p.offs
                continue
        body.append(_Para(p.text, list(p.offs), p.level))
    if not body:
        return None
    text, offs = [], []
    for k, p in enumerate(body):
        if k:
            end = body[k - 1].offs[-1] + 1
            gap = src.find("\n", end, p.offs[0])
            text.append("\n")
            offs.append(gap if gap >= 0 else end)
        text.append(p.text)
        offs.extend(p.offs)
    offs.append(body[-1].offs[-1] + 1)
    article = Article(source=str(path), source_text=src, text="".join(text), offsets=array("q", offs),  # compact
                      title=heading.text if heading else "", authors=authors,
                      date=next((p.dateline for p in paras if p.dateline), None))
    article.sentences = split_sentences(article.text)
    return article


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def year_of(text: str) -> int | None:
    """The latest year of a full date (2021年6月9日, 2021-06-09) in ``text``."""
    years = [int(y) for y in _FULL_DATE.findall(text)]
    return max(years) if years else None


def any_year(text: str) -> int | None:
    """The latest year named in ``text`` (2022年), when no full date gives one."""
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", text)]
    return max(years) if years else None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``: ends at 。！？!?； (with closing quotes) and newlines."""
    end = len(text) if end is None else end
    spans = []
    for m in _SENTENCE.finditer(text, start, end):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans
