"""The site classifier: a small linear text model that starts from the shipped starter corpus and
learns from this site's moderator decisions.

Features are hashed n-grams in three blocks: words (1-2-grams) and characters (2-5-grams within
word boundaries) of the `normalize()`d text, and characters of the raw casefolded text (which keeps
the spelling tricks themselves: "@", "*", digits, spacing). Counts are scaled as sublinear tf
(1 + log count) times an IDF fitted on the training texts, and each block is scaled to unit length.

One-vs-rest logistic regressions (SGD, balanced class weights), one per label, share those
features. Their sigmoids, normalised to sum to one, are the label probabilities; one minus that of
`ok` is `not_ok()`, the number that decides holding, and the likeliest other label names the
reason. One model per label beats a single "harmful against ok" model: a threat, a slur, a link
drop and a chat about the weekend have little vocabulary in common, and one weight vector has to
average them (on a 6,553-line edition of the corpus, 0.78 of not-ok comments caught against
0.70 with 5% of `ok` held).

A text of fewer than `SHORT_WORDS` words carries little evidence ("Thanks", "Top one", "Fixed"),
so the log-odds of its not being ok are lowered by `SHORT_PENALTY`: it is held only when the
model is very sure.

Hashing needs no vocabulary, so a retrained model is just new weights, and character n-grams carry
misspellings, leetspeak leftovers and languages with little training data.

Scoring skips scikit-learn at request time: we hash the n-grams with the same routine
`HashingVectorizer` uses, look up the few rows of the weight matrix they touch and apply the
scaling and the one-vs-rest normalisation ourselves: tenths of a millisecond instead of a
millisecond or more of input validation.

The saved file holds plain arrays and the feature parameters, not pickled estimators, so it
survives scikit-learn upgrades; `FORMAT` changes whenever the features do. It also records the
digest of the starter corpus it learnt from: after an upgrade that ships a new corpus, the
saved model goes on scoring while a retraining (corpus plus the site's decisions) replaces it.
"""

import dataclasses
import fcntl
import functools
import hashlib
import json
import logging
import os
import re
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
from scipy.special import expit, logit  # type: ignore[import-untyped]
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
    "corpus_digest",
    "current",
    "load",
    "model_path",
    "retrain",
    "starter_examples",
    "train",
]

log = logging.getLogger(__name__)

LABELS = ("ok", "insult", "threat_or_incitement", "hate", "spam", "off_topic")
FORMAT = 3
# A moderator's decision on this site counts for more than a line of the generic starter corpus.
DECISION_WEIGHT = 3.0
STARTER = Path(__file__).resolve().parent / "corpus" / "starter.jsonl"

# Chosen by 5-fold cross-validation on starter.jsonl only (corpus/README.md, "Choosing the model").
N_FEATURES = 2**20
ALPHA = 3e-6
EPOCHS = 10
# Weights of the blocks (normalised words, normalised characters, raw characters).
BLOCK_WEIGHTS = (1.0, 1.0, 0.7)
# Texts of fewer words than this need more evidence: their not-ok log-odds drop by the penalty.
SHORT_WORDS = 3
SHORT_PENALTY = 2.5
RANDOM_STATE = 0
# Words of one letter or more, in any script: "я", "и", "à" carry meaning too.
WORD_PATTERN = r"(?u)\b\w+\b"
_WORD = re.compile(WORD_PATTERN)
# How often a process looks at the saved model's mtime for a newer one from another process.
RELOAD_INTERVAL = 5.0

Example = tuple[str, str, float]
Analyzer = Callable[[str], list[str]]


def _vectorizers(n_features: int) -> tuple[HashingVectorizer, HashingVectorizer]:
    # The text arrives normalised or casefolded, so neither vectoriser preprocesses it again.
    common: dict[str, Any] = {
        "n_features": n_features,
        "alternate_sign": False,
        "lowercase": False,
        "norm": None,
        "dtype": np.float64,
    }
    words = HashingVectorizer(
        analyzer="word", ngram_range=(1, 2), token_pattern=WORD_PATTERN, **common
    )
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), **common)
    return words, chars


