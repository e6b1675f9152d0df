import json
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from masthead.moderation.classifier import LABELS, STARTER
from masthead.moderation.evaluation import Row, evaluate
from masthead.moderation.management.commands.moderation_eval import Command

EVAL = STARTER.with_name("eval.jsonl")


@dataclass(frozen=True)
class FakeVerdict:
    action: str
    reasons: tuple[str, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)


def _by_keyword(text: str) -> FakeVerdict:
    if "kill" in text:
        return FakeVerdict("reject", ("threat",))
    if "idiot" in text:
        return FakeVerdict("hold", ("insult",))
    return FakeVerdict("approve")


def _run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(Command(), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_counts_recall_precision_and_the_confusion_table() -> None:
    rows = [
        Row("you idiot", "insult", "en"),
        Row("idiot policy, not you", "ok", "en"),
        Row("kill them", "threat_or_incitement", "de"),
        Row("buy pills", "spam", "fr"),
        Row("nice article", "ok", "en"),
    ]
    report = evaluate(rows, _by_keyword)
    assert report.not_ok_recall == pytest.approx(2 / 3)
    assert report.not_ok_precision == pytest.approx(2 / 3)
    assert report.ok_held_rate == pytest.approx(1 / 2)
    assert report.per_label_recall == {
        "ok": 0.5,
        "insult": 1.0,
        "threat_or_incitement": 1.0,
        "spam": 0.0,
    }
    assert report.confusion["ok"] == {"approve": 1, "hold": 1, "reject": 0}
    assert report.per_lang_not_ok_recall == {"de": 1.0, "en": 1.0, "fr": 0.0}
    assert report.non_english_not_ok_recall == 0.5
    assert report.reasons == {"insult": 2, "threat": 1}


def test_it_reports_the_shipped_evaluation_split_as_json() -> None:
    out, err = _run(str(EVAL), "--json")
    report = json.loads(out)
    with EVAL.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    assert report["count"] == len(rows) > 400
    for key in ("not_ok_recall", "not_ok_precision", "ok_held_rate"):
        assert 0.0 <= report[key] <= 1.0
    assert set(report["per_label_recall"]) == set(LABELS)
    assert all(0.0 <= v <= 1.0 for v in report["per_label_recall"].values())
    assert set(report["per_lang_not_ok_recall"]) == {r["lang"] for r in rows}
    assert sum(sum(row.values()) for row in report["confusion"].values()) == len(rows)
    assert 0.0 < report["latency_ms"]["p50"] <= report["latency_ms"]["p99"]
    assert "warning" not in err  # the split shares no text with the training corpus


def test_it_prints_a_table_for_people() -> None:
    out, _ = _run(str(EVAL))
    assert "not-ok recall" in out
    assert "threat_or_incitement" in out


def test_it_warns_when_evaluated_texts_were_trained_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(STARTER.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    _, err = _run(str(path), "--json")
    assert "1 of 1 texts are in the training corpus" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "fine", "label": "ok", "lang": "en"}\n{"text": "oops"\n', "line 2: not valid"),
        ('{"text": "x", "label": "rude", "lang": "en"}\n', "line 1: 'label' must be one of"),
        ('["text"]\n', "line 1: expected a JSON object"),
        ('\n{"label": "ok"}\n', "line 2: 'text' must be a string"),
    ],
)
def test_it_names_the_line_of_a_malformed_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        _run(str(path))


def test_it_explains_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="cannot read"):
        _run(str(tmp_path / "absent.jsonl"))
