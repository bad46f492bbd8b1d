"""Mentions -> facts: the patterns Chinese news uses for each relation.

Each pattern reads one sentence (its mentions in order and the text between
them) and may look back in the article for what ``该基金``, ``公司`` or ``他``
refer to.  Every fact gets a confidence that says how direct the pattern is.
"""
from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass, field

from kg import lexicon
from kg.doc import Article, Fact, Mention

ORG = lexicon.ORG_CLASSES
AGENTS = ORG | {"Zone"}
CLAUSE_END = "，。；;,！？!?"
_TITLE_END = re.compile(rf"(?:{lexicon.TITLE_ALT})$")
_DEGREE_START = re.compile("|".join(lexicon.DEGREES))
_AWARD_CATEGORY = re.compile(r"(?:个人|团队|企业|创新企业|创新团队|单位|集体|项目|杰出个人|优秀企业|青年)[\u4e00-\u9fff]{0,2}奖")
_TITLE_ENDS = re.compile(rf"^.*?(?:{lexicon.TITLE_ALT})")
_TITLE_START = re.compile(lexicon.TITLE_ALT)
_DEGREE_END = re.compile("(?:" + "|".join(lexicon.DEGREES) + ")$")
_RANK = re.compile("|".join(map(re.escape, lexicon.RANKS)))
_WIN_VERB = re.compile(r"(?:获得|荣获|夺得|摘得|斩获|赢得|被评为|评为|获评|获颁|拿下|荣膺|屈居|位列|喜获|揽获|捧得|问鼎|收获|获)(?:了)?")
_MONEY = re.compile(r"(?:总规模|首期规模|规模|总额|资金规模|总资金)(?:为|达|达到|约|共|超|逾|是)?\s*"
                    r"((?:人民币)?[\d.,，]*\d\s*(?:亿|万|千万|百万)?元|[零一二两三四五六七八九十百千万亿]+元)")
_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?")
_ANAPHORA = {"Fund": re.compile(r"(?:该|此|这只|这支|上述)?基金"),
             "Company": re.compile(r"(?:该|此|这家)?(?:公司|企业)"),
             "Competition": re.compile(r"(?:该|此|本届|本次)?(?:大赛|比赛|竞赛)")}
_BARE_ORG = re.compile(r"(?:该|其|这家|本)?(公司|集团|企业|学校|学院|研究院|研究所|管委会|党工委|高新区|园区|银行)(?:$|(?=[^\u4e00-\u9fff]))")


@dataclass
class Sentence:
    start: int
    end: int
    mentions: list[Mention] = field(default_factory=list)


