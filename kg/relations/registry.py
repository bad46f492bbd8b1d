"""The relation rules, in the order they run: each has a name, the predicate it states, the
confidence it gives, and the matcher that finds it.

A matcher reads one sentence (or, for ``per="article"``, the whole article) and states facts
through ``Context.emit(rule_name, ...)``; several rules can share a matcher when one reading
yields several kinds of fact (a title that is a degree is alumniOf, a founder's title is also
foundedBy).  ``kg rules`` lists this table; ``kg build --disable RULE`` switches one off.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from kg.relations import alumni, competitions, funds, honours, people, places


@dataclass(frozen=True)
class Rule:
    name: str
    predicate: str  # an ontology property (tests check it against ontology/kg.ttl)
    confidence: float
    matcher: Callable
    doc: str  # one line: the wording it reads
    per: str = "sentence"  # or "article"


def _position(name: str, confidence: float, matcher: Callable, doc: str, titled: bool = True,
              degree: bool = False) -> list[Rule]:
    """A position rule, and the facts its title can also state: ORG foundedBy PERSON for a
    founder's title (``titled`` rules), alumniOf where the words read as a title can be a degree,
    and PERSON affiliatedWith ZONE where the body is the zone's own (某高新区管委会主任)."""
    rules = [Rule(name, "affiliatedWith", confidence, matcher, doc),
             Rule(name + "/zone", "affiliatedWith", confidence, matcher, doc + " (the body governs a zone)")]
    if degree:
        rules.append(Rule(name + "/degree", "alumniOf", confidence, matcher, doc + " (the title is a degree)"))
    if titled:
        rules.append(Rule(name + "/founder", "foundedBy", confidence, matcher, doc + " (the title is 创始人)"))
    return rules


