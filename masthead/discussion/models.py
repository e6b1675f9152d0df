"""Threads of comments under articles (and, later, under any URL for embeds)."""

from django.conf import settings
from django.db import models
from django.urls import reverse


class ThreadState(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class Thread(models.Model):
    """The discussion of one article page, keyed by its canonical URL."""

    page = models.OneToOneField(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="thread"
    )
    url = models.URLField(max_length=500, unique=True)
    title = models.CharField(max_length=300)
    state = models.CharField(max_length=10, choices=ThreadState, default=ThreadState.OPEN)
    # Bumped by every change to the thread's comments: part of every cache key for its pages.
    version = models.PositiveBigIntegerField(default=0)
    comment_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.state == ThreadState.OPEN

    def is_public(self) -> bool:
        """Return whether anyone may read the thread: its page (if any) is live and has no view
        restriction. Queries the database; callers go through `caching.thread_state`."""
        if self.page is None:
            return True
        return self.page.live and not self.page.get_view_restrictions().exists()


class CommentState(models.TextChoices):
    PENDING = "pending", "Pending review"
    PUBLISHED = "published", "Published"
    HELD = "held", "Held by a check"
    REJECTED = "rejected", "Rejected"
    REMOVED = "removed", "Removed"
    SPAM = "spam", "Spam"


# Comments shown in a thread: removed ones stay as "comment removed" so replies keep their place.
VISIBLE_STATES = (CommentState.PUBLISHED, CommentState.REMOVED)

PATH_DIGITS = 10  # ids padded so that a text sort of paths is tree order


class Comment(models.Model):
    """One comment. `root` is its top-level ancestor (null for top-level comments); `path` is
    the ids from the root down, so sorting by it lists a tree with replies in order of arrival."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    root = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="descendants"
    )
    depth = models.PositiveSmallIntegerField(default=0)
    path = models.CharField(max_length=255, blank=True, db_index=True)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    author_name = models.CharField(max_length=80, blank=True)
    author_email = models.EmailField(blank=True)  # guests only; never shown
    guest_key = models.CharField(max_length=32, blank=True, db_index=True)
    ip_hash = models.CharField(max_length=64, blank=True)

    body_source = models.TextField()
    body_html = models.TextField()
    state = models.CharField(max_length=10, choices=CommentState, default=CommentState.PUBLISHED)

    reply_count = models.PositiveIntegerField(default=0)
    upvotes = models.PositiveIntegerField(default=0)
    downvotes = models.PositiveIntegerField(default=0)
    score = models.IntegerField(default=0)  # upvotes - downvotes, stored for the sort index

    created_at = models.DateTimeField(db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            # The first query of a thread page: its top-level comments in each sort order.
            models.Index(fields=["thread", "depth", "created_at", "id"], name="comment_top_time"),
            models.Index(fields=["thread", "depth", "score", "id"], name="comment_top_score"),
            models.Index(
                fields=["thread", "depth", "reply_count", "id"], name="comment_top_replies"
            ),
            # The second: all descendants of those, in tree order.
            models.Index(fields=["root", "path"], name="comment_tree"),
        ]

    def __str__(self) -> str:
        return f"Comment {self.pk} by {self.display_name}"

    def get_absolute_url(self) -> str:
        return reverse("discussion:permalink", kwargs={"comment_id": self.pk})

    @property
    def display_name(self) -> str:
        if self.user_id and self.user:
            return self.user.get_full_name() or self.user.get_username()
        return self.author_name or "Guest"

    @property
    def is_removed(self) -> bool:
        return self.state == CommentState.REMOVED


class Vote(models.Model):
    """One reader's vote on one comment; `voter_key` is `u:<user id>` or `g:<guest key>`."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE
    )
    voter_key = models.CharField(max_length=40)
    ip_hash = models.CharField(max_length=64, blank=True)
    value = models.SmallIntegerField()  # +1 or -1
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "voter_key"], name="one_vote_per_reader"),
            models.CheckConstraint(
                condition=models.Q(value__in=[1, -1]), name="vote_is_up_or_down"
            ),
        ]
        indexes = [models.Index(fields=["voter_key", "comment"], name="vote_by_reader")]

    def __str__(self) -> str:
        return f"{self.voter_key} {self.value:+d} on {self.comment_id}"


class SubscriptionKind(models.TextChoices):
    THREAD = "thread", "New comments in this thread"
    REPLIES = "replies", "Replies to my comments"
    COMMENT = "comment", "Replies to one comment"


class Subscription(models.Model):
    """A wish to be told about new comments; e-mail delivery comes with notifications."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="subscriptions")
    kind = models.CharField(max_length=10, choices=SubscriptionKind)
    comment = models.ForeignKey(Comment, null=True, blank=True, on_delete=models.CASCADE)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE
    )
    email = models.EmailField()
    # Guests confirm by e-mail (double opt-in) before anything is sent; accounts are confirmed.
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["thread", "kind", "email"],
                condition=models.Q(comment__isnull=True),
                name="one_subscription_per_kind",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email}: {self.get_kind_display()}"
