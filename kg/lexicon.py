"""Generic domain knowledge the rules use: name suffixes, title words, places.

Nothing here names a particular organisation or person: these are the suffixes
Chinese names are built from, the words titles are built from, and the
administrative divisions of China (from jionlp's gazetteer) plus the world's
countries.
"""
from __future__ import annotations

import contextlib
import functools
import io
import re

# Suffixes that close a name, longest first within each class.  The class is the
# ontology class a name with that suffix gets.
NAME_SUFFIXES: list[tuple[str, str]] = [
    (s, "Company") for s in ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "控股公司", "分公司",
                             "集团", "公司", "控股", "股份", "资本", "创投", "工厂", "厂")
] + [
    (s, "Bank") for s in ("银行", "农商行", "信用社", "分行", "支行")
] + [
    (s, "University") for s in ("大学", "学院", "职业技术学院", "中学", "学校", "分校", "系")
] + [
    (s, "ResearchInstitute") for s in ("研究院", "研究所", "研究中心", "实验室", "科学院", "工程院",
                                       "技术中心", "创新中心", "设计院", "天文台", "分院", "观测站", "试验站", "实验站")
] + [
    (s, "GovernmentAgency") for s in ("人民政府", "政府", "管理委员会", "管委会", "党工委", "工委", "区委", "市委", "县委", "省委", "委员会", "办公室",
                                      "发改委", "经信委", "科委", "科协", "党委", "组织部", "宣传部", "统战部", "局", "厅",
                                      "署", "委", "领事馆", "大使馆")
] + [
    (s, "Organization") for s in ("协会", "学会", "联合会", "商会", "基金会", "促进会", "联盟", "医院", "中心",
                                  "工作站", "孵化器", "研究会", "理事会", "组委会", "总会", "校友会", "分会")
] + [
    (s, "Zone") for s in (
        "高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "开发区", "产业园区", "产业园", "科技园",
        "生态园", "创业园", "科创园", "创新园", "孵化园", "科学园", "创意园", "工业园区", "工业园", "软件园",
        "新区", "试验区", "示范区", "自贸区", "自由贸易试验区", "自由贸易区", "新片区", "保税区", "创新区", "经济区",
        "产业基地",
        *(a + b for a in ("科创", "科技", "创新", "数字", "智慧", "智造", "科学", "未来", "软件")
          for b in ("城", "港", "湾", "谷", "岛", "小镇", "走廊")))
] + [
    (s, "Fund") for s in ("基金", "合伙企业")
] + [
    (s, "Competition") for s in ("创新创业大赛", "大赛", "竞赛", "挑战赛", "锦标赛", "比赛", "创业赛")
] + [
    (s, "Award") for s in ("科学技术进步奖", "科技进步奖", "技术发明奖", "自然科学奖", "科学技术奖", "科技奖", "科学奖",
                           "成就奖", "贡献奖", "人才奖", "青年奖", "大奖", "功臣奖", "创新奖", "文学奖", "奖章", "勋章")
] + [
    (s, "Program") for s in ("人才计划", "计划", "工程", "人才项目", "项目", "榜单", "名单")
]
SCHOLAR_POST_AFTER = "(?:奖励计划)?(?:特聘|讲座|青年|岗位)"  # 某江学者|特聘教授: the post a scholars' programme gives
PROGRAMME_FUNDS = ("杰出青年科学基金", "优秀青年科学基金")  # grants to people: talent programmes, not funds
# Words that say what kind of fund a fund is (产业投资基金, 政府引导基金): a name made only of them is no name.
FUND_KIND_WORDS = ("国家级", "国家", "省级", "市级", "区级", "县级", "亿级", "百亿级", "千亿级", "产业", "投资", "引导", "创业", "创投", "股权", "发展", "天使", "风险", "母", "子", "专项",
                   "政府", "科技", "创新", "基础", "成果转化", "种子", "并购", "合作", "战略", "新兴", "参股", "直投", "基金",
                   "公益性", "公益", "慈善", "奖励")
