"""A django-tasks backend that runs tasks in a background thread of the enqueuing process.

Masthead needs no worker process on one machine: the tasks that use this backend (the
"background" alias) are ones whose loss on a restart costs nothing, such as re-training the
moderation classifier. Wagtail's own tasks keep Django's default backend."""

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django.db import close_old_connections
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult


class BackgroundThreadBackend(ImmediateBackend):
    """Run each task after the ones before it, in one daemon thread per process. Enqueuing is
    the immediate backend's; only the execution moves to the thread."""

    def __init__(self, alias: str, params: dict[str, Any]) -> None:
        super().__init__(alias, params)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"tasks-{alias}")

    def _execute_task(self, task_result: TaskResult[Any]) -> None:
        self._executor.submit(self._run, task_result)

    def _run(self, task_result: TaskResult[Any]) -> None:
        try:
            super()._execute_task(task_result)
        finally:
            close_old_connections()
