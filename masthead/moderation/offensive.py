"""The offensive score of alt-profanity-check's shipped model, without sklearn's per-call cost.

`profanity_check.predict_prob` spends about 4 ms a call validating its input inside scikit-learn.
The model is small: a TF-IDF vectoriser feeding a `CalibratedClassifierCV` of five `LinearSVC`
with sigmoid calibration. We load the two joblib files once, stack the five weight vectors into
one matrix and evaluate exactly what `CalibratedClassifierCV.predict_proba` computes:

    p = mean_i expit(-(a_i * (x · w_i + c_i) + b_i))

(`_SigmoidCalibration.predict` is `expit(-(a_ * T + b_))` over the decision function `T`, and the
ensemble averages the calibrated classifiers.) One comment costs a few tens of microseconds.

We never import `profanity_check` itself: it loads its model at import time.
"""

import threading
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import joblib  # type: ignore[import-untyped]
import numpy as np
from numpy.typing import NDArray
from scipy.special import expit  # type: ignore[import-untyped]

__all__ = ["offensive_score"]


@dataclass(frozen=True, slots=True)
class _Model:
    analyzer: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: NDArray[np.float64]  # per vocabulary entry
    weights: NDArray[np.float64]  # (vocabulary, classifiers)
    intercepts: NDArray[np.float64]  # (classifiers,)
    slopes: NDArray[np.float64]  # the calibrators' a_
    offsets: NDArray[np.float64]  # the calibrators' b_

    def score(self, text: str) -> float:
        counts = Counter(
            index for index in map(self.vocabulary.get, self.analyzer(text)) if index is not None
        )
        decision = self.intercepts
        if counts:
            indices = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            tfidf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            tfidf *= self.idf[indices]
            tfidf /= np.sqrt(tfidf @ tfidf)
            decision = tfidf @ self.weights[indices] + self.intercepts
        probabilities = expit(-(self.slopes * decision + self.offsets))
        return float(probabilities.mean())


_lock = threading.Lock()
_model: _Model | None = None


def _load() -> _Model:
    data = resources.files("profanity_check") / "data"
    with warnings.catch_warnings():
        # The pickles may come from another scikit-learn release; the test against
        # `predict_prob` is what tells us the arithmetic still matches.
        warnings.simplefilter("ignore")
        vectorizer: Any = joblib.load(str(data / "vectorizer.joblib"))
        ensemble: Any = joblib.load(str(data / "model.joblib"))
    params = vectorizer.get_params()
    # The arithmetic below is plain TF-IDF with l2 norm: refuse a model that needs more.
    if params["norm"] != "l2" or params["sublinear_tf"] or not params["use_idf"]:
        raise RuntimeError("alt-profanity-check's vectoriser changed; update offensive.py")
    calibrated = ensemble.calibrated_classifiers_
    if any(c.method != "sigmoid" or len(c.calibrators) != 1 for c in calibrated):
        raise RuntimeError("alt-profanity-check's calibration changed; update offensive.py")
    if list(ensemble.classes_) != [0, 1]:
        raise RuntimeError("alt-profanity-check's classes changed; update offensive.py")
    return _Model(
        analyzer=vectorizer.build_analyzer(),
        vocabulary={str(k): int(v) for k, v in vectorizer.vocabulary_.items()},
        idf=np.asarray(vectorizer.idf_, dtype=np.float64),
        weights=np.column_stack([c.estimator.coef_.ravel() for c in calibrated]).astype(np.float64),
        intercepts=np.array([float(c.estimator.intercept_[0]) for c in calibrated]),
        slopes=np.array([float(c.calibrators[0].a_) for c in calibrated]),
        offsets=np.array([float(c.calibrators[0].b_) for c in calibrated]),
    )


def _get() -> _Model:
    global _model  # one model per process, loaded on first use
    model = _model
    if model is None:
        with _lock:
            if _model is None:
                _model = _load()
            model = _model
    return model


def offensive_score(text: str) -> float:
    """Return alt-profanity-check's probability, in [0, 1], that `text` is offensive.

    Equal to `profanity_check.predict_prob([text])[0]` to within floating-point rounding. The
    model loads on the first call (about a second), never at import.
    """
    return _get().score(text)