# Words before an award's name that are no part of it (获得首个某某奖).
PRIZE_CATEGORIES = ("生命科学奖", "物质科学奖", "数学与计算机科学奖", "数理科学奖", "化学科学奖", "地球科学奖", "技术科学奖",
                    "信息技术科学奖", "生命科学与医学奖")  # the fields a prize is given in (某某大奖 … 生命科学奖)
AWARD_LEADS = ("首个", "首次", "一个", "这个", "这一", "该", "此", "多个", "多项", "多次", "本年度", "本届", "今年", "今年度")
ADMIN_LEVELS = ("自治区", "自治州", "省", "市", "区", "县", "州", "镇", "乡")  # 市科技局, 市委: a body by its level
ORG_CLASSES = {"Company", "Bank", "University", "ResearchInstitute", "GovernmentAgency", "Organization"}

# A suffix alone is an anaphor ("该公司", "管委会") rather than a name; these prefixes
# mark such generic or referring uses.
DETERMINERS = ("该", "本", "此", "这", "那", "其", "各", "每", "某", "全", "子", "总", "分", "母", "贵", "我", "你",
               "他", "她", "上述", "这家", "那家", "两家", "多家", "一家", "这些", "多个", "相关", "有关")

# The ministries and national bodies news names by their short names.
MINISTRIES = """
科技部 教育部 工信部 工业和信息化部 财政部 商务部 人社部 人力资源和社会保障部 农业农村部 自然资源部 生态环境部
交通运输部 水利部 国家卫健委 国家发改委 国家发展改革委 国资委 国务院国资委 国家知识产权局 国家市场监管总局
中国科协 国家自然科学基金委员会 中国人民银行 证监会 中国证监会 银保监会 国家金融监督管理总局 国家统计局
公安部 外交部 国防部 民政部 司法部 住建部 住房和城乡建设部 文化和旅游部 应急管理部 审计署 海关总署 国家税务总局
国家工商总局 银监会 保监会 国家卫生健康委员会 国家能源局 国家航天局 国家国防科工局 工业和信息化部
""".split()

# Words that end a title (the head of a job title), longest first.
TITLE_HEADS = sorted("""
博导 硕导 教授 副教授 长聘副教授 长聘教授 讲席教授 特聘教授 讲座教授 终身教授 客座教授 兼职教授 名誉教授 荣誉教授 研究员 副研究员 助理研究员 特聘研究员 院士 博士生导师 讲师 助理教授
董事长 副董事长 董事 监事 总经理 副总经理 经理 副经理 总裁 副总裁 执行总裁 首席执行官 首席技术官 首席科学家
首席运营官 首席财务官 首席专家 总监 技术总监 创始人 联合创始人 共同创始人 创始合伙人 发起人 合伙人 负责人 总工程师 工程师 高级工程师
局长 副局长 厅长 副厅长 处长 副处长 科长 部长 副部长 市长 副市长 省长 副省长 县长 副县长 区长 副区长 镇长 村长
主任 副主任 书记 副书记 党委书记 党委副书记 党委常务副书记 党工委书记 党工委副书记 纪委书记 主席 副主席 秘书长 理事长 会长 副会长 院长 副院长 所长 副所长
校长 副校长 行长 副行长 社长 总编辑 主编 站长 馆长 团长 组长 队长 首席专家 评委 评审专家 主任医师 副主任医师 医师 护士长 研究生导师 硕士生导师 博士后 博士后研究员 常务副主任 常务副市长 常务副院长
常务副总经理 常务副校长 执行董事 执行院长 执行主任 党委委员 党工委委员 委员 常委 党组成员 班子成员 首席执行官 总工 研发总监 技术负责人 带头人 总指挥
CEO CTO COO CFO CIO ceo cto coo cfo
主教练 教练 主帅 分析师 首席分析师 研究总监 营销总监 艺术总监 主持人 导演 律师 记者 特约记者 主笔 编辑 总编 老板 掌门人
理事 委员长 调研员 巡视员 副巡视员 设计师 总设计师 高工 秘书 参事 专员 干事 总师 监事长 会计师 总会计师 领事 总领事 大使 参赞
总统 副总统 总理 副总理 首相 议长 司长 副司长 代理司长 参谋长 总参谋长 司令员 政委 将军 上将 中将 少将 大校 上校 董事会主席 行政总裁 执行副行长 副总
""".split(), key=len, reverse=True)
TITLE_ALT = "|".join(map(re.escape, TITLE_HEADS))  # a regex alternation of the title heads
# A short name declared in brackets right after a name: X（以下简称“Y”）
DECLARED_ALIAS = re.compile(r"[（(](?:以下)?(?:简称|下称)[“\"]?([^“”\"（）()，,]{2,12})[”\"]?[）)]")

