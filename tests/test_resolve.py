"""Entity resolution on its own: hand-made articles and mentions, no NER, no pipeline.

Mentions are written inline: ``[星河市科技局|G]`` is a GovernmentAgency mention of 星河市科技局.
The gazetteer is replaced by a few invented places, so that the rules are tested, not the data.
"""
import re

import pytest

from kg import lexicon, resolve
from kg.doc import Article, Mention

TYPES = {"G": "GovernmentAgency", "U": "University", "C": "Company", "B": "Bank", "Z": "Zone", "F": "Fund",
         "K": "Competition", "A": "Award", "P": "Place", "O": "Organization", "R": "ResearchInstitute",
         "H": "Person"}
PLACES = {"云岭省": "云岭省", "云岭": "云岭省", "星河市": "星河市", "星河": "星河市", "月湖市": "月湖市",
          "月湖": "月湖市", "青石区": "青石区", "青石": "青石区"}
PARENTS = {"星河市": ("云岭省",), "月湖市": ("云岭省",), "青石区": ("星河市", "云岭省")}


@pytest.fixture(autouse=True)
def invented_places(monkeypatch):
    monkeypatch.setattr(lexicon, "places", lambda: PLACES)
    monkeypatch.setattr(resolve, "_parents", lambda: PARENTS)


def article(marked: str, aliases: dict | None = None) -> Article:
    """An article from text with inline mentions: ``[name|type letter]``."""
    text, mentions, at = "", [], 0
    for m in re.finditer(r"\[([^|\]]+)\|(\w)\]", marked):
        text += marked[at:m.start()]
        mentions.append(Mention(len(text), len(text) + len(m.group(1)), TYPES[m.group(2)], m.group(1), "suffix"))
        text += m.group(1)
        at = m.end()
    text += marked[at:]
    a = Article(source="t.txt", source_text=text, text=text, offsets=list(range(len(text) + 1)))
    a.mentions = mentions
    a.aliases = aliases or {}
    return a


def build(*marked: str) -> list[Article]:
    articles = [article(m) if isinstance(m, str) else m for m in marked]
    resolve.resolve(articles)
    for a in articles:
        for e in a.entities:  # whatever the case, a node shows a name the text used
            assert e.label in {m.text for b in articles for m in b.mentions if m.entity == e.key}, e
    return articles


def entity(a: Article, text: str):
    """The entity of the first mention of ``text`` in article ``a``."""
    m = next(m for m in a.mentions if m.text == text)
    return next(e for e in a.entities if e.key == m.entity)


# 1. Bare names of bodies resolve inside their article.

def test_bare_name_of_a_body_is_not_a_full_name():
    assert all(resolve.is_bare(n, "org") for n in ("市科技局", "区政府", "省政府国资委", "高新区管委会", "管委会",
                                                     "县科技局", "自治区科技厅"))
    assert not any(resolve.is_bare(n, "org") for n in ("星河市科技局", "青石区科技局", "科技部", "市场监管局",
                                                         "星河大学"))
    assert resolve.is_bare("高新区", "zone") and not resolve.is_bare("星河高新区", "zone")


def test_bare_name_takes_the_fuller_name_its_article_gives():
    a, = build("[星河市科技局|G]副局长张伟表示，[市科技局|G]将加大支持。[区科技局|G]与[青石区科技局|G]陪同。")
    assert entity(a, "市科技局") is entity(a, "星河市科技局")
    assert entity(a, "区科技局") is entity(a, "青石区科技局")
    assert entity(a, "市科技局").label == "星河市科技局"


def test_a_stray_word_before_a_bare_name_is_no_fuller_name():
    a, = build("他来自[来自市科技局|G]。[市科技局|G]表示支持。")
    assert entity(a, "市科技局") is not entity(a, "来自市科技局")


