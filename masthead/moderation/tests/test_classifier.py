import dataclasses
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from django.test import override_settings

from masthead.moderation import classifier
from masthead.moderation.checks import ModerationConfig
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
        held_out = [json.loads(line)["text"] for line in handle]
    trained = [text for text, _, _ in starter_examples()]
    assert held_out and trained
    assert not {t.casefold() for t in held_out} & {t.casefold() for t in trained}
    # The split is a function of each text alone (corpus/README.md), so adding lines later never
    # moves an evaluation line into training.
    assert all(in_evaluation_split(t) for t in held_out)
    assert not any(in_evaluation_split(t) for t in trained)


def in_evaluation_split(text: str) -> bool:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % 5 == 0


def test_scores_are_probabilities_over_every_label(model: SiteClassifier) -> None:
    for text in ["Thanks for the clear reporting.", "k1ll them all", "", "!!!"]:
        scores = model.scores(text)
        assert set(scores) == set(LABELS)
        assert all(0.0 <= p <= 1.0 for p in scores.values())
        assert sum(scores.values()) == pytest.approx(1.0)


def test_the_fast_path_equals_scikit_learn(model: SiteClassifier) -> None:
    from sklearn.linear_model import SGDClassifier  # type: ignore[import-untyped]

    examples = starter_examples()
    labels = [label for _, label, _ in examples]
    matrix = classifier._matrix([t for t, _, _ in examples], model)
    reference = SGDClassifier(
        loss="log_loss",
        alpha=classifier.ALPHA,
        class_weight="balanced",
        max_iter=classifier.EPOCHS,
        tol=None,
        random_state=classifier.RANDOM_STATE,
    ).fit(matrix, labels)
    texts = ["You are a clown, a total clown.", "Send them all back!!", "Great piece on the tram."]
    expected = reference.predict_proba(classifier._matrix(texts, model))
    for text, row in zip(texts, expected, strict=True):
        assert len(text.split()) >= classifier.SHORT_WORDS  # no short-text penalty here
        scores = model.scores(text)
        for label, p in zip(reference.classes_, row, strict=True):
            assert scores[label] == pytest.approx(p, abs=1e-9)


def test_a_short_text_needs_more_evidence(model: SiteClassifier) -> None:
    from scipy.special import expit, logit  # type: ignore[import-untyped]

    decision, words = model.decision("Idiot!")
    assert words < classifier.SHORT_WORDS
    probabilities = expit(decision) / expit(decision).sum()
    plain = 1.0 - float(probabilities[model.labels.index("ok")])
    scores = model.scores("Idiot!")
    assert 1.0 - scores["ok"] == pytest.approx(expit(logit(plain) - classifier.SHORT_PENALTY))
    assert sum(scores.values()) == pytest.approx(1.0)
    assert max((k for k in scores if k != "ok"), key=scores.__getitem__) == "insult"


def test_short_neutral_replies_are_not_held(model: SiteClassifier) -> None:
    replies = [
        "A reply",
        "Thanks",
        "Top one",
        "Well said Jim",
        "Fixed",
        "+1",
        "Agreed",
        "Source?",
        "Wow",
    ]
    for text in replies:
        assert model.not_ok(text) < ModerationConfig().classifier_hold_threshold, text


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
    other = dataclasses.replace(
        train([*starter_examples(), (INSULT, "insult", 3.0)]), corpus=classifier.corpus_digest()
    )
    other.save(path)
    monkeypatch.setattr(classifier, "RELOAD_INTERVAL", 0.0)
    reloaded = classifier.current()
    assert reloaded is not first
    assert reloaded.scores(INSULT) == pytest.approx(other.scores(INSULT))


@pytest.mark.django_db
def test_a_model_from_another_starter_corpus_is_retrained(
    model: SiteClassifier, var_dir: Path
) -> None:
    # An upgrade shipped a new starter corpus: the saved model is used while the retraining
    # task (immediate in tests) replaces it with one of the new corpus and the site's decisions.
    path = var_dir / "moderation" / "site-classifier.joblib"
    old = dataclasses.replace(train([*starter_examples()[::2]]), corpus="an older corpus")
    old.save(path)
    current = classifier.current()
    assert current.corpus == classifier.corpus_digest()
    assert current.trained_on == len(starter_examples())
    saved = SiteClassifier.load(path)
    assert saved is not None and saved.corpus == classifier.corpus_digest()
    assert classifier.current() is current


def test_current_retrains_over_a_corrupt_file(var_dir: Path) -> None:
    path = var_dir / "moderation" / "site-classifier.joblib"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00garbage")
    assert classifier.current().trained_on == len(starter_examples())
    assert SiteClassifier.load(path) is not None


def test_it_rejects_unknown_labels() -> None:
    with pytest.raises(ValueError, match="unknown label"):
        train([("hello", "rude", 1.0), ("bye", "ok", 1.0)])
