"""A django-tasks backend that runs tasks in a background thread of the enqueuing process.

Masthead needs no worker process on one machine: the tasks that use this backend (the
"background" alias) are ones whose loss on a restart costs nothing, such as re-training the
moderation classifier. Wagtail's own tasks keep Django's default backend."""

from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from django.db import close_old_connections
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import Task, TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id

T = TypeVar("T")


class BackgroundThreadBackend(ImmediateBackend):
    """Run each task after the ones before it, in one daemon thread per process."""

    def __init__(self, alias: str, params: dict[str, Any]) -> None:
        super().__init__(alias, params)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"tasks-{alias}")

    def enqueue(self, task: Task[Any, T], args: Any, kwargs: Any) -> TaskResult[T]:
        self.validate_task(task)
        result: TaskResult[T] = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=None,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        self._executor.submit(self._run, result)
        return result

    def _run(self, result: TaskResult[Any]) -> None:
        try:
            self._execute_task(result)
        finally:
            close_old_connections()