def test_bare_names_of_two_cities_stay_two_nodes_and_never_join_a_third_citys():
    one, two, three = build("[星河|P]召开大会，[市科技局|G]介绍情况。", "[月湖市|P]召开大会，[市科技局|G]介绍情况。",
                            "[月湖市科技局|G]与[云岭省科技厅|G]签约。")
    bureaus = {entity(one, "市科技局").key, entity(two, "市科技局").key, entity(three, "月湖市科技局").key}
    assert len(bureaus) == 2  # 月湖市's bare bureau is 月湖市科技局; 星河市's is its own
    assert entity(one, "市科技局").key == "org/星河市科技局" and entity(one, "市科技局").label == "市科技局"
    assert entity(two, "市科技局") is entity(three, "月湖市科技局")


def test_bare_name_with_no_place_in_its_article_is_local_to_it():
    one, two = build("[市科技局|G]召开会议。", "[市科技局|G]发布通知。")
    first, second = entity(one, "市科技局"), entity(two, "市科技局")
    assert first.key != second.key and first.label == second.label == "市科技局"
    assert one.id in first.key and two.id in second.key


def test_the_headline_names_the_city_of_a_bare_name():
    a = article("[市科技局|G]召开会议。")
    a.title = "星河市推进科技服务"
    a.headline_mentions = [Mention(0, 3, "Place", "星河市", "gazetteer")]
    a, = build(a)
    assert entity(a, "市科技局").key == "org/星河市科技局"


def test_a_province_bureau_is_the_province_of_the_city_the_article_names():
    one, two = build("[星河市|P]企业获奖，[省科技厅|G]颁奖。", "[月湖|P]企业获奖，[省科技厅|G]颁奖。")
    assert entity(one, "省科技厅") is entity(two, "省科技厅")  # both cities lie in 云岭省
    assert entity(one, "省科技厅").key == "org/云岭省科技厅"


def test_zone_bodies_belong_to_the_zone_the_article_names():
    one, two = build("[星河高新区|Z]发布政策，[高新区管委会|G]表示支持。",
                     "[星河高新区管委会|G]主任张伟表示，[星河高新区|Z]将加快建设。")
    assert entity(one, "高新区管委会") is entity(two, "星河高新区管委会")
    a, = build("[星河高新区|Z]发布政策，[高新区|Z]企业受益。")
    assert entity(a, "高新区") is entity(a, "星河高新区")


# 2. A complete name that starts a longer one names something else.

def test_a_complete_name_is_not_the_part_it_starts():
    a, = build("[星河大学|U]与[星河大学医学院|U]合作，[星河银行|B]与[星河银行星河分行|B]签约。")
    assert entity(a, "星河大学") is not entity(a, "星河大学医学院")
    assert entity(a, "星河银行") is not entity(a, "星河银行星河分行")
    assert entity(a, "星河大学").label == "星河大学"


def test_names_that_share_a_start_are_different_schools():
    one, two, three = build("[星河大学|U]教授张伟表示。", "[星河交通大学|U]教授李娜表示。",
                            "[星河科技|C]与[星河科技学院|U]签约。")
    assert entity(one, "星河大学").key != entity(two, "星河交通大学").key
    assert entity(three, "星河科技") is not entity(three, "星河科技学院")
    one, two = build("[星河电子科技大学|U]学生获奖。", "[电子科技大学|U]学生获奖。")
    assert entity(one, "星河电子科技大学").key != entity(two, "电子科技大学").key  # a place is part of a school's name


def test_short_forms_that_abbreviate_keep_merging():
    one, two, three = build("[锦绣科技|C]发布新品。", "[锦绣科技有限公司|C]董事长张伟表示。", "[锦绣|C]的新品。")
    assert entity(one, "锦绣科技") is entity(two, "锦绣科技有限公司") is entity(three, "锦绣")
    one, two = build("[锦程集团|C]发布年报。", "[锦程集团有限公司|C]董事长李娜表示。")
    assert entity(one, "锦程集团") is entity(two, "锦程集团有限公司")
    declared = article("[云岭星河储能科技有限公司|C]成立。[星河储能|C]表示。",
                       aliases={"星河储能": "云岭星河储能科技有限公司"})
    a, = build(declared)
    assert entity(a, "星河储能") is entity(a, "云岭星河储能科技有限公司")
    a, = build("[云岭锦绣发展银行|B]与企业签约。[锦发银行|B]副行长李娜表示。")
    assert entity(a, "锦发银行") is entity(a, "云岭锦绣发展银行")


