"""People and organisations: positions with their titles (affiliatedWith), founders of companies
(foundedBy), research teams; degrees and alumni (alumniOf) are :mod:`kg.relations.alumni`'s."""
from __future__ import annotations

import re

from kg import lexicon
from kg.doc import Mention, Source
from kg.ner.people import UNIT_ENDS
from kg.relations.alumni import OWN_SCHOOL, STUDIED
from kg.relations.context import (AGENTS, BARE_ORG, BARE_TITLE, CLAUSE_END, LIST_SEPARATORS, ORG, ROW, Context,
                                  Sentence, TITLE_START, list_ending, person_at, titled_separator)

_TITLE_END = re.compile(rf"(?:{lexicon.TITLE_ALT})$")
_TITLE_ENDS = re.compile(rf"^.*?(?:{lexicon.TITLE_ALT})")
_DEGREE_END = re.compile(f"(?:{lexicon.alternation(lexicon.DEGREES)})$")
_APPOINTED = re.compile(lexicon.alternation(lexicon.APPOINTMENT_VERBS))
_SERVED_AT = re.compile(rf"在([^，,。；]{{2,30}}?)(?:{lexicon.alternation(lexicon.SERVED_VERBS)})")
_JOINED = re.compile(lexicon.alternation(lexicon.JOIN_VERBS))
_WORKER_GAP = re.compile(r"(?:[，,]?[^，,。；;]{0,30}?[，,])*(?:后|先后|曾|曾经|均|也|都|一直|还|又)*")  # 张三(，现年53岁，)先后|在…
_WORKED_AT = re.compile(r"在([^，,。；;“”]{2,60}?)(?:任职|工作|就职|供职)(?:过|多年|至今)?(?=[，,。；;]|(的))")
_FROM_ORG = re.compile(r"来自([^，,。；]{2,30}?)的")
_FOUNDED = re.compile(lexicon.alternation(lexicon.FOUNDING_VERBS + lexicon.ESTABLISH_VERBS))
_REFERRING_COMPANY = re.compile(rf"(?:{lexicon.alternation(lexicon.REFERRING)})(?:公司|企业)")  # 创办了该公司, not 创办企业
_FOUNDER_TITLE = re.compile(r"(?:联合|共同)?创始人|创办人|发起人")
_TITLED_GAP = re.compile(rf"(?:{BARE_TITLE.pattern})?(?:同志|等)?(?:接替|接任)?")  # 张三教授|受聘为, 张三同志|任, A和B接替|出任
_SPACES = re.compile(r"[ \u3000]{0,2}$")
_TITLE_IS = re.compile(rf"的 ?((?:{lexicon.TITLE_ALT})(?:[、兼和](?:{lexicon.TITLE_ALT}))*) ?(?:是|为|就是)")
_BARE_TITLES = re.compile(rf"{BARE_TITLE.pattern}(?:[、和]{BARE_TITLE.pattern})*")  # 副总经理、党组成员
_LEVELS = lexicon.alternation(lexicon.ADMIN_LEVELS)
_LEVEL_BODY = re.compile(rf"(?:{_LEVELS})(?:委|人民政府|政府|政协|人大常委会|人大)")  # 市政府, 市委: whose?
_NAMES_BODY = re.compile(rf"{_LEVEL_BODY.pattern}|政协|人大")  # a title that starts with its own body
_ALSO_TITLE = re.compile(rf"、({BARE_TITLE.pattern})(?=[，,。；;）)\s]|$)")
_ROLES = lexicon.alternation(lexicon.ROLE_ENDS)
_BORN = re.compile(r"(?:(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:出生|生)(?:于[^，,。]{1,8})?|[^，,。\d]{2,6}人|[男女]|汉族|中共党员)[，,]")
_ROLE_CLAUSE = re.compile(rf"[^，,。；;、\s]{{1,12}}?(?:{_ROLES})[，,]")
_BYLINE_TITLE = re.compile(r"(?:记者|通讯员|实习生|责编|责任编辑)$")
_ZONE_BODY = re.compile("|".join(lexicon.ZONE_COMMITTEES))  # a zone's own administrative or party committee
_PARTY_COMMITTEE = re.compile(rf"(?:党委|党工委|工委|(?:{_LEVELS})委)$")
_HONOUR = re.compile(r"院士|会士|学部委员")  # a title of honour, not of employment
_LIST_AFTER = re.compile(r"[、，,和及与。；;]|等|(?:\d+|[一二三四五六七八九十两]+)(?:人|位|名)|[（(][^（）()]{1,14}[）)](?:[、，,；;。]|$)|$")  # 某大学A(某某奖)、
_LIST_BEFORE = set("、，,：:和及与；;")
_LIST_OPENS = re.compile(r"(?:如|包括|例如|比如|其中有|其中|有|最终|授予|颁给|颁发给|分别是|分别为|依次为|是|为)$")  # 如某科技张三、某光学李四等
_SAYS_OR_WINS = re.compile(rf"(?:正在|也|还|则|都|亦|曾)?(?:{lexicon.alternation(lexicon.WIN_VERBS + lexicon.SAYING_VERBS + lexicon.WORK_VERBS + lexicon.SELECTION_VERBS)}|凭借)")  # 某公司张三获得…, 某大学张三主持完成
_PEOPLE_HEADER = re.compile(r"姓\s*名.*(?:单位|机构|学校|院校)")
_ANY_PEOPLE_HEADER = re.compile(r"姓\s*名")
_ITS_PEOPLE = re.compile(r"(?:\d{4}年)?(?:新)?(?:入选|当选|入围|获奖|获批|上榜)(?:的)?(?:人员|人选|专家|学者|候选人)?名单(?:是|为|如下)?[：:]?")
_TITLE_SUBJECT = re.compile(rf"[，,][^，,]{{0,12}}(?:{lexicon.TITLE_ALT})$")
_SUCCEEDS = re.compile(r"(?:同志)?(?:将|已)?(?:接替|接任)")
_COUNTED_TITLE = re.compile(rf"(?:[\d一二三四五六七八九十两]+(?:位|名))?((?:{lexicon.TITLE_ALT})(?:[、和](?:{lexicon.TITLE_ALT}))*)")
_NEW_POST = re.compile(r"(?:新的|新一任|新一届|新任|首任|第[一二三四五六七八九十\d]+任)?")
_BARE_AFTER_VERB = re.compile(r"(?:该|本|这家|其)?(公司|集团|学校|研究院|研究所|管委会)|(?:该|本)(校|院|所)")
_POST_HELD = re.compile(rf"((?:{lexicon.TITLE_ALT}))一职(?:将)?由([^，,。；;]{{2,30}}?)(?:担任|出任|接任)")
_OPENS_RESUME = re.compile(r"(?:\d{4}年(?:\d{1,2}月)?(?:[—\-至到~]+\d{4}年(?:\d{1,2}月)?)?(?:起|以来|后)?[，,]?)?"
                           r"(?:目前|现在|如今)?(?:曾|现|先后|历|还|并|后|期间)?")  # a sentence of a résumé that names no one
