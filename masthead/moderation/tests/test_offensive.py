import json
import warnings
from pathlib import Path

import pytest

from masthead.moderation.offensive import offensive_score

EVAL = Path(__file__).resolve().parents[1] / "corpus" / "eval.jsonl"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    with EVAL.open(encoding="utf-8") as handle:
        corpus = [json.loads(line)["text"] for line in handle][:200]
    return [*corpus, "", "   ", "!!!", "the the the", "you are a f*cking idiot", "x" * 5_000]


def test_it_equals_alt_profanity_check(texts: list[str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import profanity_check  # type: ignore[import-untyped]

        expected = profanity_check.predict_prob(texts)
    for text, probability in zip(texts, expected, strict=True):
        assert offensive_score(text) == pytest.approx(float(probability), abs=1e-9)


def test_it_scores_in_the_unit_interval(texts: list[str]) -> None:
    assert all(0.0 <= offensive_score(text) <= 1.0 for text in texts)
