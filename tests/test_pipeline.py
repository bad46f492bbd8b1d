"""`kg build` and `kg extract` end to end, as a user runs them."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg import validate, vocab
from kg.doc import Article

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample-page.txt"
KG = [sys.executable, "-m", "kg.cli"]


def run(*args, cwd=None):
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def sample_graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "sample.trig"
    done = run("build", SAMPLE, "-o", out)
    assert done.returncode == 0, done.stderr
    return out, done


def quads(path):
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.from_extension(Path(path).suffix[1:]))
    return store


def test_sample_builds_seven_articles_with_titles_and_authors(sample_graph):
    out, done = sample_graph
    store = quads(out)
    rows = list(store.query(
        "PREFIX schema: <http://schema.org/> SELECT ?a ?t WHERE { GRAPH ?a { ?a a schema:NewsArticle "
        "OPTIONAL { ?a schema:headline ?t } } }"))
    assert len(rows) == 7
    titles = {r["t"].value for r in rows if r["t"] is not None}
    assert "济宁高新区 勇担全市高质量发展领头羊" in titles
    authors = {r["n"].value for r in store.query(
        "PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?n WHERE { GRAPH ?g { ?a schema:author ?p . ?p rdfs:label ?n } }")}
    assert {"翟纪东", "刘佳佳", "薛琳", "张伟"} <= authors
    assert "7 articles" in done.stdout and "facts:" in done.stdout


def test_evidence_points_into_the_source_file(sample_graph):
    out, _ = sample_graph
    source = SAMPLE.read_text(encoding="utf-8")
    rows = list(quads(out).query(
        f"PREFIX kg: <{vocab.KG_BASE}> SELECT DISTINCT ?s ?a ?b WHERE {{ GRAPH ?g {{ "
        "?e kg:sentence ?s ; kg:startOffset ?a ; kg:endOffset ?b } }"))
    assert len(rows) > 20
    for r in rows:
        sentence, a, b = r["s"].value, int(r["a"].value), int(r["b"].value)
        span = source[a:b]
        assert span[0] == sentence[0] and span[-1] == sentence[-1]
        rest = iter(span)  # the sentence's characters stand in the span in order (layout removed)
        assert all(c in rest for c in sentence)


def test_layout_break_is_repaired_in_the_analysed_text(sample_graph):
    out, _ = sample_graph
    labels = {r["l"].value for r in quads(out).query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { GRAPH ?g { ?e rdfs:label ?l } }")}
    assert "医渡云" in labels


def test_sample_conforms_to_the_shapes(sample_graph):
    out, _ = sample_graph
    conforms, report = validate.validate(str(out))
    assert conforms, report[:5]
    done = run("validate", out)
    assert done.returncode == 0 and "conforms" in done.stdout


@pytest.mark.parametrize("fmt", ["nq", "ttl", "jsonld"])
def test_other_formats(tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    assert run("build", SAMPLE, "-o", out, "-q").returncode == 0
    store = quads(out)
    assert len(store) > 500
    graphs = list(store.named_graphs())
    assert (len(graphs) == 7) == (fmt == "nq")  # N-Quads keeps the named graphs, the others the union


def test_rebuilding_into_a_store_replaces_each_article(tmp_path):
    store_dir = tmp_path / "store"
    for _ in range(2):
        assert run("build", SAMPLE, "-o", tmp_path / "g.trig", "--store", store_dir, "-q").returncode == 0
    first = len(ox.Store.read_only(str(store_dir)))
    assert run("build", SAMPLE, "-o", tmp_path / "g.trig", "--store", store_dir, "-q").returncode == 0
    assert len(ox.Store.read_only(str(store_dir))) == first == len(quads(tmp_path / "g.trig"))


def test_min_confidence_drops_weaker_facts(tmp_path):
    run("build", SAMPLE, "-o", tmp_path / "all.trig", "-q")
    run("build", SAMPLE, "-o", tmp_path / "strong.trig", "-q", "--min-confidence", "0.85")
    count = ("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
             "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g { ?f a rdf:Statement } }")
    n_all = int(next(iter(quads(tmp_path / "all.trig").query(count)))["n"].value)
    n_strong = int(next(iter(quads(tmp_path / "strong.trig").query(count)))["n"].value)
    assert 0 < n_strong < n_all


def test_bad_inputs_are_reported_and_the_rest_builds(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("合肥高新区管委会副主任程立新表示，将加快建设。", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "bad.txt").write_bytes("中文".encode("utf-8") + b"\xff\xfe\xfa\x80\x81")
    out = tmp_path / "g.trig"
    done = run("build", good, tmp_path / "empty.txt", tmp_path / "binary.txt", tmp_path / "bad.txt",
               tmp_path / "missing.txt", "-o", out, "-q")
    assert done.returncode == 1
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 4 and all(line.startswith("kg build: ") for line in errors)
    assert "Traceback" not in done.stderr
    for name in ("empty.txt", "binary.txt", "bad.txt", "missing.txt"):
        assert any(name in line for line in errors)
    assert "程立新" in out.read_text(encoding="utf-8")


def test_failed_build_leaves_the_old_output_untouched(tmp_path):
    out = tmp_path / "g.trig"
    out.write_text("old graph", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  ", encoding="utf-8")
    done = run("build", tmp_path / "empty.txt", "-o", out)
    assert done.returncode == 1 and done.stderr.count("\n") == 2
    assert out.read_text(encoding="utf-8") == "old graph"
    assert [p.name for p in tmp_path.iterdir()] == sorted(["g.trig", "empty.txt"]) or \
        sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "g.trig"]


def test_output_folder_is_created(tmp_path):
    done = run("build", SAMPLE, "-o", tmp_path / "out" / "g.trig", "-q")
    assert done.returncode == 0 and (tmp_path / "out" / "g.trig").stat().st_size > 1000


def test_unwritable_output_is_one_line(tmp_path):
    (tmp_path / "a-file").write_text("x")
    done = run("build", SAMPLE, "-o", tmp_path / "a-file" / "g.trig", "-q")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_python_api_build_and_query(tmp_path):
    g = kg.build([SAMPLE], output=str(tmp_path / "g.trig"))
    df = g.saved("funds")
    assert len(df) >= 1
    people = g.query("SELECT DISTINCT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }")
    assert len(people) >= 20


def test_extract_writes_mentions_and_facts(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "a", "text": "浙江大学教授林晓峰表示，团队将继续攻关。"},
        {"id": 7, "text": "会议在杭州举行。"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = run("extract", src, "-o", out)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == ["a", 7]
    text = "浙江大学教授林晓峰表示，团队将继续攻关。"
    spans = {(m["text"], m["type"]) for m in lines[0]["mentions"]}
    assert {("浙江大学", "University"), ("教授", "Title"), ("林晓峰", "Person")} <= spans
    for m in lines[0]["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    fact = next(f for f in lines[0]["facts"] if f["predicate"] == "affiliatedWith")
    assert fact["subject"] == "林晓峰" and fact["object"] == "浙江大学" and fact["title"] == "教授"
    assert 0 < fact["confidence"] <= 1


def test_extract_bad_line_is_one_line_error(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "好"}\nnot json\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = run("extract", src, "-o", out)
    assert done.returncode == 1 and ":2:" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists() and not list(tmp_path.glob(".kg-extract-*"))


def test_rebuilding_an_edited_file_replaces_its_old_articles(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("## 甲\n\n兰州大学教授林晓峰表示，将加快建设。\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    assert run("build", page, "-o", tmp_path / "g.trig", "--store", store_dir, "-q").returncode == 0
    page.write_text("## 甲\n\n兰州大学教授林晓峰表示，将加快建设新园区。\n", encoding="utf-8")
    assert run("build", page, "-o", tmp_path / "g.trig", "--store", store_dir, "-q").returncode == 0
    graphs = list(ox.Store.read_only(str(store_dir)).named_graphs())
    assert len(graphs) == 1


def test_a_list_before_a_team_builds(tmp_path):
    """``清华大学、张伟团队`` once stopped the whole build with an IndexError."""
    src = tmp_path / "team.txt"
    src.write_text("清华大学、张伟团队发布新成果。", encoding="utf-8")
    done = run("build", src, "-o", tmp_path / "g.trig")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "清华大学" in (tmp_path / "g.trig").read_text(encoding="utf-8")


def test_an_article_failing_in_extraction_is_one_line_and_the_rest_builds(tmp_path, monkeypatch, capsys):
    from kg import cli, relations

    (tmp_path / "a.txt").write_text("# 好消息\n\n浙江大学教授林晓峰表示，将继续攻关。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("# 坏消息\n\n南京大学教授苏明远表示，将继续攻关。", encoding="utf-8")
    real = relations.find_facts

    def failing(article, disabled=frozenset()):
        if "苏明远" in article.text:
            raise ValueError("a bug met by this article")
        return real(article, disabled)

    monkeypatch.setattr(relations, "find_facts", failing)
    out = tmp_path / "g.trig"
    assert cli.main(["build", str(tmp_path), "-o", str(out), "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "b.txt" in err[0] and "坏消息" in err[0] and "a bug met by this article" in err[0]
    text = out.read_text(encoding="utf-8")
    assert "林晓峰" in text and "苏明远" not in text


def test_duplicate_articles_are_counted_in_the_summary(tmp_path):
    for i in range(5):
        (tmp_path / f"copy{i}.txt").write_text("# 同一篇\n\n浙江大学教授林晓峰表示，将继续攻关。", encoding="utf-8")
    done = run("build", tmp_path, "-o", tmp_path / "g.trig")
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("5 articles, 4 duplicates skipped, from 5 files"), first
    assert "1 facts" in done.stdout or "facts: affiliatedWith 1" in done.stdout


def extracted_mentions(tmp_path, text: str) -> list[dict]:
    """The mentions `kg extract` writes for one text."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run("extract", src, "-o", out).returncode == 0
    return json.loads(out.read_text(encoding="utf-8"))["mentions"]