_JOINT_TITLES = re.compile(rf"(?:[、兼和](?:{lexicon.TITLE_ALT}))*")  # 董事长|兼CEO
_MORE_TITLES = re.compile(rf"(?:、(?:{lexicon.TITLE_ALT})(?![\u4e00-\u9fff]))*")
_NEXT_POST = re.compile(r"(?:[、，,](?:[^，,。；;、\s]{1,10}?(?=[、，,]))?)*[、，,]")  # 、某部总经理，|B公司…
_AS_POST = re.compile(r"(?:等?[\d一二三四五六七八九十两]+(?:位|名))?(?:教授|专家|学者|院士|同志)?(?:为|担任|出任|任)")
_ALSO_AS = re.compile(r"[，,；;]((?:[\u4e00-\u9fff·]{2,6}[、和])*[\u4e00-\u9fff·]{2,6}?)"
                      r"(?:等?[\d一二三四五六七八九十两]+(?:位|名))?(?:校友|同志|教授|先生|女士)?为")  # ，B、C四位校友为
_PROGRAMME_POST = re.compile(rf"[\u4e00-\u9fff]{{2}}学者{lexicon.SCHOLAR_POST_AFTER}")  # 某江学者特聘教授: a programme's post
_AS_TITLE = re.compile(r"(?:身为|作为|时任)([^，,。；;]{2,40})[，,]$")
_VISITED = re.compile(r"(?:进入|考入|考取|保送|毕业于|就读于|求学于|来到|走进|参观|前往|赴)$")
_SUBJECT_LEAD = re.compile(r"(?:近日|日前|目前|今天|昨天|近期|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?)?[，,]?")
_APPOINTS = re.compile(r"(?:聘任|任命|聘请|推选|选举|宣布|决定由)")
_NOT_IN_TITLE = re.compile(r"一职|[由是和与及将被把从对向]")  # 某大学校长一职由院士张三: no title runs over these
_SHARED_GAP = re.compile(r"(?:[（(][^（）()]{1,4}[）)])?(?:、|和|及)")  # A(外)、B: one list of bodies
_ROLE_BETWEEN = re.compile(rf"的?[\u4e00-\u9fff]{{0,6}}?(?:{_ROLES})")  # 某院的数学家|张三
_LIST_TITLE = re.compile(rf"的?((?:{lexicon.TITLE_ALT})?)")  # A、B的|博士后|甲、乙
_HEARSAY = re.compile(r"传闻|据传|传言|或将|有望|可能")  # 传闻张三将要担任某大学校长
_JOINED_TITLES = re.compile(rf"(?:{lexicon.TITLE_ALT})\s?(?:以及|及|和)\s?(?={lexicon.TITLE_ALT})")  # 创始人(以)及总经理: one post
_GOES_TO = re.compile(r"赴|到|调到|调往|调入|前往|回到|来到|加盟")  # 张三|赴|某局|任局长
_MOVED = re.compile(r"(?:调任|改任|转任|升任|调至|调到|调往|调入|履新|出任|任|到|赴)")  # 由某大学副校长|改任…
_SCHOOL_TITLE = re.compile(rf"\s*(?:[^，,。；;、：:]{{0,8}}?由)?((?:(?:老|原|前)?(?:常务|执行)?副?校长(?:助理)?|(?:学校|校)(?!友)[^，,。；;、：:\s]{{0,4}}?(?:{lexicon.TITLE_ALT}))"
                           rf"(?:兼[^，,。；;、：:\s]{{0,8}}?(?:{lexicon.TITLE_ALT}))*)")
# posts only a school has: 副校长, 校党委书记, 校终身教授
_OWN_UNIT = re.compile(r"\s*(?:[^，,。；;、]{0,8}?由)?(学校|校|院)")  # 校|党委组织部, 院|人事处: a unit of the article's own body
_NEW_ACADEMICIANS = re.compile(r"(?:新科|新当选|新增选?|当选)的?(?:[\d一二三四五六七八九十两]+位|[^，,。；;：:]{0,6}?)"
                               r"(外籍|名誉|荣誉)?院士(?:名单)?(?:包括|分别是|分别为|如下|是|为)[:：]?")
_TEAM_TAIL = re.compile(r"(等)?(研究|科研|创新|技术)?(团队|课题组|实验室|小组)")


def positions(ctx: Context, sent: Sentence) -> None:
    """ORG TITLE PERSON (兰州大学教授张三), chains with 、, and PERSON，ORG TITLE."""
    text, ms = ctx.text, sent.mentions
    paired = _paired_people(ctx, sent)
    for k, p in enumerate(ms):
        if p.type != "Person" or id(p) in paired:
            continue
        start = p.start - len(_SPACES.search(text, sent.start, p.start).group())  # 某大学教授 张三
        title, org, rule = org_title_before(ctx, start, ms[:k])
        if title is None:
            titles, org = shared_org_title(ctx, p.start, ms[:k])
            for t in titles[:-1]:
                position(ctx, p, org, t, sent, "shared-org-title")
            title, rule = (titles[-1], "shared-org-title") if titles else (None, None)
        if title is None:
            title, org, rule = topic_title_before(ctx, p.start, sent, ms[:k])
        if title is None:
            title, org, rule = school_title_before(ctx, start, ms[:k])
        if title is None:
            _chain_past_bodiless_title(ctx, p, start, sent, ms[:k])
        if title is None and (said := _AS_TITLE.search(text, max(sent.start, start - 40), start)):
            title, org, _ = org_title_before(ctx, said.end(1), [m for m in ms[:k] if m.end <= said.end(1)])
            rule = "as-title-person"  # 身为某公司首席科学家，张三…: what the person was then
        if title:
            position(ctx, p, org, title, sent, rule)
            for other in _orgs_sharing(ctx, org, ms):  # A、B(外)院士张三 / A公司和B公司董事长张三: both
                position(ctx, p, other, title, sent, "title-chain")
            # chains: ORG1 TITLE1、ORG2 TITLE2 PERSON
            pos = org.start if org and org.start >= sent.start else p.start - len(title)
            while text[pos - 1:pos] in ("、", "，", ",", "兼"):  # (某大学副校长兼某学院院长张三: both)
                before = [m for m in ms if m.end <= pos - 1]
                title2, org2, _ = org_title_before(ctx, pos - 1, before)
                titles = [title2] if title2 else []
                if not titles:  # ORG1 T1、T2、ORG2 T3 PERSON: T2 is of ORG1
                    titles, org2 = shared_org_title(ctx, pos - 1, before)
                if not titles or text[pos - 1] != "、" and _person_at_end(ms, org2.start - 1):
                    break  # (某公司董事长，某集团董事长张三 chains; 李四，某公司董事长，某集团总裁张三 does not)
                for t in titles:
                    position(ctx, p, org2, t, sent, "title-chain")
                pos = org2.start
            continue
        prev = ms[k - 1] if k else None
        if prev is not None and prev.type == "Person" and text[prev.end:p.start] in ("、", "和", "与", "及"):
            held = [f for f in ctx.facts if f.sentence == (sent.start, sent.end) and (
                f.subject is prev and f.predicate == "affiliatedWith" or f.object is prev and f.predicate == "foundedBy")]
            if held:  # 谷歌创始人A、B / 副校长A、B: one title for the whole list
                f = held[-1]
                org, title = (f.object, f.qualifiers.get("title", "")) if f.predicate == "affiliatedWith" else \
                    (f.subject, "创始人")
                position(ctx, p, org, title, sent, "shared-title-list")
                continue
        # PERSON，ORG TITLE / PERSON（ORG TITLE、ORG TITLE） / PERSON，某某专家，ORG TITLE
        lead = re.match(r"[，,（(]", text[p.end:p.end + 4])
        at = p.end + lead.end() if lead else None
        role = _ROLE_CLAUSE.match(text, at) if lead and lead.group() in "，," else None
        if role:
            at = role.end()  # 张三，核物理专家，某研究所研究员: past what the person is known as
        while lead and lead.group() in "，," and (born := _BORN.match(text, at)):
            at = born.end()  # 张三，1982年6月出生，某大学教授: past the résumé's birth and origin
        while at is not None:
            org = next((m for m in ms if m.start >= at), None)
            if org is None or org.type not in AGENTS or org.start != at:
                break
            tail = re.match(r"[^，,。；;（）()、\s]{0,12}", text[org.end:])
            title = tail.group() if tail else ""
            cut = _TITLE_END.search(title) if title else None
            if not cut and not _title_mention_at(ms, org.end):
                break
            t_end = org.end + (cut.end() if cut else len(_title_mention_at(ms, org.end).text))
            if person_at(ms, t_end) or person_at(ms, _JOINT_TITLES.match(text, t_end).end()) or \
                    text[t_end:t_end + 1] == "、" and _person_ends_clause(ctx, ms, t_end):
                break  # 张三，某市委副部长李四 / 某公司党委书记、董事长李四 / 某医院主任、某中心主任李四: 李四's
            position(ctx, p, org, text[org.end:t_end], sent, "person-org-title")
            also = _ALSO_TITLE.match(text, t_end)
            if also and not person_at(ms, also.end()):  # 某研究所研究员、副所长: a second title there
                position(ctx, p, org, also.group(1), sent, "person-org-title")
                t_end = also.end()
            more = re.match(r"\s*[、，,]\s*" if lead.group() in "（(" else r"[，,、]", text[t_end:t_end + 4])  # 张三，A所研究员，B院院长
            at = t_end + more.end() if more else None


