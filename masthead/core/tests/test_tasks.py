import threading
import time

from django.test import override_settings
from django_tasks import task

BACKGROUND = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "masthead.core.tasks.BackgroundThreadBackend"},
}


@task(backend="background")
def thread_name_plus(suffix: str) -> str:
    return threading.current_thread().name + suffix


def test_a_background_task_runs_after_enqueue_returns_in_another_thread() -> None:
    with override_settings(TASKS=BACKGROUND):
        result = thread_name_plus.enqueue("!")
        deadline = time.monotonic() + 10
        while result.status != "SUCCESSFUL" and time.monotonic() < deadline:
            time.sleep(0.01)
    assert result.status == "SUCCESSFUL"
    name = result.return_value or ""
    assert name.startswith("tasks-background")
    assert name.endswith("!")
