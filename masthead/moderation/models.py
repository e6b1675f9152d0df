"""Moderation: the site's rules, and the history of every decision, report, sanction and note.

A comment's current state lives on the comment (`discussion.CommentState`); how it got there is
the append-only `Decision` table beside it. Authors are known by an `author_key`: `u:<user id>`
for accounts, `g:<guest key>` for guests (a guest's e-mail is typed, not proven, so it
identifies nobody, but a ban can name one)."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class ModerationMode(models.TextChoices):
    POST = "post", "Post-moderation: publish at once, review afterwards"
    PRE = "pre", "Pre-moderation: review every comment before it is published"


@register_setting(icon="warning")
class ModerationSettings(BaseSiteSetting):
    """How this site's comments are checked. Every rule has a default that works out of the box."""

    mode = models.CharField(max_length=4, choices=ModerationMode, default=ModerationMode.POST)
    banned_words = models.TextField(
        blank=True,
        help_text="One word or phrase per line. A comment containing one is rejected. Matched "
        "after normalising spelling tricks (l33t, r-e-p-e-a-t-e-d letters, look-alike letters).",
    )
    suspect_words = models.TextField(
        blank=True,
        help_text="One word or phrase per line. A comment containing one is held for review.",
    )
    max_links = models.PositiveSmallIntegerField(
        default=2, help_text="Hold comments with more links than this."
    )
    hold_contacts = models.BooleanField(
        default=True,
        help_text="Hold comments with phone numbers, messenger handles or crypto addresses.",
    )
    new_commenter_approved = models.PositiveSmallIntegerField(
        default=0,
        help_text="Hold comments of authors with fewer approved comments than this (0: off).",
    )
    offensive_threshold = models.FloatField(
        default=1.0,
        help_text="Hold when alt-profanity-check's score reaches this (0 to 1; 1: never hold, "
        "the score is still recorded). It scores swearing, not abuse.",
    )
    classifier_hold_threshold = models.FloatField(
        default=0.66,
        help_text="Hold when the site classifier's probability of 'not ok' reaches this (0 to 1).",
    )
    classifier_reject_threshold = models.FloatField(
        default=0.97,
        help_text="Reject when the site classifier is at least this sure of a threat or hate.",
    )
    off_topic_threshold = models.FloatField(
        default=0.0,
        help_text="Hold long comments whose similarity to the article and thread is below this "
        "(0 to 1; 0 turns the check off).",
    )
    duplicate_minutes = models.PositiveSmallIntegerField(
        default=60, help_text="Hold a comment repeating the same author's text within this time."
    )
    burst_limit = models.PositiveSmallIntegerField(
        default=4, help_text="Hold an author's comments beyond this many in two minutes."
    )
    report_threshold = models.PositiveSmallIntegerField(
        default=3, help_text="Hide a comment for review once this many readers report it."
    )
    use_akismet = models.BooleanField(
        default=False,
        help_text="Send comments to Akismet for a spam opinion (needs MASTHEAD_AKISMET_KEY). "
        "Off by default: nothing leaves the server unless you turn it on.",
    )

    panels = [
        FieldPanel("mode"),
        MultiFieldPanel(
            [FieldPanel("banned_words"), FieldPanel("suspect_words")], heading="Word lists"
        ),
        MultiFieldPanel(
            [
                FieldPanel("max_links"),
                FieldPanel("hold_contacts"),
                FieldPanel("new_commenter_approved"),
                FieldPanel("duplicate_minutes"),
                FieldPanel("burst_limit"),
            ],
            heading="Behaviour",
        ),
        MultiFieldPanel(
            [
                FieldPanel("offensive_threshold"),
                FieldPanel("classifier_hold_threshold"),
                FieldPanel("classifier_reject_threshold"),
                FieldPanel("off_topic_threshold"),
            ],
            heading="Scores",
        ),
        MultiFieldPanel(
            [FieldPanel("report_threshold"), FieldPanel("use_akismet")],
            heading="Readers and services",
        ),
    ]

    class Meta:
        verbose_name = "moderation"


class Decision(models.Model):
    """One change of a comment's state, by a check (`actor` empty) or a person. Never edited."""

    comment = models.ForeignKey(
        "discussion.Comment", on_delete=models.CASCADE, related_name="decisions"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(max_length=40)  # "pipeline", "moderator", "reports", "author"
    from_state = models.CharField(max_length=10, blank=True)
    to_state = models.CharField(max_length=10)
    reasons = models.JSONField(default=list)
    scores = models.JSONField(default=dict)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        indexes = [models.Index(fields=["comment", "created_at"], name="decision_by_comment")]

    def __str__(self) -> str:
        return f"{self.comment_id}: {self.from_state or '∅'} → {self.to_state} ({self.source})"


class ReportReason(models.TextChoices):
    SPAM = "spam", "Spam"
    ABUSE = "abuse", "Abuse or harassment"
    THREAT = "threat", "Threat or call to violence"
    HATE = "hate", "Hate"
    OFF_TOPIC = "off_topic", "Off-topic"
    OTHER = "other", "Something else"


class Report(models.Model):
    """A reader's report of a comment; one per reader per comment."""

    comment = models.ForeignKey(
        "discussion.Comment", on_delete=models.CASCADE, related_name="reports"
    )
    reporter_key = models.CharField(max_length=80)
    reason = models.CharField(max_length=10, choices=ReportReason)
    text = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField()
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter_key"], name="one_report_per_reader"
            )
        ]

    def __str__(self) -> str:
        return f"Report of {self.comment_id}: {self.reason}"


class SanctionKind(models.TextChoices):
    WARN = "warn", "Warning"
    SUSPEND = "suspend", "Suspension"
    BAN = "ban", "Ban"
    SHADOW = "shadow", "Shadow quarantine"
    PREMODERATE = "premoderate", "Pre-moderation of this author"


class Sanction(models.Model):
    """A measure against an author: by account or guest key, and optionally their guest e-mail
    and IP hash too. Lifting one sets `lifted_at`; nothing is deleted."""

    kind = models.CharField(max_length=12, choices=SanctionKind)
    author_key = models.CharField(max_length=80, db_index=True)
    email = models.EmailField(blank=True, db_index=True)
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True)
    reason = models.TextField(blank=True)
    until = models.DateTimeField(null=True, blank=True)  # None: until lifted
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.author_key}"


class ModeratorNote(models.Model):
    """A moderator's note about an author, shown in the author's history."""

    author_key = models.CharField(max_length=80, db_index=True)
    comment = models.ForeignKey(
        "discussion.Comment", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Note on {self.author_key}"