def _lists_paired(ctx: Context, sent: Sentence) -> list[tuple[list[Mention], str, list[Mention]]]:
    """来自A、B、C的博士后甲、乙、丙: (organisations, title, people) for each list of two or more
    organisations followed by a title and a list of two or more people. With as many of each
    they pair in order (orgs-people-respectively); with another count nobody can tell who is
    where, and no rule pairs them. Read once per sentence (positions and from_org both ask)."""
    if sent.paired_lists is not None:
        return sent.paired_lists
    text, ms = ctx.text, sent.mentions
    out = []
    k = 0
    while k < len(ms):
        orgs = [ms[k]]
        while orgs[-1].type in ORG and k + len(orgs) < len(ms) and \
                text[orgs[-1].end:ms[k + len(orgs)].start] in LIST_SEPARATORS and ms[k + len(orgs)].type in ORG:
            orgs.append(ms[k + len(orgs)])
        j = k + len(orgs)
        j += j + 1 < len(ms) and ms[j].type == "Title"  # (the title the tagger marked)
        title = _LIST_TITLE.fullmatch(text, orgs[-1].end, ms[j].start) if j < len(ms) and len(orgs) >= 2 else None
        people = [ms[j]] if title and ms[j].type == "Person" else []
        while people and j + len(people) < len(ms) and ms[j + len(people)].type == "Person" and \
                text[people[-1].end:ms[j + len(people)].start] in LIST_SEPARATORS:
            people.append(ms[j + len(people)])
        if len(people) >= 2:
            out.append((orgs, title.group(1) or "", people))
        k = j if len(people) >= 2 else k + 1
    sent.paired_lists = out
    return out


def _paired_people(ctx: Context, sent: Sentence) -> set[int]:
    """The ids of the people of :func:`_lists_paired`'s lists, after stating the pairs."""
    out: set[int] = set()
    for orgs, title, people in _lists_paired(ctx, sent):
        out |= {id(p) for p in people}
        if len(people) == len(orgs):
            for p, org in zip(people, orgs):
                position(ctx, p, org, title, sent, "orgs-people-respectively")
    return out


def title_is_person(ctx: Context, sent: Sentence) -> None:
    """ORG的TITLE是PERSON (某公司的联合创始人是张三)."""
    text, ms = ctx.text, sent.mentions
    for org in (m for m in ms if m.type in ORG):
        said = _TITLE_IS.match(text, org.end)
        person = said and person_at(ms, said.end())
        if person is not None:
            position(ctx, person, org, said.group(1), sent, "org-title-is")


def bracketed_org(ctx: Context, sent: Sentence) -> None:
    """PERSON（ORG） / PERSON（学部或专业，ORG）: a list of people, each with the body they are of
    in brackets after the name."""
    text, ms = ctx.text, sent.mentions
    for p, org in zip(ms, ms[1:]):
        if p.type != "Person" or org.type not in ORG or text[p.end:p.end + 1] not in "（(":
            continue
        inside = text[p.end + 1:org.start]
        if text[org.end:org.end + 1] in "）)" and re.fullmatch(r"(?:[^，,（）()。；;]{1,16}[，,])?", inside):
            position(ctx, p, org, "", sent, "person-bracket-org")


def served_at(ctx: Context, sent: Sentence) -> None:
    """PERSON在ORG担任TITLE."""
    text, ms = ctx.text, sent.mentions
    for m in _SERVED_AT.finditer(text, sent.start, sent.end):
        s0, e0 = m.start(1), m.end(1)
        org = next((x for x in ms if x.start == s0 and x.end == e0 and x.type in ORG), None)
        person = next((x for x in reversed(ms) if x.type == "Person" and x.end <= m.start()), None)
        tail = re.match(r"[^，,。；;、\s]{1,12}", text[m.end():])
        cut = _TITLE_END.search(tail.group()) if tail else None
        if org and person and cut:
            position(ctx, person, org, tail.group()[:cut.end()], sent, "served-at")


def worked_at(ctx: Context, sent: Sentence) -> None:
    """PERSON(先后)在A、B和C任职/工作: a position with no title at each body listed."""
    text, ms = ctx.text, sent.mentions
    for m in _WORKED_AT.finditer(text, sent.start, sent.end):
        orgs = [x for x in ms if m.start(1) <= x.start and x.end <= m.end(1) and x.type in ORG]
        if not orgs or orgs[0].start != m.start(1) or orgs[-1].end != m.end(1) or any(
                text[a.end:b.start] not in LIST_SEPARATORS for a, b in zip(orgs, orgs[1:])):
            continue  # (在某市高新区一家企业工作: not the bodies alone)
        if m.group(2):  # 在A工作的张三
            person = next((x for x in ms if x.type == "Person" and x.start == m.end() + 1), None)
        else:  # 张三(先后)在A、B任职, in its own clause
            person = next((x for x in reversed(ms) if x.type == "Person" and x.end <= m.start()
                           and _WORKER_GAP.fullmatch(text, x.end, m.start())), None)
        if person is None and not m.group(2) and ctx.says_pronoun(sent.start, m.start()):
            person = ctx.subject_before(m.start())
        for org in orgs if person is not None else []:
            position(ctx, person, org, "", sent, "worked-at")


