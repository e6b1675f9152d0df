"""Shared caches of the read path. A thread's version lives in the cache so that a page of
comments can be served without touching the database; every change refreshes it after commit.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.http import Http404

from masthead.discussion.models import Thread

# Visibility (the article unpublished, say) is re-read from the database at least this often.
STATE_SECONDS = 60
PAGE_SECONDS = 60 * 60


@dataclass(frozen=True)
class ThreadState:
    version: int
    visible: bool


def state_key(thread_id: int) -> str:
    return f"discussion:thread-state:{thread_id}"


def _load(thread_id: int) -> ThreadState:
    thread = Thread.objects.select_related("page").filter(pk=thread_id).first()
    if thread is None or not thread.is_public():
        return ThreadState(version=-1, visible=False)
    return ThreadState(version=thread.version, visible=True)


def cached_state(thread_id: int) -> ThreadState | None:
    """Return the thread's state if the cache has it (never touches the database)."""
    state: ThreadState | None = cache.get(state_key(thread_id))
    return state


def thread_state(thread_id: int) -> ThreadState:
    """Return the thread's current version, from the cache when it can; Http404 when the
    thread is not visible."""
    state: ThreadState | None = cache.get(state_key(thread_id))
    if state is None:
        state = _load(thread_id)
        # add, not set: a refresh after a commit that ran meanwhile must win over this read.
        cache.add(state_key(thread_id), state, STATE_SECONDS)
    if not state.visible:
        raise Http404("No such discussion.")
    return state


def thread_state_refresh(thread_id: int) -> None:
    """Store the thread's version as committed now (call after commit); one small query."""
    known = cached_state(thread_id)
    if known is None:
        # Set, not skip: a reader may be about to `add` the version it read before this commit.
        cache.set(state_key(thread_id), _load(thread_id), STATE_SECONDS)
        return
    version = Thread.objects.filter(pk=thread_id).values_list("version", flat=True).first()
    if version is None:
        cache.delete(state_key(thread_id))
    else:
        cache.set(state_key(thread_id), ThreadState(version, known.visible), STATE_SECONDS)


def thread_states_forget(thread_ids: list[int]) -> None:
    """Drop the cached state of these threads: the next request re-reads their visibility."""
    cache.delete_many([state_key(thread_id) for thread_id in thread_ids])


def page_key(kind: str, thread_id: int, version: int, *parts: str) -> str:
    return ":".join(("discussion", kind, str(thread_id), str(version), *parts))


def page_get(key: str) -> str | None:
    value: str | None = cache.get(key)
    return value


def page_set(key: str, value: str) -> None:
    cache.set(key, value, PAGE_SECONDS)