DEGREES = ("博士", "硕士", "学士", "本科生", "研究生", "毕业生", "校友", "博士生", "硕士生")
GOVERNMENT_TITLES = ("市长", "副市长", "省长", "副省长", "县长", "副县长", "区长", "副区长", "镇长")

RANKS = sorted("""
特等奖 一等奖 二等奖 三等奖 金奖 银奖 铜奖 优秀奖 冠军 亚军 季军 大奖 最佳奖 创新奖 优胜奖 三强 十强 第一名 第二名 第三名
""".split(), key=len, reverse=True)
# The ranks that are places in a competition even inside a prize's name (科技创新企业金奖); 大奖 and 创新奖 name prizes.
PLACEMENTS = ("特等奖", "一等奖", "二等奖", "三等奖", "金奖", "银奖", "铜奖", "优秀奖", "冠军", "亚军", "季军")

# ---- Closed word classes the relation patterns are built from (kg/relations/ reads them;
# each regex there is an alternation of one of these, via ``alternation``).
WIN_VERBS = ("获得", "荣获", "夺得", "摘得", "斩获", "赢得", "被评为", "评为", "获评", "获颁", "拿下", "荣膺", "屈居",
             "位列", "喜获", "揽获", "捧得", "问鼎", "收获", "取得", "获")  # X获得一等奖
AWARD_VERBS = ("获得", "荣获", "获", "摘得", "摘取", "斩获", "赢得", "捧得", "揽获", "荣膺", "喜获", "获颁", "被授予", "授予")  # X荣获…奖
TAKEN_BY_VERBS = ("摘得", "获得", "夺得", "斩获", "获取", "取得", "包揽")  # 冠军由X摘得
GOES_TO_WORDS = ("花落", "归于", "归属", "的是", "的为", "的有")  # 金奖花落X
GIVEN_TO_VERBS = ("被授予", "授予", "颁发给", "颁给", "花落")  # AWARD授予X
APPOINTMENT_VERBS = ("现任", "担任", "出任", "兼任", "受聘为", "被聘为", "受聘", "聘为", "当选为", "当选", "回国任",
                     "被任命为", "任命为", "调任", "接任", "升任", "改任", "提任为", "履新", "现为", "获委任为", "获任", "获聘为",
                     "辞去", "卸任", "成为", "任", "系", "是")  # X现任ORG TITLE; 辞去 / 卸任: a post held before, a position all the same
WORK_VERBS = ("主持完成", "牵头完成", "完成", "主持", "牵头", "领衔", "研发", "研制", "发明", "提出", "所负责", "负责", "带领")  # 某大学张三主持完成的…
SERVED_VERBS = ("担任", "出任", "任职", "任")  # 在ORG担任TITLE
ATTRIBUTIVE_TENURE = ("新任", "时任", "首任", "原任", "前任", "继任")  # 新任某大学校长李四: an attribute of the title
LEADING_TENURE = ("历任", "曾任", "现任", "现为", "兼任", "出任", "升任", "接任", "加盟")  # 历任|某公司…: not the name's
JOIN_VERBS = ("加入", "加盟", "入职", "就职于", "任职于", "供职于", "任教于", "执教于", "回到", "进入")  # X加入ORG
GRADUATE_VERBS = ("毕业于", "就读于", "求学于")  # X毕业于ORG
FOUNDING_VERBS = ("创办", "创建", "创立", "创设")  # X创办ORG
ROLE_ENDS = ("学家", "专家", "学者", "家")  # what a person is known as: 物理学家, 企业家
ESTABLISH_VERBS = ("建立", "成立")  # 在某大学建立了某实验室, 他在某地成立某公司: founding the organisation named after it
SETUP_VERBS = ("发起设立", "出资设立", "合作设立", "联合设立", "发起成立", "合作共建", "联合共建", "共同建设",
               "设立", "发起", "成立", "组建", "共建", "创建")  # A联合B发起设立F