def joined(ctx: Context, sent: Sentence) -> None:
    """PERSON加入/加盟/入职ORG: a position with no title."""
    ms = sent.mentions
    for m in ctx.verbs(_JOINED, sent):
        vs, ve = m.start(), m.end()
        ve += 1 if ctx.text[ve:ve + 1] in ("了", "”", "\"") else 0  # 加盟了, “加盟”
        place = next((x for x in ms if x.start == ve and x.type == "Place"), None)
        ve = place.end if place is not None and not any(x.start == ve and x.type in ORG for x in ms) else ve  # 任教于新加坡|某大学
        org = next((x for x in ms if x.start == ve and x.type in ORG), None)
        person = next((x for x in reversed(ms) if x.type == "Person" and x.end <= vs), None)
        if person is None and ctx.says_pronoun(sent.start, vs):
            person = ctx.subject_before(vs)
        if org and person and not STUDIED.match(ctx.text, org.end):
            position(ctx, person, org, "", sent, "joined")  # (进入某大学…学习: a student, see alumni)


def from_org(ctx: Context, sent: Sentence) -> None:
    """来自ORG的PERSON(TITLE)."""
    ms = sent.mentions
    listed = {id(p) for _, _, people in _lists_paired(ctx, sent) for p in people}  # (positions pairs them)
    for m in _FROM_ORG.finditer(ctx.text, sent.start, sent.end):
        s0, e0 = m.start(1), m.end(1)
        org = next((x for x in ms if (x.start == s0 or x.end == e0) and s0 <= x.start and x.type in ORG), None)
        person = next((x for x in ms if x.start >= m.end() and x.type == "Person"), None)
        if org and person and person.start - m.end() <= 6 and id(person) not in listed:
            title = TITLE_START.match(ctx.text, person.end)
            position(ctx, person, org, title.group() if title else "", sent, "from-org")


def appointments(ctx: Context, sent: Sentence) -> None:
    """PERSON现任/担任/受聘为/是 ORG TITLE (ORG may be 公司, 该公司)."""
    text, ms = ctx.text, sent.mentions
    for v in ctx.verbs(_APPOINTED, sent):
        vs, ve = v.start(), v.end()
        if text.startswith("中共", ve) and not any(m.start == ve for m in ms):
            ve += 2  # 任中共某区工委书记 (中共某某委员会, a name of its own, keeps it)
        fresh = _NEW_POST.match(text, ve).end()
        ve = fresh if any(m.start == fresh and m.type in AGENTS for m in ms) else ve  # 成为|新一任|某大学校长
        org = next((m for m in ms if m.start == ve and (m.type in AGENTS or m.type == "Fund")), None)  # (a fund's founder)
        if org is None:
            bare = _BARE_AFTER_VERB.match(text[ve:ve + 6])
            org = ctx.antecedent_org(bare.group(1) or bare.group(2), vs) if bare else None
            if bare and bare.group().startswith("本公司"):
                org = ctx.own_body("Company")  # 任本公司总经理: the company whose notice it is
            t_start = ve + bare.end() if bare else None
            if org is None and v.group() in ("出任", "担任", "兼任", "任") and TITLE_START.match(text, ve):
                title = _title_at(text, ve)
                kind = {"University"} if title and title.endswith("校长") else {"Company"}  # (兼任副校长: of a school)
                org, t_start = _body_of_subject(ctx, ms, vs, title) or ctx.before(vs, kind, limit=120), ve
                # 某大学张三任副校长, 张三赴某局任局长, 免去某大学副校长职务，由张三出任副校长; 由张三出任总经理
        else:
            t_start = org.end + (1 if text[org.end:org.end + 1] == "的" else 0)  # 张三是某公司的CEO
        if org is None:
            continue
        title = _title_at(text, t_start)
        if not title or re.search("[的中]", title) or person_at(ms, t_start + len(title)) or \
                person_at(ms, _JOINT_TITLES.match(text, t_start + len(title)).end()):
            continue  # 他就是某研究院院长李四, 现为某公司董事长兼CEO李四: 李四's title; 是国务院组成部门中最年轻的正部长: no title
        holder = person_at(ms, t_start + len(title) + 1) if text[t_start + len(title):][:1] == "的" else None
        if holder is not None:  # 接替已调任某部副部长的李四: the post is 李四's
            position(ctx, holder, org, title, sent, "appointed")
            continue
        if _HEARSAY.search(text, max(sent.start, vs - 16), vs):
            continue  # 传闻张三将要担任…: not stated
        if v.group() == "任" and text[vs - 1:ve] in lexicon.ATTRIBUTIVE_TENURE:
            continue  # 而新任某大学校长、某院院士李四: the post of the person named after it
        person = next((m for m in reversed(ms) if m.type == "Person" and m.end <= vs
                       and not any(c in text[m.end:vs] for c in "；;")), None)
        if person is None and (ctx.says_pronoun(sent.start, vs) or _OPENS_RESUME.fullmatch(text, sent.start, vs)):
            person = ctx.subject_before(vs)  # 他现任…; 张三，1963年出生。曾任…: the person of the résumé
            if person is not None and "\n" in text[person.end:vs]:
                person = None  # named in another paragraph
        if person is None or _TITLE_SUBJECT.search(text, person.end, vs):
            continue  # (张三任某大学校长，原某大学校长任…: the new clause's subject is a post, not 张三)
        titled = _TITLED_GAP.fullmatch(text, person.end, vs)
        listed = list_ending(ctx, ms, person, titled=True) if titled else [person]
        successor = next((m for m in reversed(ms) if m.type == "Person" and m.end <= person.start
                          and _SUCCEEDS.fullmatch(text, m.end, person.start)), None)
        listed += [successor] if successor else []  # 张三接替李四，成为某大学校长: 张三 holds it now, 李四 held it
        more = _MORE_TITLES.match(text, t_start + len(title))  # 党委常委、副院长
        posts = [(org, title + more.group())] + _more_posts(ctx, ms, more.end())
        for p in listed:  # 张三、李四同志任某局副局长; A教授、B教授受聘为某所兼职教授
            for body, title in posts:  # 曾任A公司总经理，B集团副总经理
                position(ctx, p, body, title, sent, "appointed")


def _body_of_subject(ctx: Context, ms: list, vs: int, title: str | None) -> Mention | None:
    """The body of a post named with no body after the verb (任|副校长): the one right before
    the person (某大学|张三|任), the one the person goes to (张三|赴某局|任), or the one the sentence
    names the same post of before (免去某大学副校长职务，由张三接替出任副校长)."""
    person = next((m for m in reversed(ms) if m.type == "Person" and m.end <= vs), None)
    if person is None:
        return None
    same = next((m for m in reversed(ms) if m.end <= person.start and m.type in AGENTS and title
                 and title in ctx.text[m.end:m.end + 12]), None)
    if same is not None:
        return same
    org = next((m for m in ms if m.end == person.start and m.type in AGENTS), None)
    if org is not None and person.end == vs:
        return org
    went = next((m for m in ms if m.end == vs and m.type in AGENTS and m.start > person.end), None)
    if went is not None and _GOES_TO.fullmatch(ctx.text, person.end, went.start):
        return went
    return None


def moved_from(ctx: Context, sent: Sentence) -> None:
    """PERSON从/由ORG TITLE调任…: the post the person leaves (张三由某大学副校长改任某学院院长)."""
    text, ms = ctx.text, sent.mentions
    for k, p in enumerate(ms):
        if p.type != "Person" or text[p.end:p.end + 1] not in ("从", "由"):
            continue
        org = ms[k + 1] if k + 1 < len(ms) else None
        if org is None or org.type not in AGENTS or org.start != p.end + 1:
            continue
        title = _title_at(text, org.end)
        if title and _MOVED.match(text, org.end + len(title)) and not _NOT_IN_TITLE.search(title):
            position(ctx, p, org, title, sent, "moved-from")


