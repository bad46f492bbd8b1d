"""NER components one at a time on short invented sentences, and the registry that orders them."""
from __future__ import annotations

import pytest

from kg import lexicon, ner, pipeline
from kg.doc import Article, Mention, Source
from kg.ner import tagger
from kg.ner.finder import Finder
from kg.ner.propagate import names_found


def candidates(name: str, text: str, after: tuple[str, ...] = ()) -> set[tuple[str, str, str]]:
    """What component ``name`` adds to a Finder over ``text`` (after the components ``after`` ran)."""
    found = Finder(text, ner.tokenize(text))
    for first in after:
        ner.COMPONENTS[first].find(found)
    before = len(found.cands)
    ner.COMPONENTS[name].find(found)
    return {(m.text, m.type, m.source) for m in found.cands[before:]}


def mentions(text: str, disabled: frozenset[str] = frozenset()) -> set[tuple[int, int, str, str]]:
    return {(m.start, m.end, m.type, m.source) for m in ner.mentions_of(text, ner.tokenize(text), disabled)}


# -- the registry ---------------------------------------------------------------------------

def test_components_are_named_in_order():
    assert list(ner.COMPONENTS) == [
        "tagger", "short-universities", "suffix-names", "numbered-institutes", "ministry-departments", "quoted-names", "selected-programmes",
        "scholar-programmes", "awards-won", "awards-given", "places",
        "ministries", "titles", "lists", "people", "credits", "teams", "table-names", "aliases", "lone-titles", "people-in-lists", "list-members",
        "recipients", "brands-heading-people"]
    settled = [c.settled for c in ner.COMPONENTS.values()]
    assert settled == sorted(settled), "components on settled mentions run after all candidate components"


def test_sources_are_one_vocabulary_with_the_settling_rank():
    made = {s for c in ner.COMPONENTS.values() for s in c.sources}
    assert all(isinstance(s, Source) and s.rank is not None for s in made)
    assert made == {s for s in Source if s.rank is not None}, "every ranked source has a component that makes it"
    assert Mention(0, 2, "Person", "张伟", "model").source is Source.MODEL
    with pytest.raises(ValueError):
        Mention(0, 2, "Person", "张伟", "guess")


def test_an_unknown_component_is_refused():
    article = Article(source="t", source_text="张伟表示。", text="张伟表示。", offsets=list(range(6)))
    with pytest.raises(ValueError, match="no NER component named taggr"):
        ner.find_mentions(article, disabled=frozenset({"taggr"}))


# Each component with a sentence it finds something in, and the components already off there
# (where the tagger would find the same span first).
WITH_EFFECT = [
    ("tagger", "记者从会上获悉，韩梅梅将出席。", frozenset()),
    ("short-universities", "他毕业于南岭农大，现任东科大党委书记。", frozenset({"tagger"})),
    ("suffix-names", "杭州星河智能科技有限公司与江南理工大学共建实验室。", frozenset()),
    ("numbered-institutes", "七〇五所党委书记王中和星河科29所研究员陈林出席。", frozenset()),
    ("ministry-departments", "科技部星河技术司司长韩立出席。", frozenset({"tagger"})),
    ("quoted-names", "他入围“青峰学者计划”，并获“云岭创新奖”。", frozenset()),
    ("selected-programmes", "张伟入选2023年度青峰英才计划。", frozenset()),
    ("scholar-programmes", "张伟获聘云岭学者特聘岗位。", frozenset()),
    ("awards-won", "该成果荣获2022年度星河科学技术进步奖一等奖。", frozenset()),
    ("awards-given", "星河青年科学家奖被授予张伟。", frozenset()),
    ("places", "公司总部位于杭州，在成都设有分部。", frozenset()),
    ("ministries", "科技部和教育部联合发文。", frozenset()),
    ("titles", "江南理工大学教授罗文杰介绍了成果。", frozenset({"tagger"})),
    ("lists", "星云、蓝鲸、飞鱼等科技企业入驻园区。", frozenset()),
    ("people", "江南理工大学教授罗文杰介绍了成果。", frozenset({"tagger"})),
    ("credits", "（江南日报记者 顾明 通讯员林晓）", frozenset()),
    ("teams", "江南理工大学张伟、李明团队研发了新材料。", frozenset()),
    ("table-names", "获奖名单\n姓名 奖项 工作单位\n谢 毅 化学奖 星河大学\n", frozenset()),
    ("aliases", "杭州星河智能科技有限公司（以下简称“星河智能”）今天发布新品。", frozenset()),
    ("lone-titles", "相关负责人表示，项目进展顺利。", frozenset()),
    ("people-in-lists", "参加评审的专家有孔一凡、顾明、褚立、卫东等。", frozenset()),
    ("list-members", "由江南理工大学、蓝鲸资本、飞鱼创投共同发起设立基金。", frozenset({"tagger"})),
    ("recipients", "数理科学奖颁给星河大学雒建平，化学奖颁给江南大学高原安。", frozenset()),
    ("brands-heading-people", "云帆创始人张磊向母校捐赠。", frozenset()),
]


def test_every_component_has_a_sentence():
    assert [name for name, _, _ in WITH_EFFECT] == list(ner.COMPONENTS)


@pytest.mark.parametrize("name,text,off", WITH_EFFECT, ids=[w[0] for w in WITH_EFFECT])
def test_switching_one_component_off_changes_its_mentions_only(name, text, off):
    on, without = mentions(text, off), mentions(text, off | {name})
    assert on != without
    lost, gained = on - without, without - on
    sources = ner.COMPONENTS[name].sources
    # what changes is its own mentions, and other components' candidates for the spans it held
    assert all(m[3] in sources or any(s <= m[0] and m[1] <= e for s, e, _, _ in lost) for m in lost | gained)


def test_the_headline_is_analysed_with_the_text():
    title = "第三届“星火杯”创新创业大赛决赛在杭州举行"
    text = "大赛吸引了三百个团队参赛。"
    article = Article(source="t", source_text=text, text=text, offsets=list(range(len(text) + 1)), title=title)
    ner.find_mentions(article)
    heads = {(m.text, m.type) for m in article.headline_mentions}
    assert ("第三届“星火杯”创新创业大赛", "Competition") in heads and ("杭州", "Place") in heads
    assert all(title[m.start:m.end] == m.text for m in article.headline_mentions)
    assert all(m.end <= len(text) and text[m.start:m.end] == m.text for m in article.mentions if m.source != "ellipsis")
    stand_in = next(m for m in article.mentions if m.source == "ellipsis")  # 大赛 stands for the headline's
    assert (stand_in.text, text[stand_in.start:stand_in.end]) == ("第三届“星火杯”创新创业大赛", "大赛")


# -- the components, one at a time ------------------------------------------------------------

def test_tagger():
    found = candidates("tagger", "星河智能科技公司董事长张伟表示，将加大研发投入。")
    assert {("张伟", "Person", "title-context"), ("星河智能科技公司", "Company", "model"), ("董事长", "Title", "model")} <= found
    assert ("张伟", "Person", "model") in candidates("tagger", "张伟表示，将加大研发投入。")  # no title before it


@pytest.mark.parametrize("text,name", [
    ("（江南日报记者王超）", "王超"),  # without the bracket it took in
    ("云溪实验室主任高文荣获大奖。", "高文"),  # without the start of the word after it
    ("“院士校长”张军不再担任校长职务。", "张军"),
    ("他和张飞飞入职星河公司。", "张飞飞"),  # a doubled given name stays whole
    ("江南省先后与某院副院长张文龙、李恩哥进行了会商。", {"张文龙", "李恩哥"}),  # the rest of the name jieba made
])
def test_tagger_people_end_where_the_name_ends(text, name):
    assert {m for m, t, _ in candidates("tagger", text) if t == "Person"} == (name if isinstance(name, set) else {name})


def test_tagger_titles_give_up_the_body_they_start_with():
    found = candidates("tagger", "张伟同志任科技创新发展局副局长。")
    assert {("科技创新发展局", "GovernmentAgency", "model"), ("副局长", "Title", "model")} <= found
    inside = candidates("tagger", "星河大学应用物理及材料工程研究院助理教授李娜获奖。")
    assert not any(m == "材料工程研究院" for m, _, _ in inside)  # not cut out of a longer name


def test_tagger_latin_names_keep_their_first_words():
    text = "投出了星云科技的K Capital创始人陈小红出席。"
    assert ("K Capital", "Organization") in {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}


