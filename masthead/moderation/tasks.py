"""Background work of moderation: the site classifier learns from moderators' decisions."""

import threading

from django_tasks import task

from masthead.moderation import classifier
from masthead.moderation.selectors import training_examples

_queued = threading.Event()


@task(backend="background")
def classifier_retrain() -> int:
    """Train the site classifier on the starter corpus plus this site's moderator decisions and
    save it for every process; return the number of site examples used."""
    _queued.clear()
    examples = training_examples()
    classifier.retrain(examples)
    return len(examples)


def classifier_retrain_soon() -> None:
    """Queue a retraining unless one is already waiting (decisions come in bursts)."""
    if _queued.is_set():
        return
    _queued.set()
    classifier_retrain.enqueue()
