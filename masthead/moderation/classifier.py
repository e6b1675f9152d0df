"""The site classifier: a small linear text model that starts from the shipped starter corpus and
learns from this site's moderator decisions.

Features are hashed word 1-2-grams and character 2-5-grams (within word boundaries) of the
`normalize()`d text, each block scaled to unit length; the model is a logistic
regression (one-vs-rest, trained by SGD in a second or two) with balanced class weights over
the six labels. Hashing needs no vocabulary, so a
retrained model is just new weights, and character n-grams carry misspellings, leetspeak leftovers
and languages with little training data.

Scoring skips scikit-learn at request time: we hash the n-grams with the same routine
`HashingVectorizer` uses, look up the few rows of the weight matrix they touch and apply the
one-vs-rest normalisation ourselves: tenths of a millisecond instead of a millisecond or more
of input validation.

The saved file holds plain arrays and the feature parameters, not pickled estimators, so it
survives scikit-learn upgrades; `FORMAT` changes whenever the features do.
"""

import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import joblib  # type: ignore[import-untyped]
import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]
from numpy.typing import NDArray
from scipy.special import expit  # type: ignore[import-untyped]
from sklearn.feature_extraction._hashing_fast import (  # type: ignore[import-untyped]
    transform as _hash_features,
)
from sklearn.feature_extraction.text import (  # type: ignore[import-untyped]
    HashingVectorizer,
)
from sklearn.linear_model import SGDClassifier  # type: ignore[import-untyped]

from masthead.moderation.normalize import normalize

__all__ = [
    "DECISION_WEIGHT",
    "FORMAT",
    "LABELS",
    "SiteClassifier",
    "current",
    "load",
    "model_path",
    "retrain",
    "starter_examples",
    "train",
]

log = logging.getLogger(__name__)

LABELS = ("ok", "insult", "threat_or_incitement", "hate", "spam", "off_topic")
FORMAT = 1
# A moderator's decision on this site counts for more than a line of the generic starter corpus.
DECISION_WEIGHT = 3.0
STARTER = Path(__file__).resolve().parent / "corpus" / "starter.jsonl"

# Chosen by 5-fold cross-validation on starter.jsonl only (see corpus/README.md).
N_FEATURES = 2**18
ALPHA = 1e-5
EPOCHS = 30
CHAR_WEIGHT = 1.0
RANDOM_STATE = 0
# Words of one letter or more, in any script: "я", "и", "à" carry meaning too.
WORD_PATTERN = r"(?u)\b\w+\b"
# How often a process looks at the saved model's mtime for a newer one from another process.
RELOAD_INTERVAL = 5.0

Example = tuple[str, str, float]


def _vectorizers(n_features: int) -> tuple[HashingVectorizer, HashingVectorizer]:
    # The text arrives normalised (and casefolded), so neither vectoriser preprocesses it again.
    common: dict[str, Any] = {
        "n_features": n_features,
        "alternate_sign": False,
        "lowercase": False,
        "norm": "l2",
        "dtype": np.float64,
    }
    words = HashingVectorizer(
        analyzer="word", ngram_range=(1, 2), token_pattern=WORD_PATTERN, **common
    )
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), **common)
    return words, chars


def _matrix(texts: list[str], n_features: int, char_weight: float) -> Any:
    """Return the training feature matrix (a scipy CSR matrix) of `texts`."""
    words, chars = _vectorizers(n_features)
    normalised = [normalize(t) for t in texts]
    return sp.hstack(
        [words.transform(normalised), chars.transform(normalised) * char_weight], format="csr"
    )