def test_tagger_titles_of_a_department_stay_whole_and_a_school_s_short_name_goes():
    from kg.ner.tagger import _trimmed_title

    from kg.ner.tokens import Token

    text = "会上，财务部副总经理张三，东科大党委书记李四"
    tokens = ner.tokenize(text[:13]) + [Token(13, 16, "东科大", "nt"), Token(16, 20, "党委书记", "n"), Token(20, 22, "李四", "nr")]
    found = Finder(text, tokens)  # (jieba's dictionary calls some schools' short names nt)
    assert text[_trimmed_title(found, 3, 10):10] == "财务部副总经理"  # one title
    assert text[_trimmed_title(found, 13, 20):20] == "党委书记"


def test_a_word_jieba_does_not_know_alone_after_a_title_is_a_name():
    found = {m for m, t, _ in candidates("people", "省农科院研究员堵明信、东川大学教授韩立出席，总经理一职空缺。") if t == "Person"}
    assert "堵明信" in found and "一职" not in found  # (堵 is a rare surname)


def test_an_unsure_tagger_person_takes_the_rest_of_the_name(monkeypatch):
    from kg.ner import tagger

    text = "东川大学教授邵长雨成为焦点。"
    at = text.index("邵长")

    class Tagger:  # unsure, and a character short (邵长|雨: jieba split the name)
        def tag_with_marginals(self, t):
            return [(at, at + 2, "Person", 0.4)] if t == text else []

    monkeypatch.setattr(tagger, "_model", lambda: Tagger())
    assert ("邵长雨", "Person", "model") in candidates("tagger", text)


def test_tagger_brands_are_no_people():
    assert not [m for m in candidates("tagger", "据穆恩生物创始人介绍，") if m[1] == "Person"]


@pytest.mark.parametrize("text, name", [
    ("他毕业于南岭农大。", "南岭农大"), ("东科大党委书记李四出席。", "东科大"), ("滇科大教授张三", "滇科大"),  # 滇|科大
    ("展某任赣大校长", "赣大"),  # 任赣|大: the verb jieba glued on
])
def test_short_universities(text, name):
    assert name in {m for m, t, _ in candidates("short-universities", text)}
    assert not [m for m, _, _ in candidates("short-universities", text) if m != name]


def test_two_short_names_side_by_side_stay_two():
    from kg.ner.tokens import Token

    text = "星旦交大教授入选"  # (jieba calls one school's short name nz, the other's j)
    found = Finder(text, [Token(0, 2, "星旦", "nz"), Token(2, 4, "交大", "j"), Token(4, 6, "教授", "n"), Token(6, 8, "入选", "v")])
    ner.COMPONENTS["short-universities"].find(found)
    assert [m.text for m in found.cands] == ["交大"]


@pytest.mark.parametrize("text", ["全国人大代表张三发言。", "我们壮大团队，服务广大学生。", "他是加拿大籍教授。"])
def test_words_ending_in_da_are_no_universities(text):
    assert candidates("short-universities", text) == set()


def test_ministry_departments():
    found = {m for m, t, _ in candidates("ministry-departments", "科技部星河技术司和星河科技有限公司、东川公司签约。")}
    assert found == {"科技部星河技术司"}


def test_suffix_names():
    assert candidates("suffix-names", "杭州星河智能科技有限公司与江南理工大学共建实验室。") == {
        ("杭州星河智能科技有限公司", "Company", "suffix"), ("江南理工大学", "University", "suffix")}


def test_suffix_names_skip_words_that_merely_end_in_a_suffix():
    assert candidates("suffix-names", "公司正在调整产业布局。") == set()


@pytest.mark.parametrize("text, name", [
    ("他现星河科技大学教授。", "星河科技大学"),  # 他现: jieba glues an adverb onto the pronoun
    ("东道主星河高新区热情接待。", "星河高新区"),
    ("第七届中国科协委员出席。", "中国科协"),  # an ordinal opens only a contest's or an award's name
    ("这支星河科创母基金规模10亿元。", "星河科创母基金"),
])
def test_a_name_does_not_grow_over_the_words_before_it(text, name):
    assert name in {text[s:e] for s, e, t, _ in mentions(text) if t != "Place"}


def test_a_count_of_institutes_and_a_kind_of_fund_are_no_names():
    text = "星河大学等12所本市院校获得优秀组织奖,该会设立公益性科技奖励基金。"
    assert not {text[s:e] for s, e, t, _ in mentions(text) if t in ("ResearchInstitute", "Fund")}


def test_names_joined_by_ji_stay_two_clean_names():
    text = "第三届星河创新创业大赛(港澳台赛区)暨首届云帆大学生创新创业大赛日前落幕。"
    assert {text[s:e] for s, e, t, _ in mentions(text) if t == "Competition"} == {
        "第三届星河创新创业大赛(港澳台赛区)", "首届云帆大学生创新创业大赛"}


def test_a_quoted_programme_after_the_words_that_refer_to_it():
    assert candidates("selected-programmes", "王立强入选该项计划的“中青年科技创新领军人才”。") == {
        ("“中青年科技创新领军人才”", "Program", "quote")}


def test_a_science_fund_for_young_scientists_is_a_programme():
    text = "他是国家杰出青年科学基金获得者。"
    assert ("国家杰出青年科学基金", "Program") in {(text[s:e], t) for s, e, t, _ in mentions(text)}


def test_quoted_projects_counted_after_are_not_companies():
    text = "“冲击映像法”等6个项目获毕业组三等奖,星河科技等3个项目落户园区。"
    assert {text[s:e] for s, e, t, _ in mentions(text) if t == "Company"} == {"星河科技"}


def test_a_count_of_funds_is_no_fund():
    assert not {t for s, e, t, _ in mentions("星河区已设立3只子基金和4支母基金。") if t == "Fund"}


def test_quoted_names():
    assert candidates("quoted-names", "他入围“青峰学者计划”，并获“云岭创新奖”。") == {
        ("“青峰学者计划”", "Program", "quote"), ("云岭创新奖", "Award", "quote")}


def test_quoted_names_skip_what_something_is_called():
    assert candidates("quoted-names", "这里被誉为“星河之城”。") == set()


def test_a_selected_programme_ends_before_the_category_of_people_it_names():
    found = {m for m, t, _ in candidates("selected-programmes", "韩振岳入选第四批国家“星河计划”科技创业领军人才。")}
    assert "国家“星河计划”" in found and not any(m.endswith("人才") for m in found)


def test_selected_programmes():
    assert candidates("selected-programmes", "张伟入选2023年度青峰英才计划。") == {("青峰英才计划", "Program", "quote")}
    assert candidates("selected-programmes", "张伟等入选2012年度星河青年创新促进会会员名单。") == {
        ("星河青年创新促进会", "Program", "quote")}  # the programme, not the list of its members


def test_awards_won_without_their_rank():
    assert candidates("awards-won", "该成果荣获2022年度星河科学技术进步奖一等奖。") == {
        ("星河科学技术进步奖", "Award", "suffix")}


def test_medals_are_awards_and_an_award_does_not_start_with_its_winner():
    assert candidates("awards-won", "她获得全国五一劳动奖章。") == {("全国五一劳动奖章", "Award", "suffix")}
    text = "授予东岭大学教授王立静东岭省杰出青年科学技术创新奖。"  # the tagger reads 王立静 as a person
    assert {(text[s:e], t) for s, e, t, _ in mentions(text) if t in ("Award", "Person")} == {
        ("王立静", "Person"), ("东岭省杰出青年科学技术创新奖", "Award")}


def test_awards_given():
    assert candidates("awards-given", "星河青年科学家奖被授予张伟。") == {("星河青年科学家奖", "Award", "suffix")}


def test_places():
    assert candidates("places", "公司总部位于杭州，在成都设有分部。") == {
        ("杭州", "Place", "gazetteer"), ("成都", "Place", "gazetteer")}


def test_ministries():
    assert candidates("ministries", "科技部和教育部联合发文。") == {
        ("科技部", "GovernmentAgency", "gazetteer-org"), ("教育部", "GovernmentAgency", "gazetteer-org")}


def test_titles():
    assert candidates("titles", "江南理工大学教授罗文杰介绍了成果。") == {("教授", "Title", "lexicon")}


def test_lists():
    assert candidates("lists", "星云、蓝鲸、飞鱼等科技企业入驻园区。") == {
        ("星云", "Company", "list"), ("蓝鲸", "Company", "list"), ("飞鱼", "Company", "list")}