def test_extract_writes_each_mention_once(tmp_path):
    mentions = extracted_mentions(tmp_path, "浙江大学教授林晓峰表示，林晓峰团队将继续攻关。")
    spans = [(m["start"], m["end"], m["type"]) for m in mentions]
    assert len(spans) == len(set(spans)) and ("Person" in {m["type"] for m in mentions})


def test_extract_mentions_are_flat(tmp_path):
    """As NER data gives them: the department, not the university inside it as well."""
    mentions = extracted_mentions(tmp_path, "1955年出生，星河大学经济系硕士毕业，现任云帆市科技局局长。")
    spans = [(m["start"], m["end"]) for m in mentions]
    assert spans and not any(a != b and b[0] <= a[0] and a[1] <= b[1] for a in spans for b in spans)


def test_bodies_named_by_their_level_alone_are_nodes_only_where_a_fact_uses_them():
    from kg import pipeline

    [a] = pipeline.analyse([Article(source="t", source_text=t, text=t, offsets=list(range(len(t) + 1)))
                            for t in ["市委市政府高度重视，东川星光科技有限公司落户东川高新区。"]])
    names = {m.text for m in a.mentions}
    assert "东川星光科技有限公司" in names and not names & {"市委市政府", "市委", "市政府"}


def test_bodies_named_by_kind_are_mentions_but_no_nodes(monkeypatch):
    """NER reports 博彩公司 where the tagger finds it (as NER data labels it); the graph holds only
    named bodies."""
    from kg import pipeline
    from kg.ner import tagger

    text = "星河科技有限公司表示，博彩公司开出的赔率偏低。"
    at = text.index("博彩公司")

    class Tagger:  # the tagger's own spans for this one text
        def tag_with_marginals(self, t):
            return [(at, at + 4, "Organization", 0.95)] if t == text else []

    monkeypatch.setattr(tagger, "_model", lambda: Tagger())
    out = pipeline.extract_text("a", text)
    assert {(m["text"], m["type"]) for m in out["mentions"]} >= {("博彩公司", "Organization"), ("星河科技有限公司", "Company")}
    article = pipeline.Article(source="t", source_text=text, text=text, offsets=list(range(len(text) + 1)))
    article.sentences = pipeline.ingest.split_sentences(text)
    pipeline.analyse([article])
    assert "博彩公司" not in {e.label for e in article.entities}
    assert "博彩公司" in {m.text for m in article.kinds}


