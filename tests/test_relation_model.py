"""The relation classifier of bench/ (an experiment the rules beat on held-out news): its model
loads, scores invented sentences sensibly, and its features are deterministic (names invented)."""
import json
import sys
from pathlib import Path

import pytest

from kg import ingest, ner
from kg.doc import Article

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import relation_features  # noqa: E402


def analysed(text: str) -> Article:
    article = Article(source="t", source_text=text, text=text, offsets=list(range(len(text) + 1)))
    article.sentences = ingest.split_sentences(text)
    ner.find_mentions(article)
    return article


def pair(article: Article, subj_type: str, obj_type: str):
    """The first candidate whose subject and object have these types (an org class for "Org")."""
    def fits(m, t):
        return m.type in relation_features.ORG if t == "Org" else m.type == t

    return next(c for c in relation_features.candidates(article) if fits(c.subject, subj_type) and fits(c.object, obj_type))


def test_the_shipped_model_loads_with_every_predicate():
    model = relation_features.load()
    assert set(model["predicates"]) == set(relation_features.SIGNATURES)
    for part in model["predicates"].values():
        assert isinstance(part["bias"], float)
        assert all(isinstance(w, float) for w in part["weights"].values())
    assert json.loads(relation_features.MODEL_PATH.read_text(encoding="utf-8")) == model


def test_graduating_scores_alumni_above_a_visit():
    graduated = analysed("张伟毕业于星河大学。")
    visited = analysed("张伟访问了星河大学。")
    p_graduated = relation_features.score(graduated, *pair(graduated, "Person", "Org"))
    p_visited = relation_features.score(visited, *pair(visited, "Person", "Org"))
    assert p_graduated["alumniOf"] > p_visited["alumniOf"]
    assert p_graduated["alumniOf"] > p_graduated["affiliatedWith"]


@pytest.mark.parametrize("text, subj_type, obj_type, predicate", [
    ("星河科技有限公司董事长张伟表示，将加大研发投入。", "Person", "Org", "affiliatedWith"),
    ("张伟创办了星河科技有限公司。", "Org", "Person", "foundedBy"),
    ("张伟入选“星河人才计划”。", "Person", "Program", "selectedFor"),
])
def test_a_stated_relation_is_likely(text, subj_type, obj_type, predicate):
    article = analysed(text)
    assert relation_features.score(article, *pair(article, subj_type, obj_type))[predicate] > 0.5


def test_scores_cover_every_predicate_and_none():
    article = analysed("星河大学教授张伟获得了“星河科学奖”。")
    scores = relation_features.score(article, *pair(article, "Person", "Award"))
    assert set(scores) == set(relation_features.SIGNATURES) | {"none"}
    assert all(0.0 <= p <= 1.0 for p in scores.values())
    assert scores["affiliatedWith"] == scores["foundedBy"] == 0.0  # types that don't fit
    assert scores["none"] == pytest.approx(1 - scores["wonAward"])


def test_candidates_are_pairs_in_one_sentence_that_some_predicate_fits():
    article = analysed("张伟与李强在星河大学会面。王芳是星河科技有限公司的工程师。")
    cands = relation_features.candidates(article)
    assert cands
    for c in cands:
        assert c.sentence in article.sentences
        assert c.sentence[0] <= c.subject.start and c.object.end <= c.sentence[1]
        assert any(relation_features.fits(p, c.subject, c.object) for p in relation_features.SIGNATURES)
    assert not any(c.subject.type == c.object.type == "Person" for c in cands)


def test_features_are_deterministic():
    text = "星河大学教授张伟、李强团队获得了“星河科学奖”，张伟毕业于星河大学。"
    first, second = analysed(text), analysed(text)
    got = [relation_features.features(first, *c) for c in relation_features.candidates(first)]
    again = [relation_features.features(second, *c) for c in relation_features.candidates(second)]
    assert got == again
    assert all(fs == sorted(set(fs)) for fs in got)
    assert got == [relation_features.features(first, *c) for c in relation_features.candidates(first)]