def test_people_next_to_a_title():
    assert ("罗文杰", "Person", "title-context") in candidates("people", "江南理工大学教授罗文杰介绍了成果。")


def test_people_with_a_middle_dot():
    assert candidates("people", "伊万·彼得罗夫来到杭州。") == {("伊万·彼得罗夫", "Person", "dot-name")}


@pytest.mark.parametrize("text,people", [
    ("该公司由我校1999届校友顾明于2014年创办。", {"顾明"}),  # without the preposition jieba glued on
    ("我们一批校友和学校一商量，就办起来了。", set()),  # 和 before a word is a conjunction, not a surname
    ("73名院士和71名工程师参加。", set()),
    ("胡明院士和中国星河建设集团有限公司林某院士。", {"胡明"}),
    ("图灵奖得主程立院士于 2005 年创办。", {"程立"}),  # a name is made of characters (院士于 is none)
    ("副处长 韩明 一行到我区调研。", {"韩明"}),  # one space after the title
    ("从半导体巨头星芯微董事长励新到生物医药龙头。", {"励新"}),  # a surname the lists lacked, 到 glued on
    ("王晓明教授曾任东岭理工学院副院长。", {"王晓明"}),  # 曾任 starts with a surname but introduces a post
])
def test_people_after_a_title_or_degree(text, people):
    assert {m for m, t, _ in candidates("people", text) if t == "Person"} == people


@pytest.mark.parametrize("text,people", [
    ("（江南日报记者 顾明 通讯员林晓）", {"顾明", "林晓"}),
    ("作者：李根、程立，经授权转载。", {"李根", "程立"}),
    ("（科技处程丽供稿、蔡万海摄影，周敏核稿）", {"程丽", "蔡万海", "周敏"}),
    ("记者从市招商局了解到，项目已落地。", set()),
])
def test_credits(text, people):
    assert {m for m, t, _ in candidates("credits", text)} == people


def test_teams_after_an_organisation():
    assert candidates("teams", "江南理工大学张伟、李明团队研发了新材料。", after=("suffix-names",)) == {
        ("张伟", "Person", "team"), ("李明", "Person", "team")}


def test_declared_aliases():
    assert candidates("aliases", "杭州星河智能科技有限公司（以下简称“星河智能”）今天发布新品。",
                      after=("suffix-names",)) == {("星河智能", "Company", "alias")}


def test_lone_titles_go():
    assert mentions("相关负责人表示，项目进展顺利。") == set()
    assert (2, 5, "Title", "lexicon") in mentions("相关负责人表示，项目进展顺利。", frozenset({"lone-titles"}))


def test_people_in_lists():
    found = {(m[0], m[1], m[2], m[3]) for m in mentions("参加评审的专家有孔一凡、顾明、褚立、卫东等。")}
    without = mentions("参加评审的专家有孔一凡、顾明、褚立、卫东等。", frozenset({"people-in-lists"}))
    added = found - without
    assert added and all(t == "Person" and s == "list" for _, _, t, s in added)
    assert {t for _, _, t, _ in found} == {"Person", "Title"}


def test_people_joined_by_he_before_a_verb():
    text = "周立田和柯勇被免去东川大学副校长职务，由张东军和辛远接替出任副校长。"
    people = {text[s:e] for s, e, t, _ in mentions(text) if t == "Person"}
    assert {"柯勇", "辛远"} <= people
    assert "柯勇" not in {text[s:e] for s, e, t, _ in mentions(text, frozenset({"people-in-lists"})) if t == "Person"}


def test_a_name_at_a_clause_start_holding_a_word_jieba_made_up():
    assert ("曾益群", "Person", Source.TITLE_CONTEXT) in candidates("people", "其中，曾益群从东川研究所所长调任北岭学院院长。")


def test_tagger_organisations_give_up_an_opening_verb_and_a_person_before_a_title():
    from kg.ner.tagger import _trimmed_org

    text = "广泛吸纳东川大学校友，星河科投韩立军总经理表示。"
    found = Finder(text, ner.tokenize(text))
    assert text[slice(*_trimmed_org(found, 3, 8))] == "东川大学"  # (the tagger's span 纳东川大学)
    assert text[slice(*_trimmed_org(found, 11, 18))] == "星河科投"
    assert [(m.text, m.type) for m in found.cands] == [("韩立军", "Person")]


def test_list_members():
    text = "由江南理工大学、蓝鲸资本、飞鱼创投共同发起设立基金。"  # (the tagger, off here, finds 飞鱼创投 itself)
    assert (13, 17, "Company", "list") in mentions(text, frozenset({"tagger"}))


# -- names do not grow over what stands before them ----------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("经江南省发改委批准，项目落地。", "江南省发改委"),  # a preposition jieba tags as a noun
    ("委托云溪科学城公司管理。", "云溪科学城公司"),  # a verb jieba tags as a noun
    ("全力支持云溪银行发展壮大。", "云溪银行"),
    ("外籍专家萨沃大学吴明教授出席。", "萨沃大学"),  # a noun for people
    ("张伟教授已经“加盟”萨沃理工大学！", "萨沃理工大学"),  # a quoted verb
    ("比如江南理工大学西安明德大学等高校。", "西安明德大学"),  # two names of one kind side by side
    ("林文峰任长安机电学院院长。", "长安机电学院"),  # jieba glued 任 onto the name after a person
    ("学院由原湖东医科大学、南川铁道学院合并组建。", "湖东医科大学"),  # 由原: a preposition and 'former' glued
    ("刘启成向母校东川师范大学捐款。", "东川师范大学"),  # 刘启成向: 向 glued on; 母校 is no part of it
])
def test_a_name_starts_after_the_words_that_open_it(text, name):
    found = {m[0] for m in candidates("suffix-names", text)}
    assert name in found and not any(n.endswith(name) and n != name for n in found)


def test_past_editions_and_a_declared_short_name_open_no_name():
    assert not candidates("suffix-names", "参赛人数达3000人之多，创历届比赛新高。")
    assert not [m for m in candidates("suffix-names", "设立星河天使基金（以下简称子基金）。") if "简称" in m[0]]


def test_a_place_and_the_verbs_after_it_are_no_part_of_a_body():
    found = {m[0] for m in candidates("suffix-names", "东川正认真贯彻省委、省政府决策部署。")}
    assert not [m for m in found if "贯彻" in m]  # (once: 东川正认真贯彻省委)


@pytest.mark.parametrize("text", ["结合云溪战略布局和产业特色。", "大会在新南楼报告厅举行。", "建成“一源六馆”新格局。"])
def test_words_that_merely_end_in_a_suffix_are_no_names(text):
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "GovernmentAgency"]


@pytest.mark.parametrize("text", ["积极支持科创基金和优质科创项目。", "我国私募股权创投基金规模达14万亿元。",
                                  "截至5月，宁波首只天使基金已投资8个项目。"])
def test_kinds_of_fund_are_no_names(text):
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "Fund"]


def test_list_members_start_after_the_words_that_open_the_list_and_are_no_places():
    text = "园区引进了星云、蓝鲸、飞鱼等科技企业。"
    assert {m for m, t, _ in candidates("lists", text)} == {"星云", "蓝鲸", "飞鱼"}
    text = "而他则持续孵化星辰科技、云帆自动化、海川智能等硬科技企业。"  # verbs open it (星辰|创新|科技 would not)
    assert {m for m, t, _ in candidates("lists", text)} == {"星辰科技", "云帆自动化", "海川智能"}
    text = "集团与河北保定、承德、静海县等14个地方政府及机构达成协议。"
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.type != "Place"]


@pytest.mark.parametrize("text", ["母基金已设立3只子基金。", "设立单个天使类子基金，规模不超过1亿元。", "设立国家级产业基金和纾困基金。"])
def test_a_fund_named_only_by_its_kind_is_no_fund(text):
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "Fund"]


def test_a_declared_short_name_and_the_state_s_fund_are_funds():
    text = "东川高新区天使投资引导基金（以下简称“天使母基金”）启动申报，国家天使投资引导基金参与出资。"
    funds = {m.text for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "Fund"}
    assert {"东川高新区天使投资引导基金", "天使母基金", "国家天使投资引导基金"} <= funds


