"""The candidate mentions of one text, and how their overlaps are settled."""
from __future__ import annotations

import bisect
import re

from kg import lexicon
from kg.doc import Mention, Source
from kg.ner.tokens import Token
from kg.ner.words import GENERIC_HEAD, SUFFIX_CLASS, fund_kind_only, is_chinese_name, kind_of_university, suffix_class_word

_LEADING_FUNCTION_CHARS = set("由在与和的将对从向被把为及以据而")
_LEGAL_NAME = re.compile(r"有限(?:责任)?公司$|合伙企业[（(]有限合伙[）)]$")  # a zone inside one is no mention of it
_TENURE = lexicon.alternation(lexicon.LEADING_TENURE + lexicon.ATTRIBUTIVE_TENURE)
_LEADING_APPOINTMENT = re.compile(rf"[年月起]?(?:({_TENURE})|任)(?=[\u4e00-\u9fff]{{4}})")
_LEADING_VERB = re.compile(r"(?:特邀|邀请|利用|依托)(?=[\u4e00-\u9fff]{4})")  # 大赛特邀|某某中心主任
_VERBS = set(lexicon.WIN_VERBS + lexicon.AWARD_VERBS + lexicon.APPOINTMENT_VERBS + lexicon.JOIN_VERBS
             + lexicon.FOUNDING_VERBS + lexicon.SELECTION_VERBS)
_UNIT_TAIL = re.compile(r"[^\W\d_的和与及、]{0,10}(?:分局|总队|支队|大队|派出所|办公室|办|处|局|司|委员会|中心|部队)")
_OWN_BODY = re.compile(r"[我本该其贵此][司院所校局委厅部行社]")
_CLOSING = set(")）]】」』”》")
_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?\n]")
_PERSON_AND = re.compile(r"([\u4e00-\u9fff]{2,3})(?:[（(][^（）()]*[）)])?[和及与]")  # 张三(时任某职)和|某科技局
_PARTY_ORGAN = re.compile(r"(?:委|委员会|党组|党委|党校|工委|纪委|组织部|宣传部|统战部|办公厅)$")