@dataclass(frozen=True, slots=True)
class SiteClassifier:
    """A trained model: the weight rows of the hashed features that training saw."""

    labels: tuple[str, ...]
    n_features: int
    char_weight: float
    lookup: NDArray[np.int32]  # hashed feature -> row of `weights`, or -1 when never seen
    weights: NDArray[np.float64]  # (seen features, labels)
    intercepts: NDArray[np.float64]  # (labels,)
    trained_on: int

    def features(self, text: str) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        """Return the nonzero (column, value) pairs of `text`'s feature row, as in training."""
        word_grams, char_grams = _analyzers(self.n_features)
        normalised = normalize(text)
        columns: list[NDArray[np.intp]] = []
        values: list[NDArray[np.float64]] = []
        for offset, grams, scale in (
            (0, word_grams(normalised), 1.0),
            (self.n_features, char_grams(normalised), self.char_weight),
        ):
            if not grams:
                continue
            indices, _, counts = _hash_features(
                [((g, 1) for g in grams)], self.n_features, np.float64, False, 0
            )
            unique, inverse = np.unique(indices, return_inverse=True)
            summed = np.bincount(inverse, weights=counts).astype(np.float64)
            summed *= scale / np.sqrt(summed @ summed)
            columns.append(unique.astype(np.intp) + offset)
            values.append(summed)
        if not columns:
            return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.float64)
        return np.concatenate(columns), np.concatenate(values)

    def scores(self, text: str) -> dict[str, float]:
        """Return the probability of each label in `LABELS` for `text`; they sum to 1."""
        columns, values = self.features(text)
        rows = self.lookup[columns]
        seen = rows >= 0
        decision = values[seen] @ self.weights[rows[seen]] + self.intercepts
        # SGDClassifier.predict_proba for log loss: one sigmoid per label, then normalised.
        probabilities = expit(decision)
        total = probabilities.sum()
        probabilities = (
            probabilities / total if total > 0 else np.full_like(decision, 1 / len(decision))
        )
        result = dict.fromkeys(LABELS, 0.0)
        result.update(zip(self.labels, probabilities.tolist(), strict=True))
        return result

    def not_ok(self, text: str) -> float:
        """Return the probability that `text` is anything but `ok`."""
        return 1.0 - self.scores(text)["ok"]

    def save(self, path: Path) -> None:
        """Write the model to `path` atomically: readers see the old file or the new one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        state = {
            "format": FORMAT,
            "labels": list(self.labels),
            "n_features": self.n_features,
            "char_weight": self.char_weight,
            "columns": np.flatnonzero(self.lookup >= 0).astype(np.int64),
            "weights": self.weights,
            "intercepts": self.intercepts,
            "trained_on": self.trained_on,
        }
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                joblib.dump(state, handle, compress=3)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> "SiteClassifier | None":
        """Return the model saved at `path`, or None when it is missing, corrupt or of another
        format, so that the caller retrains."""
        try:
            state = joblib.load(path)
            if not isinstance(state, dict) or state.get("format") != FORMAT:
                return None
            n_features = int(state["n_features"])
            columns = np.asarray(state["columns"], dtype=np.int64)
            weights = np.asarray(state["weights"], dtype=np.float64)
            labels = tuple(str(label) for label in state["labels"])
            intercepts = np.asarray(state["intercepts"], dtype=np.float64)
            if weights.shape != (len(columns), len(labels)) or intercepts.shape != (len(labels),):
                return None
            lookup = np.full(2 * n_features, -1, dtype=np.int32)
            lookup[columns] = np.arange(len(columns), dtype=np.int32)
            return cls(
                labels=labels,
                n_features=n_features,
                char_weight=float(state["char_weight"]),
                lookup=lookup,
                weights=weights,
                intercepts=intercepts,
                trained_on=int(state["trained_on"]),
            )
        except Exception:  # a half-written, truncated or foreign file: retrain instead
            log.warning("moderation: cannot load the site classifier from %s", path, exc_info=True)
            return None


_analyzer_cache: dict[int, tuple[Callable[[str], list[str]], Callable[[str], list[str]]]] = {}


def _analyzers(n_features: int) -> tuple[Callable[[str], list[str]], Callable[[str], list[str]]]:
    # Building an analyzer costs more than using it; two per feature size is all we ever need.
    analyzers = _analyzer_cache.get(n_features)
    if analyzers is None:
        words, chars = _vectorizers(n_features)
        analyzers = (words.build_analyzer(), chars.build_analyzer())
        _analyzer_cache[n_features] = analyzers
    return analyzers


def train(
    examples: Iterable[Example],
    *,
    alpha: float = ALPHA,
    n_features: int = N_FEATURES,
    char_weight: float = CHAR_WEIGHT,
) -> SiteClassifier:
    """Fit a classifier on (text, label, weight) examples and return it; deterministic.

    Labels outside `LABELS` raise ValueError. At least two distinct labels are needed.
    """
    texts: list[str] = []
    labels: list[str] = []
    weights: list[float] = []
    for text, label, weight in examples:
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}")
        texts.append(text)
        labels.append(label)
        weights.append(float(weight))
    matrix = _matrix(texts, n_features, char_weight)
    model = SGDClassifier(
        loss="log_loss",
        alpha=alpha,
        class_weight="balanced",
        max_iter=EPOCHS,
        tol=None,
        random_state=RANDOM_STATE,
    )
    model.fit(matrix, labels, sample_weight=np.asarray(weights))
    coef = np.asarray(model.coef_, dtype=np.float64)
    intercepts = np.asarray(model.intercept_, dtype=np.float64)
    classes = tuple(str(label) for label in model.classes_)
    if len(classes) == 2:
        # scikit-learn keeps one weight vector for two classes: the first class gets the
        # complement, which the normalised pair of sigmoids reproduces exactly.
        coef = np.vstack([-coef[0], coef[0]])
        intercepts = np.array([-intercepts[0], intercepts[0]])
    columns = np.flatnonzero(np.any(coef != 0.0, axis=0))
    lookup = np.full(2 * n_features, -1, dtype=np.int32)
    lookup[columns] = np.arange(len(columns), dtype=np.int32)
    return SiteClassifier(
        labels=classes,
        n_features=n_features,
        char_weight=char_weight,
        lookup=lookup,
        weights=np.ascontiguousarray(coef[:, columns].T),
        intercepts=intercepts,
        trained_on=len(texts),
    )


def read_examples(path: Path, weight: float = 1.0) -> list[Example]:
    """Return the (text, label, weight) examples of a JSON Lines corpus file."""
    examples: list[Example] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                examples.append((row["text"], row["label"], weight))
    return examples


def starter_examples() -> list[Example]:
    """Return the shipped starter corpus as (text, label, 1.0) examples (never the eval split)."""
    return read_examples(STARTER)


def model_path() -> Path:
    """Return where the site's trained model lives (shared by every process of the site)."""
    from django.conf import settings

    return Path(settings.VAR_DIR) / "moderation" / "site-classifier.joblib"