def _more_posts(ctx: Context, ms: list, pos: int) -> list:
    """The further posts a verb of appointment lists after its first (…总经理、某部总经理，B公司副总经理，
    C集团副总经理): each body named right after a separator, with the title that follows it."""
    text, out = ctx.text, []
    while True:
        sep = _NEXT_POST.match(text, pos)
        if not sep:
            return out
        body = next((m for m in ms if m.start == sep.end() and (m.type in AGENTS or m.type == "Fund")), None)
        title = _title_at(text, body.end) if body else None
        if not title or re.search("[的中]", title) or person_at(ms, body.end + len(title)):
            return out
        more = _MORE_TITLES.match(text, body.end + len(title))
        out.append((body, title + more.group()))
        pos = more.end()


def _title_at(text: str, pos: int) -> str | None:
    """The title written at ``pos`` (某公司|副总经理): up to a title word, within 14 characters of one clause."""
    title = _TITLE_ENDS.match(re.match(r"[^，,。；;（）()、\s]{0,14}", text[pos:]).group())
    return title.group() if title else None


def post_held_by(ctx: Context, sent: Sentence) -> None:
    """ORG TITLE一职由PERSON担任 (post-held-by); 聘任/任命PERSON为ORG TITLE (appointed-as)."""
    text, ms = ctx.text, sent.mentions
    for m in _POST_HELD.finditer(text, sent.start, sent.end):
        org = next((x for x in reversed(ms) if x.end <= m.start() and x.type in AGENTS
                    and x.end >= m.start() - 1), None)
        person = next((x for x in reversed(ms) if x.type == "Person" and m.start(2) <= x.start and x.end <= m.end(2)),
                      None)
        if org is not None and person is not None:
            position(ctx, person, org, m.group(1), sent, "post-held-by")
    for m in ctx.verbs(_APPOINTS, sent):
        person = next((x for x in ms if x.type == "Person" and m.end() <= x.start <= m.end() + 12
                       and not any(c in text[m.end():x.start] for c in CLAUSE_END)), None)
        if person is None:
            continue
        listed = [person]
        for x in ms:  # 任命A、B为某大学副校长: each of them
            if x.type == "Person" and x.start > listed[-1].end and text[listed[-1].end:x.start] in LIST_SEPARATORS:
                listed.append(x)
        person = listed[-1]
        verb = _AS_POST.match(text, person.end)
        if not verb:
            continue
        t0 = verb.end()
        org = next((x for x in ms if x.start == t0 and x.type in AGENTS), None)
        bare = None if org else _BARE_AFTER_VERB.match(text[t0:t0 + 6])
        if bare:
            org = ctx.antecedent_org(bare.group(1) or bare.group(2), m.start())
        start = org.end if org is not None and not bare else t0 + (bare.end() if bare else 0)
        if org is None:  # 某大学…聘请A、B等3位教授为冠名教授: the body that appoints, the sentence's subject
            org = next((x for x in ms if x.type in AGENTS and x.end <= m.start()), None)
            org = org if org is not None and _SUBJECT_LEAD.fullmatch(text, sent.start, org.start) else None
            if org is None and m.group() in ("推选", "选举"):  # 推选出某会理事会，选举A为会长: the body elected
                org = next((x for x in reversed(ms) if x.type == "Organization" and x.end <= m.start()), None)
        title = _title_at(text, start)
        while org is not None and title:
            for p in listed:
                position(ctx, p, org, title, sent, "appointed-as")
            more = _ALSO_AS.match(text, start + len(title))  # …为会长，B、C四位校友为副会长，D为秘书长
            people = [x for x in ms if more and more.start(1) <= x.start and x.end <= more.end(1)]
            if not people or any(x.type != "Person" for x in people) or people[0].start != more.start(1) \
                    or people[-1].end != more.end(1) or any(text[a.end:b.start] not in LIST_SEPARATORS
                                                             for a, b in zip(people, people[1:])):
                break  # (，张三认为…: the names must be the whole list)
            listed, start = people, more.end()
            title = _title_at(text, start)


def org_title_before(ctx: Context, pos: int, ms: list[Mention]):
    """(title, org, rule) for the title that ends at ``pos`` and the org before it."""
    text = ctx.text
    qualifier = re.search(r"[（(][^（）()]{1,12}[）)]$", text[max(0, pos - 14):pos])
    if qualifier:  # 副校长（研究及发展）张三: the title ends before its bracketed qualifier
        title, org, rule = org_title_before(ctx, pos - len(qualifier.group()), ms)
        return (title + qualifier.group(), org, rule) if title else (None, None, None)
    tm = next((m for m in reversed(ms) if m.type == "Title" and m.end == pos), None)
    seg_start = max(text.rfind(c, 0, pos) for c in CLAUSE_END + "、：:“”\"") + 1
    if tm is None:
        cut = _TITLE_END.search(text, seg_start, pos)
        if not cut or cut.end() != pos:
            return None, None, None
        t_start = cut.start()
        inside = next((m for m in ms if m.type in AGENTS and m.start < t_start < m.end < pos), None)
        if inside is not None and _TITLE_END.search(text, inside.end, pos):
            t_start = inside.end  # 某开发区党工委|书记: the title head 党工委书记 overlaps the name
    else:
        t_start = tm.start
    org = max((m for m in ms if m.end <= t_start and m.type in AGENTS | {"Place", "Fund"} and m.start >= seg_start),
              key=lambda m: (m.end, m.end - m.start), default=None)  # the nearest, the longest there
    if org is None and text[seg_start - 1:seg_start] == "”":
        org = next((m for m in ms if m.end == seg_start - 1 and m.type in AGENTS), None)  # “某某狐”|创始人张三
        if org is not None:
            return (text[seg_start:pos], org, "org-title-person") if _TITLE_END.search(text, seg_start, pos) else (None, None, None)
    if org is not None and any(m.type == "Person" and org.end <= m.start < t_start for m in ms) or \
            org is not None and re.search(r"来源[：:]\s*$", text[max(0, org.start - 4):org.start]):
        org = None  # 某委员会副委员长张三院士、…: a title after a person is that person's; 来源：某部|评委: a source
    if org is not None:
        gap = text[org.end:t_start]
        if len(gap) > 10 or any(c in gap for c in CLAUSE_END) or gap.count("(") + gap.count("（") > \
                gap.count(")") + gap.count("）"):
            org = None  # (某新闻网2月15日电(记者 张三: a bracket opened after the name)
    if org is None:
        if OWN_SCHOOL.fullmatch(text, max(seg_start, t_start - 2), t_start):  # 我校校长张三: the article's university
            org = ctx.own_body()
            return (text[t_start:pos], org, "own-school-title-person") if org else (None, None, None)
        bare = BARE_ORG.search(text, seg_start, t_start)
        if bare and bare.end() == t_start:
            org = ctx.antecedent_org(bare.group(1), bare.start(), ending=text[bare.start(1) - 1:bare.start(1)])
            return (text[t_start:pos], org, "bare-org-title-person") if org else (None, None, None)
        body = next((w for w in lexicon.ZONE_BODIES if text.startswith(w, t_start)), None)
        if body and re.fullmatch(r"(?:[区园]|园区|开发区|高新区)?", text[seg_start:t_start]):  # 区党工委书记张三: the zone's
            org = ctx.antecedent_org(body, t_start, ending=text[t_start - 1] if t_start > seg_start else "")
            return (text[t_start + len(body):pos], org, "bare-org-title-person") if org else (None, None, None)
        return None, None, None
    own = _OWN_UNIT.match(text, seg_start)
    if own and org.start in (own.start(1), own.end()) and org.end - own.end() >= 2 and text[org.end - 1] in UNIT_ENDS:
        if own.group(1) == "院":  # 院: the latest body named …院 before it
            body = next((m for m in reversed(ctx.a.mentions) if m.end <= org.start and m.type in ORG
                         and m.text.endswith("院")), None)
        else:
            body = ctx.own_body() or ctx.before(org.start, {"University"})
        title = text[own.end():pos]  # 校党委组织部副部长张三: a post in a unit of the article's own school
        if body is None or own.group(1) != "院" and "大学" not in body.text or not _TITLE_END.search(title):
            return None, None, None  # (校…: of a university, not of the school of one named before)
        return title, body, "own-school-title-person"
    title = text[org.end:pos].removeprefix("的")  # 某大学的副校长张三
    if org.type == "Place" and not title.endswith(lexicon.GOVERNMENT_TITLES):
        return None, None, None
    if _DEGREE_END.search(title) or not _TITLE_END.search(title) or _NOT_IN_TITLE.search(_JOINED_TITLES.sub("", title)):
        return None, None, None
    return title, org, "level-body-title-person" if _LEVEL_BODY.fullmatch(org.text) else "org-title-person"