def test_the_universities_of_a_country_or_of_a_kind_are_no_university():
    text = "中国大学和美国的大学、粤港澳台大学、全国重点大学都在其列，东川大学和南岭大学也是。"
    assert {m.text for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "University"} == {"东川大学", "南岭大学"}


def test_funds_as_limited_partnerships_and_fund_companies():
    text = "星河资本旗下的云溪星火股权投资基金合伙企业（有限合伙）及蓝鲸资本设立的基金签约。"
    names = {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    assert {("云溪星火股权投资基金合伙企业（有限合伙）", "Fund"), ("蓝鲸资本", "Company")} <= names
    text = "四川星火股权投资基金公司签订了合作协议。"
    assert ("四川星火股权投资基金公司", "Company") in {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}


def test_a_name_keeps_the_country_it_starts_with():
    text = "材料基金由国家星火产业投资基金、云溪资本共同出资。"
    assert ("国家星火产业投资基金", "Fund") in {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}


def test_brands_before_a_title_and_titles_without_them():
    text = "创始人都是校友：蓝鲸科技创始人张伟、风从科技创始人李明。"
    names = {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    assert {("蓝鲸科技", "Company"), ("风从科技", "Company"), ("创始人", "Title"), ("张伟", "Person")} <= names
    text = "“我们看中的是团队。”澄川投资合伙人杜明说。"
    assert ("澄川投资", "Company") in {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}


def test_a_place_inside_the_word_jieba_made_of_a_name():
    text = "5月13日上午，海淀走读大学校友创新创业联盟第二届会员大会召开。"  # 海淀走读大学 is one jieba word
    names = {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    assert {("海淀走读大学", "University"), ("海淀走读大学校友创新创业联盟", "Organization")} <= names


@pytest.mark.parametrize("text", ["其它奔向独角兽路上的AI创业公司里，", "范浩强创办具身智能公司。", "省、市科技部门要加大引导。",
                                  "在星河院和江南省领导的关心下，", "也彰显了江南民营企业的活力。", "记者从教育部门获悉，",
                                  "江南大学校友掌舵上市公司数量增至313家。"])
def test_kinds_of_company_and_body_are_no_names(text):
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.type in lexicon.ORG_CLASSES
                and not m.text.endswith(("院", "大学"))]


def test_a_preposition_glued_on_is_no_part_of_a_name():
    text = "促成了一大批以迪云膜公司为代表的合作项目。"
    assert "迪云膜公司" in {m.text for m in ner.mentions_of(text, ner.tokenize(text))}


def test_names_with_more_than_one_dot_acronyms_and_award_lists():
    text = "星河学院院长伊万·彼得·罗夫等人出席。"
    assert ("伊万·彼得·罗夫", "Person") in {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    text = "今天，第一位科学家IPO敲钟了。"
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "Person"]
    text = "曾获星河技术发明二等奖、云溪科技进步二等奖等。"
    assert {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text)) if m.type != "Place"} == {
        ("星河技术发明二等奖", "Award"), ("云溪科技进步二等奖", "Award")}


def test_schools_of_universities_and_kinds_before_names():
    text = "1990年出生的星河科技大学计算机科学与工程学院教授顾实。"
    names = {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    assert ("星河科技大学计算机科学与工程学院", "University") in names
    text = "地处中原的两所“双一流”高校星城大学、云溪大学同日迎来院士校长。"
    assert {m.text for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "University"} == {"星城大学", "云溪大学"}
    for text in ("再到进入美国大型公司工作。", "由中组部、人社部等11个部委联合推出。"):
        assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.text.endswith(("公司", "部委"))]


@pytest.mark.parametrize("text,name", [
    ("他曾任江南省人民政府驻上海联络办公室主任。", "江南省人民政府驻上海联络办公室"),  # a body stationed somewhere
    ("9月25日，江南省委组织部发布公示。", "江南省委组织部"),  # a party committee's department
])
def test_government_bodies(text, name):
    assert (name, "GovernmentAgency") in {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}


def test_list_members_after_a_kind_of_company_zones_in_legal_names_and_free_trade_zones():
    text = "撬动央企星河信托、上市公司云溪生物等著名机构约1.6亿元。"
    assert [m.text for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "Company"] == ["星河信托", "云溪生物"]
    text = "全资子公司上海云溪国际科技城发展有限公司作为有限合伙人。"
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "Zone"]
    text = "服务于上海自由贸易区云溪新片区建设。"
    assert ("上海自由贸易区云溪新片区", "Zone") in {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    text = "子基金由星河投资、苏创投和相关国资板块共同出资设立。"
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if "板块" in m.text]


@pytest.mark.parametrize("text,name", [
    ("胡某院士和中国星河建设集团有限公司林某院士。", "中国星河建设集团有限公司"),  # a verb that names build (建设)
    ("其中中国星河科技集团第三十六研究所杨某获奖。", "中国星河科技集团第三十六研究所"),  # a kind word inside a name
    ("云溪大学雷达信号处理重点实验室教授杜兰。", "云溪大学雷达信号处理重点实验室"),  # 重点 before a bare suffix
    ("由工业和信息化部火炬高技术产业开发中心主办。", "工业和信息化部火炬高技术产业开发中心"),  # a ministry's unit
    ("科技部创新基金管理中心、科技日报社指导。", "科技部创新基金管理中心"),  # a fund's management centre
    ("联合中国银行（香港）有限公司发布。", "中国银行（香港）有限公司"),  # 联合 before a whole name opens it
])
def test_names_that_hold_words_which_elsewhere_end_them(text, name):
    assert name in {m.text for m in ner.mentions_of(text, ner.tokenize(text))}


@pytest.mark.parametrize("text", ["副市长李某出席颁奖典礼并为获奖企业颁奖。", "评审团从技术、市场、团队、财务等多维度对参赛企业进行评审。"])
def test_no_names_in_phrases(text):
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.type not in ("Person", "Title", "Place")]