def load(path: Path | None = None) -> SiteClassifier | None:
    """Return the model saved at `path` (default `model_path()`), or None when unusable."""
    return SiteClassifier.load(path or model_path())


_lock = threading.Lock()
_cached: SiteClassifier | None = None
_cached_mtime: int | None = None
_checked_at = 0.0


def current() -> SiteClassifier:
    """Return this process's model, reloading the saved one when another process replaced it.

    Looks at the file at most every `RELOAD_INTERVAL` seconds; without a usable file, trains on
    the starter corpus (a few seconds) and saves it. Thread-safe.
    """
    global _cached, _cached_mtime, _checked_at
    model = _cached
    if model is not None and time.monotonic() - _checked_at < RELOAD_INTERVAL:
        return model
    with _lock:
        if _cached is not None and time.monotonic() - _checked_at < RELOAD_INTERVAL:
            return _cached
        path = model_path()
        try:
            mtime: int | None = path.stat().st_mtime_ns
        except OSError:
            mtime = None
        if _cached is not None and mtime is not None and mtime == _cached_mtime:
            _checked_at = time.monotonic()
            return _cached
        loaded = SiteClassifier.load(path) if mtime is not None else None
        if loaded is None:
            loaded = train(starter_examples())
            loaded.save(path)
            mtime = path.stat().st_mtime_ns
        _cached, _cached_mtime, _checked_at = loaded, mtime, time.monotonic()
        return loaded


def retrain(extra: Iterable[Example]) -> SiteClassifier:
    """Train on the starter corpus plus `extra` (moderator decisions, usually weighted
    `DECISION_WEIGHT`), save it where every process will pick it up, and return it."""
    global _cached, _cached_mtime, _checked_at
    model = train([*starter_examples(), *extra])
    path = model_path()
    with _lock:
        model.save(path)
        _cached, _cached_mtime, _checked_at = model, path.stat().st_mtime_ns, time.monotonic()
    return model


def forget() -> None:
    """Drop this process's cached model (tests, or after deleting the file)."""
    global _cached, _cached_mtime, _checked_at
    with _lock:
        _cached, _cached_mtime, _checked_at = None, None, 0.0
