"""What a name looks like as a string: class suffixes, generic heads, list items, personal names."""
from __future__ import annotations

import re

from kg import lexicon

INNER_PUNCT = set("·•・()（）“”\"-")
PUNCT = "，。；：、！？,.;:!?\\s"
GENERIC_ITEM = re.compile(r"(企业|公司|单位|机构|荣誉|项目|平台|行业|领域|产品|技术|人才|高校|院所)$")
SUFFIX_CLASS = dict(lexicon.NAME_SUFFIXES)
SUFFIX_RE = re.compile("|".join(sorted(map(re.escape, SUFFIX_CLASS), key=len, reverse=True)))
SUFFIX_END = re.compile("(?:" + SUFFIX_RE.pattern + ")$")
TITLE_RE = re.compile(lexicon.TITLE_ALT)
TITLE_SET = set(lexicon.TITLE_HEADS)
LOOKALIKE_END = re.compile("(?:" + "|".join(sorted(lexicon.SUFFIX_LOOKALIKES, key=len, reverse=True)) + ")$")
STOP_WORDS = lexicon.BOUNDARY_WORDS | lexicon.NAME_OPENERS | set(lexicon.HOLDER_NOUNS)  # a name does not grow left over these
# Verbs and verbal nouns names are built from (某某成长基金, 某某创新科技): no opening verb in them.
NAME_VERBS = {"成长", "发展", "创新", "创业", "引导", "投资", "联动", "仿生", "计算", "制造", "服务", "管理",
              "应用", "转化", "孵化", "加速", "智能", "创投", "建设", "开发", "附属", "验证", "运营", "咨询", "联合", "感知"}
_FUND_COUNT = re.compile(r"^(?:(?:\d+|[一二三四五六七八九十两nN几多]+)(?:只|支|个)|只|单个|每只|首只|各类|各)")
_FUND_KINDS = re.compile(lexicon.alternation(lexicon.FUND_KIND_WORDS + ("类", "型", "人才", "项目", "纾困", "盲池", "全链", "激励", "科创", "产投")))


def fund_kind_only(name: str) -> bool:
    """Does a fund's name say only what kind of fund it is (天使类子基金, 3只子基金, 国家级产业基金)?"""
    head = _FUND_COUNT.sub("", re.sub(r"基金$", "", name))
    return not _FUND_KINDS.sub("", head) and not re.match("国家(?!级)", head)  # (国家某某投资引导基金 is the state's own)


_LEVEL = lexicon.alternation(lexicon.ADMIN_LEVELS)
# A body named by its level alone (市政府, 省委, 市委市政府) or the party's centre: which city's, the text
# says elsewhere if at all, so it is no entity of its own (the graph keeps one only where a fact uses it).
LEVEL_ONLY_BODY = re.compile(rf"(?:(?:{_LEVEL})(?:委|人民政府|政府))+|党中央|中共中央|中央政治局|党中央国务院")
_CONTINENTS = {"中国", "世界", "全球", "欧洲", "亚洲", "非洲", "美洲", "北美", "南美", "拉美", "大洋洲", "两岸", "内地"}
PROVINCES_LIST = re.compile(f"[{lexicon.PROVINCE_ABBREVIATIONS}]{{2,}}")  # 粤港澳台, 沪苏浙皖
_UNIVERSITY_END = re.compile(r"(?:大学|高校|学院)$")


def kind_of_university(name: str) -> bool:
    """Does a university's name say only whose or what kind it is (中国大学, 美国的大学, 全国重点大学,
    粤港澳台大学)? A city's is a name (某京大学)."""
    head = _UNIVERSITY_END.sub("", name).removesuffix("的")
    return bool(head) and head != name and (head in lexicon.countries() or head in _CONTINENTS
                                            or bool(PROVINCES_LIST.fullmatch(head)) or bool(GENERIC_HEAD.fullmatch(head)))


REPEATABLE = {"Person", "Zone", "Fund", "Competition", "Award", "Program"} | lexicon.ORG_CLASSES
GENERIC_HEAD = re.compile(r"(?:各|某|该|本|这|那|多家|一家)?(?:中资|外资|合资|国有|国营|民营|私营|商业|股份制|政策性|地方|城市|"
                          r"农村|上市|大型|中型|小型|中小|科技型|高新技术|龙头|头部|独角兽|创新型|新型|相关|有关|商业性|"
                          r"金融|科技|投资|创投|互联网|大赛|赛事|评审|专家|组织|筹备|领导|工作|协调|指导|母|子|研发|"
                          r"研究|技术|创新|服务|数据|运营|管理|会展|培训|检测|孵化|国内|国外|海外|当地|一家|一所|各大|主流|"
                          r"中介|一些|部分|多家|大型|博彩|房地产|物业|保险|证券|明星|创业|初创|新创|知名|优秀|重点|骨干|企业|产业|国企|央企|"
                          r"全国|顶尖|一流|双一流|高水平|综合性|每所|最牛)*")
