import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from django.test import override_settings

from masthead.moderation import classifier
from masthead.moderation.classifier import LABELS, SiteClassifier, starter_examples, train

INSULT = "the word glorbnik is used as an insult"


@pytest.fixture(scope="module")
def model() -> SiteClassifier:
    return train(starter_examples())


@pytest.fixture
def var_dir(tmp_path: Path) -> Iterator[Path]:
    classifier.forget()
    with override_settings(VAR_DIR=tmp_path):
        yield tmp_path
    classifier.forget()


def test_the_starter_corpus_never_includes_the_evaluation_split() -> None:
    evaluation = Path(classifier.STARTER).with_name("eval.jsonl")
    with evaluation.open(encoding="utf-8") as handle:
        held_out = {json.loads(line)["text"] for line in handle}
    assert held_out
    assert not held_out & {text for text, _, _ in starter_examples()}


def test_scores_are_probabilities_over_every_label(model: SiteClassifier) -> None:
    for text in ["Thanks for the clear reporting.", "k1ll them all", "", "!!!"]:
        scores = model.scores(text)
        assert set(scores) == set(LABELS)
        assert all(0.0 <= p <= 1.0 for p in scores.values())
        assert sum(scores.values()) == pytest.approx(1.0)


def test_the_fast_path_equals_scikit_learn(model: SiteClassifier) -> None:
    from scipy.special import expit  # type: ignore[import-untyped]
    from sklearn.linear_model import SGDClassifier  # type: ignore[import-untyped]

    examples = starter_examples()
    labels = [label for _, label, _ in examples]
    matrix = classifier._matrix([t for t, _, _ in examples], model)

    def sgd(epochs: int) -> SGDClassifier:
        return SGDClassifier(
            loss="log_loss",
            alpha=classifier.ALPHA,
            class_weight="balanced",
            max_iter=epochs,
            tol=None,
            random_state=classifier.RANDOM_STATE,
        )

    reasons = sgd(classifier.REASON_EPOCHS).fit(matrix, labels)
    inside = np.array([label == "ok" or label in classifier.HARMFUL for label in labels])
    harmful = sgd(classifier.EPOCHS).fit(
        matrix[inside], [label in classifier.HARMFUL for label in np.array(labels)[inside]]
    )
    texts = ["You are a clown, a total clown.", "Send them all back!!", "Great piece on the tram."]
    features = classifier._matrix(texts, model)
    expected_reasons = reasons.predict_proba(features)
    expected_harmful = harmful.predict_proba(features)[:, 1]
    for text, row, not_ok in zip(texts, expected_reasons, expected_harmful, strict=True):
        scores = model.scores(text)
        assert 1.0 - scores["ok"] == pytest.approx(not_ok, abs=1e-9)
        others = {label: p for label, p in zip(reasons.classes_, row, strict=True) if label != "ok"}
        for label, p in others.items():
            # predict_proba normalises the one-vs-rest sigmoids; so does the fast path, over
            # the labels other than ok.
            assert scores[label] == pytest.approx(not_ok * p / sum(others.values()), abs=1e-9)
    assert expit(0.0) == 0.5


def test_short_neutral_replies_are_not_held(model: SiteClassifier) -> None:
    for text in ["A reply", "First", "Thanks", "Top one", "Well said Jim", "Fixed", "+1"]:
        assert model.not_ok(text) < 0.7, text


def test_training_is_deterministic(model: SiteClassifier) -> None:
    again = train(starter_examples())
    assert np.array_equal(again.weights, model.weights)
    assert again.scores(INSULT) == model.scores(INSULT)


def test_moderator_decisions_change_the_verdict_on_a_similar_comment(
    model: SiteClassifier, var_dir: Path
) -> None:
    comment = "what a glorbnik you are, total glorbnik"
    before = model.scores(comment)
    decisions = [
        ("you absolute glorbnik", "insult", classifier.DECISION_WEIGHT),
        ("shut up glorbnik", "insult", classifier.DECISION_WEIGHT),
        ("only a glorbnik would write this", "insult", classifier.DECISION_WEIGHT),
        ("glorbnik glorbnik glorbnik", "insult", classifier.DECISION_WEIGHT),
    ] * 3
    retrained = classifier.retrain(decisions)
    after = retrained.scores(comment)
    assert after["insult"] > before["insult"]
    assert max(after, key=after.__getitem__) == "insult"
    assert classifier.current() is retrained  # this process uses it at once
    assert (var_dir / "moderation" / "site-classifier.joblib").exists()


def test_save_and_load_round_trip(model: SiteClassifier, tmp_path: Path) -> None:
    path = tmp_path / "model.joblib"
    model.save(path)
    loaded = SiteClassifier.load(path)
    assert loaded is not None
    for text in ["You are a clown.", "Thanks!", INSULT]:
        assert loaded.scores(text) == pytest.approx(model.scores(text))


def test_load_returns_none_for_a_missing_or_corrupt_file(tmp_path: Path) -> None:
    assert SiteClassifier.load(tmp_path / "missing.joblib") is None
    corrupt = tmp_path / "corrupt.joblib"
    corrupt.write_bytes(b"not a model")
    assert SiteClassifier.load(corrupt) is None


def test_current_trains_saves_and_reloads_a_newer_file(
    model: SiteClassifier, var_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = classifier.current()
    path = var_dir / "moderation" / "site-classifier.joblib"
    assert path.exists()
    assert classifier.current() is first  # cached
    # Another process saves a new model; after the reload interval this one picks it up.
    other = train([*starter_examples(), (INSULT, "insult", 3.0)])
    other.save(path)
    monkeypatch.setattr(classifier, "RELOAD_INTERVAL", 0.0)
    reloaded = classifier.current()
    assert reloaded is not first
    assert reloaded.scores(INSULT) == pytest.approx(other.scores(INSULT))


def test_current_retrains_over_a_corrupt_file(var_dir: Path) -> None:
    path = var_dir / "moderation" / "site-classifier.joblib"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00garbage")
    assert classifier.current().trained_on == len(starter_examples())
    assert SiteClassifier.load(path) is not None


def test_it_rejects_unknown_labels() -> None:
    with pytest.raises(ValueError, match="unknown label"):
        train([("hello", "rude", 1.0), ("bye", "ok", 1.0)])