# Confidences of the judged relations (affiliatedWith, alumniOf, foundedBy, investsIn, winner,
# organizer, wonAward, selectedFor) are calibrated on the real-news development sets
# (bench/quality.py prints the table): a rule right on at least nine in ten of its facts there
# may say 0.8 or more. The literal and containment rules are not judged and keep their own.
RULES: list[Rule] = [
    *_position("org-title-person", 0.9, people.positions, "兰州大学教授张三"),
    *_position("level-body-title-person", 0.7, people.positions, "市政府副市长张三 (a body named by its level only)"),
    *_position("bare-org-title-person", 0.7, people.positions, "公司董事长张三 (公司 = the company named before)"),
    *_position("school-title-person", 0.7, people.positions, "校长张三、常务副校长李四 (the university the article is about)",
               titled=False),
    *_position("own-school-title-person", 0.7, people.positions, "我校校长张三 (the university the article is of)"),
    *_position("shared-org-title", 0.75, people.positions, "某公司创始人、董事长张三"),
    *_position("topic-title-person", 0.6, people.positions, "X成立于2015年，创始人兼CEO张三"),
    *_position("listed-title-person", 0.75, people.positions, "某学院党委书记张三，院长李四 (李四 of 某学院)"),
    *_position("shared-title-list", 0.75, people.positions, "某公司创始人A、B / 副校长A、B"),
    *_position("title-chain", 0.75, people.positions, "中国科学院院士、兰州大学教授张三"),
    *_position("as-title-person", 0.7, people.positions, "身为某公司首席科学家，张三…"),
    *_position("org-title-is", 0.8, people.title_is_person, "某公司的联合创始人是张三"),
    *_position("person-org-title", 0.7, people.positions, "张三，复旦大学教授", degree=True),
    *_position("appointed", 0.8, people.appointments, "张三现任某公司总经理"),
    *_position("people-org-title", 0.75, people.people_before_org_title, "张三、李四等某公司4位创始人"),
    *_position("post-held-by", 0.8, people.post_held_by, "某大学校长一职由张三担任"),
    *_position("appointed-as", 0.8, people.post_held_by, "聘任张三为该校校长 / 任命张三为某局局长"),
    *_position("moved-from", 0.75, people.moved_from, "张三由某大学副校长改任某学院院长 (the post left)"),
    *_position("served-at", 0.75, people.served_at, "张三在某大学担任教授"),
    *_position("worked-at", 0.7, people.worked_at, "张三先后在A、B任职", titled=False),
    *_position("joined", 0.6, people.joined, "张三加入某研究院", titled=False),
    *_position("orgs-people-respectively", 0.6, people.positions, "来自A、B的博士后甲、乙 (甲 of A, 乙 of B)", titled=False),
    *_position("from-org", 0.8, people.from_org, "来自某大学的张三教授"),
    Rule("team", "affiliatedWith", 0.75, people.teams, "某大学张三、李四团队"),
    *_position("academicians-listed", 0.7, people.academicians_listed, "某科学院新科院士包括：A、B", titled=False),
    *_position("org-person-title", 0.7, people.org_person, "某研究院张三院士"),
    *_position("org-person", 0.7, people.org_person, "某研究所张三、某大学李四获…", titled=False),
    *_position("person-bracket-org", 0.8, people.bracketed_org, "张三（化学部，某大学）", titled=False),
    *_position("table-row", 0.8, people.table_rows, "姓名 … 工作单位 / 张三 物理学奖 某大学", titled=False),
    Rule("alumni-before-name", "alumniOf", 0.7, alumni.alumni, "某大学校友张三"),
    Rule("alumni", "alumniOf", 0.75, alumni.alumni, "张三毕业于某大学 / 是某大学博士"),
    Rule("alumni-coordinated", "alumniOf", 0.8, alumni.alumni, "张三先后就读于A和B"),
    Rule("alumni-listed", "alumniOf", 0.75, alumni.alumni_listed, "A、B也都是某大学校友 / 某大人：A、B / A、B五位某大企业家"),
    Rule("alumni-of-title", "alumniOf", 0.75, alumni.alumni_listed, "我校1994届校友、某公司总裁A"),
    Rule("alumni-called", "alumniOf", 0.7, alumni.alumni_listed, "A、B校友伉俪 / 某系A等校友 (the school named before, or the article's)"),
    Rule("founded", "foundedBy", 0.8, people.founders, "张三创办了某公司"),
    Rule("founded-together", "foundedBy", 0.75, people.founders, "张三与李四共同创办某公司"),
    Rule("founded-date", "foundingDate", 0.7, people.founders, "2015年，张三创办某公司"),
    Rule("fund-founded-by", "foundedBy", 0.85, funds.fund_founders, "由A、B共同发起设立的某基金"),
    Rule("fund-founders-listed", "foundedBy", 0.8, funds.fund_founders, "某基金的出资方包括A、B"),
    Rule("fund-founders", "foundedBy", 0.75, funds.fund_founders, "A联合B发起设立某基金"),
    Rule("invests", "investsIn", 0.8, funds.investments, "某基金重点投向某高新区内企业"),
    Rule("invests-in-company", "investsIn", 0.75, funds.investments_in_companies, "基金完成对X和Y的首批投资"),
    Rule("invested-by-fund", "investsIn", 0.7, funds.investments_in_companies, "X、Y均已获得基金投资"),
    Rule("capital-injection", "investsIn", 0.75, funds.investments_in_companies, "基金向X注资"),
    Rule("funding-round", "investsIn", 0.75, funds.funding_rounds, "某公司完成B轮融资，本轮由某基金领投"),
    Rule("winner-before-rank", "winner", 0.75, competitions.winners, "X、Y获得一等奖"),
    Rule("winner-after-rank", "winner", 0.85, competitions.winners, "冠军由X摘得 / 金奖花落X"),
    Rule("winner-holder", "winner", 0.75, competitions.winners, "一等奖获得者、某公司总经理X"),
    Rule("winner-team-leader", "winner", 0.85, competitions.winners, "张三领衔的团队摘得金奖"),
    Rule("organizer", "organizer", 0.75, competitions.organizers, "大赛由A、B主办; A、B联合举办某大赛"),
    Rule("organizer-labelled", "organizer", 0.75, competitions.organizers, "主办单位：A、B (the article's contest)"),
    Rule("co-organizer", "organizer", 0.6, competitions.organizers, "C承办 / 协办"),
    Rule("award-presented", "wonAward", 0.75, honours.awards, "为张三颁发某奖"),
    Rule("award-given", "wonAward", 0.8, honours.awards, "某奖授予张三"),
    Rule("award-won-by", "wonAward", 0.8, honours.awards, "某奖由张三、李四获得"),
    Rule("award-jointly", "wonAward", 0.6, honours.awards, "A与B联合完成的项目获某奖"),
    Rule("award", "wonAward", 0.7, honours.awards, "张三荣获某奖"),
    Rule("award-elliptic", "wonAward", 0.7, honours.awards_elliptic, "某奖表彰大会召开，A、B等10人获奖"),
    Rule("award-completed", "wonAward", 0.7, honours.awards_by_rank, "某奖揭晓……张三等人完成的“X”获二等奖"),
    Rule("award-holder", "wonAward", 0.75, honours.laureates, "A、B和C为某奖获得者"),
    Rule("laureate-list", "wonAward", 0.75, honours.laureates, "……获某奖。获奖者是：张三，李四"),
    Rule("laureates-respectively", "wonAward", 0.75, honours.respective_laureates,
         "“X”获A奖、“Y”获B奖，完成人分别是张三；李四"),
    Rule("laureate-table", "wonAward", 0.75, honours.laureates, "某奖获奖名单 / 姓名 … / 张三 …"),
    Rule("selected-elliptic", "selectedFor", 0.7, honours.selections, "（某计划……）张三、李四分别入选"),
    Rule("selected", "selectedFor", 0.85, honours.selections, "张三入选某计划"),
    Rule("programme-member", "selectedFor", 0.75, honours.selections, "张三是国家“某某计划”专家"),
    Rule("programme-supported", "selectedFor", 0.7, honours.selections, "在某院“某某计划”支持下，张三…"),
    Rule("fund-size", "amount", 0.9, funds.amounts, "总规模10亿元的某基金"),
    Rule("fund-date", "foundingDate", 0.7, funds.dates, "6月9日，某基金正式成立"),
    Rule("settled", "locatedIn", 0.6, places.settled, "某公司入驻某高新区"),
    Rule("zone-in-name", "partOf", 0.8, places.containment, "某高新区管委会 is part of 某高新区", per="article"),
    Rule("place-in-name", "locatedIn", 0.8, places.containment, "某市高新区 lies in 某市", per="article"),
]
BY_NAME = {r.name: r for r in RULES}


def matchers(disabled: frozenset = frozenset()) -> list[tuple[Callable, str]]:
    """(matcher, per) in rule order, each once, leaving out those whose every rule is disabled."""
    out: list[tuple[Callable, str]] = []
    for rule in RULES:
        live = any(r.name not in disabled for r in RULES if r.matcher is rule.matcher)
        if live and (rule.matcher, rule.per) not in out:
            out.append((rule.matcher, rule.per))
    return out