def _orgs_sharing(ctx: Context, org: Mention | None, ms: list[Mention]) -> list[Mention]:
    """The bodies listed right before ``org`` that share its title (A、B(外)和C院士张三: A and B)."""
    out, at = [], org
    while at is not None and at.type in ORG:
        prev = next((m for m in reversed(ms) if m.end <= at.start and m.type != "Place"), None)
        if prev is None or prev.type not in ORG or _SHARED_GAP.fullmatch(ctx.text, prev.end, at.start) is None \
                or at.text in prev.text or prev.text in at.text:
            break  # (某院某所、某院院士张三: the institute heads a list, the academy is the title's)
        out.append(prev)
        at = prev
    return out


def shared_org_title(ctx: Context, pos: int, ms: list[Mention]) -> tuple[list[str], Mention | None]:
    """ORG创始人、董事长张三 / ORG党委书记、副所长、总设计师张三: bare titles joined by 、 share the
    organisation of the first title. The titles in text order and that organisation, or ([], None)."""
    text, bare = ctx.text, []
    while len(bare) < 4:
        cut = _TITLE_END.search(text, max(0, pos - 12), pos)
        if not cut or cut.end() != pos:
            break
        t_start = max(text.rfind(c, 0, pos) for c in CLAUSE_END + "、") + 1
        if text[t_start - 1:t_start] != "、" or pos - t_start > 12 or _NAMES_BODY.match(text, t_start) or \
                any(m.type != "Title" and t_start <= m.start < pos for m in ms):
            break  # (省委常委、市委书记张三: the second title names its own body)
        bare.insert(0, text[t_start:pos])
        title1, org, _ = org_title_before(ctx, t_start - 1, ms)
        if title1:
            return [title1, *bare], org
        pos = t_start - 1
    return [], None


_OFFICIALS = ("org-title-person", "level-body-title-person", "bare-org-title-person", "own-school-title-person",
              "shared-org-title", "topic-title-person", "school-title-person")  # the rules that name an official with their body


def topic_title_before(ctx: Context, pos: int, sent: Sentence, ms: list[Mention]):
    """X成立于2015年，创始人兼CEO张三…: a title with no organisation before it in its clause
    belongs to the organisation the sentence opens with."""
    text = ctx.text
    seg_start = max(text.rfind(c, 0, pos) for c in CLAUSE_END + "、") + 1
    cut = _TITLE_END.search(text, seg_start, pos)
    if not cut or cut.end() != pos or any(m.start >= seg_start for m in ms if m.type != "Title"):
        return None, None, None
    title = text[seg_start:pos]
    if seg_start == sent.start and _FOUNDER_TITLE.fullmatch(title):
        company = ctx.before(pos, {"Company"}, limit=80)  # 某公司…挂牌。创始人张三…: the company the sentence before is of
        return (title, company, "topic-title-person") if company and company.end <= sent.start else (None, None, None)
    if len(title) > 12 or seg_start == sent.start:
        return None, None, None
    here = [f for f in ctx.facts if f.sentence == (sent.start, sent.end) and f.predicate == "affiliatedWith"]
    listed = [(f.subject.end, f.object) for f in here if f.rule in (*_OFFICIALS, "listed-title-person")
              and f.subject.end <= seg_start
              and not _HONOUR.search(f.qualifiers.get("title", ""))]
    listed += [(f.object.end, f.subject) for f in ctx.facts if f.sentence == (sent.start, sent.end)
               and f.rule.removesuffix("/founder") in _OFFICIALS and f.rule.endswith("/founder")
               and f.object.end <= seg_start]  # 某公司，创始人张三、总经理李四
    if listed:  # 某学院党委书记张三，院长李四: a bare title in a list of officials is of the org before
        last, org = max(listed, key=lambda x: x[0])
        if any(m.type == "Person" and last <= m.start for m in ms):
            return None, None, None  # (某局处长甲，我校校长乙、党委书记丙: 乙, of no body found, breaks the list)
        title = title.split("兼", 1)[0]  # 副校长兼某院院长李四: the post before 兼 is of that org
        short = next((org.text[k:] for k in range(len(org.text) - 2) if title.startswith(org.text[k:])), "")
        if _BARE_TITLES.fullmatch(title[len(short):]) and not (title in lexicon.GOVERNMENT_TITLES
                                                               and _PARTY_COMMITTEE.search(org.text)):
            return title, org, "listed-title-person"  # (某市委书记张三、市长李四: 李四 is of the 市政府)
        return None, None, None
    before = next((m for m in reversed(ms) if m.type in ORG and m.end == seg_start - 1), None)
    if before is not None and text[seg_start - 1] in "，," and BARE_TITLE.fullmatch(title) and \
            not any(f.object is before for f in here):
        return title, before, "topic-title-person"  # 调研团来到某公司，总经理张三…: the body the clause ends with
    topic = next((m for m in ms if m.type in ORG), None)
    if topic is None or topic.start - sent.start > 4 or any(f.object is topic for f in here) or \
            not BARE_TITLE.fullmatch(title) or re.search(r"[在由从与和对向据]", text[sent.start:topic.start]):
        return None, None, None
    return title, topic, "topic-title-person"


