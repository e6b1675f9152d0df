"""The append-only record of decisions, written by whichever service changes a comment."""

from collections.abc import Iterable

from django.contrib.auth.models import AnonymousUser, User
from django.utils import timezone

from masthead.moderation.models import Decision


def decision_record(
    *,
    comment_id: int,
    source: str,
    from_state: str,
    to_state: str,
    actor: User | AnonymousUser | None = None,
    reasons: Iterable[str] = (),
    scores: dict[str, float] | None = None,
    note: str = "",
) -> Decision:
    """Append one decision. Must be called inside the transaction that changes the comment."""
    return Decision.objects.create(
        comment_id=comment_id,
        source=source,
        from_state=from_state,
        to_state=to_state,
        actor=actor if actor is not None and actor.is_authenticated else None,
        reasons=list(reasons),
        scores=scores or {},
        note=note,
        created_at=timezone.now(),
    )