def _counts(texts: list[str], n_features: int) -> Any:
    """Return the raw hashed counts of `texts`, the three blocks side by side (scipy CSR)."""
    words, chars = _vectorizers(n_features)
    normalised = [normalize(t) for t in texts]
    raw = [t.casefold() for t in texts]
    return sp.hstack(
        [words.transform(normalised), chars.transform(normalised), chars.transform(raw)],
        format="csr",
    )


def _idf(counts: Any) -> tuple[NDArray[np.float64], float]:
    """Return the smooth IDF of every column of `counts` and that of a column never seen."""
    documents = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.log((1 + documents) / (1 + df)) + 1.0, float(np.log(1 + documents) + 1.0)


def _scale(counts: Any, idf: NDArray[np.float64], n_features: int, block_weights: Any) -> Any:
    """Return `counts` as sublinear tf times `idf`, each block scaled to `block_weights` length."""
    matrix = counts.astype(np.float64).tocsr(copy=True)
    matrix.data = (1.0 + np.log(matrix.data)) * idf[matrix.indices]
    block = matrix.indices // n_features
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    squares = np.zeros((matrix.shape[0], len(block_weights)))
    np.add.at(squares, (rows, block), matrix.data**2)
    lengths = np.sqrt(squares)
    lengths[lengths == 0] = 1.0
    matrix.data *= np.asarray(block_weights)[block] / lengths[rows, block]
    return matrix


def _matrix(texts: list[str], model: "SiteClassifier") -> Any:
    """Return the feature matrix of `texts` as `model` sees them (tests compare with sklearn)."""
    counts = _counts(texts, model.n_features)
    idf = np.full(counts.shape[1], model.default_idf)
    seen = np.flatnonzero(model.lookup >= 0)
    idf[seen] = model.idf[model.lookup[seen]]
    return _scale(counts, idf, model.n_features, model.block_weights)


def _word_count(normalised: str) -> int:
    return len(_WORD.findall(normalised))