class Extractor:
    """Runs every pattern over the sentences of one article."""

    def __init__(self, article: Article):
        self.a = article
        self.text = article.text
        primary = _outermost(article.mentions)
        self.sentences = []
        for s, e in article.sentences or [(0, len(self.text))]:
            self.sentences.append(Sentence(s, e, [m for m in primary if s <= m.start < e]))
        self.facts: list[Fact] = []
        self.seen: set = set()
        self.anaphors: dict[int, Mention] = {}  # id of a stand-in mention -> the mention it refers to
        self.pending_title: str | None = None
        self._title_comp: Mention | bool | None = None  # the headline's competition, False if none

    # -- helpers ------------------------------------------------------------------

    def add(self, subj: Mention, pred: str, obj: Mention | None, sent: Sentence, conf: float, rule: str,
            value=None, **qualifiers) -> None:
        subj = self.anaphors.get(id(subj), subj)
        obj = self.anaphors.get(id(obj), obj) if obj is not None else None
        if obj is not None and subj.text == obj.text:
            return
        key = (subj.text, pred, obj.text if obj else str(value))
        if key in self.seen:
            return
        self.seen.add(key)
        self.facts.append(Fact(subj, pred, obj, value, {k: v for k, v in qualifiers.items() if v},
                               (sent.start, sent.end), conf, rule))

    def before(self, pos: int, types, limit: int | None = None) -> Mention | None:
        """The latest mention of one of ``types`` that ends at or before ``pos`` in the article."""
        fits = [m for m in self.a.mentions if m.end <= pos and m.type in types
                and (limit is None or pos - m.end <= limit) and m.source != "ellipsis"]
        return max(fits, key=lambda m: (m.end, m.end - m.start), default=None)

    def clause(self, pos: int) -> tuple[int, int]:
        s = max(self.text.rfind(c, 0, pos) for c in CLAUSE_END) + 1
        ends = [self.text.find(c, pos) for c in CLAUSE_END]
        e = min([x for x in ends if x >= 0] or [len(self.text)])
        return s, e

    def run(self) -> list[Fact]:
        for sent in self.sentences:
            self.positions(sent)
            self.teams(sent)
            self.alumni(sent)
            self.founders(sent)
            self.fund_founders(sent)
            self.investments(sent)
            self.winners(sent)
            self.organizers(sent)
            self.awards(sent)
            self.selections(sent)
            self.amounts(sent)
            self.dates(sent)
            self.settled(sent)
        self.containment()
        return self.facts

    # -- affiliatedWith + Position --------------------------------------------------

    def positions(self, sent: Sentence) -> None:
        """ORG TITLE PERSON (兰州大学教授张三), chains with 、, and PERSON，ORG TITLE."""
        ms = sent.mentions
        for k, p in enumerate(ms):
            if p.type != "Person":
                continue
            title, org, conf = self.org_title_before(p.start, ms[:k])
            if title is None:
                self.pending_title = None
                title, org, conf = self.shared_org_title(p.start, ms[:k])
                if title and self.pending_title:
                    self.position(p, org, self.pending_title, sent, conf, "shared-org-title")
            if title is None:
                title, org, conf = self.topic_title_before(p.start, sent, ms[:k])
            if title:
                self.position(p, org, title, sent, conf, "org-title-person")
                # chains: ORG1 TITLE1、ORG2 TITLE2 PERSON
                pos = org.start if org else p.start - len(title)
                while self.text[pos - 1:pos] == "、":
                    title2, org2, _ = self.org_title_before(pos - 1, [m for m in ms if m.end <= pos - 1])
                    if not title2:
                        break
                    self.position(p, org2 or org, title2, sent, conf - 0.1, "title-chain")
                    pos = org2.start if org2 else pos - 1 - len(title2)
                continue
            # PERSON，ORG TITLE / PERSON（ORG TITLE） / PERSON现任ORG TITLE
            after = self.text[p.end:p.end + 4]
            lead = re.match(r"[，,（(]", after)
            if lead:
                nxt = [m for m in ms if m.start >= p.end + lead.end()]
                if nxt and nxt[0].type in AGENTS and nxt[0].start == p.end + lead.end():
                    org = nxt[0]
                    tail = re.match(r"[^，,。；;（）()、\s]{0,12}", self.text[org.end:])
                    title = tail.group() if tail else ""
                    cut = _TITLE_END.search(title) if title else None
                    if cut or _title_mention_at(ms, org.end):
                        t_end = org.end + (cut.end() if cut else len(_title_mention_at(ms, org.end).text))
                        self.position(p, org, self.text[org.end:t_end], sent, 0.8, "person-org-title")
        self.appointments(sent)
        for m in re.finditer(r"在([^，,。；]{2,30}?)(?:担任|出任|任职|任)", self.text[sent.start:sent.end]):
            s0, e0 = sent.start + m.start(1), sent.start + m.end(1)
            org = next((x for x in ms if x.start == s0 and x.end == e0 and x.type in ORG), None)
            person = next((x for x in reversed(ms) if x.type == "Person" and x.end <= sent.start + m.start()), None)
            tail = re.match(r"[^，,。；;、\s]{1,12}", self.text[sent.start + m.end():])
            cut = _TITLE_END.search(tail.group()) if tail else None
            if org and person and cut:
                self.position(person, org, tail.group()[:cut.end()], sent, 0.75, "served-at")
        for m in re.finditer(r"(?:加入|加盟|入职|就职于|任职于|供职于|回到|进入)", self.text[sent.start:sent.end]):
            vs, ve = sent.start + m.start(), sent.start + m.end()
            org = next((x for x in ms if x.start == ve and x.type in ORG), None)
            person = next((x for x in reversed(ms) if x.type == "Person" and x.end <= vs), None)
            if person is None and re.search(r"[他她]", self.text[sent.start:vs]):
                person = self.subject_before(vs)
            if org and person:
                self.position(person, org, "", sent, 0.6, "joined")
        for m in re.finditer(r"来自([^，,。；]{2,30}?)的", self.text[sent.start:sent.end]):
            s0, e0 = sent.start + m.start(1), sent.start + m.end(1)
            org = next((x for x in ms if (x.start == s0 or x.end == e0) and s0 <= x.start and x.type in ORG), None)
            person = next((x for x in ms if x.start >= sent.start + m.end() and x.type == "Person"), None)
            if org and person and person.start - (sent.start + m.end()) <= 6:
                title = _TITLE_START.match(self.text, person.end)
                self.position(person, org, title.group() if title else "", sent, 0.8, "from-org")

    def appointments(self, sent: Sentence) -> None:
        """PERSON现任/担任/受聘为/是 ORG TITLE (ORG may be 公司, 该公司)."""
        text, ms = self.text, sent.mentions
        for v in re.finditer(r"(?:现任|担任|出任|兼任|受聘为|被聘为|受聘|聘为|当选为|当选|回国任|任|系|是)",
                             text[sent.start:sent.end]):
            vs, ve = sent.start + v.start(), sent.start + v.end()
            org = next((m for m in ms if m.start == ve and m.type in AGENTS), None)
            if org is None:
                bare = re.match(r"(?:该|本|这家)?(公司|集团|学校|研究院|研究所|管委会)", text[ve:ve + 6])
                org = self.antecedent_org(bare.group(1), vs) if bare else None
                t_start = ve + bare.end() if bare else None
                if org is None and v.group() in ("出任", "担任", "兼任", "任") and _TITLE_START.match(text, ve):
                    org, t_start = self.before(vs, {"Company"}, limit=120), ve  # 由张三出任总经理
            else:
                t_start = org.end
            if org is None:
                continue
            tail = re.match(r"[^，,。；;（）()、\s]{0,14}", text[t_start:]).group()
            cut = next((m for m in _TITLE_ENDS.finditer(tail)), None)
            if not cut:
                continue
            person = next((m for m in reversed(ms) if m.type == "Person" and m.end <= vs), None)
            if person is None and re.search(r"[他她]", text[sent.start:vs]):
                person = self.subject_before(vs)
            if person is not None:
                self.position(person, org, tail[:cut.end()], sent, 0.8, "appointed")

    def org_title_before(self, pos: int, ms: list[Mention]):
        """(title, org, confidence) for the title that ends at ``pos`` and the org before it."""
        qualifier = re.search(r"[（(][^（）()]{1,12}[）)]$", self.text[max(0, pos - 14):pos])
        if qualifier:  # 副校长（研究及发展）张三: the title ends before its bracketed qualifier
            title, org, conf = self.org_title_before(pos - len(qualifier.group()), ms)
            return (title + qualifier.group(), org, conf) if title else (None, None, 0)
        tm = next((m for m in reversed(ms) if m.type == "Title" and m.end == pos), None)
        seg_start = max(self.text.rfind(c, 0, pos) for c in CLAUSE_END + "、：:“”\"") + 1
        if tm is None:
            cut = _TITLE_END.search(self.text, seg_start, pos)
            if not cut or cut.end() != pos:
                return None, None, 0
            t_start = cut.start()
        else:
            t_start = tm.start
        org = next((m for m in reversed(ms) if m.end <= t_start and m.type in AGENTS | {"Place"}
                    and m.start >= seg_start), None)
        if org is not None:
            gap = self.text[org.end:t_start]
            if len(gap) > 10 or any(c in gap for c in CLAUSE_END):
                org = None
        if org is None:
            bare = _BARE_ORG.search(self.text, seg_start, t_start)
            if bare and bare.end() == t_start:
                org = self.antecedent_org(bare.group(1), bare.start())
                title = self.text[t_start:pos]
                return (title, org, 0.7) if org else (None, None, 0)
            return None, None, 0
        title = self.text[org.end:pos]
        if org.type == "Place" and not title.endswith(lexicon.GOVERNMENT_TITLES):
            return None, None, 0
        if _DEGREE_END.search(title) or not _TITLE_END.search(title):
            return None, None, 0
        return title, org, 0.9

    def shared_org_title(self, pos: int, ms: list[Mention]):
        """ORG创始人、董事长张三: the second title shares the organisation of the first."""
        cut = _TITLE_END.search(self.text, max(0, pos - 12), pos)
        if not cut or cut.end() != pos:
            return None, None, 0
        t_start = max(self.text.rfind(c, 0, pos) for c in CLAUSE_END + "、") + 1
        if self.text[t_start - 1:t_start] != "、" or not _TITLE_END.search(self.text[t_start:pos]):
            return None, None, 0
        title1, org, conf = self.org_title_before(t_start - 1, ms)
        if not title1 or org is None:
            return None, None, 0
        self.pending_title = title1  # the first title of the pair, emitted by positions()
        return self.text[t_start:pos], org, conf - 0.1

    def topic_title_before(self, pos: int, sent: Sentence, ms: list[Mention]):
        """X成立于2015年，创始人兼CEO张三…: a title with no organisation before it in its clause
        belongs to the organisation the sentence opens with."""
        seg_start = max(self.text.rfind(c, 0, pos) for c in CLAUSE_END + "、") + 1
        cut = _TITLE_END.search(self.text, seg_start, pos)
        if not cut or cut.end() != pos or any(m.start >= seg_start for m in ms if m.type != "Title"):
            return None, None, 0
        topic = next((m for m in ms if m.type in ORG), None)
        if topic is None or topic.start - sent.start > 4 or seg_start == sent.start or \
                re.search(r"[在由从与和对向据]", self.text[sent.start:topic.start]):
            return None, None, 0
        title = self.text[seg_start:pos]
        return (title, topic, 0.6) if len(title) <= 12 else (None, None, 0)

    def antecedent_org(self, word: str, pos: int) -> Mention | None:
        """What a bare ``公司``/``管委会`` refers to: the latest fitting name before it."""
        if word in ("管委会", "党工委", "高新区", "园区"):
            zone = self.before(pos, {"Zone"})
            if zone is None:
                return None
            if word in ("高新区", "园区"):
                return zone
            return self.synthetic(zone, word, "GovernmentAgency")
        types = {"局": {"GovernmentAgency"}, "公司": {"Company"}, "集团": {"Company"}, "企业": {"Company"}, "银行": {"Bank"},
                 "学校": {"University"}, "学院": {"University"}, "研究院": {"ResearchInstitute"},
                 "研究所": {"ResearchInstitute"}}[word]
        return self.before(pos, types)

    def synthetic(self, zone: Mention, word: str, type_: str) -> Mention:
        """A mention of ``<zone><word>`` (南昌高新区 + 管委会) that the text leaves elliptical."""
        for m in self.a.mentions:
            if m.text == zone.text + word:
                return m
        m = Mention(zone.start, zone.end, type_, zone.text + word, "ellipsis")
        self.a.mentions.append(m)
        return m

    def position(self, person, org, title, sent, conf, rule) -> None:
        if org is None:
            return
        if org.type == "Zone" and re.search(r"(管委会|党工委)", title):
            word = re.search(r"(管委会|党工委)", title).group()
            org = self.synthetic(org, word, "GovernmentAgency")
            title = title.split(word, 1)[1]
        if _DEGREE_END.search(title):
            self.add(person, "alumniOf", org, sent, conf, rule + "/degree")
            return
        self.add(person, "affiliatedWith", org, sent, conf, rule, title=title)
        if re.search(r"(联合)?创始人|创办人", title) and org.type in ORG:
            self.add(org, "foundedBy", person, sent, conf, rule + "/founder")

    def teams(self, sent: Sentence) -> None:
        """ORG P1、P2、P3团队 / ORG P团队 (no title)."""
        ms = sent.mentions
        for k, org in enumerate(ms):
            if org.type not in ORG:
                continue
            people, pos = [], org.end
            for m in ms[k + 1:]:
                if m.type != "Person" or m.start != pos:
                    break
                people.append(m)
                pos = m.end + (1 if self.text[m.end:m.end + 1] in "、和与" else 0)
            tail = self.text[people[-1].end:people[-1].end + 5] if people else ""
            if people and re.match(r"(等)?(研究|科研|创新|技术)?(团队|课题组|实验室|小组)", tail):
                for p in people:
                    self.add(p, "affiliatedWith", org, sent, 0.75, "team")

    # -- alumniOf -----------------------------------------------------------------------

    def alumni(self, sent: Sentence) -> None:
        """毕业于ORG; 从ORG(博士)毕业; 在ORG获得博士学位; PERSON是ORG(某系)博士; ORG校友PERSON."""
        ms = sent.mentions
        for k, m in enumerate(ms):
            if m.type not in ORG:
                continue
            lead = self.text[max(sent.start, m.start - 8):m.start]
            lead = next((lead[:-len(c)] for c in lexicon.countries() if lead.endswith(c)), lead)
            tail = self.text[m.end:m.end + 16]
            degree = re.match(r"[^，,。；;、\s]{0,8}?(" + "|".join(lexicon.DEGREES) + ")", tail)
            after = ms[k + 1] if k + 1 < len(ms) else None
            graduated = re.search(r"(?:毕业于|就读于|求学于)$", lead) or re.search(r"从$", lead) and re.match(
                r"[^，,。；;]{0,12}?(?:本科|硕士|博士|研究生)?(?:毕业|肄业)", tail) or re.search(r"(?:在|赴)$", lead) and \
                re.match(r"[^，,。；;]{0,8}?(?:获得|取得|攻读|获)(?:了)?[^，,。；;]{0,6}?(?:博士|硕士|学士)", tail)
            if degree and after is not None and after.type == "Person" and after.start == m.end + degree.end():
                self.add(after, "alumniOf", self.university_of(m), sent, 0.8, "alumni-before-name")  # 某大学校友张三
                continue
            if not (graduated or degree and re.search(r"(是|为|系)$", lead)):
                continue
            person = next((p for p in reversed(ms[:k]) if p.type == "Person"), None)
            after_de = re.match(r"[^，,。；;、]{0,12}?的", self.text[m.end:])
            if graduated and after_de and k + 1 < len(ms) and ms[k + 1].type == "Person" and \
                    ms[k + 1].start == m.end + after_de.end():
                person = ms[k + 1]  # 毕业于某大学的张三
            if person is None and (re.search(r"[他她]", self.text[sent.start:m.start]) or k == 0):
                person = self.subject_before(m.start)
            if person and not (degree and tail.startswith(("教授", "研究员"))):
                self.add(person, "alumniOf", self.university_of(m), sent, 0.85, "alumni")
                if k + 1 < len(ms) and ms[k + 1].type in ORG and self.text[m.end:ms[k + 1].start] in "和及、与":
                    self.add(person, "alumniOf", self.university_of(ms[k + 1]), sent, 0.8, "alumni")  # 就读于A和B

    def university_of(self, m: Mention) -> Mention:
        """The university a school or department belongs to (某大学物理学院 -> 某大学), else itself."""
        inner = [x for x in self.a.mentions if x.type == "University" and x.start == m.start and x.end < m.end]
        return max(inner, key=lambda x: x.end) if inner else m

    def subject_before(self, pos: int) -> Mention | None:
        """The person a sentence is about when it says 他/她 or nothing: the latest person."""
        return self.before(pos, {"Person"})

    # -- foundedBy --------------------------------------------------------------------------

    def founders(self, sent: Sentence) -> None:
        """PERSON…创办/创建/创立 ORG (or 该公司)."""
        for v in re.finditer(r"(创办|创建|创立|创设|创办了|创建了|创立了)", self.text[sent.start:sent.end]):
            vs, ve = sent.start + v.start(), sent.start + v.end()
            cs = sent.start
            person = next((p for p in reversed(sent.mentions) if p.type == "Person" and p.end <= vs), None)
            if person is None and re.search(r"[他她]", self.text[cs:vs]):
                person = self.subject_before(vs)
            org = next((m for m in sent.mentions if m.start >= ve and m.type in ORG and m.start - ve <= 12
                        and not any(c in self.text[ve:m.start] for c in CLAUSE_END)), None)
            if org is None:
                ana = _ANAPHORA["Company"].match(self.text, ve + (1 if self.text[ve:ve + 1] == "了" else 0)) or \
                    re.match(r"(?:这家|该)(?:企业|公司)", self.text[sent.start:vs])
                org = self.before(vs, {"Company"}) if ana else None
            if org is None and re.search(r"由[^，,。；;]{0,40}$", self.text[sent.start:person.start if person else vs]):
                org = next((m for m in sent.mentions if m.type == "Company" and m.end <= vs), None)  # X成立于…，由Y创办
            if person and org and (org.start - ve <= 12 or org.end <= vs):
                self.add(org, "foundedBy", person, sent, 0.8, "founded")
                partner = re.search(r"(?:与|和|同)[^，,。；;]{0,20}$", self.text[sent.start:person.start])
                if partner and re.search(r"共同|一起|一道|联合|携手", self.text[person.end:vs]):
                    first = next((p for p in sent.mentions if p.type == "Person" and p.end <= sent.start
                                  + partner.start()), None)
                    if first is None and re.search(r"[他她]", self.text[sent.start:sent.start + partner.start()]):
                        first = self.subject_before(sent.start + partner.start())
                    if first is not None:
                        self.add(org, "foundedBy", first, sent, 0.75, "founded-together")
                date = list(_DATE.finditer(self.text, cs, vs))
                if date:
                    self.add(org, "foundingDate", None, sent, 0.7, "founded-date",
                             value=self.date_value(date[-1]))

    def fund_founders(self, sent: Sentence) -> None:
        """由A、B和C共同发起的F; A联合B发起设立F; A与B合作设立的F; F由A、B三方共同出资组建."""
        text = self.text
        for m in re.finditer(r"由([^。；;]{2,80}?)(?:[一二三四五六七八九十两\d]+[方家])?(?:共同|联合|合作)?(?:出资)?"
                             r"(?:发起设立|出资设立|设立|发起|组建|成立|设立)", text[sent.start:sent.end]):
            lo, hi = sent.start + m.start(1), sent.start + m.end(1)
            fund = self.fund_before(lo, sent)
            founders = self.founders_in(lo, hi, sent, people=True)
            if fund is not None and founders and self.joined(founders):
                for o in founders:
                    self.add(fund, "foundedBy", o, sent, 0.85, "fund-founders")
        for m in re.finditer(r"(?:出资方|发起方|出资人|发起人|股东)(?:包括|为|是|有)([^。；;]{2,80})", text[sent.start:sent.end]):
            lo, hi = sent.start + m.start(1), sent.start + m.end(1)
            fund = next((f for f in reversed(sent.mentions) if f.type == "Fund" and f.end <= lo), None) or \
                self.before(lo, {"Fund"})
            founders = self.founders_in(lo, hi, sent)
            if fund is not None and founders and self.joined(founders):
                for o in founders:
                    self.add(fund, "foundedBy", o, sent, 0.8, "fund-founders-listed")
        funds = [m for m in sent.mentions if m.type in ("Fund", "ResearchInstitute", "Organization")]
        for f in funds:
            cs = max(self.text.rfind(c, sent.start, f.start) for c in "。；;") + 1
            cs = max(cs, sent.start)
            seg = self.text[cs:f.start]
            verb = re.search(r"(共同)?(出资)?(发起设立|出资设立|合作设立|联合设立|发起成立|合作共建|联合共建|共同建设|"
                             r"设立|发起|成立|组建|共建|创建)(了)?"
                             r"([^，,。；;]{0,15}的)?“?$", seg)
            if not verb:
                continue
            vpos = cs + verb.start()
            lead = seg.rfind("由")
            start = cs + lead + 1 if lead >= 0 else cs
            founders = self.founders_in(start, vpos, sent)
            if founders and self.joined(founders):
                for o in founders:
                    self.add(f, "foundedBy", o, sent, 0.85, "fund-founders")

    def anaphor_of(self, stand_in: Mention, ref: Mention) -> Mention:
        """A mention at ``stand_in``'s place that facts take to mean ``ref``."""
        m = Mention(stand_in.start, stand_in.end, ref.type, ref.text, "anaphor", ref.entity)
        self.anaphors[id(m)] = ref
        return m

    def fund_before(self, pos: int, sent: Sentence, also: str = "") -> Mention | None:
        """The fund a sentence speaks of before ``pos``: named in it, or the latest fund when it
        says 该基金 / 基金 (or ``also``)."""
        named = next((m for m in reversed(sent.mentions) if m.type == "Fund" and m.end <= pos), None)
        if named is None and (_ANAPHORA["Fund"].search(self.text, sent.start, pos)
                              or also and re.search(also, self.text[sent.start:pos])):
            return self.before(pos, {"Fund"})
        return named

    def founders_in(self, lo: int, hi: int, sent: Sentence, people: bool = False) -> list[Mention]:
        """The organisations (or, after 由, the people) named in text[lo:hi], with 该公司 / 高新区
        taken to what they refer to."""
        kinds = AGENTS | {"Person"} if people else AGENTS
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
                    out.append(Mention(b0, b1, ref.type, ref.text, "anaphor", ref.entity))
                    self.anaphors[id(out[-1])] = ref
        return sorted(out, key=lambda m: m.start)

    def joined(self, names: list[Mention]) -> bool:
        """Do these names form one list (A、B和C, A联合B, A牵头，联合B)?"""
        return all(re.fullmatch(r"[、，,和与及同]|以及|联合|携手|共同|则联合|则|牵头[，,]?联合|[，,](?:联合|携手)|"
                                r"(?:日前|近日|今日|此前|将|还|也|则|又|再|已)*(?:与|和|同|联合|携手)|(?:三方|两方|双方)?",
                                re.sub(r"[（(][^）)]*[）)]|(?<=[、，,和与及])[^、，,和与及]{0,8}(?:机构|企业|公司|银行|集团)$",
                                       "", self.text[a.end:b.start]).strip())
                   for a, b in zip(names, names[1:]))

    # -- investsIn ------------------------------------------------------------------------------

    def investments(self, sent: Sentence) -> None:
        """F…投向/投资于/重点投资/支持 Z（区内）…企业."""
        text = self.text
        for v in re.finditer(r"(投向|投资于|重点投资|主要投资|专门支持|重点支持|用于支持|支持|投资)", text[sent.start:sent.end]):
            vs, ve = sent.start + v.start(), sent.start + v.end()
            fund = self.fund_before(vs, sent, also=r"其中")
            if fund is None or "基金" not in text[max(self.before(vs, {"Fund"}).start, sent.start - 200):vs]:
                continue
            cs, ce = self.clause(ve)
            targets = [m for m in sent.mentions if ve <= m.start < ce and m.type in ("Zone", "Place", *ORG)]
            targets = targets[:1] + [b for a, b in zip(targets, targets[1:]) if text[a.end:b.start] in "和、与及"]
            if not targets and re.search(r"(区内|园区内|区域内|本区|城内|园内|港内)", text[ve:ce]):
                targets = [t for t in [self.fund_zone(fund, vs)] if t is not None]
            for target in targets:
                if re.search(r"(企业|项目|公司|产业)", text[ve:ce + 1] + text[target.end:ce]) or target.type == "Company":
                    self.add(fund, "investsIn", target, sent, 0.8, "invests")
        for v in re.finditer(r"对([^。；;]{2,80}?)的(?:首批|首笔|天使轮|种子轮|[A-D]\+?轮)?(?:投资|注资)",
                             text[sent.start:sent.end]):  # 完成对X和Y的首批投资
            lo, hi = sent.start + v.start(1), sent.start + v.end(1)
            fund = self.fund_before(lo, sent)
            for target in (m for m in sent.mentions if lo <= m.start and m.end <= hi and m.type in ORG):
                if fund is not None:
                    self.add(fund, "investsIn", target, sent, 0.75, "invests-in-company")
        got = re.search(r"(?:获得|拿到|获)(?:了)?(?:该)?基金(?:的)?[^，,。；;]{0,10}(?:投资|注资)", text[sent.start:sent.end])
        if got:  # X、Y均已获得基金的投资
            fund = self.before(sent.start + got.start(), {"Fund"})
            for target in (m for m in sent.mentions if m.end <= sent.start + got.start() and m.type == "Company"):
                if fund is not None:
                    self.add(fund, "investsIn", target, sent, 0.7, "invests-in-company")
        for v in re.finditer(r"向([^，,。；;]{2,40}?)(?:注资|投资|出资)", text[sent.start:sent.end]):
            lo, hi = sent.start + v.start(1), sent.start + v.end(1)
            target = next((m for m in sent.mentions if lo <= m.start and m.end <= hi and m.type in ORG), None)
            fund = self.fund_before(lo, sent)
            if fund is not None and target is not None:
                self.add(fund, "investsIn", target, sent, 0.75, "invests-in-company")

    def fund_zone(self, fund: Mention, pos: int) -> Mention | None:
        """The zone a fund belongs to: a zone among its founders, in its name, or the latest zone."""
        for f in self.facts:
            if f.subject is fund and f.predicate == "foundedBy" and f.object.type == "Zone":
                return f.object
        for m in self.a.mentions:
            if m.type == "Zone" and fund.start <= m.start and m.end <= fund.end:
                return m
        for f in self.facts:
            if f.subject is fund and f.predicate == "foundedBy" and f.object.type == "GovernmentAgency":
                zone = next((m for m in self.a.mentions if m.type == "Zone" and f.object.start <= m.start
                             and m.end <= f.object.end), None)
                if zone:
                    return zone
        return self.before(pos, {"Zone"})

    # -- winner + Placement, organizer, wonAward, selectedFor -----------------------------------

    def competition_for(self, sent: Sentence, pos: int) -> Mention | None:
        """The competition a result belongs to: named in the sentence, earlier, or in the title."""
        here = [m for m in sent.mentions if m.type == "Competition"]
        if here:
            return max(here, key=lambda m: len(m.text))
        return self.before(pos, {"Competition"}) or self.title_competition(sent)

    def title_competition(self, sent: Sentence) -> Mention | None:
        """A competition named only in the headline (第三届“某某杯”…大赛决赛举行), standing in the
        text where the article says 大赛 / 比赛 (or at its first word); made once per article."""
        if self._title_comp is None:
            from kg import ner

            found = ner.Finder(self.a.title, ner.tokenize(self.a.title))
            found.suffix_names()
            names = [c.text for c in found.cands if c.type == "Competition"]
            self._title_comp = False
            if names:
                ref = re.search(r"大赛|比赛|竞赛|挑战赛", self.text)
                start, end = (ref.start(), ref.end()) if ref else (0, 1)
                self._title_comp = Mention(start, end, "Competition", max(names, key=len), "ellipsis")
                self.a.mentions.append(self._title_comp)
        return self._title_comp or None

    def winners(self, sent: Sentence) -> None:
        text = self.text
        for r in _RANK.finditer(text, sent.start, sent.end):
            cs = max(text.rfind(c, sent.start, r.start()) for c in "，,；;。") + 1
            cs = max(cs, sent.start)
            comp = self.competition_for(sent, r.start())
            if comp is None:
                continue
            winners, rank = self.winners_before(r, cs, sent)
            if not winners:
                winners, rank = self.winners_after(r, cs, sent)
            if not winners and _WIN_VERB.search(text, cs, r.start()):
                winners = [m for m in sent.mentions if m.type == "Person" and m.end <= cs
                           and re.match(r"[^，,。；;]{0,4}(?:领衔|带队|带领|牵头)", text[m.end:])]  # X领衔的团队…摘得
                rank = r.group()
            for w in winners:
                self.add(comp, "winner", w, sent, 0.85, "winner", rank=rank)

    def winners_before(self, r: re.Match, cs: int, sent: Sentence):
        """X、Y获得(企业组)一等奖: the winners before the verb, and the rank with its group."""
        text = self.text
        verbs = [v for v in _WIN_VERB.finditer(text, cs, r.start()) if len(text[v.end():r.start()]) <= 8]
        if not verbs or any(c in text[verbs[-1].end():r.start()] for c in "，,、"):
            return [], ""
        verb = verbs[-1]
        rank = re.sub(r"^(?:总决赛|决赛|比赛|大赛|本届|本次)", "", text[verb.end():r.end()]) or r.group()
        return [m for m in sent.mentions if cs <= m.start and m.end <= verb.start() and m.type in ORG | {"Person"}], rank

    def winners_after(self, r: re.Match, cs: int, sent: Sentence):
        """冠军由X摘得 / 金奖花落X / 获得一等奖的是X和Y: the winners after the rank."""
        text = self.text
        after = re.match(r"(?:则|分别)?(?:(?:由|被)([^，,。；;]{2,60}?)(?:摘得|获得|夺得|斩获|获取|取得|包揽)"
                         r"|(?:花落|归于|归属|的是|的为|的有)([^，,。；;]{2,80}))", text[r.end():])
        if not after:
            return [], ""
        g = 1 if after.group(1) else 2
        lo, hi = r.end() + after.start(g), r.end() + after.end(g)
        winners = [m for m in sent.mentions if lo <= m.start and m.end <= hi and m.type in ORG | {"Person"}]
        if any(m.type == "Person" for m in winners):
            winners = [m for m in winners if m.type == "Person"]
        verb = _WIN_VERB.match(text, cs)
        return winners, text[verb.end() if verb else cs:r.end()]

    def organizers(self, sent: Sentence) -> None:
        text = self.text
        for v in re.finditer(r"(主办|承办|协办|联合主办|共同主办)", text[sent.start:sent.end]):
            vs = sent.start + v.start()
            comp = self.competition_for(sent, vs)
            if comp is None:
                continue
            cs = max(text.rfind(c, sent.start, vs) for c in "，,；;。、") + 1
            cs = max(cs, sent.start)
            orgs = [m for m in sent.mentions if m.end <= vs and m.type in AGENTS | {"Place"}
                    and vs - m.end <= 2 and m.start >= cs - 1]
            # lists: A、B主办
            if orgs:
                k = sent.mentions.index(orgs[-1])
                while k > 0 and text[sent.mentions[k - 1].end:sent.mentions[k].start] in ("、", "和", "与"):
                    k -= 1
                    if sent.mentions[k].type in AGENTS | {"Place"}:
                        orgs.insert(0, sent.mentions[k])
            conf = 0.85 if v.group() in ("主办", "联合主办", "共同主办") else 0.6
            for o in orgs:
                self.add(comp, "organizer", o, sent, conf, "organizer")

    def awards(self, sent: Sentence) -> None:
        """X荣获/获得…AWARD; AWARD授予(了)X; 将AWARD颁发给X.  A category (个人奖, 创新企业奖) of an
        award the article named before stands for that award."""
        for aw in (m for m in sent.mentions if m.type == "Award"):
            if _AWARD_CATEGORY.fullmatch(aw.text):
                named = [m for m in self.a.mentions if m.type == "Award" and m.end <= aw.start
                         and not _AWARD_CATEGORY.fullmatch(m.text)]
                if not named:
                    continue
                aw = self.anaphor_of(aw, max(named, key=lambda m: m.end))
            if re.search(r"颁发(?:了)?[^，,。；;]{0,8}$", self.text[sent.start:aw.start]):
                after = [m for m in sent.mentions if m.start > aw.end and m.type == "Person"]
                before = [m for m in sent.mentions if m.end <= aw.start and m.type == "Person"
                          and re.search(r"[为向]", self.text[sent.start:m.start])]
                for person in after or before:  # 为A颁发…奖 / 颁发了…奖，A、B和C
                    self.add(person, "wonAward", aw, sent, 0.75, "award-presented")
                continue
            given = re.match(r"(?:”)?(?:被授予|授予|颁发给|颁给|花落)(?:了)?", self.text[aw.end:aw.end + 6])
            if given:
                to = next((m for m in sent.mentions if m.start >= aw.end + given.end() and m.type == "Person"), None)
                to = to or next((m for m in sent.mentions if m.start == aw.end + given.end() and m.type in ORG), None)
                if to is not None:
                    self.add(to, "wonAward", aw, sent, 0.8, "award-given")
                continue
            seg = self.text[sent.start:aw.start]
            verb = re.search(r"(获得|荣获|获|摘得|斩获|赢得|捧得|揽获|被授予|授予)", seg)
            if not verb:
                continue
            vpos = sent.start + verb.start()
            who = [m for m in sent.mentions if m.end <= vpos and m.type in ORG | {"Person"}]
            person = next((m for m in reversed(who) if m.type == "Person"), None)
            subject = person or (who[-1] if who else None)
            if person is None and len(who) > 1 and self.joined(who[-2:]):
                self.add(who[-2], "wonAward", aw, sent, 0.75, "award-jointly")  # A与B联合完成的项目获…奖
            if subject is None:
                bare = re.search(r"(?:该|其|这家)(公司|集团|企业|学校|研究院|研究所|银行)", self.text[sent.start:vpos])
                if re.search(r"[他她]", seg[:verb.start()]):
                    subject = self.subject_before(vpos)
                elif bare:
                    subject = self.antecedent_org(bare.group(1), sent.start + bare.start())
            if subject:
                self.add(subject, "wonAward", aw, sent, 0.8, "award")

    def selections(self, sent: Sentence) -> None:
        for v in re.finditer(r"(?:分别|同时|也|均|都|等)?(?:入选|位列其中|名列其中|上榜|入围)(?=[，,。；;！!]|$)",
                             self.text[sent.start:sent.end]):
            vpos = sent.start + v.start()
            prog = self.before(vpos, {"Program"})
            cs = self.clause(vpos)[0]
            for person in (m for m in sent.mentions if m.type == "Person" and cs <= m.start < vpos):
                if prog is not None:
                    self.add(person, "selectedFor", prog, sent, 0.7, "selected-elliptic")
        for prog in (m for m in sent.mentions if m.type == "Program"):
            seg = self.text[sent.start:prog.start]
            if not re.search(r"入选(了)?([^，,。；;]{0,45})$", seg):
                continue
            vpos = sent.start + seg.rfind("入选")
            cs = self.clause(vpos)[0]
            people = [m for m in sent.mentions if m.type == "Person" and cs <= m.start and m.end <= vpos]
            if not people:
                near = next((m for m in reversed(sent.mentions) if m.type == "Person" and m.end <= vpos), None)
                people = [near] if near else []
            if not people and re.search(r"[他她]", seg):
                people = [self.subject_before(vpos)] if self.subject_before(vpos) else []
            for person in people:
                self.add(person, "selectedFor", prog, sent, 0.85, "selected")

    # -- literals -----------------------------------------------------------------------------------

    def amounts(self, sent: Sentence) -> None:
        for m in _MONEY.finditer(self.text, sent.start, sent.end):
            fund = next((f for f in sent.mentions if f.type == "Fund" and 0 <= f.start - m.end() <= 2
                         and self.text[m.end():f.start] in ("的", "")), None)
            fund = fund or self.fund_before(m.start(), sent)
            value = parse_money(m.group(1))
            if fund is not None and value is not None:
                self.add(fund, "amount", None, sent, 0.9, "fund-size", value=value)

    def dates(self, sent: Sentence) -> None:
        """A fund's founding date: 'X月X日，…F正式成立'."""
        seg = self.text[sent.start:sent.end]
        if not re.search(r"(正式)?(成立|设立|揭牌|签约落地)", seg):
            return
        fund = next((m for m in sent.mentions if m.type == "Fund"), None)
        date = _DATE.search(seg)
        if fund and date and date.group(3):
            self.add(fund, "foundingDate", None, sent, 0.7, "fund-date", value=self.date_value(date))

    def date_value(self, m: re.Match) -> str | None:
        year = int(m.group(1)) if m.group(1) else self.a.year
        if not year:
            return None
        month = int(m.group(2))
        return f"{year:04d}-{month:02d}-{int(m.group(3)):02d}" if m.group(3) else f"{year:04d}-{month:02d}"

    def settled(self, sent: Sentence) -> None:
        """X(等N个项目)已入驻/落户(Z): X locatedIn the zone named after the verb or just before."""
        for v in re.finditer(r"(入驻|落户|落地|进驻)", self.text[sent.start:sent.end]):
            vs, ve = sent.start + v.start(), sent.start + v.end()
            cs, ce = self.clause(vs)
            who = [m for m in sent.mentions if cs <= m.start and m.end <= vs and m.type in ORG]
            zone = next((m for m in sent.mentions if ve <= m.start < ce and m.type in ("Zone", "Place")), None)
            zone = zone or self.before(cs, {"Zone"})
            for m in who:
                if zone is not None:
                    self.add(m, "locatedIn", zone, sent, 0.6, "settled")

    # -- locatedIn / partOf ------------------------------------------------------------------------------

    def containment(self) -> None:
        """Names that hold other names: 某高新区管委会 partOf 某高新区; 某市高新区 locatedIn 某市."""
        by_start: dict[int, list[Mention]] = {}
        for m in self.a.mentions:
            by_start.setdefault(m.start, []).append(m)
        for outer in self.a.mentions:
            if outer.type not in AGENTS:
                continue
            for inner in by_start[outer.start]:
                if inner is outer or inner.end >= outer.end:
                    continue
                sent = self.sentence_at(outer.start)
                if inner.type == "Zone" and outer.type in ORG:
                    self.add(outer, "partOf", inner, sent, 0.8, "name-contains")
                elif inner.type == "Place" and outer.type == "Zone":
                    self.add(outer, "locatedIn", inner, sent, 0.8, "name-contains")

    def sentence_at(self, pos: int) -> Sentence:
        return next((s for s in self.sentences if s.start <= pos < s.end), self.sentences[-1])


def parse_money(text: str) -> int | None:
    """Yuan in a money expression (3亿元, 1.2亿元, 5000万元, 三亿元), parsed by jionlp."""
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp
    try:
        parsed = jionlp.parse_money(text)
    except Exception:  # jionlp raises plain exceptions on text it can't read
        return None
    if not parsed or parsed.get("case") != "元":
        return None
    return round(float(parsed["num"]))


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions not inside a longer one (mentions overlap only by nesting)."""
    out, reach = [], -1
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.end > reach:
            out.append(m)
            reach = m.end
    return out


def _title_mention_at(ms: list[Mention], pos: int) -> Mention | None:
    return next((m for m in ms if m.type == "Title" and m.start == pos), None)


def find_facts(article: Article) -> None:
    """Fill ``article.facts`` from its mentions."""
    facts = Extractor(article).run()
    article.facts = [f for f in facts if f.value is not None or f.object is not None]