def test_jieba_cache_goes_to_the_users_cache_folder(tmp_path):
    """A /tmp/jieba.cache that cannot be replaced (another user's; here a folder) is never touched."""
    tmp = tmp_path / "tmp"
    (tmp / "jieba.cache").mkdir(parents=True)
    cache = tmp_path / "cache"
    src = tmp_path / "a.txt"
    src.write_text("浙江大学教授林晓峰表示，将继续攻关。", encoding="utf-8")
    env = {**os.environ, "TMPDIR": str(tmp), "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run([*KG, "build", str(src), "-o", str(tmp_path / "g.trig"), "-q"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert (cache / "kg" / "jieba.cache").is_file()
    (tmp_path / "blocked").write_text("not a folder")
    env["XDG_CACHE_HOME"] = str(tmp_path / "blocked")
    done = subprocess.run([*KG, "build", str(src), "-o", str(tmp_path / "g.trig"), "-q"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_the_test_script_waits_for_the_dpkg_lock():
    script = (Path(__file__).parent.parent / "scripts" / "test.sh").read_text()
    calls = [line for line in script.splitlines() if "apt-get " in line and not line.strip().startswith("#")]
    assert calls and all("DPkg::Lock::Timeout=" in line for line in calls)


# --- bad input in bulk ------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.pipeline import extract_text  # noqa: E402

PEOPLE = ["张伟", "李娜", "王小明", "欧阳明", "阿依古丽·买买提", "司马", "张", "李某", "王", ""]
ORGS = ["清华大学", "某某研究院", "深圳市科技创新委员会", "星河科技有限公司", "中国", "国家", "高新区",
        "浙江大学计算机学院", "科技局", "第三届创新创业大赛", "人才计划", "基金", "银行"]
TRIGGERS = ["团队", "等", "分别", "由", "共同发起", "联合", "发起设立", "获得", "一等奖", "教授", "院长", "入选",
            "毕业于", "创办", "主办", "承办", "以下简称", "该校", "该公司", "他", "担任", "荣获", "任"]
PUNCT = list("、，。（）“”；：！？·《》\n ") + ["……", "——"]
PIECES = st.sampled_from(PEOPLE + ORGS + TRIGGERS + PUNCT) | st.text(
    alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), max_size=3)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=25))
def test_extraction_survives_generated_sentences(pieces):
    text = "".join(pieces)
    record = extract_text("x", text)
    assert record is not None, text  # None means an exception was caught inside extraction
    for m in record["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_import_kg_loads_no_heavy_library():
    """`import kg` and `kg --help` start quickly: pandas, jieba, jionlp, rdflib and the model load when used."""
    code = ("import sys, kg, kg.cli; heavy = {'pandas', 'jieba', 'jionlp', 'rdflib', 'networkx', 'pycrfsuite'}; "
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert kg_api_is_reachable()


def kg_api_is_reachable() -> bool:
    import kg
    return kg.KnowledgeGraph.__name__ == "KnowledgeGraph" and callable(kg.build) and callable(kg.open)