INVEST_VERBS = ("投向", "投资于", "重点投资", "主要投资", "专门支持", "重点支持", "用于支持", "支持", "投资")
ORGANIZER_VERBS = ("联合主办", "共同主办", "主办")  # the body that holds a competition
CO_ORGANIZER_VERBS = ("承办", "协办")  # the bodies that help run it
HOSTING_VERBS = ("举办",)  # A、B联合举办某某大赛: the holder, where the contest follows the verb (在某地举办 is its venue)
SELECTION_VERBS = ("入选", "位列其中", "名列其中", "上榜", "入围")
SETTLE_VERBS = ("入驻", "落户", "落地", "进驻")
PRONOUNS = ("他", "她")  # a person the sentence does not name
SAYING_VERBS = ("表示", "说", "介绍", "认为", "指出", "强调", "透露", "坦言", "告诉记者", "坦承", "解释", "回忆", "称")
THIS_EDITION = ("本届", "本次", "此次", "这次")  # 本届大赛: the contest the article is about
REFERRING = ("该", "其", "这家", "本", "此", "上述", "这只", "这支")  # 该公司, 这家企业
# One-character names of the provinces and regions (沪 for Shanghai): 沪苏浙皖 lists four places.
PROVINCE_ABBREVIATIONS = "京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳台"

# A zone's own committees: its administrative committee and its party (working) committee, the
# words a text may use alone for them (管委会); 工委 is also written for the party committee.
ZONE_BODIES = ("管委会", "党工委")
ZONE_COMMITTEES = (*ZONE_BODIES, "工委")
HOLDER_NOUNS = ("获得者", "得主", "获奖者", "获奖人")  # 某奖获得者, 一等奖得主

# Bare nouns that stand for a name given earlier (该公司, 学校, 管委会), with the classes they can mean.
BARE_ORG_NOUNS = {"公司": ("Company",), "集团": ("Company",), "企业": ("Company",), "银行": ("Bank",),
                  "学校": ("University",), "学院": ("University",), "校": ("University",),
                  "院": ("ResearchInstitute", "University"), "所": ("ResearchInstitute",),
                  "研究院": ("ResearchInstitute",), "研究所": ("ResearchInstitute",), "局": ("GovernmentAgency",),
                  "管委会": ("Zone",), "党工委": ("Zone",), "高新区": ("Zone",), "园区": ("Zone",),
                  "基金会": ("Organization",)}


UNIVERSITY_NAMES = ("大学", "学院", "职业技术学院", "师范学院", "科技学院")  # a whole school, not a department of one
SCHOOL_ENDS = (*UNIVERSITY_NAMES, "大", "中学", "中", "学校")  # a school by any name (某大, 某某一中): one with a 校长


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so that 发起设立 wins over 发起."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


SURNAMES = set("""
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋
蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段
雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪
庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷
盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连
芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙
荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 封 蔺 晋 郁 都 戈 宿 占 揭 居 衡 满 弓 匡 国 原 习
赖 楼 傅 滕 钮 阎 禹 蓟 冀 母 訾 慕 燕 逯 郜 晁 郦 廉 栗 酆 禄 芮 昌 於 贝 柏 裘 乐 邝 钟 骆 冼 区 鄢
欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 独孤 南宫 呼延
""".split())

with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
    from jionlp.rule.rule_pattern import CHINESE_FAMILY_NAME
SURNAMES |= set(re.findall(r"[\u4e00-\u9fff]+", CHINESE_FAMILY_NAME))

