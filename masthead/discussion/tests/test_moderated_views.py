"""What readers see of moderation: their own held comments, reports, and nothing of others'."""

import json
from typing import Any

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Site

from masthead.discussion.models import Comment, CommentState
from masthead.moderation.checks import forget_sanctions, forget_site_config
from masthead.moderation.models import ModerationSettings, Report, Sanction, SanctionKind
from masthead.testing.discussion import build_thread, post
from masthead.testing.html import parse_html

pytestmark = pytest.mark.django_db

HOLDS_CONTACTS = override_settings(MODERATION_CHECKS=["sanctions", "links_and_contacts"])
PHONE_COMMENT = "Cheap tickets, ring +44 7700 900123 today"


def article_url(thread: Any) -> str:
    return str(thread.page.specific.url)


@HOLDS_CONTACTS
def test_a_held_comment_is_shown_only_to_its_author_with_the_reason(client: Client) -> None:
    thread = build_thread()
    response = client.post(
        f"/comments/thread/{thread.pk}/post/",
        {"body": PHONE_COMMENT, "author_name": "Seller"},
    )
    comment = Comment.objects.get()
    assert comment.state == CommentState.HELD
    assert response.status_code == 302
    assert response["Location"].endswith(f"#comment-{comment.pk}")

    own = parse_html(client.get(article_url(thread)).content)
    card = own.select_one(f"#comment-{comment.pk}")
    assert card is not None
    note = card.select_one(".comment__moderation").get_text(" ", strip=True)
    assert "Awaiting moderation" in note
    assert "phone number" in note

    stranger = parse_html(Client().get(article_url(thread)).content)
    assert stranger.select_one(f"#comment-{comment.pk}") is None
    assert PHONE_COMMENT not in str(stranger)
    thread.refresh_from_db()
    assert thread.comment_count == 0


@HOLDS_CONTACTS
def test_the_api_tells_the_author_why_a_comment_waits(client: Client) -> None:
    thread = build_thread()
    response = client.post(
        f"/api/v1/threads/{thread.pk}/comments",
        json.dumps({"body": PHONE_COMMENT, "author_name": "Seller"}),
        content_type="application/json",
    )
    assert response.status_code == 201
    body = response.json()
    assert body["comment"]["state"] == "held"
    assert body["moderation"].startswith("Awaiting moderation: ")
    assert "phone number" in body["moderation"]
    listed = Client().get(f"/api/v1/threads/{thread.pk}/comments").json()
    assert listed["items"] == []
    assert Client().get(f"/api/v1/comments/{body['comment']['id']}").status_code == 404


def test_a_shadow_quarantined_author_sees_their_comment_as_if_published(client: Client) -> None:
    thread = build_thread()
    client.post(f"/comments/thread/{thread.pk}/post/", {"body": "First", "author_name": "Sam"})
    first = Comment.objects.get()
    Sanction.objects.create(
        kind=SanctionKind.SHADOW, author_key=first.author_key, created_at=timezone.now()
    )
    forget_sanctions()
    with override_settings(MODERATION_CHECKS=["sanctions"]):
        client.post(
            f"/comments/thread/{thread.pk}/post/",
            {"body": "Hidden from others", "author_name": "Sam"},
        )
    hidden = Comment.objects.exclude(pk=first.pk).get()
    assert hidden.state == CommentState.HELD
    own = parse_html(client.get(article_url(thread)).content)
    card = own.select_one(f"#comment-{hidden.pk}")
    assert card is not None and "Hidden from others" in card.get_text()
    assert card.select_one(".comment__moderation") is None
    assert "Hidden from others" not in Client().get(article_url(thread)).content.decode()


def test_readers_report_once_and_enough_reports_hide_a_comment(client: Client) -> None:
    thread = build_thread()
    target = post(thread, "A remark some readers dislike.")
    settings_row = ModerationSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.report_threshold = 2
    settings_row.save()
    forget_site_config()  # processes re-read the settings within seconds
    url = f"/comments/{target.pk}/report/"

    page = parse_html(client.get(url).content)
    assert page.select_one("form input[name=csrfmiddlewaretoken]") is not None
    assert client.post(url, {"reason": "bogus"}).status_code == 400
    assert client.post(url, {"reason": "abuse", "text": "Insulting"}).status_code == 200
    again = client.post(url, {"reason": "spam"})
    assert again.status_code == 400
    assert "already reported" in again.content.decode()
    assert Report.objects.count() == 1

    Client().post(url, {"reason": "threat"})
    target.refresh_from_db()
    assert target.state == CommentState.HELD
    decision = target.decisions.get()
    assert (decision.source, decision.reasons) == ("reports", ["reported:abuse", "reported:threat"])
    assert Client().get(url).status_code == 404  # no longer shown, so no longer reportable
