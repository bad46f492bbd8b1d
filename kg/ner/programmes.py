"""Programmes and awards: quoted, after 入选, after 荣获, before 被授予."""
from __future__ import annotations

import re

from kg import lexicon
from kg.doc import Source
from kg.ner.finder import Finder
from kg.ner.words import PUNCT


_QUOTED = re.compile(r"[“\"]([^“”\"\n]{2,20})[”\"]")
_RANK_END = re.compile("(?:" + "|".join(lexicon.RANKS) + ")$")
_LIST_OF = re.compile(r"(?:会员|人选|入选者|成员)?名单$")
_SCHOLARS = re.compile(r"[\u4e00-\u9fff]{2,4}学者")  # “某江学者”
_SCHOLAR_POST = re.compile(rf"([\u4e00-\u9fff]{{2}}学者)(?={lexicon.SCHOLAR_POST_AFTER})")  # 某江学者|特聘教授
_GENERIC_SCHOLARS = re.compile(r"(?:青年|知名|优秀|杰出|著名|访问|资深|海外|外籍|顶尖|国际|国内|中外|中青年|高层次|"
                               r"女|男|老|年轻|一流|领军|专家|客座|兼职|博士|人文|社科|科技|学术|影响力|高影响力)")
_PEOPLE_CATEGORY = re.compile(r"(?:人才|名师|学者|专家|人选)$")  # 科技创新领军人才, 教学名师: whom a programme names
_NAMED_AFTER = re.compile(rf"(?:——|—|－|：|:)[“\"]?([^{PUNCT}“”\"]{{2,20}}?奖)(?![项金励杯状牌品])")
_AWARD_LEADS = lexicon.alternation(lexicon.AWARD_LEADS)
_HOLDERS_COUNTED = re.compile(r"(?:“?[^“”]{0,40}”(?=等))?(?:同志|先生|女士)?(?:等?[\d一二三四五六七八九十两]+(?:人|名|位|个|家|项))?"
                              r"(?:[\u4e00-\u9fff]{0,4}(?:" + "|".join(sorted(lexicon.PERSON_NOUNS, key=len, reverse=True))
                              + r"|团队|单位|企业|成果|项目))?")
# (授予张三|等5名外国专家|某某奖: the holders' count and kind)
_HOLDERS_WORK = re.compile(r"(?:完成的)?(?:“[^“”]{1,40}”(?:项目|成果)?)?(?:(?:19|20)\d\d年度?)?")  # …完成的“某项目”成果|某奖
_BEFORE_AWARD = re.compile(rf"(?:.*(?:成为|授予|获得|荣获|为|是|向|给))?(?:\d{{4}}年度?)?(?:{_AWARD_LEADS})?")


def quoted_names(found: Finder) -> None:
    """“X计划”, “X奖”: quoted programmes and awards (not what something is called)."""
    for m in _QUOTED.finditer(found.text):
        inner = m.group(1)
        before = found.text[max(0, m.start() - 4):m.start()]
        if re.search(r"(称为|誉为|号称|称作|被称|简称|称号)$", before):
            continue
        tail = re.match(r"(?:培养|引进|人才|支持|资助|科技)*(?:计划|工程|项目)", found.text[m.end():m.end() + 8])
        lead = max((n for n in range(2, 7) if found.text[m.start() - n:m.start()] in lexicon.places()
                    or found.text[m.start() - n:m.start()] == "国家"), default=0)  # 某省“…计划”, 国家“…计划”
        if inner.endswith(("计划", "工程", "人才项目", "行动")):
            found.add(m.start() - lead, m.end(), "Program", Source.QUOTE)
        elif _SCHOLARS.fullmatch(inner) and not _GENERIC_SCHOLARS.match(inner) and not tail:
            found.add(m.start() + 1, m.end() - 1, "Program", Source.QUOTE)  # “某江学者”: a programme's scholars
        elif tail:
            found.add(m.start() - lead, m.end() + tail.end(), "Program", Source.QUOTE)  # 某省“某某英才”计划
        elif inner.endswith("奖") and inner not in lexicon.RANKS and "的" not in inner:
            found.add(m.start() + 1, m.end() - 1, "Award", Source.QUOTE)
            category = re.match(r"[\u4e00-\u9fff]{2,8}?奖", found.text[m.end():m.end() + 9])
            if category and category.group() not in lexicon.RANKS:  # “某某科学技术奖”杰出成就奖
                found.add(m.start() + 1, m.end() + category.end(), "Award", Source.QUOTE)


def scholar_programmes(found: Finder) -> None:
    """某江学者特聘教授, 某山学者讲座教授: a programme's scholars named by the post it gives."""
    for m in _SCHOLAR_POST.finditer(found.text):
        if not _GENERIC_SCHOLARS.match(m.group(1)) and not re.search("[的和与及]", m.group(1)):
            found.add(m.start(1), m.end(1), "Program", Source.QUOTE)