# Words that stop the leftward growth of a name: verbs and function words that
# introduce names rather than belong to them.
BOUNDARY_WORDS = set("""
年度 年 的 地 得 和 与 及 以及 或 同 跟 由 在 于 是 为 向 对 从 将 被 把 让 使 给 据 等 了 着 过 也 都 还 又 并 而 则 就 才 已 已经
其中 包括 比如 例如 如 经过 通过 根据 按照 作为 成为 以 至 到 自 对于 关于 随着 围绕 针对 面向
设立 成立 发起 创办 创建 创立 创设 联合 依托 获得 荣获 获 摘得 夺得 赢得 斩获 入选 来自 毕业 担任 任 出任 现任 曾任 兼任
举行 举办 主办 承办 协办 发布 推荐 申报 加入 投向 投资于 支持 位于 落户 落地 入驻 牵手 携手 签约 签署 表示 介绍 认为
指出 说 称 出资 合作 对接 引进 招引 共同 分别 近日 日前 目前 今年 去年 此外 同时 另外 另有 最终 最后 其 该 本 此 这 那
率领 带领 领衔 团队 参加 参与 出席 访问 考察 调研 会见 看望 揭牌 授牌 颁发 颁奖 宣布 启动 开展 建设 打造 推动 助力 实施
专门 重点 主要 加盟 历任 就读于 毕业于 求学于 任职于 来自于 位于 落户于 成立于 创立于 一是 二是 三是 四是 相继 正式 首期 首批 共建 合建 组建 领投 跟投 融资 花落 屈居 位列 荣膺 拿下 问鼎 牵头 受聘 聘为 当选 总 共 约 近 超 达 逾 余 多 个 家 名 项 位 只 所 及其 之一 旗下 下属 所属 牵头 新设 三家 两家
同志 东道主 晋级 家乡 名校 建校 以来 这支 那支 这所 该所 这一 唯一 新晋 深化 暨 传闻 据传 传闻说
参投 参设 认购 出资设立
""".split())


@functools.lru_cache(maxsize=1)
def country_at() -> re.Pattern:
    """A regex matching the longest country name (other than China) at a position."""
    return re.compile("|".join(map(re.escape, sorted(countries(), key=len, reverse=True))))


@functools.lru_cache(maxsize=1)
def country_end() -> re.Pattern:
    """A regex matching the longest country name (other than China) that ends a text."""
    return re.compile("(?:" + "|".join(map(re.escape, sorted(countries(), key=len, reverse=True))) + ")$")


@functools.lru_cache(maxsize=1)
def countries() -> set[str]:
    """The world's countries other than China, by short and full name."""
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp
        world = jionlp.world_location_loader()
    out = set()
    for group in world.values():
        for country, info in group.items():
            if country != "中国":
                out |= {country, info.get("full_name") or country}
    return out


@functools.lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place names -> their full name: China's provinces, cities and counties, and the countries."""
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp
        china = jionlp.china_location_loader()
        world = jionlp.world_location_loader()
    import jieba.posseg

    tags = jieba.posseg.dt.word_tag_tab
    out: dict[str, str] = {}

    def add(names, full, careful=False):
        for name in [names] if isinstance(names, str) else names or ():
            if len(name) < 2 or careful and tags.get(name, "ns") != "ns":
                continue  # too short, or an alias that is also a common word (和平, 城区, …)
            out.setdefault(name, full)

    for prov, cities in china.items():
        add(prov, prov)
        add(cities.get("_alias"), prov)
        for city, counties in cities.items():
            if city.startswith("_"):
                continue
            add(city, city)
            add(counties.get("_alias"), city)
            for county, info in counties.items():
                if county.startswith("_"):
                    continue
                add(county, county, careful=True)
                add(info.get("_alias"), county, careful=True)
    for countries in world.values():
        for country, info in countries.items():
            add(country, country)
            add(info.get("full_name"), country)
    return out



# --- Word classes for kg.ner: what stands next to a name and is no part of it -------------------