def test_an_abbreviation_drops_only_a_place_or_a_parent_before_it():
    a, = build("他[委托星河科技有限公司|C]办理。[星河科技有限公司|C]表示。")
    assert entity(a, "星河科技有限公司") is not entity(a, "委托星河科技有限公司")
    assert entity(a, "星河科技有限公司").label == "星河科技有限公司"
    a, = build("[投资机构锦绣资本有限公司|C]领投。[锦绣资本|C]合伙人张伟表示。")
    assert entity(a, "锦绣资本") is not entity(a, "投资机构锦绣资本有限公司")
    a, = build("[星河锦绣发展银行|B]成立。[锦发银行|B]表示。")
    assert entity(a, "锦发银行") is entity(a, "星河锦绣发展银行")  # a place dropped
    a, = build("[锦绣研究院|R]下属[锦绣研究院青禾研究所|R]，简称[青禾研究所|R]。")
    assert entity(a, "青禾研究所") is entity(a, "锦绣研究院青禾研究所")  # the parent dropped
    assert entity(a, "锦绣研究院") is not entity(a, "锦绣研究院青禾研究所")


# 3. Editions of a recurring event are different events.

def test_edition_is_kept_in_a_competitions_key():
    assert resolve.edition("2021年第五届星河大赛") == ("星河大赛", (("届", 5), ("年", 2021)))
    assert resolve.name_key("competition", "第5届星河大赛") == resolve.name_key("competition", "第五届“星河”大赛")
    assert resolve.name_key("competition", "首届星河大赛") == resolve.name_key("competition", "第一届星河大赛")
    assert resolve.edition("星河成长二期基金") == ("星河成长基金", (("期", 2),))


def test_editions_stay_separate_nodes():
    one, two, three, four = build("[第三届星河创新创业大赛|K]开幕。", "[第六届星河创新创业大赛|K]开幕。",
                                  "[2021星河大赛|K]开幕。", "[2023年星河大赛|K]开幕。")
    keys = {entity(one, "第三届星河创新创业大赛").key, entity(two, "第六届星河创新创业大赛").key,
            entity(three, "2021星河大赛").key, entity(four, "2023年星河大赛").key}
    assert len(keys) == 4


def test_one_edition_named_in_several_ways_is_one_node():
    one, two = build("[2021年第五届星河大赛|K]开幕。[第五届星河大赛|K]由[星河市|P]主办，[星河大赛|K]已办五届。",
                     "[第五届星河大赛|K]颁奖。")
    e = entity(one, "星河大赛")
    assert e is entity(one, "第五届星河大赛") is entity(one, "2021年第五届星河大赛") is entity(two, "第五届星河大赛")
    assert e.label == "2021年第五届星河大赛"


def test_series_name_beside_two_editions_is_the_series():
    a, b = build("[第四届星河大赛|K]与[第五届星河大赛|K]相比，[星河大赛|K]规模扩大。", "[星河大赛|K]报名启动。")
    series = entity(a, "星河大赛")
    assert series is not entity(a, "第四届星河大赛") and series is not entity(a, "第五届星河大赛")
    assert series is entity(b, "星河大赛")  # a series named alone stays one node across articles


def test_a_funds_phases_are_different_funds():
    a, = build("[星河成长基金|F]之后，[星河成长二期基金|F]成立，[星河电子产业投资并购二期基金|F]也落地。"
               "[星河电子产业投资基金|F]已投十家。")
    assert entity(a, "星河成长基金") is not entity(a, "星河成长二期基金")
    assert entity(a, "星河电子产业投资基金") is not entity(a, "星河电子产业投资并购二期基金")


def test_an_award_is_one_node_across_its_years():
    one, two = build("张伟荣获[第十二届星河奖|A]。", "李娜荣获[第十三届“星河奖”|A]。")
    assert entity(one, "第十二届星河奖") is entity(two, "第十三届“星河奖”")


# 4. Labels.