@dataclass(frozen=True, slots=True)
class SiteClassifier:
    """A trained model: the weight rows of the hashed features that training saw.

    Column j of `weights` is label j's one-vs-rest model.
    """

    labels: tuple[str, ...]
    n_features: int
    block_weights: tuple[float, ...]
    lookup: NDArray[np.int32]  # hashed feature -> row of `weights`, or -1 when never seen
    weights: NDArray[np.float64]  # (seen features, labels + 1)
    intercepts: NDArray[np.float64]  # (labels + 1,)
    idf: NDArray[np.float64]  # (seen features,)
    default_idf: float  # of a feature training never saw
    trained_on: int
    corpus: str = ""  # `corpus_digest()` of the starter corpus it learnt from, if it did

    def features(self, text: str) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        """Return the nonzero (column, value) pairs of `text`'s feature row, as in training."""
        return self._features(text, normalize(text))

    def _features(self, text: str, normalised: str) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        word_grams, char_grams = _analyzers(self.n_features)
        raw = text.casefold()
        columns: list[NDArray[np.intp]] = []
        values: list[NDArray[np.float64]] = []
        for block, (grams, scale) in enumerate(
            zip(
                (word_grams(normalised), char_grams(normalised), char_grams(raw)),
                self.block_weights,
                strict=True,
            )
        ):
            if not grams:
                continue
            indices, _, counts = _hash_features(
                [((g, 1) for g in grams)], self.n_features, np.float64, False, 0
            )
            unique, inverse = np.unique(indices, return_inverse=True)
            column = unique.astype(np.intp) + block * self.n_features
            summed = 1.0 + np.log(np.bincount(inverse, weights=counts).astype(np.float64))
            rows = self.lookup[column]
            summed *= np.where(rows >= 0, self.idf[rows], self.default_idf)
            summed *= scale / np.sqrt(summed @ summed)
            columns.append(column)
            values.append(summed)
        if not columns:
            return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.float64)
        return np.concatenate(columns), np.concatenate(values)

    def decision(self, text: str) -> tuple[NDArray[np.float64], int]:
        """Return the raw decision value of each of `labels` and the word count of `text`."""
        normalised = normalize(text)
        columns, values = self._features(text, normalised)
        rows = self.lookup[columns]
        seen = rows >= 0
        return values[seen] @ self.weights[rows[seen]] + self.intercepts, _word_count(normalised)

    def scores(self, text: str) -> dict[str, float]:
        """Return the probability of each label in `LABELS` for `text`; they sum to 1.

        As `SGDClassifier.predict_proba`: one sigmoid per label, normalised. For a short text,
        the log-odds of not being ok drop by `SHORT_PENALTY` and the other labels share what is
        left in proportion.
        """
        decision, word_count = self.decision(text)
        probabilities = expit(decision)
        probabilities /= probabilities.sum()
        result = dict.fromkeys(LABELS, 0.0)
        result.update(zip(self.labels, (float(p) for p in probabilities), strict=True))
        not_ok = 1.0 - result["ok"]
        if word_count < SHORT_WORDS and 0.0 < not_ok < 1.0:
            lowered = float(expit(logit(not_ok) - SHORT_PENALTY))
            for label in self.labels:
                if label != "ok":
                    result[label] *= lowered / not_ok
            result["ok"] = 1.0 - lowered
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
            "block_weights": list(self.block_weights),
            "columns": np.flatnonzero(self.lookup >= 0).astype(np.int64),
            "weights": self.weights,
            "intercepts": self.intercepts,
            "idf": self.idf,
            "default_idf": self.default_idf,
            "trained_on": self.trained_on,
            "corpus": self.corpus,
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
            block_weights = tuple(float(w) for w in state["block_weights"])
            columns = np.asarray(state["columns"], dtype=np.int64)
            weights = np.asarray(state["weights"], dtype=np.float64)
            labels = tuple(str(label) for label in state["labels"])
            intercepts = np.asarray(state["intercepts"], dtype=np.float64)
            idf = np.asarray(state["idf"], dtype=np.float64)
            if (
                len(block_weights) != 3
                or weights.shape != (len(columns), len(labels))
                or intercepts.shape != (len(labels),)
                or idf.shape != (len(columns),)
            ):
                return None
            lookup = np.full(3 * n_features, -1, dtype=np.int32)
            lookup[columns] = np.arange(len(columns), dtype=np.int32)
            return cls(
                labels=labels,
                n_features=n_features,
                block_weights=block_weights,
                lookup=lookup,
                weights=weights,
                intercepts=intercepts,
                idf=idf,
                default_idf=float(state["default_idf"]),
                trained_on=int(state["trained_on"]),
                corpus=str(state.get("corpus", "")),
            )
        except Exception:  # a half-written, truncated or foreign file: retrain instead
            log.warning("moderation: cannot load the site classifier from %s", path, exc_info=True)
            return None


_analyzer_cache: dict[int, tuple[Analyzer, Analyzer]] = {}


def _analyzers(n_features: int) -> tuple[Analyzer, Analyzer]:
    # Building an analyzer costs more than using it; two per feature size is all we ever need.
    analyzers = _analyzer_cache.get(n_features)
    if analyzers is None:
        words, chars = _vectorizers(n_features)
        analyzers = (words.build_analyzer(), chars.build_analyzer())
        _analyzer_cache[n_features] = analyzers
    return analyzers


def _sgd(alpha: float) -> SGDClassifier:
    return SGDClassifier(
        loss="log_loss",
        alpha=alpha,
        class_weight="balanced",
        max_iter=EPOCHS,
        tol=None,
        random_state=RANDOM_STATE,
    )


