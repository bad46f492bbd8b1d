"""kg.ingest: real files on disk in every supported format and encoding become Articles."""
from __future__ import annotations

import codecs
import os
import pathlib
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.ingest import collect_files, read_file, split_sentences

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample-page.txt"

STORY = (
    "# 星河科技与云帆公司签约\n\n"
    "本报记者 王小明\n\n"
    "**本报讯** 2023年5月8日，星河科技与云帆公司签署合作协议，双方将共建联合实验室。\n\n"
    "签约仪式上，星河科技董事长吴桐介绍，实验室将面向精密光学领域，投入研发资金1亿元。\n"
)


def write(tmp_path: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def assert_offsets(article, skip=""):
    """Every character of the text is the character of the source its offset names."""
    assert len(article.offsets) == len(article.text) + 1
    for i, ch in enumerate(article.text):
        if ch == "\n" or ch in skip:
            continue
        assert article.source_text[article.offsets[i]] == ch, (i, ch)
    assert list(article.offsets) == sorted(article.offsets)


# ------------------------------------------------------------- formats and encodings

@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig", "utf-16"])
def test_encodings_decode_to_the_same_article(tmp_path, encoding):
    (article,) = read_file(write(tmp_path, "story.txt", STORY, encoding))
    assert article.source_text == STORY  # BOM removed
    assert article.title == "星河科技与云帆公司签约"
    assert article.authors == ["王小明"]
    assert article.text.startswith("2023年5月8日，星河科技与云帆公司签署合作协议")
    assert_offsets(article)


def test_utf16_big_endian_with_bom(tmp_path):
    path = write(tmp_path, "be.txt", codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"))
    (article,) = read_file(path)
    assert article.title == "星河科技与云帆公司签约"


def test_markdown_headings_split_articles_and_subheadings_stay(tmp_path):
    text = (
        "前言一段没有标题的文字。\n\n"
        "# 第一篇 **重要** 报道 #\n\n本报讯 甲公司今天发布新品。\n\n### 分论坛\n\n分论坛由乙大学承办。\n\n"
        "## 第二篇\n\n► 李雷 韩梅梅\n\n丙公司完成融资。\n"
    )
    articles = read_file(write(tmp_path, "page.md", text))
    assert [a.title for a in articles] == ["", "第一篇 重要 报道", "第二篇"]
    assert articles[0].text == "前言一段没有标题的文字。"
    assert articles[1].text == "甲公司今天发布新品。\n分论坛\n分论坛由乙大学承办。"
    assert articles[2].authors == ["李雷", "韩梅梅"]
    assert articles[2].text == "丙公司完成融资。"
    for a in articles:
        assert_offsets(a)


def test_plain_file_without_heading_is_one_untitled_article(tmp_path):
    (article,) = read_file(write(tmp_path, "plain.txt", "丁研究院成立。\n\n戊基金正式设立。\n"))
    assert article.title == ""
    assert article.text == "丁研究院成立。\n戊基金正式设立。"
    assert article.source == str(tmp_path / "plain.txt")


def test_markdown_links_images_lists_and_emphasis_are_removed(tmp_path):
    text = "# 标题\n\n![图](a.png)详见[甲公司官网](https://a.example)的*公告*，内容如下：\n\n- 第一条措施。\n\n> 引用的一句话。\n"
    (article,) = read_file(write(tmp_path, "md.md", text))
    assert article.text == "详见甲公司官网的公告，内容如下：\n第一条措施。\n引用的一句话。"
    assert_offsets(article)


HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>页面标题不进正文</title>
<style>p { color: red } .x::after { content: "样式文字" }</style></head>
<body>
<script>var s = "<p>脚本文字</p>"; if (a < b && c) {}</script>
<nav>首页 | 新闻</nav>
<h1>星河科技 &amp; 云帆公司 签约</h1>
<p>► 本报记者 王小明</p>
<p>本报讯 6月2日，星河科技与云帆公司签署协议&mdash;&mdash;双方共建实验室&#12290;A&lt;B&#x3002;</p>
<p>签约仪式上，星河科技董事长吴桐介绍，实验室将面向精密光
学领域，投入研发   资金1亿元。</p>
<noscript>请启用脚本</noscript>
<h3>小标题</h3>
<p>该实验室预计2022年3月1日投入使用。 (记者 李雷)</p>
<h2>第二篇 报道</h2>
<p>通讯员 钱七</p>
<p>周航表示，团队已完成测试&amp;验收。 林小雨 陈思远</p>
<p>（记者 孙悦）</p>
</body></html>
"""


def test_html_text_headings_and_dropped_elements(tmp_path):
    first, second = read_file(write(tmp_path, "page.html", HTML))
    assert first.title == "星河科技 & 云帆公司 签约"
    assert first.authors == ["王小明", "李雷"]
    assert first.text == (
        "6月2日，星河科技与云帆公司签署协议——双方共建实验室。A<B。\n"
        "签约仪式上，星河科技董事长吴桐介绍，实验室将面向精密光学领域，投入研发 资金1亿元。\n"
        "小标题\n"
        "该实验室预计2022年3月1日投入使用。"
    )
    assert second.title == "第二篇 报道"
    assert second.authors == ["钱七", "林小雨", "陈思远", "孙悦"]
    assert second.text == "周航表示，团队已完成测试&验收。"
    for gone in ("脚本文字", "样式文字", "color", "请启用脚本", "页面标题", "首页"):
        assert all(gone not in a.text for a in (first, second))


def test_html_offsets_point_into_the_html_source(tmp_path):
    articles = read_file(write(tmp_path, "page.htm", HTML))
    for a in articles:
        assert a.source_text == HTML
        assert_offsets(a, skip="—。<& ")
        for i, ch in enumerate(a.text):
            if ch in "—。<&" and a.source_text[a.offsets[i]] != ch:
                assert a.source_text[a.offsets[i]] == "&"  # a decoded reference maps to its start
    first = articles[0]
    i = first.text.index("——")
    assert HTML[first.offsets[i]:].startswith("&mdash;")
    i = first.text.index("A<B") + 1
    assert HTML[first.offsets[i]:].startswith("&lt;")
    s, e = first.source_span(first.text.index("星河科技与"), first.text.index("签署"))
    assert HTML[s:e] == "星河科技与云帆公司"


def test_gbk_html_file(tmp_path):
    page = "<html><body><h2>甲乙合作</h2><p>甲公司与乙公司合作。</p></body></html>"
    (article,) = read_file(write(tmp_path, "gbk.html", page, "gbk"))
    assert (article.title, article.text) == ("甲乙合作", "甲公司与乙公司合作。")


# ------------------------------------------------------------- the sample page

@pytest.fixture(scope="module")
def sample():
    return read_file(SAMPLE)


def test_sample_page_articles_and_titles(sample):
    assert [a.title for a in sample] == [
        "17个领域加速崛起 约1500家AI企业聚集 北京人工智能产业领跑全国",
        "重庆出台 促进科技成果转化“24条”",
        "昆山高新区人才入选 苏州科协青年科技人才托举工程",
        "济宁高新区 勇担全市高质量发展领头羊",
        "",  # the photo news item after the signed 济宁 article: an article of its own
        "践行园区升级改造 江阴高新区实现华丽转身",
        "浙江遂昌:以赛促产 探索数字经济发展新路",
    ]
    # the lead story's own sections stay inside it, as paragraphs
    assert "\n高校院所加速 AI 人才聚集\n" in sample[0].text
    assert "\n孕育多项国际重大原创成果\n" in sample[0].text


def test_sample_page_authors(sample):
    assert [a.authors for a in sample] == [
        ["翟纪东"], ["张亦筑"], [], ["臧盛博", "周国玺", "段亚洲"], [], ["刘佳佳", "薛琳"], ["张伟"],
    ]
    for a in sample:
        for name in a.authors:
            assert name not in a.text


def test_sample_page_offsets(sample):
    for a in sample:
        assert_offsets(a)
        assert a.offsets[-1] <= len(a.source_text)


def test_sample_page_markers_removed_and_caption_kept(sample):
    text = "\n".join(a.text for a in sample)
    for marker in ("►", "**", "本报讯", "图片来源", "#"):
        assert marker not in text
    assert sample[3].text.endswith("打造高质量发展新引擎。")
    assert sample[4].text == (
        "6月9日,由无锡高新区、金雨茂物投资、南京银行共同发起的无锡市新吴区投贷联动基金正式成立。"
        "该基金总规模3亿元,其中80%投向无锡高新区科创企业。对投资联动合作项目,南京银行给予不低于1:1的贷款授信额度。"
    )
    assert sample[1].text.endswith("共7条。")
    assert sample[6].text.endswith("山推股份生产车间")  # a caption line stays with the article before it


def test_sample_page_layout_repair(sample):
    text = "\n".join(a.text for a in sample)
    for joined in ("蔚来汽车、医渡云等", "有效供给方面,包括优化", "同比增长9.8%", "科研人员数量超4000人",
                   "为智能制造做出贡献。"):
        assert joined in text
    assert "等荣誉称号。\n此次" in sample[2].text  # the repeated "称号。" fragment is gone
    # real paragraphs stay apart
    assert "学术成果显著。\n作为科创资源" in sample[0].text


def test_sample_page_year_and_sentences(sample):
    assert all(a.year == 2021 for a in sample)
    first = sample[0]
    sentences = [first.text[s:e] for s, e in first.sentences]
    assert "其中清华大学长聘副教授崔鹏、京东集团技术副总裁何晓冬是横跨研究领域最多的高影响力学者,二人均横跨3个研究子领域。" in sentences
    assert "高校院所加速 AI 人才聚集" in sentences


# ------------------------------------------------------------- layout repair

def test_broken_paragraphs_are_joined_and_real_ones_kept(tmp_path):
    text = (
        "# 标题\n\n"
        "甲公司与乙大学共同成立联合实验室，主要研究方向包\n\n括光学薄膜和量子传感。\n\n"
        "乙大学副校长表示，实验室去年营收同比增长\n\n12.5%。\n\n"
        "该项目于今年启动。\n\n后续工作正在推进。\n\n"
        "实验室由丙教授担任主任。\n\n主任。\n\n"
        "据悉，研究成果发表在Science\n\nAdvances期刊上。\n\n"
        "### 下一步计划\n\n计划明年扩建\n"
    )
    (article,) = read_file(write(tmp_path, "broken.txt", text))
    assert article.text.split("\n") == [
        "甲公司与乙大学共同成立联合实验室，主要研究方向包括光学薄膜和量子传感。",
        "乙大学副校长表示，实验室去年营收同比增长12.5%。",
        "该项目于今年启动。",
        "后续工作正在推进。",
        "实验室由丙教授担任主任。",
        "据悉，研究成果发表在Science Advances期刊上。",
        "下一步计划",
        "计划明年扩建",
    ]
    assert_offsets(article, skip=" ")


def test_short_caption_line_is_not_joined(tmp_path):
    (article,) = read_file(write(tmp_path, "cap.txt", "甲公司生产车间\n\n图片来源：甲公司\n\n近日，甲公司投产。\n"))
    assert article.text == "甲公司生产车间\n近日，甲公司投产。"


# ------------------------------------------------------------- bylines

@pytest.mark.parametrize("byline, authors", [
    ("► 王小明", ["王小明"]),
    ("► 李雷 韩梅梅", ["李雷", "韩梅梅"]),
    ("本报记者 赵六", ["赵六"]),
    ("通讯员 钱七", ["钱七"]),
    ("记者 孙悦 通讯员 郑一鸣", ["孙悦", "郑一鸣"]),
    ("► 本报记者 欧阳娜娜", ["欧阳娜娜"]),
    ("本报记者 艾力·买买提", ["艾力·买买提"]),
    ("文/林小雨", ["林小雨"]),
])
def test_byline_paragraphs(tmp_path, byline, authors):
    text = f"## 丁公司发布新品\n\n{byline}\n\n丁公司近日发布一款新型传感器。\n"
    (article,) = read_file(write(tmp_path, "b.txt", text))
    assert article.authors == authors
    assert article.text == "丁公司近日发布一款新型传感器。"
    assert_offsets(article)


@pytest.mark.parametrize("ending, authors", [
    ("共3项。 吴桐", ["吴桐"]),
    ("共3项。 周航 林小雨 陈思远", ["周航", "林小雨", "陈思远"]),
    ("共3项。（记者 孙悦 通讯员 钱七）", ["孙悦", "钱七"]),
    ("共3项。”　陈思远", ["陈思远"]),
])
def test_trailing_signatures(tmp_path, ending, authors):
    text = f"## 戊市出台新政\n\n戊市近日出台支持科技创新的新政策，{ending}\n"
    (article,) = read_file(write(tmp_path, "s.txt", text))
    assert article.authors == authors
    assert article.text.startswith("戊市近日出台支持科技创新的新政策，共3项。")
    assert not any(name in article.text for name in authors)


def test_lead_in_with_reporters(tmp_path):
    text = "## 己区签约\n\n本报杭州5月6日电（记者 赵六 通讯员 钱七）己区与庚公司签约。\n"
    (article,) = read_file(write(tmp_path, "l.txt", text))
    assert article.authors == ["赵六", "钱七"]
    assert article.text == "己区与庚公司签约。"


@pytest.mark.parametrize("lead, authors", [
    ("本报讯（赵六）", ["赵六"]),  # a bare name in the dateline's brackets is its reporter
    ("人民网北京8月4日电（融媒体中心 钱七）", ["钱七"]),  # after the reporter's unit
    ("本报讯（衢州）", []),  # a place is no reporter
])
def test_lead_in_with_a_bare_reporter(tmp_path, lead, authors):
    (article,) = read_file(write(tmp_path, "l.txt", f"## 己区签约\n\n{lead}己区与庚公司签约。\n"))
    assert article.authors == authors


def test_names_in_prose_are_not_authors(tmp_path):
    text = "## 辛公司\n\n辛公司总经理王小明说，公司将扩产。\n\n记者从会上获悉，投资已到位。\n"
    (article,) = read_file(write(tmp_path, "p.txt", text))
    assert article.authors == []
    assert article.text == "辛公司总经理王小明说，公司将扩产。\n记者从会上获悉，投资已到位。"


def test_second_level_heading_after_a_titled_story(tmp_path):
    text = (
        "# 主报道\n\n► 王小明\n\n主报道第一段。\n\n## 主报道的小节\n\n小节内容。\n\n"
        "## 另一篇报道\n\n**本报讯** 另一篇的内容。\n"
    )
    first, second = read_file(write(tmp_path, "h.txt", text))
    assert first.text == "主报道第一段。\n主报道的小节\n小节内容。"
    assert first.authors == ["王小明"]
    assert second.title == "另一篇报道"


def test_page_title_heading_does_not_swallow_stories(tmp_path):
    text = "# 科技周刊 第5版\n\n## 甲报道\n\n甲报道内容。\n\n## 乙报道\n\n乙报道内容。\n"
    articles = read_file(write(tmp_path, "p.txt", text))
    assert [(a.title, a.text) for a in articles] == [("甲报道", "甲报道内容。"), ("乙报道", "乙报道内容。")]


# ------------------------------------------------------------- sentences and dates

def test_split_sentences():
    text = "他说：“我们会赢。”大家鼓掌！真的吗?是的；好\n新段落没有句号"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["他说：“我们会赢。”", "大家鼓掌！", "真的吗?", "是的；", "好", "新段落没有句号"]
    spans = split_sentences(text, 10, 15)
    assert [text[s:e] for s, e in spans] == ["大家鼓掌！"]
    assert split_sentences("") == []


def test_year_from_article_then_page_else_none(tmp_path):
    text = "## 甲\n\n2020年1月2日甲成立。\n\n## 乙\n\n2019年5月乙成立。\n\n## 丙\n\n2022年3月4日丙成立。\n"
    assert [a.year for a in read_file(write(tmp_path, "y.txt", text))] == [2020, 2022, 2022]
    (article,) = read_file(write(tmp_path, "n.txt", "甲公司成立。\n"))
    assert article.year is None


# ------------------------------------------------------------- files and bad input

def test_collect_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in ["a/x.txt", "a/b/y.MD", "a/b/z.html", "a/b/w.htm", "a/m.markdown", "a/skip.pdf", ".hidden/h.txt"]:
        (tmp_path / name).write_text("甲。", encoding="utf-8")
    single = tmp_path / "a" / "x.txt"
    files = collect_files([str(tmp_path), str(single), str(tmp_path / "a")])
    assert sorted(f.name for f in files) == ["m.markdown", "w.htm", "x.txt", "y.MD", "z.html"]
    assert files == sorted(files, key=str)
    with pytest.raises(KgError, match="missing.txt: no such file or directory"):
        collect_files([str(tmp_path / "missing.txt")])
    with pytest.raises(KgError, match="not a news file"):
        collect_files([str(tmp_path / "a" / "skip.pdf")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(KgError, match="no .txt"):
        collect_files([str(tmp_path / "empty")])


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b" \n\t\r\n  ", "is empty"),
    ("\ufeff  \n".encode("utf-8"), "is empty"),
    ("  \n\u3000".encode("utf-16"), "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "not a text file"),
    (b"abc\x00def", "not a text file"),
    (b"\x01\x02\x03\x04\x05\x06 some\x07\x08 text\x0e\x0f", "not a text file"),
    (b"caf\xe9 au lait \xff\xfe\x80", "cannot decode"),
    (codecs.BOM_UTF8 + b"\xff\xfe bad", "cannot decode"),
])
def test_bad_input(tmp_path, data, message):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(KgError, match=message) as err:
        read_file(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(KgError, match="no such file"):
        read_file(tmp_path / "nope.txt")


def test_directory_given_as_file(tmp_path):
    with pytest.raises(KgError, match="is a directory"):
        read_file(tmp_path)


def test_unreadable_file_chmod(tmp_path):
    path = write(tmp_path, "locked.txt", "甲。")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("this user can read files whatever their mode (root)")
        with pytest.raises(KgError, match="permission denied"):
            read_file(path)
    finally:
        path.chmod(0o644)


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", "甲。")

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(pathlib.Path, "read_bytes", deny)
    with pytest.raises(KgError, match="cannot read .*locked.txt: permission denied"):
        read_file(path)


def test_html_without_text(tmp_path):
    path = write(tmp_path, "empty.html", "<html><head><title>x</title></head><body><script>1</script></body></html>")
    with pytest.raises(KgError, match="has no article text"):
        read_file(path)


def test_dateline_gives_the_article_date(tmp_path):
    f = tmp_path / "dated.txt"
    f.write_text("## 大赛落幕\n\n本报深圳11月20日电（记者 林海燕） 2022年的大赛日前落幕，共有300个项目参赛。\n",
                 encoding="utf-8")
    (article,) = read_file(f)
    assert article.date == "2022-11-20" and article.authors == ["林海燕"]
    assert not article.text.startswith("本报")


def test_bare_names_in_brackets_close_an_article(tmp_path):
    f = tmp_path / "sig.txt"
    f.write_text("## 两只基金设立\n\n本报讯 两只基金日前设立，首批6家企业已获得授信。（马文涛）\n", encoding="utf-8")
    (article,) = read_file(f)
    assert article.authors == ["马文涛"] and article.text.endswith("已获得授信。")
    g = tmp_path / "aside.txt"
    g.write_text("## 标题\n\n本报讯 他说，这项技术前景广阔。（量子计算）\n", encoding="utf-8")
    (article,) = read_file(g)
    assert article.authors == [] and article.text.endswith("前景广阔。（量子计算）")


def test_news_agency_dateline(tmp_path):
    f = tmp_path / "agency.txt"
    f.write_text("新华社成都5月20日电（记者 黄文静）2024年5月20日，一只种子基金在成都签约。\n", encoding="utf-8")
    (article,) = read_file(f)
    assert article.authors == ["黄文静"] and article.date == "2024-05-20"
    assert article.text.startswith("2024年5月20日")


def test_section_labels_stay_in_their_article(tmp_path):
    f = tmp_path / "sections.txt"
    f.write_text("## 大赛赛果揭晓\n\n► 本报记者 林小雨\n\n10月26日，大赛落幕。\n\n## 企业组：芯片项目夺魁\n\n"
                 "企业组比赛中，某公司摘得一等奖。\n\n## 另一篇报道\n\n**本报讯** 某基金设立。\n", encoding="utf-8")
    articles = read_file(f)
    assert [a.title for a in articles] == ["大赛赛果揭晓", "另一篇报道"]
    assert "\n企业组：芯片项目夺魁\n" in articles[0].text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, encoding):
    text = "# 新闻标题\n\n浙江大学教授林晓峰表示，团队将继续攻关。\n"
    (article,) = read_file(write(tmp_path, "a.txt", text.encode(encoding)))
    assert article.title == "新闻标题" and article.text.startswith("浙江大学教授林晓峰")
    line = "浙江大学教授林晓峰团队发布成果"  # no ASCII at all, so not one zero byte
    (article,) = read_file(write(tmp_path, "b.txt", line.encode(encoding)))
    assert article.text == line


def test_html_title_is_the_headline(tmp_path):
    page = ("<html><head><title>浙江大学发布新成果_新闻中心_某某网</title></head>"
            "<body><div>首页</div><p>浙江大学教授林晓峰团队发布了新成果。</p></body></html>")
    path = write(tmp_path, "a.html", page)
    (article,) = read_file(path)
    assert article.title == "浙江大学发布新成果"
    assert article.text == "浙江大学教授林晓峰团队发布了新成果。"  # the lone navigation word is gone
    src = path.read_text(encoding="utf-8")
    assert src[article.offsets[0]:article.offsets[0] + 4] == "浙江大学"
    with_h1 = page.replace("<div>首页</div>", "<div>首页</div><h1>真正的标题</h1>")
    (article,) = read_file(write(tmp_path, "b.html", with_h1))
    assert article.title == "真正的标题"


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

CHINESE = st.text(alphabet=st.sampled_from("浙江大学教授林晓峰团队发布成果。，、“”（）\n 0123abc#<>&;/"), max_size=300)


def read_or_refuse(path):
    """A clean result or one KgError line: nothing else may come out of ingest."""
    try:
        articles = read_file(path)
    except KgError as e:
        assert "\n" not in str(e) and str(path) in str(e)
        return []
    for a in articles:
        assert len(a.offsets) == len(a.text) + 1
    return articles


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_random_bytes_give_articles_or_one_line(tmp_path, data, suffix):
    read_or_refuse(write(tmp_path, "x" + suffix, data))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=CHINESE, encoding=st.sampled_from(["utf-8", "gb18030", "utf-16-le", "utf-16-be", "utf-16"]),
       cut=st.integers(min_value=0, max_value=400))
def test_random_encodings_and_truncated_html(tmp_path, text, encoding, cut):
    page = f"<html><head><title>{text[:20]}</title></head><body><h1>{text[:10]}</h1><p>{text}</p></body></html>"
    read_or_refuse(write(tmp_path, "a.txt", text.encode(encoding)))
    read_or_refuse(write(tmp_path, "b.html", page[:cut].encode(encoding)))


def test_huge_lines(tmp_path):
    line = "浙江大学教授林晓峰团队发布成果，" * 20000
    (article,) = read_or_refuse(write(tmp_path, "a.txt", line))
    assert len(article.text) == len(line)
    assert read_or_refuse(write(tmp_path, "b.html", "<p>" + "<b>" * 50000 + "好</p>")) is not None


def test_a_numbered_heading_is_not_joined_to_the_lines_around_it(tmp_path):
    text = ("关于举办星河市创新大赛的通知\n"
            "承办单位包括星河市科技金融服务中心、星河市生产力促进中心和星河市创业投资有限公司\n"
            "(二)大赛组委会\n星河市创新大赛(以下简称“大赛”)主办单位共同组成大赛组委会。\n")
    (article,) = read_file(write(tmp_path, "notice.txt", text))
    assert "\n(二)大赛组委会\n星河市创新大赛" in article.text


def test_rows_of_a_list_of_people_stay_lines_of_their_own(tmp_path):
    text = ("星河省8人获得院士增选有效候选人资格\n\n"
            "星河大学信息工程学院教授 马秋禾(女)\n\n云帆集团洛阳材料研究院有限公司研究员 李红霞(女)\n\n星河科技大学教授 魏世忠\n")
    (article,) = read_file(write(tmp_path, "list.txt", text))
    assert "马秋禾(女)\n云帆集团" in article.text and "李红霞(女)\n星河科技大学" in article.text


def test_rows_that_open_with_a_name_stay_lines_of_their_own(tmp_path):
    text = ("星河省新晋院士榜\n马秋禾,核物理专家,星河物理研究所研究员、副所长\n"
            "李红霞,光学专家,星河光学精密机械研究所研究员\n魏世忠,计算物理学家,星河大学教授\n")
    (article,) = read_file(write(tmp_path, "list.txt", text))
    assert "副所长\n李红霞" in article.text and "研究员\n魏世忠" in article.text


def test_hard_wrapped_prose_is_joined(tmp_path):
    text = ("星河新闻\n据悉,母基金由星河投资和云帆创投共同出资设立,子基金由星河投资、云帆创投和相关国资共同出资设立,规模\n"
            "合计200亿元,重点投向集成电路、生物医药等产业,首期规模为50亿元,由星河资本担任基金管理人。\n")
    (article,) = read_file(write(tmp_path, "wrap.txt", text))
    assert "规模合计200亿元" in article.text


def test_picture_captions_stay_lines_of_their_own(tmp_path):
    text = ("星河大学聘任仪式举行\n\n仪式由副校长马秋禾主持。\n\n(吴桐书记出席仪式并致辞)\n\n(李红霞校长颁发聘书)\n\n"
            "党委副书记魏世忠宣读了聘任文件。\n")
    (article,) = read_file(write(tmp_path, "captions.txt", text))
    assert "(吴桐书记出席仪式并致辞)\n(李红霞校长颁发聘书)\n党委副书记" in article.text
