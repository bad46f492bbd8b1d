"""What every relation pattern shares: one article's sentences, the facts made so far, and how
a bare word (该公司, 管委会, 他, 该基金) finds the name it stands for."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg import lexicon
from kg.doc import Article, Fact, Mention, Source
from kg.ner.words import SUFFIX_END

ORG = lexicon.ORG_CLASSES
AGENTS = ORG | {"Zone"}
CLAUSE_END = "，。；;,！？!?"
_GUIDES = re.compile(rf"(?:{lexicon.TITLE_ALT}|老师)?(?:悉心|亲自|精心)?指导")  # 张三教授指导的学生…: who taught, not who won
PRONOUN = re.compile("[" + "".join(lexicon.PRONOUNS) + "]")
_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?")
_REFERRING = lexicon.alternation(lexicon.REFERRING)
ANAPHORA = {"Fund": re.compile(rf"(?:{_REFERRING})?基金"),
            "Company": re.compile(rf"(?:{_REFERRING})?(?:公司|企业)")}
ROW = re.compile(r"[^\s，,。；;：:]{1,30}(?:[ \t\u3000]+[^\s，,。；;：:]{1,30}){1,}")  # a table row: cells, no punctuation
_BARE_WORDS = lexicon.alternation(w for w in lexicon.BARE_ORG_NOUNS if len(w) > 1)
BARE_ORG = re.compile(rf"(?:{_REFERRING})?({_BARE_WORDS}|(?<=[该本])[校院所])(?:$|(?=[^\u4e00-\u9fff]))")  # (该校, 本所)
BARE_TITLE = re.compile(rf"(?:原|前|时任|现任|常务|执行)?(?:{lexicon.TITLE_ALT})(?:兼(?:任)?(?:{lexicon.TITLE_ALT}))*")
TITLE_START = re.compile(lexicon.TITLE_ALT)  # a title word starts here
TITLES_RUN = re.compile(rf"(?:(?:{lexicon.TITLE_ALT})[、兼和及]?)+")  # 联合创始人兼总经理, 创始人、董事长
_BARE_ZONES = {s for s, c in lexicon.NAME_SUFFIXES if c == "Zone"}  # 高新区, 开发区: a zone's kind alone
_OWN_WORDS = re.compile("我校|本校")  # the words of a university's own news for itself
_PARTNER_OF_OWN = re.compile("(?:我校|本校)(?:与|和|同|联合)$")  # 我校与|某大学: a partner, not the school itself
_NAMED_AFTER = ("wonAward", "selectedFor")  # predicates whose object may be named after a person
LIST_SEPARATORS = ("、", "和", "及", "与")  # between members of a list of names
_ORG_TITLE_GAP = re.compile(rf"的?(?:[^，,。；;\s]{{0,20}}?(?:{lexicon.TITLE_ALT}))?")  # 某公司(云)首席科学家A, 某院院士、某云某领域首席科学家A
_DESCRIBED = re.compile(rf"[、，,和及与](?:[^，,。；;、]{{0,12}}?(?:{lexicon.alternation(lexicon.ROLE_ENDS)}))?")  # A、某国经济学家B
_TITLED_SEP = re.compile(rf"(?:{BARE_TITLE.pattern})([{''.join(LIST_SEPARATORS)}，,])")


def _fits(m: Mention, types) -> bool:
    """Is ``m`` one of ``types``? A company may also be an organisation named by its brand alone
    (中芯国际, with no suffix that says what it is): 公司 and 该公司 can stand for it."""
    return m.type in types or "Company" in types and m.type == "Organization" and not SUFFIX_END.search(m.text)


def person_at(ms: list[Mention], pos: int) -> Mention | None:
    """The person named at ``pos``."""
    return next((m for m in ms if m.type == "Person" and m.start == pos), None)


def titled_separator(gap: str, commas: bool = False) -> bool:
    """Is the text between two list members a title, then a separator (A教授、B; with ``commas``
    a comma too: 某大学教授，某院院士A)?"""
    m = _TITLED_SEP.fullmatch(gap)
    return bool(m) and (commas or m.group(1) in LIST_SEPARATORS)


_DEGREE_START = re.compile(lexicon.alternation(lexicon.DEGREES))


@dataclass
class Sentence:
    start: int
    end: int
    mentions: list[Mention] = field(default_factory=list)  # the outermost mentions in it, in order
    paired_lists: list | None = field(default=None, repr=False)  # people's lists of orgs and people, read once


class Context:
    """One article as the patterns read it; ``emit`` records a fact under a registered rule."""

    def __init__(self, article: Article, rules: dict, disabled: frozenset = frozenset()):
        self.a = article
        self.text = article.text
        self.rules = rules  # rule name -> Rule (its predicate and confidence)
        self.disabled = disabled
        primary = outermost(article.mentions)
        self.sentences = [Sentence(s, e, [m for m in primary if s <= m.start < e])
                          for s, e in article.sentences or [(0, len(self.text))]]
        self.facts: list[Fact] = []
        self.seen: set = set()
        self.anaphors: dict[int, tuple[Mention, Mention]] = {}  # id of a stand-in -> (the stand-in, what it means)

    def emit(self, rule: str, subj: Mention, obj: Mention | None, sent: Sentence, value=None, **qualifiers) -> None:
        """Record ``subj predicate obj`` (or a literal ``value``) as the registered ``rule`` states it."""
        if rule in self.disabled:
            return
        spec = self.rules[rule]
        subj = self.meaning(subj)
        obj = self.meaning(obj) if obj is not None else None
        if obj is not None and (subj.text == obj.text or spec.predicate in _NAMED_AFTER
                                and obj.text.strip("“”\"").startswith(subj.text)):
            return  # (陈某某 wonAward 陈某某科学奖: an award named after a person is not won by them)
        if subj.source == Source.CREDIT or obj is not None and obj.source == Source.CREDIT:
            return  # 作者：张三: the reporter of a credit line is no party to the article's facts
        winner = obj if spec.predicate == "winner" else subj if spec.predicate == "wonAward" else None
        if winner is not None and winner.type == "Person" and self.supervises(winner):
            return  # 由张三、李四老师指导的某团队获银奖: the teachers won nothing
        key = (subj.text, spec.predicate, obj.text if obj else str(value))
        if key in self.seen:
            title = qualifiers.get("title")
            if title:  # 创始人、董事长张三: both titles, on the one position
                held = next(f for f in self.facts if (f.subject.text, f.predicate, f.object.text if f.object else
                                                      str(f.value)) == key)
                if title not in held.qualifiers.get("title", "").split("、"):
                    held.qualifiers["title"] = "、".join(filter(None, (held.qualifiers.get("title"), title)))
            return
        self.seen.add(key)
        self.facts.append(Fact(subj, spec.predicate, obj, value, {k: v for k, v in qualifiers.items() if v},
                               (sent.start, sent.end), spec.confidence, rule))

    def supervises(self, person: Mention) -> bool:
        """Is ``person`` one of a list of people who supervised (张三、李四老师指导的…, 王五教授悉心指导)?"""
        text, at = self.text, person.end
        while True:
            guide = _GUIDES.match(text, at)
            if guide:
                return True
            nxt = next((m for m in self.a.mentions if m.type == "Person" and m.start > at), None)
            if nxt is None or not re.fullmatch(rf"(?:{lexicon.TITLE_ALT}|老师)?[、和与及]", text[at:nxt.start]):
                return False
            at = nxt.end

    def meaning(self, m: Mention) -> Mention:
        """The mention a stand-in (该公司 for the company named before) stands for, else itself."""
        held = self.anaphors.get(id(m))
        return held[1] if held is not None and held[0] is m else m

    # -- where things are ---------------------------------------------------------------

    def before(self, pos: int, types, limit: int | None = None) -> Mention | None:
        """The latest mention of one of ``types`` that ends at or before ``pos`` in the article."""
        fits = [m for m in self.a.mentions if m.end <= pos and _fits(m, types)
                and (limit is None or pos - m.end <= limit) and m.source != "ellipsis"]
        return max(fits, key=lambda m: (m.end, m.end - m.start), default=None)

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: between the punctuation marks that close clauses."""
        s = max(self.text.rfind(c, 0, pos) for c in CLAUSE_END) + 1
        ends = [self.text.find(c, pos) for c in CLAUSE_END]
        e = min([x for x in ends if x >= 0] or [len(self.text)])
        return s, e

    def sentence_at(self, pos: int) -> Sentence:
        return next((s for s in self.sentences if s.start <= pos < s.end), self.sentences[-1])

    def verbs(self, pattern: re.Pattern, sent: Sentence):
        """Matches of ``pattern`` in the sentence that are words of their own, not part of a name
        (the 投资 of 华芯投资, the 任 of 主任)."""
        for m in pattern.finditer(self.text, sent.start, sent.end):
            if not any(x.start < m.end() and m.start() < x.end for x in sent.mentions):
                yield m

    def under_header(self, sent: Sentence, header: re.Pattern) -> Sentence | None:
        """The header row (a line ``header`` matches) of the table ``sent`` is a row of: the
        nearest line before it that matches, with only table rows between."""
        k = self.sentences.index(sent)
        for prev in reversed(self.sentences[max(0, k - 60):k]):
            line = self.text[prev.start:prev.end]
            if header.search(line):
                return prev
            if any(c in line for c in "，,。；;"):
                return None
        return None

    def says_pronoun(self, start: int, end: int) -> bool:
        """Does text[start:end] hold 他 or 她?"""
        return bool(PRONOUN.search(self.text, start, end))

    # -- what a bare word refers to ---------------------------------------------------------

    def subject_before(self, pos: int) -> Mention | None:
        """The person a sentence is about when it says 他/她 or nothing: the latest person."""
        return self.before(pos, {"Person"})

    def antecedent_org(self, word: str, pos: int, ending: str = "") -> Mention | None:
        """What a bare ``公司``/``管委会`` refers to: the latest fitting name before it, else the
        one such body the article names after it (集团公司董事长张三… 某某集团公司); for a zone's
        body said with the kind of zone (区管委会), the latest zone of that kind (…开发区, not …科技园)."""
        types = lexicon.BARE_ORG_NOUNS[word]
        if types != ("Zone",):
            named = self.before(pos, set(types))
            later = {m.text: m for m in self.a.mentions if m.start >= pos and _fits(m, set(types))
                     and m.source != "ellipsis" and m.text.endswith(word)}
            return named if named is not None or len(later) != 1 else next(iter(later.values()))
        zones = [m for m in self.a.mentions if m.end <= pos and m.type == "Zone" and m.source != "ellipsis"]
        kind = [m for m in zones if ending and m.text.endswith(ending)]
        zone = max(kind or zones, key=lambda m: (m.end, m.end - m.start), default=None)
        if zone is None or word in ("高新区", "园区"):
            return zone
        return self.zone_body(zone, word)

    def zone_body(self, zone: Mention, word: str) -> Mention | None:
        """The stand-in NER made for ``<zone><word>`` (南昌高新区 + 管委会) where the text says only
        管委会, or the body the text names in full."""
        return next((m for m in self.a.mentions if m.text == zone.text + word), None)

    def zone_of(self, body: Mention) -> tuple[Mention | None, str]:
        """The zone a zone's committee (某高新区管委会, 某开发区党工委) governs, and the committee word."""
        for word in lexicon.ZONE_COMMITTEES:
            if body.text.endswith(word):
                name = body.text[:-len(word)]
                zone = next((m for m in self.a.mentions if m.type == "Zone" and m.text == name), None)
                if zone is None and name in _BARE_ZONES:  # 高新区党工委: the zone the article named before
                    zone = self.before(body.start, {"Zone"})
                return zone, word
        return None, ""

    def anaphor_of(self, stand_in: Mention, ref: Mention) -> Mention:
        """A mention at ``stand_in``'s place that facts take to mean ``ref``."""
        m = Mention(stand_in.start, stand_in.end, ref.type, ref.text, "anaphor", ref.entity)
        self.anaphors[id(m)] = (m, ref)
        return m

    def own_body(self, cls: str = "University") -> Mention | None:
        """The university an article written by or about it calls 我校 / 本校 (the company a notice
        calls 本公司, with ``cls="Company"``): the one its headline names, else the one it names most."""
        bodies = [m for m in self.a.mentions if _fits(m, {cls}) and m.source != "ellipsis" and not (
            cls == "University" and (not m.text.endswith(lexicon.SCHOOL_ENDS) or self.university_of(m) is not m))]
        # (中文系, 某大学物理学院: a department, not the school)
        partners = {m.text for m in bodies if _PARTNER_OF_OWN.search(self.text, max(0, m.start - 4), m.start)}
        bodies = [m for m in bodies if m.text not in partners]  # (我校与某大学合作: that one is another school)
        if not bodies:
            return None
        head = {m.text for m in self.a.headline_mentions if _fits(m, {cls})}
        count = {}
        for m in bodies:
            count[m.text] = count.get(m.text, 0) + 1 + 10 * (m.text in head)
        best = max(count, key=lambda t: (count[t], len(t)))
        if count[best] < 2 and not (len(count) == 1 and cls == "University" and _OWN_WORDS.search(self.text)):
            return None  # named once and not in the headline: not clearly the article's own (unless it says 我校)
        return next(m for m in bodies if m.text == best)

    def fund_before(self, pos: int, sent: Sentence, also: str = "") -> Mention | None:
        """The fund a sentence speaks of before ``pos``: named in it, or the latest fund when it
        says 该基金 / 基金 (or ``also``)."""
        named = next((m for m in reversed(sent.mentions) if m.type == "Fund" and m.end <= pos), None)
        if named is None and (self.refers_to_fund(sent.start, pos) or also and re.search(also, self.text[sent.start:pos])):
            return self.before(pos, {"Fund"})
        return named

    def refers_to_fund(self, start: int, end: int) -> bool:
        """Does text[start:end] say 该基金 / 基金 / 母基金 for a fund named before?  基金 closing a
        longer name the tagger did not find (某某装备材料基金) refers to nothing."""
        for m in ANAPHORA["Fund"].finditer(self.text, start, end):
            lead = self.text[m.start() - 1:m.start()] if m.start() > 0 else ""
            if m.group() != "基金" or not re.match(r"[\u4e00-\u9fff]", lead) or lead in "母子该此本其":
                return True
        return False

    def university_called(self, short: str) -> Mention | None:
        """The one university the article names in full that a short form stands for: its name
        without 大学 (清华) or some of its characters in order and 大 (浙大, 科大)."""
        if not 2 <= len(short) <= 4:
            return None
        fits = {m.text: m for m in self.a.mentions if m.type == "University" and m.text.endswith("大学")
                and (m.text == short + "大学" or short.endswith("大") and _in_order(short[:-1], m.text[:-2]))}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def university_of(self, m: Mention) -> Mention:
        """The university a school or department belongs to (某大学物理学院 -> 某大学), else itself."""
        inner = [x for x in self.a.mentions if x.type == "University" and x.start == m.start and x.end < m.end]
        return max(inner, key=lambda x: x.end) if inner else m

    # -- lists -------------------------------------------------------------------------------

    def founders_in(self, lo: int, hi: int, sent: Sentence, people: bool = False, funds: bool = False) -> list[Mention]:
        """The organisations (or, after 由, the people; with ``funds``, the funds: a fund of funds
        sets up funds) named in text[lo:hi], with 该公司 / 高新区 taken to what they refer to."""
        kinds = (AGENTS | {"Person"} if people else AGENTS) | ({"Fund"} if funds else set())
        out = [x for x in sent.mentions if lo <= x.start and x.end <= hi and x.type in kinds
               and not re.search(r"[（(][^）)]*$", self.text[lo:x.start])  # not a name declared in brackets
               and not _DEGREE_START.match(self.text, x.end)]  # 某大学|校友张三: the people found it
        if any(x.type == "Person" for x in out):
            out = [x for x in out if x.type == "Person"]
        for bare in re.finditer(r"(?:该|本|这家)?(公司|集团|银行|高新区|管委会|园区)|该(校|局|厅|委)", self.text[lo:hi]):
            b0, b1 = lo + bare.start(), lo + bare.end()
            if any(x.start <= b0 < x.end for x in out):
                continue
            if b0 == lo or self.text[b0 - 1] in "由、，,和与及" or bare.group().startswith(("该", "本", "这家")):
                ref = self.antecedent_org(bare.group(1) or {"校": "学校"}.get(bare.group(2), "局"), b0)
                if ref is not None:
                    out.append(self.anaphor_of(Mention(b0, b1, ref.type, ref.text, "anaphor"), ref))
        return sorted(out, key=lambda m: m.start)

    def joined(self, names: list[Mention]) -> bool:
        """Do these names form one list (A、B和C, A联合B, A牵头，联合B)?"""
        return all(re.fullmatch(r"[、，,和与及同]|以及|联合|携手|会同|共同|则联合|则|牵头[，,]?联合|[，,](?:联合|携手)|"
                                r"(?:日前|近日|今日|此前|将|还|也|则|又|再|已|就|曾|率先)*(?:与|和|同|联合|携手)|(?:三方|两方|双方)?",
                                re.sub(r"[（(][^）)]*[）)]|(?<=[、，,和与及])[^、，,和与及]{0,8}(?:机构|企业|公司|银行|集团)$",
                                       "", self.text[a.end:b.start]).strip())
                   for a, b in zip(names, names[1:]))

    # -- dates -------------------------------------------------------------------------------

    def dates_in(self, start: int, end: int) -> list[re.Match]:
        return list(_DATE.finditer(self.text, start, end))

    def date_value(self, m: re.Match) -> str | None:
        """ISO date (or year-month) of a 2021年6月9日 match; the article's year when it gives none."""
        year = int(m.group(1)) if m.group(1) else self.a.year
        if not year:
            return None
        month = int(m.group(2))
        return f"{year:04d}-{month:02d}-{int(m.group(3)):02d}" if m.group(3) else f"{year:04d}-{month:02d}"


