from django import forms

from masthead.core.text import MAX_BODY_LENGTH
from masthead.discussion.models import SubscriptionKind
from masthead.discussion.services import MAX_NAME_LENGTH
from masthead.moderation.models import ReportReason
from masthead.moderation.services import MAX_REPORT_TEXT

NOTIFY_CHOICES = [
    ("", "Nothing"),
    (SubscriptionKind.THREAD.value, "New follow-up comments"),
    (SubscriptionKind.REPLIES.value, "New replies to my comments"),
]


class CommentForm(forms.Form):
    body = forms.CharField(
        label="Your comment",
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
        max_length=MAX_BODY_LENGTH,
        help_text="Markdown: *italic*, **bold**, [a link](https://…), > quote, `code`.",
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    author_name = forms.CharField(label="Name", max_length=MAX_NAME_LENGTH, required=False)
    author_email = forms.EmailField(
        label="E-mail", required=False, help_text="Never shown. Needed only to be notified."
    )
    notify = forms.ChoiceField(label="Notify of", choices=NOTIFY_CHOICES, required=False)
    # A field people never see: bots fill it in.
    website = forms.CharField(required=False, label="Leave this empty")

    def __init__(
        self, *args: object, guest: bool = True, reply_to: int | None = None, **kwargs: object
    ) -> None:
        # Reply forms sit on the same page as the main form: their element ids must differ.
        if reply_to is not None:
            kwargs["auto_id"] = f"id_reply{reply_to}_%s"
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if guest:
            self.fields["author_name"].required = True
        else:
            del self.fields["author_name"]
            del self.fields["author_email"]


class EditForm(forms.Form):
    body = forms.CharField(
        label="Your comment",
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
        max_length=MAX_BODY_LENGTH,
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label="What is wrong with this comment?",
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label="Anything the moderators should know? (optional)",
        required=False,
        max_length=MAX_REPORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