def _fit(
    matrix: Any, labels: list[str], weights: NDArray[np.float64], alpha: float
) -> tuple[tuple[str, ...], NDArray[np.float64], NDArray[np.float64]]:
    """Fit the one-vs-rest model; return its labels, coefficients (one row each), intercepts."""
    model = _sgd(alpha).fit(matrix, labels, sample_weight=weights)
    coef = np.asarray(model.coef_, dtype=np.float64)
    intercepts = np.asarray(model.intercept_, dtype=np.float64)
    classes = tuple(str(label) for label in model.classes_)
    if len(classes) == 2:
        # scikit-learn keeps one weight vector for two classes: the first class gets the
        # complement, which the normalised pair of sigmoids reproduces exactly.
        coef = np.vstack([-coef[0], coef[0]])
        intercepts = np.array([-intercepts[0], intercepts[0]])
    return classes, coef, intercepts


def train(
    examples: Iterable[Example],
    *,
    alpha: float = ALPHA,
    n_features: int = N_FEATURES,
    block_weights: tuple[float, ...] = BLOCK_WEIGHTS,
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
    counts = _counts(texts, n_features)
    idf, default_idf = _idf(counts)
    matrix = _scale(counts, idf, n_features, block_weights)
    classes, coef, intercepts = _fit(matrix, labels, np.asarray(weights), alpha)
    columns = np.flatnonzero(np.any(coef != 0.0, axis=0))
    lookup = np.full(3 * n_features, -1, dtype=np.int32)
    lookup[columns] = np.arange(len(columns), dtype=np.int32)
    return SiteClassifier(
        labels=classes,
        n_features=n_features,
        block_weights=tuple(block_weights),
        lookup=lookup,
        weights=np.ascontiguousarray(coef[:, columns].T),
        intercepts=intercepts,
        idf=idf[columns],
        default_idf=default_idf,
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


@functools.cache
def corpus_digest() -> str:
    """Return the SHA-256 of the shipped starter corpus, which a saved model records."""
    return hashlib.sha256(STARTER.read_bytes()).hexdigest()


def _on_starter(examples: Iterable[Example]) -> SiteClassifier:
    """Train on the starter corpus plus `examples`, recording which corpus that was."""
    model = train([*starter_examples(), *examples])
    return dataclasses.replace(model, corpus=corpus_digest())


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
    the starter corpus (a few seconds) and saves it. A saved model that learnt from another
    starter corpus (an upgrade shipped a new one) is used while a retraining is queued.
    Thread-safe.
    """
    model = _cached
    if model is not None and time.monotonic() - _checked_at < RELOAD_INTERVAL:
        return model
    model, loaded_now = _current()
    if loaded_now and model.corpus != corpus_digest():
        from masthead.moderation.tasks import classifier_retrain_soon

        log.info("moderation: the saved classifier predates this starter corpus; retraining")
        classifier_retrain_soon()
        return _cached or model
    return model


def _current() -> tuple[SiteClassifier, bool]:
    """Return the model and whether it was just read from the file (or trained)."""
    global _cached, _cached_mtime, _checked_at
    with _lock:
        if _cached is not None and time.monotonic() - _checked_at < RELOAD_INTERVAL:
            return _cached, False
        path = model_path()
        try:
            mtime: int | None = path.stat().st_mtime_ns
        except OSError:
            mtime = None
        if _cached is not None and mtime is not None and mtime == _cached_mtime:
            _checked_at = time.monotonic()
            return _cached, False
        loaded = SiteClassifier.load(path) if mtime is not None else None
        if loaded is None:
            loaded = _train_once(path)
            mtime = path.stat().st_mtime_ns
        _cached, _cached_mtime, _checked_at = loaded, mtime, time.monotonic()
        return loaded, True


def _train_once(path: Path) -> SiteClassifier:
    """Train on the starter corpus and save, unless another process did it meanwhile: server
    processes starting together wait for one of them instead of all training at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(f"{path}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            model = SiteClassifier.load(path) if path.exists() else None
            if model is None:
                model = _on_starter([])
                model.save(path)
            return model
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def retrain(extra: Iterable[Example]) -> SiteClassifier:
    """Train on the starter corpus plus `extra` (moderator decisions, usually weighted
    `DECISION_WEIGHT`), save it where every process will pick it up, and return it."""
    global _cached, _cached_mtime, _checked_at
    model = _on_starter(extra)
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
