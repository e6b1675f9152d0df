"""Measure the moderation pipeline's text checks on a labelled JSON Lines file.

A line is `{"text": ..., "label": ..., "lang": ...}` with a label from `classifier.LABELS`.
"Not ok" is any label but `ok`; a comment is caught when the verdict holds or rejects it.
Nothing is stored and nothing is trained: the evaluation only calls the verdict function.
"""

import json
import math
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from masthead.moderation.classifier import LABELS, STARTER

__all__ = ["ACTIONS", "CorpusError", "Report", "Row", "evaluate", "read_rows", "starter_overlap"]

ACTIONS = ("approve", "hold", "reject")


class VerdictLike(Protocol):
    """What `checks.text_verdict` returns, as far as the evaluation cares."""

    @property
    def action(self) -> str: ...

    @property
    def reasons(self) -> tuple[str, ...]: ...

    @property
    def scores(self) -> Mapping[str, float]: ...


class CorpusError(ValueError):
    """A line of the corpus file is not a labelled comment; the message names the line."""


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    label: str
    lang: str


def read_rows(lines: Iterable[str]) -> list[Row]:
    """Return the rows of a JSON Lines corpus; raise CorpusError naming the first bad line.

    Blank lines are skipped. `lang` is optional and defaults to "und" (undetermined).
    """
    rows: list[Row] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise CorpusError(f"line {number}: not valid JSON ({error.msg})") from None
        if not isinstance(data, dict):
            raise CorpusError(f"line {number}: expected a JSON object")
        text, label, lang = data.get("text"), data.get("label"), data.get("lang", "und")
        if not isinstance(text, str):
            raise CorpusError(f"line {number}: 'text' must be a string")
        if label not in LABELS:
            raise CorpusError(f"line {number}: 'label' must be one of {', '.join(LABELS)}")
        if not isinstance(lang, str):
            raise CorpusError(f"line {number}: 'lang' must be a string")
        rows.append(Row(text=text, label=label, lang=lang))
    return rows


def starter_overlap(rows: Iterable[Row], starter: Path = STARTER) -> int:
    """Return how many of `rows` have a text that is also in the training corpus `starter`."""
    with starter.open(encoding="utf-8") as handle:
        trained = {json.loads(line)["text"] for line in handle if line.strip()}
    return sum(1 for row in rows if row.text in trained)


def _percentile(ordered: list[float], fraction: float) -> float:
    # Nearest-rank percentile: an actual observed latency, as a reader of p99 expects.
    if not ordered:
        return 0.0
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True, slots=True)
class Report:
    count: int
    not_ok_recall: float
    not_ok_precision: float
    ok_held_rate: float
    per_label_recall: dict[str, float]
    per_label_count: dict[str, int]
    per_lang_not_ok_recall: dict[str, float]
    non_english_not_ok_recall: float
    confusion: dict[str, dict[str, int]]
    reasons: dict[str, int]
    latency_ms: dict[str, float]

    def as_dict(self) -> dict[str, Any]:
        """Return the report as plain JSON-ready data."""
        return {
            "count": self.count,
            "not_ok_recall": self.not_ok_recall,
            "not_ok_precision": self.not_ok_precision,
            "ok_held_rate": self.ok_held_rate,
            "per_label_recall": self.per_label_recall,
            "per_label_count": self.per_label_count,
            "per_lang_not_ok_recall": self.per_lang_not_ok_recall,
            "non_english_not_ok_recall": self.non_english_not_ok_recall,
            "confusion": self.confusion,
            "reasons": self.reasons,
            "latency_ms": self.latency_ms,
        }

    def as_text(self) -> str:
        """Return the report as an aligned plain-text table for people."""
        lines = [
            f"comments               {self.count}",
            f"not-ok recall          {self.not_ok_recall:.3f}",
            f"not-ok precision       {self.not_ok_precision:.3f}",
            f"ok held or rejected    {self.ok_held_rate:.3f}",
            f"non-English recall     {self.non_english_not_ok_recall:.3f}",
            f"latency p50 / p99 ms   {self.latency_ms['p50']:.3f} / {self.latency_ms['p99']:.3f}",
            "",
            f"{'label':<22}{'count':>7}{'recall':>8}  " + "".join(f"{a:>9}" for a in ACTIONS),
        ]
        for label in LABELS:
            if label not in self.per_label_count:
                continue
            recall = self.per_label_recall[label]
            row = self.confusion[label]
            lines.append(
                f"{label:<22}{self.per_label_count[label]:>7}{recall:>8.3f}  "
                + "".join(f"{row[a]:>9}" for a in ACTIONS)
            )
        lines.append("")
        lines.append("not-ok recall by language")
        lines.extend(
            f"  {lang:<8}{recall:.3f}" for lang, recall in self.per_lang_not_ok_recall.items()
        )
        if self.reasons:
            lines.append("")
            lines.append("reasons given")
            lines.extend(
                f"  {reason:<28}{n}"
                for reason, n in sorted(self.reasons.items(), key=lambda i: (-i[1], i[0]))
            )
        return "\n".join(lines)


def evaluate(rows: list[Row], verdict: Callable[[str], VerdictLike]) -> Report:
    """Run `verdict` on every row's text and return the report; store and train nothing.

    Per-label recall is the share of that label's rows held or rejected (for `ok`, that is the
    share wrongly caught). Latency is measured per call after one warm-up call, so a model's
    first load is not counted.
    """
    verdict("warm-up")
    confusion: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    per_lang: dict[str, Counter[bool]] = defaultdict(Counter)
    reasons: Counter[str] = Counter()
    latencies: list[float] = []
    for row in rows:
        started = time.perf_counter()
        result = verdict(row.text)
        latencies.append((time.perf_counter() - started) * 1000.0)
        if result.action not in ACTIONS:
            raise ValueError(f"unknown verdict action {result.action!r}")
        confusion[row.label][result.action] += 1
        reasons.update(result.reasons)
        if row.label != "ok":
            per_lang[row.lang][result.action != "approve"] += 1

    counts = {label: sum(confusion[label].values()) for label in LABELS}
    caught = {label: counts[label] - confusion[label]["approve"] for label in LABELS}
    not_ok_total = sum(counts[label] for label in LABELS if label != "ok")
    not_ok_caught = sum(caught[label] for label in LABELS if label != "ok")
    foreign = [tally for lang, tally in per_lang.items() if lang != "en"]
    latencies.sort()
    return Report(
        count=len(rows),
        not_ok_recall=_ratio(not_ok_caught, not_ok_total),
        not_ok_precision=_ratio(not_ok_caught, not_ok_caught + caught["ok"]),
        ok_held_rate=_ratio(caught["ok"], counts["ok"]),
        per_label_recall={
            label: _ratio(caught[label], counts[label]) for label in LABELS if counts[label]
        },
        per_label_count={label: counts[label] for label in LABELS if counts[label]},
        per_lang_not_ok_recall={
            lang: _ratio(per_lang[lang][True], per_lang[lang].total()) for lang in sorted(per_lang)
        },
        non_english_not_ok_recall=_ratio(
            sum(t[True] for t in foreign), sum(t.total() for t in foreign)
        ),
        confusion={
            label: {action: confusion[label][action] for action in ACTIONS}
            for label in LABELS
            if counts[label]
        },
        reasons=dict(sorted(reasons.items())),
        latency_ms={
            "p50": _percentile(latencies, 0.50),
            "p99": _percentile(latencies, 0.99),
            "max": latencies[-1] if latencies else 0.0,
        },
    )
