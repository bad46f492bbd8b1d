"""The packaged CRF tagger on sentences of our own (invented names)."""
import importlib.resources
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg import ner_model

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample-page.txt"


@pytest.fixture(scope="module")
def tagger():
    return ner_model.load()


def check_spans(text, spans):
    """Within bounds, non-empty, sorted, non-overlapping, known labels."""
    last_end = 0
    for start, end, label in spans:
        assert last_end <= start < end <= len(text)
        assert label in {"Person", "Organization", "Title"}
        last_end = end


def found(text, spans):
    return {(text[s:e], label) for s, e, label in spans}


def test_model_ships_in_package_and_loads():
    resource = importlib.resources.files("kg").joinpath(ner_model.MODEL_RESOURCE)
    assert resource.is_file()
    assert ner_model.load() is ner_model.load()


def test_person_title_organisation(tagger):
    text = "兰州大学教授李明华表示，这项研究仍处于早期阶段。"
    spans = tagger.tag(text)
    check_spans(text, spans)
    assert found(text, spans) >= {("兰州大学", "Organization"), ("教授", "Title"), ("李明华", "Person")}


def test_company_name(tagger):
    text = "杭州云帆智能科技有限公司近日完成了新一轮融资。"
    assert ("杭州云帆智能科技有限公司", "Organization") in found(text, tagger.tag(text))


def test_title_alone(tagger):
    text = "该公司总经理出席了发布会。"
    spans = found(text, tagger.tag(text))
    assert ("总经理", "Title") in spans
    assert not any(label == "Person" for _, label in spans)


def test_empty_and_plain_text(tagger):
    assert tagger.tag("") == []
    assert tagger.tag("今天天气很好。") == []
    assert tagger.tag_with_marginals("") == []


def test_latin_and_digits(tagger):
    text = "2023年，AlphaGeo公司CEO王建国在第3届AI大会上发布了V2.0版本，售价999元。"
    spans = tagger.tag(text)
    check_spans(text, spans)
    assert ("王建国", "Person") in found(text, spans)


def test_long_text_offsets(tagger):
    unit = "西安理工大学副校长赵振宇说：“我们会继续努力！”\n华远电子集团董事长孙立平出席了典礼。"
    text = unit * 400  # > 10k characters, with pieces cut at 。！\n and by length
    assert len(text) > 10_000
    spans = tagger.tag(text)
    check_spans(text, spans)
    single = tagger.tag(unit)
    assert len(spans) == 400 * len(single)
    assert found(text, spans) == found(unit, single)
    assert ("赵振宇", "Person") in found(text, spans)


def test_long_sentence_without_punctuation(tagger):
    text = "研究员周海涛" + "数据" * 3000
    spans = tagger.tag(text)
    check_spans(text, spans)
    assert ("周海涛", "Person") in found(text, spans)


def test_marginals_match_tags(tagger):
    text = "四川大学教授陈思远和西安星河科技有限公司总裁刘晓东出席了会议。"
    plain = tagger.tag(text)
    scored = tagger.tag_with_marginals(text)
    assert [s[:3] for s in scored] == plain
    assert all(0.0 < s[3] <= 1.0 for s in scored)


def test_sample_page(tagger):
    text = SAMPLE.read_text(encoding="utf-8")
    spans = tagger.tag(text)
    check_spans(text, spans)
    kinds = {label for _, _, label in spans}
    assert kinds == {"Person", "Organization", "Title"}


def test_to_jsonl_command(tmp_path):
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "7", "text": "复旦大学教授吴文静发表了论文。"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "kg.ner_model", "to-jsonl", str(src), str(dst)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    rec = json.loads(dst.read_text(encoding="utf-8"))
    assert rec["id"] == "7"
    assert {"start": 6, "end": 9, "type": "Person", "text": "吴文静"} in rec["mentions"]


def test_to_jsonl_missing_input(tmp_path):
    dst = tmp_path / "out.jsonl"
    run = subprocess.run([sys.executable, "-m", "kg.ner_model", "to-jsonl", str(tmp_path / "no.jsonl"), str(dst)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.startswith("error: ") and "Traceback" not in run.stderr
    assert not dst.exists()


def load_trainer():
    """tools/train_ner.py as a module (tools/ is not a package)."""
    path = SAMPLE.parent.parent / "tools" / "train_ner.py"
    spec = importlib.util.spec_from_file_location("train_ner", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_real_news_training_sentences(tmp_path):
    trainer = load_trainer()
    (tmp_path / "x01.txt").write_text(
        "星河科技发布新品\n\n星河科技董事长张伟表示，公司将与某某大学共建实验室。今天天气很好。\n\n"
        "“星河”团队由张伟带领。位于某某高新区的某某大学附属医院开业。\n", encoding="utf-8")
    gold = {"doc": "x01.txt",
            "entities": [{"name": "星河科技", "type": "Company", "aliases": ["星河"]},
                         {"name": "张伟", "type": "Person"}, {"name": "某某大学", "type": "University"},
                         {"name": "某某高新区", "type": "Zone"}],
            "facts": [{"s": "张伟", "p": "affiliatedWith", "o": "星河科技", "title": "董事长"}]}
    (tmp_path / "x01.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    model = importlib.resources.files("kg").joinpath(ner_model.MODEL_RESOURCE)
    with importlib.resources.as_file(model) as model_path:
        data = trainer.read_real([tmp_path], str(model_path))
    labelled = {text.strip(): found(text, [(s, e, k) for s, e, k in ner_model.spans_from_tags(tags)])
                for text, tags in data}
    assert labelled["星河科技董事长张伟表示，公司将与某某大学共建实验室。"] == {
        ("星河科技", "ORG"), ("董事长", "TITLE"), ("张伟", "PER"), ("某某大学", "ORG")}
    assert labelled["“星河”团队由张伟带领。"] == {("星河", "ORG"), ("张伟", "PER")}
    assert labelled["位于某某高新区的某某大学附属医院开业。"] == {("某某大学", "ORG")}  # a zone is O
    assert "今天天气很好。" not in labelled  # no name: dropped
    with pytest.raises(SystemExit):
        trainer.read_real([tmp_path / "held"], str(model_path))


def test_crossing_names_are_ambiguous():
    trainer = load_trainer()
    assert trainer.occurrences("某某区科技局", {"某某区": None, "区科技局": "ORG"}) is None
    assert trainer.occurrences("某某大学医学院和某某大学", {"某某大学": "ORG", "某某大学医学院": "ORG"}) == [
        (0, 7, "ORG"), (8, 12, "ORG")]
    assert trainer.match_form("ＡＢ“星河”") == 'ab"星河"'