def school_title_before(ctx: Context, pos: int, ms: list[Mention]):
    """校长张三、常务副校长李四, 校党委书记王五: a school's own post with no body before it in its
    clause is of the university named before with such a post (某学院校长…), else of the one the
    article is about, else of the last named."""
    text = ctx.text
    seg_start = max(text.rfind(c, 0, pos) for c in CLAUSE_END + "、：:") + 1
    title = _SCHOOL_TITLE.fullmatch(text, seg_start, pos)
    if title is None or any(m.start >= seg_start and m.type != "Title" for m in ms):
        return None, None, None
    headed = [m for m in ctx.a.mentions if m.type == "University" and m.end <= pos and _SCHOOL_TITLE.match(text, m.end)
              and text[m.end:m.end + 1] not in "原前老"]  # (某大学原校长张三: a former post says little of the school here)
    school = (headed[-1] if headed else None) or ctx.own_body() or ctx.before(pos, {"University"})
    school = ctx.university_of(school) if school is not None else None  # 某大学物理学院 -> 某大学
    if school is not None and not re.match(r"(?:老|原|前)?(?:常务|执行)?副?校长", title.group(1)) \
            and not school.text.endswith(("大", "中学", "中")) and "大学" not in school.text:
        return None, None, None  # 校党委书记 of 某学院 named alone: maybe a department's, not clearly the school's
    if school is None or not school.text.endswith(lexicon.UNIVERSITY_NAMES + ("大", "中学", "中")) or "大学" not in school.text and any(
            m.type == "University" and "大学" in m.text for m in ctx.a.mentions):
        return None, None, None  # (a school of a university is no body with a 校长)
    return title.group(1), school, "school-title-person"


def _chain_past_bodiless_title(ctx: Context, p: Mention, pos: int, sent: Sentence, ms: list[Mention]) -> None:
    """某大学副校长、某博览会园区总规划师张三: the title right before the person names no body the
    text tags, so the chain's first post is the one known (副校长 of 某大学)."""
    text = ctx.text
    seg_start = max(text.rfind(c, 0, pos) for c in CLAUSE_END + "、") + 1
    cut = _TITLE_END.search(text, seg_start, pos)
    titled = cut and cut.end() == pos or any(m.type == "Title" and m.end == pos for m in ms)
    if text[seg_start - 1:seg_start] != "、" or not titled or pos - seg_start > 16 \
            or any(m.type == "Person" and m.start >= seg_start for m in ms):
        return
    title, org, _ = org_title_before(ctx, seg_start - 1, [m for m in ms if m.end <= seg_start - 1])
    if title and org is not None:
        position(ctx, p, org, title, sent, "title-chain")


def _person_ends_clause(ctx: Context, ms: list[Mention], pos: int) -> bool:
    """Does the clause from ``pos`` end with a person (…、某中心主任李四，): the titles before are theirs?"""
    end = min((k for k in (ctx.text.find(c, pos) for c in CLAUSE_END) if k >= 0), default=len(ctx.text))
    return _person_at_end(ms, end)


def _person_at_end(ms: list[Mention], pos: int) -> bool:
    """Does a person end at ``pos`` (李四|，某公司董事长)?"""
    return any(m.type == "Person" and m.end == pos for m in ms)


def people_before_org_title(ctx: Context, sent: Sentence) -> None:
    """张三、李四等某公司4位创始人: the people listed before 等 hold the title at the body after it."""
    text, ms = ctx.text, sent.mentions
    for k, org in enumerate(ms):
        last = ms[k - 1] if k else None
        if org.type not in AGENTS or last is None or last.type != "Person" or text[last.end:org.start] != "等":
            continue
        title = _COUNTED_TITLE.match(text, org.end)
        if title:
            for p in list_ending(ctx, ms, last):
                position(ctx, p, org, title.group(1), sent, "people-org-title")


def position(ctx: Context, person: Mention, org: Mention | None, title: str, sent: Sentence, rule: str) -> None:
    """PERSON holds TITLE at ORG; a degree for a title is alumniOf (rule/degree), a founder's
    title makes ORG foundedBy PERSON (rule/founder), and no position when it is the only title."""
    if org is None or _BYLINE_TITLE.search(title) or org.type == "GovernmentAgency" and _PROGRAMME_POST.match(title):
        return  # (某日报记者 张三: a byline, not a post the news reports; 某部某江学者特聘教授: a programme's)
    if org.type == "Fund":
        if (_FOUNDER_TITLE.search(title) or "创始" in title) and rule + "/founder" in ctx.rules:
            ctx.emit(rule + "/founder", org, person, sent)  # 某基金创始合伙人张三: the fund's founder; no post in a fund
        return
    zone = None
    if org.type == "Zone" and _ZONE_BODY.search(title):
        word = _ZONE_BODY.search(title).group()
        zone, org = org, ctx.zone_body(org, word)
        title = title.split(word, 1)[1]
        if org is None:
            return
    else:
        zone, word = ctx.zone_of(ctx.meaning(org))
    if zone is not None and rule + "/zone" in ctx.rules:
        ctx.emit(rule + "/zone", person, zone, sent, title=word + title)  # the zone the committee governs
        if org.source == Source.ELLIPSIS:
            return  # (管委会主任张三 after naming the zone: the zone's post; the text names no committee)
    if _DEGREE_END.search(title) and rule + "/degree" in ctx.rules:
        ctx.emit(rule + "/degree", person, org, sent)
        return
    founder = _FOUNDER_TITLE.search(title) and org.type in ORG and rule + "/founder" in ctx.rules
    if not (founder and _FOUNDER_TITLE.fullmatch(title)):  # 某公司创始人张三: foundedBy says it all
        ctx.emit(rule, person, org, sent, title=title)
    if founder:
        ctx.emit(rule + "/founder", org, person, sent)


def academicians_listed(ctx: Context, sent: Sentence) -> None:
    """新科院士包括：A、B；C、D / 新当选院士分别是A、B: those an academy elected, listed, are its
    academicians (the academy named before in the article, a body whose name ends in 院)."""
    text = ctx.text
    for m in _NEW_ACADEMICIANS.finditer(text, sent.start, sent.end):
        if m.group(1):
            continue  # 外籍院士, 名誉院士 … (a list the article does not say whose members are of which body)
        named = [x for x in ctx.a.mentions if x.end <= m.start() and x.type in ORG and "大学" not in x.text
                 and x.text.endswith(("科学院", "工程院", "研究院")) and x.source != "ellipsis"]
        if not named:
            continue  # (某大学高等研究院: an institute of a university elects no academicians)
        count = {x.text: sum(y.text == x.text for y in named) for x in named}
        academy = max(reversed(named), key=lambda x: count[x.text])  # the academy the article is about
        people = [p for p in sent.mentions if p.type == "Person" and p.start >= m.end()
                  and not any(o.type in ORG and o.end <= p.start and m.end() <= o.start for o in sent.mentions)]
        for p in people:  # (清华大学张三: a list of people with their bodies is of those bodies, not the academy)
            position(ctx, p, academy, "院士", sent, "academicians-listed")


def teams(ctx: Context, sent: Sentence) -> None:
    """ORG P1、P2、P3团队 / ORG(的)P团队 (no title)."""
    text, ms = ctx.text, sent.mentions
    for k, org in enumerate(ms):
        if org.type not in ORG:
            continue
        people, pos = [], org.end + (text[org.end:org.end + 1] == "的")
        for m in ms[k + 1:]:
            if m.type != "Person" or m.start != pos:
                break
            people.append(m)
            pos = m.end + (1 if text[m.end:m.end + 1] in ("、", "和", "与") else 0)
        tail = text[people[-1].end:people[-1].end + 5] if people else ""
        if people and _TEAM_TAIL.match(tail):
            for p in people:
                ctx.emit("team", p, org, sent)