LEGAL_END = re.compile(r"(?:集团)?(?:股份)?有限(?:责任)?公司(?:$|(?=[\u4e00-\u9fff]{1,6}$))")
DEPARTMENT = re.compile(r"(?:研发|技术|研究|创新|设计|工程|测试|制造|营销|销售|市场|财务|人力资源|质量)?"
                        r"(?:中心|部|处|室|事业部|事业群)")
MINISTRY_RE = re.compile("|".join(sorted(map(re.escape, lexicon.MINISTRIES), key=len, reverse=True)))
PEER_WORDS = ("同学", "师兄", "师弟", "师姐", "师妹", "学生", "导师", "搭档", "夫人", "妻子", "丈夫", "校友", "同事", "学长")
TEAM = re.compile(r"(?:研究|科研|创新|技术)?(?:团队|课题组)")
INDUSTRY = re.compile(r"科技|集团|汽车|光电|光学|投资|创投|信托|证券|物流|智能|生物|医药|电子|软件|网络|信息|传媒|电气|材料|能源|实业|股份")


_EVENT_BODY = re.compile(r"(?:奖|大赛|竞赛|论坛|学会|协会)[\u4e00-\u9fff]{0,4}(?:委员会|办公室|秘书处)$")


def suffix_class_word(name: str) -> str:
    """The class suffix a name ends with, or ''."""
    m = SUFFIX_END.search(name)
    return m.group() if m else ""


def suffix_class(name: str) -> str:
    """The class a name's suffix alone says, or ''."""
    m = SUFFIX_END.search(name)
    return SUFFIX_CLASS[m.group()] if m and SUFFIX_CLASS[m.group()] != "Program" else ""


def classify_org(name: str, default: str = "Organization") -> str:
    """The organisation class (or Zone/Fund/Competition) a name's suffix says."""
    core = re.sub(r"[（(][^）)]*[）)]$", "", name)
    if suffix_class(core) == "GovernmentAgency" and _EVENT_BODY.search(core):
        return "Organization"  # 某某大奖科学委员会, 某某论坛秘书处: the body of a prize or event
    if suffix_class(core):
        return suffix_class(core)
    if INDUSTRY.search(core[-2:]):
        return "Company"
    if re.search(r"(?:[一二三四五六七八九十]|附)中$", core) and len(core) >= 3:
        return "University"  # 某某一中, 某大附中: a school
    return default


def generic_org_word(w: str) -> bool:
    """上市公司, 商业银行: a kind of organisation, not a name."""
    m = SUFFIX_END.search(w)
    return bool(m) and m.start() > 0 and bool(GENERIC_HEAD.fullmatch(w[:m.start()]))


def list_item(text: str) -> bool:
    """Can this member of a list be a name (not 企业, not a title, not a quote, not a field, no
    bracket it does not close, not led by a determiner: 相关…)?"""
    return not (GENERIC_ITEM.search(text) or TITLE_RE.search(text)
                or text.startswith(lexicon.DETERMINERS) and not text.startswith("全国")  # (全国学联 is a name)
                or re.search(r"[“”\"‘’《》]|代表$|领域|行业|产业|方向|区内|[（(][^）)]*$", text))


def wordlike(w: str) -> bool:
    """Can this token be part of a name (a character, a letter or digit, inner punctuation)?"""
    return any("\u4e00" <= c <= "\u9fff" or c.isalnum() for c in w) or w in INNER_PUNCT


def is_chinese_name(name: str) -> bool:
    """Chinese characters only, starting with a surname, not ending in a form of address, not a
    word that introduces names (曾任: 曾 is a surname too)."""
    if not name or not all("\u4e00" <= c <= "\u9fff" for c in name) or re.search(r"(?:先生|女士|小姐|老师|同志|某|总|副)$", name) \
            or name in lexicon.BOUNDARY_WORDS:
        return False
    return name[:2] in lexicon.SURNAMES or name[0] in lexicon.SURNAMES