# Verbs and prepositions that open a name but that jieba tags as nouns or does not know
# (委托|某某公司, 经|某省发改委, 全力支持|某银行): a name does not grow left over them.
NAME_OPENERS = set("""
委托 经 代表 单位 现有 产生 原 现 简称 以下简称 下称 以下称 母校 回母校 会同 参观 响应 积极响应 贯彻 认真贯彻 重构 打响 齐聚 转设 争创 撬动 这是 全力支持 晋升 晋升为 进入 入职 走进 前往 赴 携手 联手 力争
我区 我县 我镇 我州 我省 我市 本市 本区 本县 本省
""".split())

# Words of the field that jieba does not know or calls names (科创, 直投, 创投): a name made of
# them and a kind word (科创基金, 股权创投基金) is a kind of thing, not a name.
DOMAIN_WORDS = set("""
科创 直投 自贸 双创 创投 孵投 硬科技 专精特新 独角兽 瞪羚 国资 央企 民企 外资 险资 募投 投贷 产投 城投
AI IT ICT GP LP VC PE IPO 具身 具身智能 智能制造 人工智能 大模型 上市
""".split())

# Words that end in a one-character class suffix (局, 厅, 署, 委, 系) but name no body: a
# layout (产业布局), a room (报告厅), a deployment (战略部署), a system (创新体系).
SUFFIX_LOOKALIKES = set("""
布局 格局 大局 全局 结局 开局 僵局 危局 变局 定局 残局 棋局 牌局 骗局 出局 胜局 设局 时局 当局 破局 困局
开新局 布新局 谋新局 启新局
客厅 餐厅 舞厅 大厅 展厅 报告厅 会议厅 宴会厅 咖啡厅 多功能厅 发布厅 会客厅 休息厅 接待厅 放映厅 展览厅 展示厅 演播厅
部署 原委 编委 常委 体系 关系 联系 派系 星系 水系 谱系 直系 母系 父系
购物中心 会议中心 展览中心 会展中心 体育中心 奥体中心 商业中心 商务中心 演艺中心 市民中心 城市中心 市中心 文体中心
""".split())  # words that end like a class suffix but name no body: a layout, a hall, a venue

# Credit lines inside an article: the roles before names (记者 张三, 作者：李四、王五) and the
# verbs after them (张三供稿、李四摄影).
CREDIT_ROLES = sorted("""
记者 本报记者 特约记者 实习记者 实习生 通讯员 撰文 作者 编辑 责编 责任编辑 审校 校对 审核 摄影 摄
""".split(), key=len, reverse=True)
CREDIT_VERBS = ("供稿", "摄影", "摄", "核稿", "撰稿", "整理")

# Words for a kind of body that end a phrase but no name (有关部门, 上市公司, 民营企业, 福建省领导).
KINDS_OF_BODY = set("""
部门 有关部门 相关部门 职能部门 部委 领导 上市公司 上市企业 民营企业 国有企业 龙头企业 独角兽企业 高校 院校 机构 单位
""".split())

# Roles a person is named after (技术先锋|某某、); nouns ending in 者 (贡献者, 创业者) count too. The
# tagger's body that ends in one is a person's role (某研究奠基人).
ROLE_NOUNS = set("""
先锋 先驱 旗手 领军人物 代表人物 得主 冠军 亚军 季军 新星 达人 能手 标兵 楷模 模范
奠基人 开拓者 领路人 先行者 先驱者 领军者 开创者 引领者 推动者 践行者 第一人
""".split())

# Bodies named together, no one body (两院院士: of either academy).
COLLECTIVE_BODIES = {"两院", "两会", "两办", "双一流"}

# Nouns for people that stand before an organisation's name (外籍专家|某某大学, 记者|从…局).
PERSON_NOUNS = set("""
专家 记者 学者 人士 人员 代表 嘉宾 领导 干部 老师 学子 职工 员工 居民 市民 网友 通讯员 得主 投资人 投资者 企业家 科学家
""".split())

# Common surnames the lists above lack (洪某, 印某, 励某).
SURNAMES |= set("洪 印 励 漆 束 荆 冒 幸 庹 厉 帅 况 闻 粟 苻 丘 仝 蹇 郇 矫 尉".split())
