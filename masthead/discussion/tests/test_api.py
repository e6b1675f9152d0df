import json
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from masthead.discussion import services
from masthead.discussion.models import Comment
from masthead.testing.discussion import build_thread, member, post

pytestmark = pytest.mark.django_db


def send(client: Client, method: str, url: str, body: Any = None, **headers: Any) -> Any:
    data = json.dumps(body) if body is not None else ""
    return client.generic(method, url, data, "application/json", **headers)


def assert_problem(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == code


def test_a_page_of_comments_nests_replies(client: Client) -> None:
    thread = build_thread()
    top = post(thread, "Top *one*")
    reply = post(thread, "A reply", parent=top)
    body = client.get(f"/api/v1/threads/{thread.pk}/comments?sort=oldest").json()
    assert body["next_cursor"] is None
    [item] = body["items"]
    assert item["id"] == top.pk and item["body_html"].strip() == "<p>Top <em>one</em></p>"
    assert item["author"] == "Jim"
    assert [r["id"] for r in item["replies"]] == [reply.pk]
    assert client.get(f"/api/v1/threads/{thread.pk}").json()["comment_count"] == 2
    assert client.get(f"/api/v1/comments/{reply.pk}").json()["parent_id"] == top.pk


def test_a_guest_posts_edits_and_removes_with_the_edit_token(client: Client) -> None:
    thread = build_thread()
    created = send(
        client,
        "POST",
        f"/api/v1/threads/{thread.pk}/comments",
        {"body": "From the API", "author_name": "Ann"},
    )
    assert created.status_code == 201
    data = created.json()
    comment_id, token = data["comment"]["id"], data["edit_token"]
    assert token and "masthead_guest" in created.cookies
    stranger = Client()
    assert_problem(
        send(stranger, "PATCH", f"/api/v1/comments/{comment_id}", {"body": "Hijack"}),
        403,
        "edit-not-allowed",
    )
    edited = send(
        stranger,
        "PATCH",
        f"/api/v1/comments/{comment_id}",
        {"body": "Fixed"},
        HTTP_X_EDIT_TOKEN=token,
    )
    assert edited.json()["body_html"].strip() == "<p>Fixed</p>"
    removed = send(stranger, "DELETE", f"/api/v1/comments/{comment_id}", HTTP_X_EDIT_TOKEN=token)
    assert removed.status_code == 204
    assert Comment.objects.get(pk=comment_id).state == "removed"


def test_an_expired_edit_token_no_longer_works(client: Client) -> None:
    thread = build_thread()
    data = send(
        client,
        "POST",
        f"/api/v1/threads/{thread.pk}/comments",
        {"body": "Soon old", "author_name": "Ann"},
    ).json()
    Comment.objects.filter(pk=data["comment"]["id"]).update(
        created_at=timezone.now() - services.EDIT_WINDOW - timedelta(minutes=1)
    )
    assert_problem(
        send(
            Client(),
            "PATCH",
            f"/api/v1/comments/{data['comment']['id']}",
            {"body": "x"},
            HTTP_X_EDIT_TOKEN=data["edit_token"],
        ),
        403,
        "edit-not-allowed",
    )


def test_votes_through_the_api(client: Client) -> None:
    thread = build_thread()
    comment = post(thread)
    up = send(client, "PUT", f"/api/v1/comments/{comment.pk}/vote", {"value": 1})
    assert up.json() == {"upvotes": 1, "downvotes": 0, "score": 1, "mine": 1}
    down = send(client, "PUT", f"/api/v1/comments/{comment.pk}/vote", {"value": -1})
    assert down.json() == {"upvotes": 0, "downvotes": 1, "score": -1, "mine": -1}
    clear = send(client, "PUT", f"/api/v1/comments/{comment.pk}/vote", {"value": 0})
    assert clear.json()["mine"] == 0
    assert (
        send(client, "PUT", f"/api/v1/comments/{comment.pk}/vote", {"value": 5}).status_code == 422
    )


def test_problems_for_closed_threads_rate_limits_csrf_and_staff(client: Client) -> None:
    thread = build_thread()
    for i in range(services.POST_LIMIT_PER_READER.count):
        send(
            client,
            "POST",
            f"/api/v1/threads/{thread.pk}/comments",
            {"body": f"{i}", "author_name": "A"},
        )
    limited = send(
        client, "POST", f"/api/v1/threads/{thread.pk}/comments", {"body": "x", "author_name": "A"}
    )
    assert_problem(limited, 429, "rate-limited")
    assert int(limited["Retry-After"]) > 0

    reader = member()
    session = Client(enforce_csrf_checks=True)
    session.force_login(reader.user)  # type: ignore[arg-type]
    assert_problem(send(session, "POST", f"/api/v1/threads/{thread.pk}/close"), 403, "csrf-failed")
    session.get("/accounts/login/")  # receive a CSRF cookie
    token = session.cookies["csrftoken"].value
    assert_problem(
        send(session, "POST", f"/api/v1/threads/{thread.pk}/close", HTTP_X_CSRFTOKEN=token),
        403,
        "staff-only",
    )
    staff = Client()
    staff.force_login(member(staff=True).user)  # type: ignore[arg-type]
    closed = send(staff, "POST", f"/api/v1/threads/{thread.pk}/close")
    assert closed.json()["state"] == "closed"
    assert_problem(
        send(
            Client(),
            "POST",
            f"/api/v1/threads/{thread.pk}/comments",
            {"body": "x", "author_name": "B"},
        ),
        409,
        "thread-closed",
    )
    assert_problem(client.get("/api/v1/threads/999999"), 404, "not-found")


def test_a_cached_page_moves_to_the_new_version_once_a_change_commits(
    client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    thread = build_thread()
    post(thread, "First")
    url = f"/api/v1/threads/{thread.pk}/comments"
    assert len(client.get(url).json()["items"]) == 1
    with django_capture_on_commit_callbacks(execute=True):
        send(client, "POST", url, {"body": "Second", "author_name": "Ann"})
    assert len(client.get(url).json()["items"]) == 2


def test_unpublishing_or_restricting_the_article_hides_its_thread_at_once(
    client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    thread = build_thread()
    comment = post(thread, "Soon hidden")
    urls = [
        f"/api/v1/threads/{thread.pk}",
        f"/api/v1/threads/{thread.pk}/comments",
        f"/api/v1/comments/{comment.pk}",
    ]
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]  # state now cached
    page = thread.page
    assert page is not None
    with django_capture_on_commit_callbacks(execute=True):
        page.specific.unpublish()
    for url in urls:
        assert_problem(client.get(url), 404, "not-found")
    assert_problem(
        send(client, "POST", urls[1], {"body": "Too late", "author_name": "Ann"}), 404, "not-found"
    )

    with django_capture_on_commit_callbacks(execute=True):
        page.specific.save_revision().publish()
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    for url in urls:
        assert_problem(client.get(url), 404, "not-found")