def test_a_place_shows_the_name_the_text_used():
    a, = build("张伟回到[星河|P]创业。")
    e = entity(a, "星河")
    assert e.label == "星河" and e.key == "place/星河市" and "星河市" in e.aliases


def test_the_tail_of_a_funds_name_is_the_fund_in_its_article():
    fund = article("[云岭芯片装备材料基金|F]签约。[装备材料基金|F]首期规模50亿元。",
                   aliases={"装备材料基金": "云岭芯片装备材料基金"})
    a, = build(fund)
    assert entity(a, "装备材料基金") is entity(a, "云岭芯片装备材料基金")
    assert entity(a, "装备材料基金").label == "云岭芯片装备材料基金"


def test_a_university_is_no_abbreviation_of_one_with_more_words():
    a, = build("[云岭大学|U]与[云岭工业大学|U]签约。[云岭大学|U]校长张伟表示。")
    assert entity(a, "云岭大学") is not entity(a, "云岭工业大学")


def test_a_university_s_schools_are_told_apart_by_the_words_inside():
    a, = build("[云岭大学医学院|U]与[云岭大学生物医学工程学院|U]签约。[云岭大学医学院|U]院长张伟表示。")
    assert entity(a, "云岭大学医学院") is not entity(a, "云岭大学生物医学工程学院")


def test_awards_are_told_apart_by_the_words_inside_and_join_without_their_giver():
    one, two = build("[云帆创新重大贡献奖|A]获奖人员2名，[云帆创新贡献奖|A]获奖人员8名。",
                     "[星河基金科学与技术成就奖|A]授予两人，[科学与技术成就奖|A]是最高奖项。")
    assert entity(one, "云帆创新重大贡献奖").key != entity(one, "云帆创新贡献奖").key
    assert entity(two, "星河基金科学与技术成就奖").key == entity(two, "科学与技术成就奖").key


def test_a_contest_called_only_dazai_is_its_own_articles_contest():
    one, two = build("[星河市创新大赛|K]（以下简称“[大赛|K]”）由[星河市科技局|G]主办。",
                     "[第五届云帆创业大赛|K]总决赛举行，本次[大赛|K]共有500个项目。")
    assert entity(one, "大赛").key == entity(one, "星河市创新大赛").key
    assert entity(two, "大赛").key == entity(two, "第五届云帆创业大赛").key


def test_an_award_without_its_giver_joins_it_only_in_its_own_article():
    a, b = build("[张立|H]荣获[东岭基金生命科学奖|A]。[生命科学奖|A]每年评选一次。", "[王强|H]获得[生命科学奖|A]。")
    assert entity(a, "生命科学奖") is entity(a, "东岭基金生命科学奖")
    assert entity(b, "生命科学奖") is not entity(a, "东岭基金生命科学奖")


def test_a_university_s_parts_by_their_short_names():
    from kg import resolve
    assert resolve.abbreviation_of("星河大学深研院", "星河大学深圳研究生院")
    assert resolve.abbreviation_of("星河大学附院", "星河大学附属医院")
    assert not resolve.abbreviation_of("星河大学医学院", "星河大学生物医学工程学院")


def test_an_event_named_twice_with_ji_is_one_node():
    a, = build("[第五届星河创新创业大赛(南川赛区)|K]暨[2016南川市科技创新创业大赛|K]开幕。")
    assert entity(a, "第五届星河创新创业大赛(南川赛区)") is entity(a, "2016南川市科技创新创业大赛")


def test_an_award_named_with_its_rank_is_the_award_its_article_names_without_it():
    a, b = build("[星河科技进步奖|A]揭晓。[云帆公司|C]完成的项目荣获[星河科技进步二等奖|A]。",
                 "[月湖科技进步一等奖|A]授予[青石公司|C]。")
    assert entity(a, "星河科技进步二等奖") is entity(a, "星河科技进步奖")
    assert entity(a, "星河科技进步奖").label == "星河科技进步奖"
    assert entity(b, "月湖科技进步一等奖").label == "月湖科技进步一等奖"  # (no unranked name: it stays as written)