class Finder:
    """The candidates the components add over one text, and (after ``settle``) the mentions."""

    def __init__(self, text: str, tokens: list[Token]):
        self.text = text
        self.tokens = tokens
        self.ends = {t.end: i for i, t in enumerate(tokens)}
        self.starts = {t.start: i for i, t in enumerate(tokens)}
        self.token_starts = [t.start for t in tokens]
        self.cands: list[Mention] = []
        self.name_ends: set[int] = set()
        self.mentions: list[Mention] = []

    def add(self, start: int, end: int, type_: str, source: Source) -> None:
        if source != Source.QUOTE:
            mark = None
            for mark in _CLAUSE_MARK.finditer(self.text, start, end):
                pass
            if mark is not None:  # 院机关中，|某局: no name runs over a clause's punctuation
                start = mark.end()
                if end - start < 2 or self.text[start:end] in SUFFIX_CLASS or GENERIC_HEAD.fullmatch(
                        self.text[start:end - len(suffix_class_word(self.text[start:end]))]):
                    return
        while end - start > 2 and self.text[start] in _CLOSING:
            start += 1  # ）|某某: a bracket the name follows is no part of it
        if type_ == "Person" and end - start >= 3 and self.text[end - 1] == "等":
            end -= 1  # 某某等|领导
        if type_ not in ("Person", "Title") and source not in (Source.KIND, Source.QUOTE) and (
                self.text[start:end] in SUFFIX_CLASS or _OWN_BODY.fullmatch(self.text, start, end)
                or self.text[start:end] in lexicon.COLLECTIVE_BODIES):
            return  # 联盟, 我司, 本院: a kind of body or the writer's own, not a name; 两院: two bodies
        if not re.search(r"[^\W\d_]", self.text[start:end]) or type_ == "Person" and self.text[start:end] in _VERBS:
            return  # 04, 2020-09: no name without a letter or a character; 荣获 is no person
        if source not in (Source.QUOTE, Source.ALIAS) and (type_ == "Fund" and fund_kind_only(self.text[start:end])
                                                            or type_ == "University" and kind_of_university(self.text[start:end])):
            return  # 天使类子基金, 3只子基金; 中国大学, 全国重点大学: a kind of fund or university, not one
        if type_ not in ("Person", "Title"):
            inner = re.sub(r"[（(][^（）()]*[）)]", "", self.text[start:end])
            if source != Source.QUOTE and re.search(r"[（()）]", inner):
                return  # 张三（某学部, （辽宁）有限公司: a bracket it does not close is no part of a name
            person = _PERSON_AND.match(self.text, start, end)
            if person and end - person.end() >= 3 and is_chinese_name(person.group(1)) \
                    and person.group(1) not in lexicon.places():  # (兰州和某某有限公司: a place, not a person)
                start = person.end()
            if self.text.startswith("中共", start) and end - start > 5 and not _PARTY_ORGAN.search(self.text, start, end):
                start += 2  # 中共|某科学院 (the party group of a body is the body)
        lead = _LEADING_APPOINTMENT.match(self.text, start)
        if type_ not in ("Person", "Title") and lead and (lead.group(1) or start == 0 or self.text[start - 1] in "今曾现历兼年月"
                                                         or not "\u4e00" <= self.text[start - 1] <= "\u9fff"):
            start = lead.end()  # 历任|某某股份有限公司, 而新任|某大学 (a bare 任 only where no word ends in it: 主任)
        if re.match(r"暨(?=\d|第|首)", self.text[start:start + 2]):
            start += 1  # …交流营暨|2020某某大赛 (暨南大学 keeps its 暨)
        verb = _LEADING_VERB.match(self.text, start)
        if type_ not in ("Person", "Title") and verb:
            start = verb.end()
        if type_ not in ("Person", "Title") and end - start > 3 and self.text[start] in _LEADING_FUNCTION_CHARS \
                and not any(self.text[start:start + n] in lexicon.places() for n in (2, 3, 4)):  # (以色列, 和田)
            start += 1  # 由深创投: jieba glued a preposition onto the name
            if GENERIC_HEAD.fullmatch(self.text[start:end - len(suffix_class_word(self.text[start:end]))]):
                return  # 由|该公司
        if type_ not in ("Person", "Title") and self.text.endswith("网讯", start, end):
            end -= 1  # 某某新闻网|讯: a dateline
        if end > start:
            self.cands.append(Mention(start, end, type_, self.text[start:end], source))
            if type_ != "Title":
                self.name_ends.add(end)

    def places_only(self, start: int, end: int) -> bool:
        """Is text[start:end] made of places only (河北保定, 静海县, 张家口及天津)?"""
        i = self.starts.get(start)
        if i is None or end not in self.ends:
            return False
        inner = self.tokens[i:self.ends[end] + 1]
        def place(t: Token) -> bool:  # not every ns: jieba's take in cities abroad that name clubs (罗马, 利物浦)
            return t.text in lexicon.places() or t.tag == "ns" and t.text[-1] in "省市县区州盟旗"

        return all(place(t) or t.text in "省市县区及和" for t in inner) and any(map(place, inner))

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

    def holds_unit_of(self, m: Mention) -> bool:
        """Does the tagger's organisation ``m`` hold a government body another component found,
        and go on to a unit of it (某市房管局住房保障办) or start with the country or place it is
        of (白俄罗斯国防部), on word boundaries?"""
        if m.start not in self.starts or m.end not in self.ends:
            return False
        for c in self.cands:
            if c.type != "GovernmentAgency" or c.source == Source.MODEL or not (m.start <= c.start and c.end <= m.end) \
                    or (c.start, c.end) == (m.start, m.end):
                continue
            head, tail = self.text[m.start:c.start], self.text[c.end:m.end]
            if (not tail or _UNIT_TAIL.fullmatch(tail)) and (not head or head in lexicon.places()
                                                             or lexicon.country_at().fullmatch(head)):
                return True
        return False

    def settle(self) -> list[Mention]:
        """Choose non-overlapping mentions by their source's rank; keep places and zones nested
        inside names. Sets and returns ``mentions``."""
        def rank(m: Mention):
            strong = m.source.rank
            if m.type == "Title":
                strong = 3 if m.source == Source.MODEL else strong
            elif m.source == Source.MODEL and (m.start not in self.starts or m.end not in self.ends) and (any(
                    c is not m and c.type == m.type and c.start <= m.start and m.end <= c.end for c in self.cands)
                    or self.cuts_function_word(m.end)):
                strong = 0.5  # the tagger cut a name short (姜雪|峰) or into a word after it (吴昊凭|借)
            elif m.source == Source.MODEL and m.type in lexicon.ORG_CLASSES and self.holds_unit_of(m):
                strong = 4.5  # 某市公安局|直属分局, 白俄罗斯|国防部: the tagger's whole unit over the body in it
                units.add(id(m))
            return (-strong, -(m.end - m.start), m.start)

        units: set[int] = set()

        chosen: list[Mention] = []
        owner: list[Mention | None] = [None] * (len(self.text) + 1)  # the chosen mention over each char
        for m in sorted(self.cands, key=rank):
            if any(owner[m.start:m.end]):
                continue
            for k in range(m.start, m.end):
                owner[k] = m
            if id(m) in units:
                m.type = "GovernmentAgency"  # a unit of a government body is one
            chosen.append(m)
        kept = {id(m) for m in chosen}
        nested = []
        for m in self.cands:
            c = owner[m.start]
            if id(m) not in kept and c is not None and m.end <= c.end and (
                    m.type == "Place" and c.type != m.type or m.type == "Program"
                    or m.type == "Zone" and c.type != m.type and not _LEGAL_NAME.search(c.text)
                    or m.type == "University" and (m.text.endswith("大学") or "校友" in self.text[m.end:c.end])):
                nested.append(m)
        seen = set()
        self.mentions = []
        for m in sorted(chosen + nested, key=lambda m: (m.start, -m.end)):
            if (m.start, m.end, m.type) not in seen:
                seen.add((m.start, m.end, m.type))
                self.mentions.append(m)
        return self.mentions