def test_a_person_or_ministry_the_tagger_took_into_a_title():
    text = "10月18日，顾浩副厅长率队赴铜仁市调研。"
    assert {("顾浩", "Person"), ("副厅长", "Title")} <= {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    text = "经济委员会副主任委员尹某，教育部原副部长张某出席。"
    got = {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    assert ("教育部", "GovernmentAgency") in got and {"原副部长", "副部长"} & {t for t, k in got if k == "Title"}
    text = "常务副院长张某主持。"
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.text == "常务"]


def test_alumni_associations():
    text = "据萨沃大学校友总会2月23日消息，"
    assert ("萨沃大学校友总会", "Organization") in {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}


def test_a_list_with_a_brand_in_it_is_a_list_of_companies():
    text = "封装测试环节有星月新、岚中科技等；传感器有云岭电子、禾川电子。精密金属、合金材料领域发展迅速。"
    companies = {m.text for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "Company"}
    assert {"星月新", "岚中科技", "云岭电子", "禾川电子"} <= companies and not {"精密金属", "合金材料"} & companies


def test_a_name_jieba_glued_to_an_appointment():
    text = "国务院的任命决定，黄明任江南大学校长。"
    names = {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    assert {("黄明", "Person"), ("江南大学", "University")} <= names


@pytest.mark.parametrize("text,people", [
    ("如生物成像技术先锋庄晓明、星河公司创始人李某。", {"庄晓明"}),  # after a role
    ("基因编辑技术重要贡献者丛明、物理学家郑某。", {"丛明"}),  # after a noun ending in 者
    ("吉林大学的“杰青”--于海涛教授已经加盟江南大学！", {"于海涛"}),  # the tagger's title began inside the name
])
def test_people_after_roles(text, people):
    assert people <= {m.text for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "Person"}
    assert not [m for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "Person" and m.text in ("星河", "谷歌")]


def test_a_middle_dot_between_two_names():
    text = "双方签订了《云溪市某区人民政府·江南工程大学共建产业技术研究院》协议。"
    names = {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    assert ("江南工程大学", "University") in names
    assert not [n for n, t in names if "·" in n and t in ("University", "Person")]


def test_a_park_two_places_share_and_a_kind_of_firm_before_a_name():
    text = "京津合作在天津滨海—星河科技园结硕果。"
    assert ("天津滨海—星河科技园", "Zone") in {(m.text, m.type) for m in ner.mentions_of(text, ner.tokenize(text))}
    text = "市场化机构则是知名GP云帆资本，皆为国内顶尖。"
    assert "云帆资本" in {m.text for m in ner.mentions_of(text, ner.tokenize(text)) if m.type == "Company"}


# -- what a name cannot hold --------------------------------------------------------------------

@pytest.mark.parametrize("span,kept", [
    ("院机关中，星河发展局", "星河发展局"),  # no name runs over a clause's punctuation
    ("张伟（技术科学部", None),  # nor holds a bracket it does not close
    ("李娜和星河科学院", "星河科学院"),  # a person listed before it is not part of it
    ("中共星河科学院", "星河科学院"),  # the party group of a body is the body
    ("中共星河市委", "中共星河市委"),  # but a party organ keeps its name
    ("衡宽（深圳）投资有限公司", "衡宽（深圳）投资有限公司"),
    ("2020-09-04", None),  # no name without a letter or a character
])
def test_finder_trims_what_a_name_cannot_hold(span, kept):
    text = span + "。"
    found = Finder(text, ner.tokenize(text))
    found.add(0, len(span), "ResearchInstitute", Source.SUFFIX)
    assert [c.text for c in found.cands] == ([kept] if kept else [])


def test_people_in_a_list_with_their_bodies_in_brackets():
    text = "新当选院士：陈建国（数学部，星河大学）、张伟（化学部，云帆大学）。"
    found = Finder(text, ner.tokenize(text))
    at = text.index("张伟")
    found.mentions = [Mention(at, at + 2, "Person", "张伟", Source.MODEL)]
    ner.COMPONENTS["people-in-lists"].find(found)
    assert {m.text for m in found.mentions if m.type == "Person"} == {"陈建国", "张伟"}


def test_the_tail_of_a_funds_name_stands_for_it_in_its_article():
    from kg.ner.stand_ins import name_tails

    text = "星河市芯片装备材料基金签约。装备材料基金首期规模50亿元，另设产业投资基金。"
    a = Article(source="t", source_text=text, text=text, offsets=list(range(len(text) + 1)))
    a.tokens = ner.tokenize(text)
    a.mentions = [Mention(0, 11, "Fund", text[:11], Source.SUFFIX)]
    name_tails(a)
    assert [(m.text, m.type) for m in a.mentions[1:]] == [("装备材料基金", "Fund")]  # not 产业投资基金: a kind of fund
    assert a.aliases == {"装备材料基金": "星河市芯片装备材料基金"}


def test_this_contest_by_another_name_is_the_one_the_article_names():
    from kg.ner.stand_ins import stand_ins

    text = "第三届星火创新创业大赛落幕\n本次交流营暨大赛由星河市科技局主办。"
    a = Article(source="t", source_text=text, text=text, offsets=list(range(len(text) + 1)))
    other = text.index("交流营暨大赛")
    a.mentions = [Mention(0, 11, "Competition", text[:11], Source.SUFFIX),
                  Mention(other, other + 6, "Competition", "交流营暨大赛", Source.SUFFIX)]
    stand_ins(a)
    assert (a.mentions[1].text, a.mentions[1].source) == ("第三届星火创新创业大赛", Source.ANAPHOR)
    text = "第三届星火创新创业大赛落幕\n在本届 “星火杯”全国竞赛报送的作品中"
    a = Article(source="t", source_text=text, text=text, offsets=list(range(len(text) + 1)))
    other = text.index("“星火杯”")
    a.mentions = [Mention(0, 11, "Competition", text[:11], Source.SUFFIX),
                  Mention(other, other + 9, "Competition", text[other:other + 9], Source.SUFFIX)]
    stand_ins(a)
    assert a.mentions[1].text == "第三届星火创新创业大赛"  # 本届 and a space before the name


def test_table_names():
    text = "获奖名单\n姓名 奖项类别 工作单位\n陈建国 物理学奖 星河大学\n谢 毅 化学奖 云帆研究所\n以上名单，排名不分先后。"
    assert candidates("table-names", text) == {("陈建国", "Person", "table"), ("谢 毅", "Person", "table")}


@pytest.mark.parametrize("text,name", [
    ("2013年3月起任星河高速公路发展股份有限公司董事。", "星河高速公路发展股份有限公司"),  # not the date before it
    ("起任三维通信股份有限公司副总经理。", "三维通信股份有限公司"),  # 三维: a word jieba calls a number
    ("至今中体产业集团股份有限公司副董事长。", "中体产业集团股份有限公司"),  # a company's name may start with 中
])
def test_legal_names_run_to_their_start(text, name):
    assert name in {m for m, t, _ in candidates("suffix-names", text)}


def test_venues_are_no_bodies():
    assert not candidates("suffix-names", "比赛在星河会展中心和云帆购物中心举行。")


def test_awards_won_named_after_a_dash():
    found = candidates("awards-won", "张伟还获得了国际模式识别领域最高奖——星河奖，以表彰他。")
    assert {m for m, t, _ in found if t == "Award"} == {"星河奖"}


def test_what_someone_founded_is_a_company():
    found = candidates("lists", "邹某创立了清影医疗，龙某创立了区块链。")
    assert {(m, t) for m, t, _ in found} == {("清影医疗", "Company")}


def test_a_verb_is_no_person():
    text = "张伟教授荣获大奖。"
    found = Finder(text, ner.tokenize(text))
    found.add(4, 6, "Person", Source.TITLE_CONTEXT)
    assert not found.cands


def test_an_edition_of_an_event_with_a_common_noun_for_a_name_is_a_competition():
    text = "2023年，第三届星火创新大赛在杭州举行。"
    found = {(text[s:e], type_) for s, e, type_, _ in mentions(text)}
    assert ("第三届星火创新大赛", "Competition") in found
    text = "银川市第十二届青年创业创新大赛决赛举行。"
    assert ("第十二届青年创业创新大赛", "Competition") not in {(text[s:e], t) for s, e, t, _ in mentions(text)}
    assert not any(t == "Competition" for _, _, t, _ in mentions("第三届创新大赛在杭州举行。"))


def test_people_after_organisations_in_a_list_of_people():
    text = "分别是星河航天研究院研究员王建国、云帆电子集团有限公司李海东、星河航天研究院江一。"
    people = lambda off: {text[m[0]:m[1]] for m in mentions(text, off) if m[2] == "Person"}  # noqa: E731
    assert {"王建国", "李海东", "江一"} <= people(frozenset())
    assert "江一" not in people(frozenset({"people-in-lists"}))


def test_what_a_person_founded_is_a_company_even_named_alone():
    text = "张明远29岁创立星节、王立28岁创立了公司。"
    got = {text[m[0]:m[1]]: m[2] for m in mentions(text)}
    assert got.get("星节") == "Company" and "公司" not in got
    assert "星节" not in {text[m[0]:m[1]] for m in mentions(text, frozenset({"lists"}))}


def test_a_brand_before_a_person_in_a_list():
    text = "如芯驰科技周正宇、澜舟智能毛磊等。"
    got = {text[m[0]:m[1]]: m[2] for m in mentions(text)}
    assert got.get("澜舟智能") == "Company" and got.get("毛磊") == "Person"
    assert "澜舟智能" not in {text[m[0]:m[1]] for m in mentions(text, frozenset({"lists"}))}


def test_people_joined_by_and_where_the_name_ends():
    text = "毛文超和瞿芳28岁创立星书。"
    assert {"毛文超", "瞿芳"} <= {text[m[0]:m[1]] for m in mentions(text) if m[2] == "Person"}
    text = "王教授和学生们出席。"
    assert "学生" not in {text[m[0]:m[1]] for m in mentions(text) if m[2] == "Person"}


def test_awards_closed_by_an_award_suffix():
    text = "国家最高科学技术奖由王立山院士获得。星河基金科学与技术成就奖授予两人，他获得首个云帆人工智能杰出贡献奖。"
    got = {text[m[0]:m[1]] for m in mentions(text) if m[2] == "Award"}
    assert {"国家最高科学技术奖", "星河基金科学与技术成就奖", "云帆人工智能杰出贡献奖"} <= got
    text = "他获得国家自然科学奖和省科学技术奖。"
    assert "国家自然科学奖和省科学技术奖" not in {text[m[0]:m[1]] for m in mentions(text)}


def test_list_members_may_start_with_quanguo():
    text = "由星河团委、云帆科协、全国学联和星河市政府主办。"
    assert "全国学联" in {text[m[0]:m[1]] for m in mentions(text)}


def test_a_universitys_short_forms_are_tagged_where_only_it_has_them():
    from kg.ner.propagate import Names, university_short_forms

    assert "云帆" in university_short_forms("云帆大学")
    assert university_short_forms("星河科技学院") == []
    names = Names()
    names.add([("云帆大学", "University"), ("南星大学", "University"), ("南月大学", "University")])
    names.close()
    assert names.full_of.get("云帆") == "云帆大学" and "南大" not in names.full_of  # 南大: two universities


def test_companies_named_by_their_head_by_a_list_and_by_a_funding_round():
    def names(text, off=frozenset()):
        return {text[m[0]:m[1]]: m[2] for m in mentions(text, off)}

    text = "附近是聆星智能、深星科技与澜帆科技等明星创业公司。"
    got = names(text)
    assert {"聆星智能", "深星科技", "澜帆科技"} <= set(got) and "明星创业公司" not in got
    text = "在这些公司中，云星励飞的联合创始人是田第明。"
    off = frozenset({"tagger"})  # (the tagger finds it too)
    assert names(text, off).get("云星励飞") == "Company" and "云星励飞" not in names(text, off | {"lists"})
    text = "天使轮融资由星光中国领投，红帆资本、真星基金和澎星资本跟投，老股东继续跟投。"
    got = names(text)
    assert {"星光中国", "红帆资本", "澎星资本"} <= set(got) and not any("股东" in n for n in got)


def test_names_leave_out_leading_verbs_a_dateline_and_a_verb_after_a_person():
    def names(text):
        return {text[m[0]:m[1]] for m in mentions(text)}

    assert "星河青年创业培训中心" in names("本次大赛特邀星河青年创业培训中心主任张福明出席。")
    assert "星河新闻网" in names("星河新闻网讯（记者 唐波明）近日，")
    assert "帅博" in names("星河防务技术(上海)有限公司CEO帅博是此次的参赛者之一")


def test_a_fund_set_up_under_a_name_of_common_words():
    def funds(text):
        return {text[m[0]:m[1]] for m in mentions(text) if m[2] == "Fund"}

    assert "科技创新协同发展基金" in funds("星河市政府与云帆银行联合发起科技创新协同发展基金。")
    assert "协同创新投资基金" in funds("双方将建设总规模100亿元的协同创新投资基金。")
    assert not funds("当地将设立产业投资基金和政府引导基金，首只基金已落地。")
    assert not funds("背景科创基金投资了多家企业。")


def test_legal_names_keep_their_place_and_odd_characters():
    def names(text):
        return {text[m[0]:m[1]] for m in mentions(text)}

    assert "营口星泰科技有限责任公司" in names("最终54个项目获奖。营口星泰科技有限责任公司获得一等奖。")
    assert "赣州星科拓又达智能装备科技有限公司" in names("其中，赣州星科拓又达智能装备科技有限公司获得三等奖。")
    got = names("2020星河创新创业大赛颁奖典礼由市科技局、市总工会主办。")
    assert "市科技局" in got and not any("典礼" in n for n in got)


def test_numbered_institutes_and_no_count_of_schools():
    text = "七〇五所党委书记王中出席，三所高校和二十所学校参加。"
    got = {text[m[0]:m[1]] for m in mentions(text) if m[2] == "ResearchInstitute"}
    assert got == {"七〇五所"}
    text = "其中暨2020星河市创新创业大赛共有200个项目。"
    assert "2020星河市创新创业大赛" in {text[m[0]:m[1]] for m in mentions(text)}


def test_jinan_keeps_its_ji():
    text = "暨南大学教授张三出席。"
    assert "暨南大学" in {text[m[0]:m[1]] for m in mentions(text)}


@pytest.mark.parametrize("text, name, type_", [
    ("而省科技厅副厅长陈立群出席。", "省科技厅", "GovernmentAgency"),
    ("他现为东岭锐光激光技术股份有限公司副董事长。", "东岭锐光激光技术股份有限公司", "Company"),
    ("会上，副校长周明、西湖管委会主任刘振东等领导出席。", "刘振东", "Person"),
    ("根据决定,李永苍任中共东岭学院委员会委员。", "中共东岭学院委员会", "GovernmentAgency"),
    ("他曾在项目时于西岭大学物理学院任职。", "西岭大学物理学院", "University"),
    ("这位深圳市青禾手绘科技文化有限公司的CEO表示。", "深圳市青禾手绘科技文化有限公司", "Company"),
    ("34元，产品管理人为东岭银行，投资管理人为西岭证券。", "东岭银行", "Bank"),
    ("江西东岭医为特科技有限公司获得三等奖。", "江西东岭医为特科技有限公司", "Company"),
    ("财政部长盖立纳赞成这些措施。", "财政部长", "Title"),
    ("青湾市公安局万州区分局交巡警支队民警赶到。", "青湾市公安局万州区分局", "GovernmentAgency"),
    ("白俄罗斯国防部对事件展开调查。", "白俄罗斯国防部", "GovernmentAgency"),
    ("三位幸运儿已经现身清远市体彩中心办理兑奖手续。", "清远市体彩中心", "Organization"),
    ("资本充足率刚过8%东岭银行萌发融资冲动", "东岭银行", "Bank"),
    ("国际欧亚科学院院士杨开明出席。", "国际欧亚科学院", "ResearchInstitute"),
    ("省领导实地考察青湾高新区并听取汇报。", "青湾高新区", "Zone"),
    ("我区青湾禾丰实业有限公司年产10万吨项目开工。", "青湾禾丰实业有限公司", "Company"),
    ("教授,仇立为东岭大学副校长。", "东岭大学", "University"),
    ("东岭天文台研究员周立才出席。", "东岭天文台", "ResearchInstitute"),
    ("东岭天文台研究员周立才出席。", "周立才", "Person"),
    ("研究员周琪仅用了两年。", "周琪", "Person"),
    ("青禾科学大奖科学委员会公布名单。青禾科学大奖设立以来首次。", "青禾科学大奖科学委员会", "Organization"),
    ("青禾科学大奖科学委员会公布名单。青禾科学大奖设立以来首次。", "青禾科学大奖", "Award"),
])
def test_words_around_a_name_are_left_out(text, name, type_):
    assert (name, type_) in {(m["text"], m["type"]) for m in pipeline.extract_text("t", text)["mentions"]}


def test_this_match_is_no_competition():
    got = pipeline.extract_text("t", "新教练佐拉本场比赛仍然不会亲自指挥。")["mentions"]
    assert not [m for m in got if m["type"] == "Competition"]


@pytest.mark.parametrize("text, name", [
    ("第四届东岭创新创业大赛甘肃赛区决赛在兰落幕。", "第四届东岭创新创业大赛甘肃赛区"),
    ("第十二届东岭创新创业大赛(浙江赛区)暨第十届浙江省大赛收官。", "第十二届东岭创新创业大赛(浙江赛区)"),
    ("第五届东岭创新创业大赛港澳台赛总决赛在东莞落下帷幕。", "第五届东岭创新创业大赛港澳台赛"),
    ("第三届“东岭创翼”创业创新大赛云南省选拔赛举行。", "第三届“东岭创翼”创业创新大赛云南省选拔赛"),
])
def test_a_contest_keeps_its_track_not_its_stage(text, name):
    assert (name, "Competition") in {(m["text"], m["type"]) for m in pipeline.extract_text("t", text)["mentions"]}


def test_a_word_that_stands_for_a_name_is_not_tagged_across_articles():
    a = Article(source="a", source_text="公司成立于2015年。", text="公司成立于2015年。", offsets=list(range(12)))
    a.mentions = [Mention(0, 2, "Company", "公司", Source.ANAPHOR), Mention(0, 2, "Company", "公司", Source.LIST)]
    assert names_found(a) == []


@pytest.mark.parametrize("text, word", [("近日,我司董事长陈义明博士入选。", "我司"), ("会议由创业联盟理事长刘德明主持。", "联盟")])
def test_the_writers_own_body_or_a_bare_kind_is_no_name(text, word):
    assert word not in {m["text"] for m in pipeline.extract_text("t", text)["mentions"]}


def test_a_verb_and_a_determiner_glued_together_start_no_name():
    got = {m["text"] for m in pipeline.extract_text("t", "他任本公司总经理。")["mentions"]}
    assert "任本公司" not in got


def test_tagger_a_body_ends_before_the_parts_it_owns():
    found = candidates("tagger", "星芯国际若干子公司的董事长王强出席。")
    assert ("星芯国际", "Organization", "model") in found
    assert not any("子公司" in m for m, _, _ in found)


def test_people_in_lists_of_org_person_pairs_even_where_no_one_is_known():
    text = ("其中，星河大学尧明发、邾继贵，云帆工业大学赵长亮，星芯科技大学王硕入选领军人才；"
            "星河半导体照明有限公司牛萍娟、云帆生物技术有限公司宇学峰入选创业人才。")
    people = {text[s:e] for s, e, t, _ in mentions(text) if t == "Person"}
    assert {"赵长亮", "王硕", "牛萍娟", "宇学峰"} <= people
    assert not any(p.endswith("入选") for p in people)


def test_party_and_work_committees_after_a_place_or_zone_are_bodies():
    for text, body in (("星河高新区工委书记王强出席。", "星河高新区工委"), ("云帆新区区委副书记李娜出席。", "云帆新区区委")):
        assert (body, "GovernmentAgency") in {(text[s:e], t) for s, e, t, _ in mentions(text)}


def test_a_department_of_a_body_is_no_brand():
    text = "市教育局副局长王强、团市委组宣部部长李娜出席。"
    assert not any(text[s:e].endswith("部") and t == "Company" for s, e, t, _ in mentions(text))


@pytest.mark.parametrize("text,name", [
    ("云溪学院教授、博导韩晓侦,都是首批入选者。", "韩晓侦"),  # not cut where jieba's word ends (韩晓|侦)
    ("新闻系校友吴培发为返校校友代表。", "吴培发"),  # jieba glued the last character to the verb (吴培|发为)
])
def test_a_sure_name_after_a_title_keeps_the_tagger_span(text, name):
    assert (name, "Person", Source.TITLE_CONTEXT) in candidates("tagger", text)
    assert name in {text[s:e] for s, e, t, _ in mentions(text) if t == "Person"}


def test_a_name_after_a_title_is_no_part_of_the_body_after_it():
    text = "江南省国资委副主任何庆及星河集团董事长出席。"
    found = {(text[s:e], t) for s, e, t, _ in mentions(text)}
    assert {("何庆", "Person"), ("星河集团", "Company")} <= found


def test_a_credit_verb_is_no_part_of_a_name():
    assert ("王立", "Person") in {(m, t) for m, t, _ in candidates("credits", "（本报记者王立摄）")}
    assert ("冯平", "Person") in {(m, t) for m, t, _ in candidates("people", "江南市国资委副主任冯平及星河集团")}


def test_provinces_by_their_one_character_names_and_kinds_of_group_are_no_bodies():
    text = "星河国际集团联合沪苏浙皖多家金融机构、产业方、企业集团发起设立长三角一期基金。"
    found = {text[s:e] for s, e, t, _ in mentions(text) if t in lexicon.ORG_CLASSES}
    assert found == {"星河国际集团"}


def test_a_short_name_the_tagger_calls_a_body_among_people_is_a_person():
    found = Finder("副校长韩立平、解军,党委委员、副校长周文出席。", ner.tokenize("副校长韩立平、解军,党委委员、副校长周文出席。"))
    found.mentions = [Mention(3, 6, "Person", "韩立平", Source.TITLE_CONTEXT), Mention(7, 9, "Organization", "解军", Source.MODEL)]
    ner.COMPONENTS["people-in-lists"].find(found)
    assert [(m.text, m.type) for m in found.mentions] == [("韩立平", "Person"), ("解军", "Person")]


def test_a_title_and_a_verb_the_tagger_took_in_are_no_part_of_a_body():
    text = "副校长周文教授率学校党委组织部副部长韩立平来到外国语学院。"
    found = {(text[s:e], t) for s, e, t, _ in mentions(text)}
    assert ("学校党委组织部", "GovernmentAgency") in found and not any(n.startswith("教授") for n, _ in found)


def test_alumni_associations_are_bodies_and_a_unit_word_opens_a_name():
    text = "东川大学南岭校友分会成立大会召开。会议承办单位南岭校友会致辞。"
    found = {(text[s:e], t) for s, e, t, _ in mentions(text)}
    assert {("东川大学南岭校友分会", "Organization"), ("南岭校友会", "Organization")} <= found


def test_a_glued_towards_is_no_part_of_the_place_after_it():
    assert [t.text for t in ner.tokenize("韩立赴美国")] == ["韩立", "赴", "美国"]


@pytest.mark.parametrize("text,name", [
    ("陆启明出生于1966年3月。", "陆启明"),  # jieba glued 出 of 出生 on
    ("会议决定,任命吴启文为南川市人民政府副市长。", "吴启文"),  # jieba glued 为 on
    ("星河科技创始人黄启煌与陈航均毕业于东川大学。", "陈航"),  # 均 after the last of a list
])
def test_a_name_ends_before_the_word_jieba_glued_on(text, name):
    people = {text[s:e] for s, e, t, _ in mentions(text) if t == "Person"}
    assert name in people and not any(p != name and name in p for p in people)


def test_a_name_jieba_calls_a_place_is_a_person_in_a_list_of_people():
    text = "韩立平、万洋山、周文等人出席。"
    assert {"韩立平", "万洋山", "周文"} <= {text[s:e] for s, e, t, _ in mentions(text) if t == "Person"}


def test_scholars_programmes_and_grants_to_people_are_programmes():
    for text, name in (("李明受聘为“云岭学者”。", "云岭学者"), ("李明是教育部云岭学者特聘教授。", "云岭学者"),
                       ("李明是国家优秀青年科学基金获得者。", "国家优秀青年科学基金")):
        assert (name, "Program") in {(text[s:e], t) for s, e, t, _ in mentions(text)}
    assert not [t for s, e, t, _ in mentions("李明是“青年学者”，也是一位访问学者特聘教授。") if t == "Program"]


def test_a_body_ends_before_the_tense_of_a_title_and_a_person_s_role_is_no_body():
    text = "一张星河制药前董事长韩立平的照片流出。"
    assert tagger._trimmed_org(Finder(text, ner.tokenize(text)), 2, 7) == (2, 6)  # the tagger's 星河制药前
    text = "中国高温超导研究奠基人、星河科学院院士韩立平获奖。"
    assert not any(text[s:e].endswith("奠基人") for s, e, t, _ in mentions(text) if t in lexicon.ORG_CLASSES)


def test_a_university_s_short_name_where_it_is_given_to_or_celebrated():
    text = "又有一批捐赠汇聚到厦大。今年校庆前夕,韩立平为母校捐资。"
    assert ("厦大", "University") in {(text[s:e], t) for s, e, t, _ in mentions(text)}


def test_a_verb_of_teaching_and_its_preposition_are_no_part_of_a_school():
    text = "韩立平曾任教于新加坡南洋理工大学。"
    assert "南洋理工大学" in {text[s:e] for s, e, t, _ in mentions(text) if t == "University"}


def test_a_numbered_middle_school_is_a_school():
    from kg.ner.words import classify_org
    assert classify_org("南岭一中") == "University" and classify_org("东川大学附中") == "University"
    assert classify_org("华中") == "Organization"


def test_a_name_starts_after_a_verb_or_a_place_said_twice():
    for text, name in (("高校科技成果转化东川交通大学样本", "东川交通大学"), ("人物韩立平 地点北京北京航空航天大学", "北京航空航天大学")):
        assert name in {text[s:e] for s, e, t, _ in mentions(text) if t == "University"}
    assert "星河科技成果转化中心" in {t[s:e] for t in ["星河科技成果转化中心成立。"] for s, e, _, _ in mentions(t)}


def test_a_conjunction_or_a_pronoun_is_no_part_of_a_person():
    people = lambda t: {t[s:e] for s, e, ty, _ in mentions(t) if ty == "Person"}  # noqa: E731
    assert not people("这是首个由高校和教授共同入股的企业。")
    assert people("身为星河公司首席科学家,吴启明和他的团队建成了实验室。") == {"吴启明"}


def test_a_quoted_scholars_programme_keeps_the_word_after_it():
    text = "周文是“星河学者”计划特聘专家。"
    assert ("“星河学者”计划", "Program") in {(text[s:e], t) for s, e, t, _ in mentions(text)}


def test_a_list_of_bodies_ending_in_a_zone_is_no_list_of_fields():
    text = "大赛由南川市科学技术厅、共青团南川市委员会、星河高新技术产业开发区管委会联合主办。"
    assert "共青团南川市委员会" in {text[s:e] for s, e, t, _ in mentions(text) if t in lexicon.ORG_CLASSES}


@pytest.mark.parametrize("text, words", [
    ("，罗世荣任星河大学校长", ["罗世荣", "任"]),  # jieba: 罗世|荣任
    ("经过石立民、罗文中等多名校友", ["罗文中", "等"]),  # jieba: 罗文|中等
    ("郝立平1985年于北大毕业", ["年", "于"]),  # jieba: 年于
])
def test_tokens_give_a_name_back_the_character_jieba_glued_to_the_word_after_it(text, words):
    texts = [t.text for t in ner.tokenize(text)]
    assert any(texts[k:k + len(words)] == words for k in range(len(texts)))
    assert [t.text for t in ner.tokenize("张明曾任星河大学校长")][:2] == ["张明", "曾任"]  # 曾任 is a word of its own


def test_a_team_s_person_leaves_the_title_and_a_dated_contest_of_common_words_is_a_name():
    text = "东川大学韩立平院士团队主持完成的项目获奖。"
    assert ("韩立平", "Person", Source.TEAM) in candidates("teams", text, ("suffix-names",))
    text = "省妇联举办2023年海峡两岸女大学生创新创业大赛。"
    assert ("2023年海峡两岸女大学生创新创业大赛", "Competition", Source.SUFFIX) in candidates("suffix-names", text)
    assert not candidates("suffix-names", "省妇联举办海峡两岸女大学生创新创业大赛。")


@pytest.mark.parametrize("text, name", [
    ("省国有资本运营有限公司党委书记、董事长吴启明出席。", "省国有资本运营有限公司"),  # a kind word, then common words
    ("航天高新创业投资管理有限公司董事长李军讲话。", "航天高新创业投资管理有限公司"),  # 高新 is an adverb to jieba
])
def test_a_legal_name_of_common_words_grows_over_the_kind_word_before_them(text, name):
    assert name in {text[s:e] for s, e, t, _ in mentions(text) if t == "Company"}


def test_a_title_s_modifier_a_prize_s_preposition_and_a_word_for_people_are_no_part_of_a_name():
    text = "今年的杰出奖由国立东川大学大气科学系林依依特聘教授获得。"
    names = {text[s:e] for s, e, t, _ in mentions(text)}
    assert "林依依" in names and "国立东川大学大气科学系" in names
    text = "创始人余小丹和投资人东川万维董事长周亚辉的争论引爆投资圈。"
    found = Finder(text, ner.tokenize(text))
    start = text.index("人东川")  # the tagger's organisation starting inside 投资人
    assert tagger._trimmed_org(found, start, start + 5) == (start + 1, start + 5)


@pytest.mark.parametrize("text, name", [
    ("合作单位包括中铁二十二局集团有限公司。", "中铁二十二局集团有限公司"),  # a numbered unit, not a count
    ("奖项建议授予兰州和盛堂制药股份有限公司。", "兰州和盛堂制药股份有限公司"),  # 和 inside a legal name after its place
])
def test_a_legal_name_holds_a_numbered_unit_and_a_he_after_its_place(text, name):
    assert name in {text[s:e] for s, e, t, _ in mentions(text) if t == "Company"}
    two = "北京和东川科技有限公司签约。"
    assert "东川科技有限公司" in {two[s:e] for s, e, t, _ in mentions(two)}  # (a place and a name after 和: two)


@pytest.mark.parametrize("text, person", [
    ("林依依特聘教授:用跨领域思维解密气候现象", "林依依"),  # the tagger took the start of the title in
])
def test_a_person_ends_before_the_title_the_tagger_took_the_start_of(text, person):
    people = {text[s:e] for s, e, t, _ in mentions(text) if t == "Person"}
    assert person in people and not any(p.startswith(person) and p != person for p in people)


def test_a_surname_and_a_title_is_no_name():
    for text in ("李书记表示将全力支持。", "张教授介绍了成果。"):
        assert not [1 for s, e, t, _ in mentions(text) if t == "Person"], text


@pytest.mark.parametrize("text, name", [
    ("“东川银行杯”东川省第七届大学生创新创业大赛决赛举行。", "“东川银行杯”东川省第七届大学生创新创业大赛"),
    ("青海首届创新创业大赛落幕。", "青海首届创新创业大赛"),  # a place's first edition
    ("“海归”与大学生成生力军东川省第一届“星河杯”创业大赛举行", "东川省第一届“星河杯”创业大赛"),  # the place at most
    ("2019第六届粤港澳台大学生创新创业大赛开幕", "2019第六届粤港澳台大学生创新创业大赛"),  # or the year
])
def test_a_contest_s_name_holds_its_edition_after_its_place_and_its_cup_before(text, name):
    found = {text[s:e]: t for s, e, t, _ in mentions(text)}
    assert found.get(name) == "Competition" and "University" not in found.values()


def test_a_programme_a_determiner_opens_is_no_name():
    assert not candidates("selected-programmes", "自2004年实施该计划以来,李四先后入选该项人才支持计划。")
    assert candidates("selected-programmes", "李四入选星河青年英才支持计划。")


def test_the_tagger_s_body_starts_where_the_noun_jieba_made_starts():
    text = "经济局副局长李思远、云帆协进会常务副理事长王五等主持开幕礼。"
    names = {text[s:e]: ty for s, e, ty, _ in mentions(text)}
    assert names.get("经济局") == "GovernmentAgency" and "济局" not in names


@pytest.mark.parametrize("text, name, whole", [
    ("热烈祝贺嘉兴星河大学董事会成立。", "嘉兴星河大学", "热烈祝贺嘉兴星河大学"),
    ("校友们积极利用嘉兴校友会平台。", "嘉兴校友会", "校友们积极利用嘉兴校友会"),
    ("实现规模化工程应用嘉兴市云帆设计研究院参与。", "嘉兴市云帆设计研究院", "规模化工程应用嘉兴市云帆设计研究院"),
    ("，中建材嘉兴云帆设计研究院院长张三当选。", "中建材嘉兴云帆设计研究院", None),  # nouns before the place: a name's
])
def test_a_name_holding_a_place_starts_at_it_after_words_of_the_sentence(text, name, whole):
    names = {text[s:e] for s, e, _, _ in mentions(text)}
    assert name in names and whole not in names


@pytest.mark.parametrize("text, award", [
    ("授予东川大学教授李明远等3人星河科学技术奖。", "星河科学技术奖"),  # the holders come first
    ("授予美国化学家理查德-杰尔等5名外国专家星河国际科学技术合作奖。", "星河国际科学技术合作奖"),
    ("授予星河热泵技术有限公司完成的“高性能冷凝器”等3项成果东川市技术发明奖一等奖。", "东川市技术发明奖"),  # and their works
    ("授予施雄梁同志星河科技成就奖。", "星河科技成就奖"),
])
def test_an_award_given_to_holders_starts_after_them_and_their_works(text, award):
    awards = {text[s:e] for s, e, t, _ in mentions(text) if t == "Award"}
    assert awards == {award}


def test_a_university_s_branch_inside_a_department_and_a_person_before_dao():
    found = candidates("suffix-names", "他获星河大学东川分校机械系博士学位。")
    assert ("星河大学东川分校", "University", "suffix") in found
    assert [t.text for t in ner.tokenize("张三到美国加州大学伯克利分校留学。")][:2] == ["张三", "到"]


def test_a_reporter_in_a_dateline_s_brackets_is_a_person_and_no_part_of_a_zone():
    text = "东川讯(王志鹏)信阳市产业集聚区电子产业园建设启动以来,园区发展迅速。"
    found = {(text[s:e], t) for s, e, t, _ in mentions(text)}
    assert ("王志鹏", "Person") in found and ("信阳市产业集聚区电子产业园", "Zone") in found


def test_a_figure_is_no_part_of_a_transliterated_name():
    text = "企业及医院18人,占26.9%比尔·盖茨等18人当选外籍院士。"
    assert ("比尔·盖茨", "Person") in {(text[s:e], t) for s, e, t, _ in mentions(text)}


def test_bodies_named_together_are_no_body_and_a_verb_of_joining_a_fund_is_no_part_of_it():
    text = "两院院士李京文、郑静晨出席。"
    assert not {t for _, _, t, _ in mentions(text)} & {"Organization", "Company", "ResearchInstitute"}
    text = "公司拟参设武汉星河前沿科技基金。"
    assert {text[s:e] for s, e, t, _ in mentions(text) if t == "Fund"} == {"武汉星河前沿科技基金"}