def _in_order(chars: str, name: str) -> bool:
    at = 0
    for c in chars:
        at = name.find(c, at) + 1
        if not at:
            return False
    return True


def outermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions not inside a longer one (mentions overlap only by nesting), stand-ins left out."""
    out, reach = [], -1
    for m in sorted((m for m in mentions if m.source != "ellipsis"), key=lambda m: (m.start, -m.end)):
        if m.end > reach:
            out.append(m)
            reach = m.end
    return out


def list_ending(ctx: Context, ms: list[Mention], last: Mention, titled: bool = False) -> list[Mention]:
    """The people named one after another (A、B和C; with ``titled``, also A教授、B教授) up to ``last``."""
    out = [last]
    for m in reversed([x for x in ms if x.end <= last.start and not (titled and x.type == "Title")]):
        gap = ctx.text[m.end:out[0].start]
        if m.type != "Person" or gap not in LIST_SEPARATORS and not (titled and titled_separator(gap)):
            break
        out.insert(0, m)
    return out


def people_listed(ctx: Context, names: list) -> list:
    """The people of the list that ends with the last person of ``names``: A、B和C, or with
    their organisations, 某研究所A、某大学B."""
    people = [k for k, m in enumerate(names) if m.type == "Person"]
    if not people:
        return []
    out = [names[people[-1]]]
    for a, b in zip(reversed(names[:people[-1]]), reversed(names[1:people[-1] + 1])):
        gap = ctx.text[a.end:b.start]
        titled = a.type == "Person" and titled_separator(gap, commas=True)  # A院士、B / A院士和某所B
        pair = a.type != "Person" and b.type == "Person" and _ORG_TITLE_GAP.fullmatch(gap)  # 某大学(的)(教授)A
        described = a.type == "Person" and b.type == "Person" and _DESCRIBED.fullmatch(gap)
        chain = a.type != "Person" and b.type != "Person" and titled_separator(gap, commas=True)  # 某大学教授、某院院士A
        if not (pair or titled or chain or described or ctx.joined([a, b])):
            break
        if a.type == "Person":
            out.insert(0, a)
    return out
