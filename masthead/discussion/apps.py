from typing import Any

from django.apps import AppConfig
from django.db import transaction
from django.db.models.signals import post_delete, post_save


class DiscussionConfig(AppConfig):
    name = "masthead.discussion"
    label = "discussion"
    verbose_name = "Discussion"

    def ready(self) -> None:
        # Wagtail reports publishing and restrictions only through signals. They purge a cache,
        # nothing more: a thread's visibility is re-read at once instead of within a minute.
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished

        page_published.connect(_page_visibility_changed, dispatch_uid="discussion-published")
        page_unpublished.connect(_page_visibility_changed, dispatch_uid="discussion-unpublished")
        for signal in (post_save, post_delete):
            signal.connect(
                _restriction_changed,
                sender=PageViewRestriction,
                dispatch_uid=f"discussion-restriction-{signal is post_save}",
            )


def _forget_threads_under(path: str) -> None:
    from masthead.discussion.caching import thread_states_forget
    from masthead.discussion.models import Thread

    ids = list(Thread.objects.filter(page__path__startswith=path).values_list("pk", flat=True))
    if ids:
        thread_states_forget(ids)


def _page_visibility_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    path = instance.path
    transaction.on_commit(lambda: _forget_threads_under(path))


def _restriction_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    path = instance.page.path
    transaction.on_commit(lambda: _forget_threads_under(path))