def selected_programmes(found: Finder) -> None:
    """入选(了)(2021年度)X计划/工程/项目/名单 (省“某某人才”): the programme someone was selected for."""
    text = found.text
    part = rf"(?:\d{{4}}年度?|首批|第[一二三四五六七八九十\d]+批)?([^{PUNCT}和及]{{2,40}}?(?:计划|工程|项目|名单|榜单|人才|团队)”?)"
    for m in re.finditer(rf"入选(?:了)?{part}(?:(?:和|及|以及|、){part})*(?=[{PUNCT}]|$)", text):
        for g in (1, 2):
            if m.group(g):
                s, e = m.start(g), m.end(g)
                listed = _LIST_OF.search(text, s, e)
                if listed and listed.start() - s >= 4:
                    e = listed.start()  # 入选某某促进会会员名单: the programme is the 促进会
                of_it = text.rfind("的“", s, e)
                if of_it >= 0:
                    s = of_it + 1  # 入选该项计划的“某某人才”: the quoted name
                core = re.match(r"[^“”]*“[^”]+”", text[s:e])
                if core and core.end() < e - s and _PEOPLE_CATEGORY.search(text, s + core.end(), e):
                    e = s + core.end()  # 国家“万人计划”|科技创新领军人才: the programme, not its category of people
                if text.startswith(("该", "此", "这", "那", "上述"), s):
                    continue  # 入选该项人才支持计划: the programme named before, not a name
                found.add(s, e, "Program", Source.QUOTE)
                if core and core.end() < e - s:
                    found.add(s, s + core.end(), "Program", Source.QUOTE)  # 某省“某某英才”|计划


def awards_won(found: Finder) -> None:
    """荣获/获得(2020年度)X奖(一等奖): the award, without its rank."""
    text = found.text
    for m in re.finditer(rf"(?:荣获|获得|获评|摘得|摘取|斩获|被授予|授予|获颁|获)(?:了)?(?:\d{{4}}年度?)?(?:{_AWARD_LEADS})?", text):
        giving = m.group().startswith("授予")  # 授予|某大学教授张三等3人|某某奖: the holders come first
        tail = re.match(rf"[^{PUNCT}]{{2,{48 if giving else 20}}}?(?:奖章|勋章|奖(?![项金励杯状牌品章]))", text[m.end():])
        if not tail or not giving and re.search(r"[“”\"]", tail.group()):
            continue
        name = tail.group()
        rank = _RANK_END.search(name)
        if rank and name[:rank.start()].endswith("奖"):
            name = name[:rank.start()]  # 某某进步奖|一等奖
        elif rank and (rank.start() <= 3 or re.search(r"(?:组|类|赛道|赛区|届)$", name[:rank.start()])):
            continue  # 企业组一等奖: a rank, not an award
        if giving:
            held = max((c.end for c in found.cands if c.type != "Place" and m.end() <= c.start
                        and c.end < m.end() + len(name) - 2), default=m.end())
            at = _HOLDERS_COUNTED.match(text, held).end()
            at = _HOLDERS_COUNTED.match(text, _HOLDERS_WORK.match(text, at).end()).end()  # …完成的“X”|等3项成果|
            m_end, name = at, name[at - m.end():]
        else:
            m_end = m.end()
        named = _NAMED_AFTER.match(text, m_end + len(name))
        if named:  # 获得了某领域最高奖——某某奖: the award is the name after the dash
            found.add(named.start(1), named.end(1), "Award", Source.SUFFIX)
        elif len(name) >= 3 and name.endswith(("奖", "奖章", "勋章")) and name not in lexicon.RANKS and "的" not in name \
                and not name.startswith("奖"):  # 获|奖企业颁奖: 获奖 is a word
            found.add(m_end, m_end + len(name), "Award", Source.SUFFIX)


def awards_given(found: Finder) -> None:
    """某某杰出成就奖(建议)授予X, 成为某某奖首位获得者: an award named before the verb that gives it or the word for its holder."""
    for m in re.finditer(rf"([^{PUNCT}的“”\"]{{3,20}}奖)(?=”?(?:(?:拟|建议)?(?:被授予|授予)|颁给|颁发给|花落|评选|揭晓|颁奖"
                         rf"|获奖名单|表彰|(?:首位|首个|首批)?(?:获得者|得主|获奖者)))", found.text):
        start = m.start(1) + _BEFORE_AWARD.match(m.group(1)).end()  # 成为(2008年度)|某某奖首位获得者
        name = found.text[start:m.end(1)]
        if len(name) >= 3 and name not in lexicon.RANKS and not _RANK_END.search(name):
            found.add(start, m.end(1), "Award", Source.SUFFIX)