def org_person(ctx: Context, sent: Sentence) -> None:
    """ORG PERSON TITLE (某研究院张三院士, org-person-title); ORG PERSON in a list of people
    (某研究所张三、某大学李四获…, 某中心的王五, org-person)."""
    text, ms = ctx.text, sent.mentions
    last = None  # the person of the ORG PERSON pair before, when the list goes on (某大学A、某研究所B在…)
    named = [m for m in ms if m.type != "Title"]
    for org, p in zip(named, named[1:]):
        if org.type in ORG and p.type == "Person" and _ROLE_BETWEEN.fullmatch(text, org.end, p.start):
            position(ctx, p, org, "", sent, "org-person")  # 某科学院的数学家张三: what they are, at that body
    pairs = [(org, p) for org, p in zip(ms, ms[1:])
             if org.type in ORG and p.type == "Person" and text[org.end:p.start] in ("", "的")]
    for k, (org, p) in enumerate(pairs):
        listed = last is not None and text[last.end:org.start] in LIST_SEPARATORS
        heads_list = k + 1 < len(pairs) and text[p.end:pairs[k + 1][0].start] in LIST_SEPARATORS  # 某大学A和某研究院B
        last = p
        title = TITLE_START.match(text, p.end)
        if title and not person_at(ms, title.end()):
            position(ctx, p, org, title.group(), sent, "org-person-title")
            pos = title.end()
            while text[pos:pos + 1] == "、" and (q := person_at(ms, pos + 1)) is not None:
                more = TITLE_START.match(text, q.end)  # 某大学A教授、B教授、C教授: one organisation for the list
                if not more or person_at(ms, more.end()):
                    break
                position(ctx, q, org, more.group(), sent, "org-person-title")
                pos = more.end()
        elif text[org.end:p.start] == "的" and _VISITED.search(text, max(sent.start, org.start - 6), org.start):
            continue  # 保送进入某大学的张三, 来到某公司的张三: a student or a visitor, not a member
        elif text[org.end:p.start] == "的" or heads_list or (_LIST_AFTER.match(text, p.end) or _SAYS_OR_WINS.match(text, p.end) or listed) and (
                org.start == sent.start or text[org.start - 1] in _LIST_BEFORE
                or _LIST_OPENS.search(text, sent.start, org.start)):
            position(ctx, p, org, "", sent, "org-person")
            q = p
            while text[q.end:q.end + 1] == "、" and (nxt := person_at(ms, q.end + 1)) is not None:
                position(ctx, nxt, org, "", sent, "org-person")  # 某大学A、B、C以及某研究院D: A, B and C of it
                q = last = nxt


def table_rows(ctx: Context, sent: Sentence) -> None:
    """Rows of a table of people (姓名 … 工作单位 over 张三 物理学奖 某大学): the person of a
    row is affiliated with the organisation in it, or, in a table with no such column, with the
    body whose list the line before it announces (某大学入选的名单是： / 姓名 年龄 专业)."""
    header = ctx.under_header(sent, _ANY_PEOPLE_HEADER) if ROW.fullmatch(ctx.text, sent.start, sent.end) else None
    if header is None:
        return
    people = [m for m in sent.mentions if m.type == "Person"]
    orgs = [m for m in sent.mentions if m.type in ORG]
    if len(people) != 1:
        return
    if orgs and _PEOPLE_HEADER.search(ctx.text, header.start, header.end):
        position(ctx, people[0], orgs[-1], "", sent, "table-row")
    elif not orgs and (body := _body_announcing(ctx, header)) is not None:
        position(ctx, people[0], body, "", sent, "table-row")


def _body_announcing(ctx: Context, header: Sentence) -> Mention | None:
    """The body named in the line right before a table's header when that line announces the
    list of its own people (某大学入选的名单是：)."""
    k = ctx.sentences.index(header)
    if not k:
        return None
    intro = ctx.sentences[k - 1]
    said = _ITS_PEOPLE.search(ctx.text, intro.start, intro.end)
    body = next((m for m in intro.mentions if m.type in ORG and said and m.end == said.start()), None)
    return body if said and said.end() >= intro.end - 1 else None


def founders(ctx: Context, sent: Sentence) -> None:
    """PERSON…创办/创建/创立 ORG (or 该公司), with its date and a co-founder (与X共同创办)."""
    text = ctx.text
    for v in ctx.verbs(_FOUNDED, sent):
        vs, ve = v.start(), v.end()
        person = next((p for p in reversed(sent.mentions) if p.type == "Person" and p.end <= vs), None)
        if person is not None and "、" in text[person.end:vs]:
            person = None  # A创立X、B创立Y、某某创立Z: A and B are no founders of Z
        if person is None and ctx.says_pronoun(sent.start, vs):
            person = ctx.subject_before(vs)
        org = next((m for m in sent.mentions if m.start >= ve and m.type in ORG and m.start - ve <= 12
                    and not any(c in text[ve:m.start] for c in CLAUSE_END)), None)
        if org is None:
            ana = _REFERRING_COMPANY.match(text, ve + (1 if text[ve:ve + 1] == "了" else 0)) or \
                re.match(r"(?:这家|该)(?:企业|公司)", text[sent.start:vs])
            org = ctx.before(vs, {"Company"}) if ana else None
        if org is None and re.search(r"由[^，,。；;]{0,40}$", text[sent.start:person.start if person else vs]):
            org = next((m for m in sent.mentions if m.type == "Company" and m.end <= vs), None)  # X成立于…，由Y创办
        if not (person and org and (org.start - ve <= 12 or org.end <= vs)):
            continue
        if v.group() == "成立" and (org.start != ve + (text[ve:ve + 1] == "了") or any(
                m.type in ORG for m in sent.mentions if max(person.end, sent.start) <= m.start and m.end <= vs)):
            continue  # 某大学成立某中心, 成立于: only a person who sets up the body named right after
        orgs = [org] + _orgs_listed_after(ctx, sent.mentions, org) if org.start >= ve else [org]
        for p in list_ending(ctx, sent.mentions, person):  # A和B创立X: both; 创办了X、Y: both
            for o in orgs:
                ctx.emit("founded", o, p, sent)
        partner = re.search(r"(?:与|和|同)[^，,。；;]{0,20}$", text[sent.start:person.start])
        if partner and re.search(r"共同|一起|一道|联合|携手", text[person.end:vs]):
            first = next((p for p in sent.mentions if p.type == "Person" and p.end <= sent.start
                          + partner.start()), None)
            if first is None and ctx.says_pronoun(sent.start, sent.start + partner.start()):
                first = ctx.subject_before(sent.start + partner.start())
            if first is not None:
                ctx.emit("founded-together", org, first, sent)
        date = ctx.dates_in(sent.start, vs)
        if date:
            ctx.emit("founded-date", org, None, sent, value=ctx.date_value(date[-1]))


def _orgs_listed_after(ctx: Context, ms: list[Mention], first: Mention) -> list[Mention]:
    """The organisations listed with 、 or 和 right after ``first`` (创办了X、Y和Z)."""
    out, pos = [], first.end
    for m in (x for x in ms if x.start > first.start):
        if m.type not in ORG or ctx.text[pos:m.start] not in ("、", "和", "及"):
            break
        out.append(m)
        pos = m.end
    return out


def _title_mention_at(ms: list[Mention], pos: int) -> Mention | None:
    return next((m for m in ms if m.type == "Title" and m.start == pos), None)
