import re
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from masthead.discussion import services
from masthead.discussion.models import Comment, Thread
from masthead.testing.builders import build_article
from masthead.testing.html import parse_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def article_url() -> str:
    return str(build_article(headline="Port reopens").url)


def thread_id(client: Client, url: str) -> int:
    page = parse_html(client.get(url).content)
    action = page.select_one("#comment-form")["action"]
    match = re.search(r"/thread/(\d+)/post/", action)
    assert match is not None
    return int(match.group(1))


def guest_post(client: Client, tid: int, body: str, **extra: str) -> Any:
    data = {"body": body, "author_name": "Jim", "author_email": "", "notify": "", "website": ""}
    data.update(extra)
    return client.post(f"/comments/thread/{tid}/post/", data)


def test_the_article_page_invites_comments_without_javascript(
    client: Client, article_url: str
) -> None:
    page = parse_html(client.get(article_url).content)
    section = page.select_one("#comments")
    assert section.select_one("h2").get_text(strip=True) == "0 comments"
    assert "Would love your thoughts, please comment." in section.get_text()
    form = section.select_one("form#comment-form")
    assert form["method"] == "post"
    assert form.select_one('input[name="csrfmiddlewaretoken"]')["value"]
    names = {field["name"] for field in form.select("[name]")}
    assert {"body", "author_name", "author_email", "notify", "website"} <= names
    notify = [o.get_text(strip=True) for o in form.select('select[name="notify"] option')]
    assert notify == ["Nothing", "New follow-up comments", "New replies to my comments"]
    sorts = [a.get_text(strip=True) for a in section.select(".comment-sorts li a")]
    assert sorts == ["Newest", "Oldest", "Most voted", "Most replies"]
    assert section.select_one("a.comment-sorts__all").get_text() == "View all comments"


def test_a_guest_posts_and_lands_on_the_permalink(client: Client, article_url: str) -> None:
    tid = thread_id(client, article_url)
    response = guest_post(client, tid, "Well said *Jim*")
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/comments/{comment.pk}/"
    landing = client.get(response["Location"])
    assert landing.status_code == 302
    assert landing["Location"].endswith(f"#comment-{comment.pk}")
    page = parse_html(client.get(article_url).content)
    item = page.select_one(f"#comment-{comment.pk}")
    assert item.select_one(".comment__author").get_text() == "Jim"
    assert item.select_one(".comment__body em").get_text() == "Jim"
    # The author (same browser, guest cookie) gets edit controls; a stranger does not.
    assert item.select_one(f'a[href="/comments/{comment.pk}/edit/"]')
    stranger = parse_html(Client().get(article_url).content)
    assert not stranger.select_one(f'a[href="/comments/{comment.pk}/edit/"]')
    assert "1 comment" in page.select_one("#comments-title").get_text()


def test_a_bad_comment_keeps_the_text_and_says_why(client: Client, article_url: str) -> None:
    tid = thread_id(client, article_url)
    response = guest_post(client, tid, "My careful words", author_name="")
    assert response.status_code == 400
    page = parse_html(response.content)
    assert page.select_one("textarea[name=body]").get_text().strip() == "My careful words"
    assert "This field is required." in page.select_one(".field--error").get_text()
    assert Comment.objects.count() == 0


def test_preview_renders_without_posting(client: Client, article_url: str) -> None:
    tid = thread_id(client, article_url)
    response = guest_post(client, tid, "**bold** idea", preview="1")
    assert response.status_code == 200
    page = parse_html(response.content)
    assert page.select_one(".comment-form__preview strong").get_text() == "bold"
    assert page.select_one("textarea[name=body]").get_text().strip() == "**bold** idea"
    assert Comment.objects.count() == 0


def test_rate_limited_posting_is_a_429_with_the_text_kept(client: Client, article_url: str) -> None:
    tid = thread_id(client, article_url)
    for i in range(services.POST_LIMIT_PER_READER.count):
        assert guest_post(client, tid, f"Comment {i}").status_code == 302
    response = guest_post(client, tid, "One too many")
    assert response.status_code == 429
    assert response["Retry-After"]
    page = parse_html(response.content)
    assert "You are posting too fast" in page.get_text()
    assert page.select_one("textarea[name=body]").get_text().strip() == "One too many"


def test_htmx_posting_returns_the_comment_and_errors_retarget_the_form(
    client: Client, article_url: str
) -> None:
    tid = thread_id(client, article_url)
    ok = client.post(
        f"/comments/thread/{tid}/post/",
        {"body": "Live!", "author_name": "Jim"},
        HTTP_HX_REQUEST="true",
    )
    assert ok.status_code == 200
    assert (
        parse_html(ok.content).select_one("li.comment .comment__body").get_text(strip=True)
        == "Live!"
    )
    bad = client.post(f"/comments/thread/{tid}/post/", {"body": ""}, HTTP_HX_REQUEST="true")
    assert bad.status_code == 400
    assert bad["HX-Retarget"] == "#comment-form"
    assert parse_html(bad.content).select_one("form#comment-form")


def test_replying_and_voting_work_as_plain_forms(client: Client, article_url: str) -> None:
    tid = thread_id(client, article_url)
    guest_post(client, tid, "Top comment")
    top = Comment.objects.get()
    reply_page = parse_html(client.get(f"/comments/{top.pk}/reply/").content)
    assert reply_page.select_one('input[name="parent"]')["value"] == str(top.pk)
    voter = Client()
    voter.get(article_url)
    response = voter.post(f"/comments/{top.pk}/vote/", {"value": "1", "next": article_url})
    assert response.status_code == 302
    top.refresh_from_db()
    assert top.upvotes == 1
    page = parse_html(voter.get(article_url).content)
    assert page.select_one(f'[data-vote="{top.pk}:1"]')["aria-pressed"] == "true"
    voter.post(f"/comments/{top.pk}/vote/", {"value": "1"})  # pressing again withdraws
    top.refresh_from_db()
    assert top.upvotes == 0
    own = client.post(f"/comments/{top.pk}/vote/", {"value": "1"})
    assert own.status_code == 400


def test_edit_window_closes(client: Client, article_url: str) -> None:
    tid = thread_id(client, article_url)
    guest_post(client, tid, "Tpyo")
    comment = Comment.objects.get()
    assert client.post(f"/comments/{comment.pk}/edit/", {"body": "Typo"}).status_code == 302
    comment.refresh_from_db()
    assert comment.body_source == "Typo" and comment.edited_at
    page = parse_html(client.get(article_url).content)
    assert page.select_one(f"#comment-{comment.pk} .comment__edited")
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(hours=1))
    Thread.objects.update(version=999)  # a new page render
    assert client.get(f"/comments/{comment.pk}/edit/").status_code == 403
    assert client.post(f"/comments/{comment.pk}/remove/").status_code == 403
    page = parse_html(client.get(article_url).content)
    assert not page.select_one(f'a[href="/comments/{comment.pk}/edit/"]')


def test_cached_pages_do_not_leak_one_readers_token_or_votes(
    client: Client, article_url: str
) -> None:
    tid = thread_id(client, article_url)
    guest_post(client, tid, "Shared")
    first = parse_html(client.get(article_url).content)
    other_client = Client()
    second = parse_html(other_client.get(article_url).content)
    token_1 = first.select_one(".votes input[name=csrfmiddlewaretoken]")["value"]
    token_2 = second.select_one(".votes input[name=csrfmiddlewaretoken]")["value"]
    assert token_1 != token_2
    assert "__MASTHEAD_CSRF__" not in str(second)


def test_list_pages_show_comment_counts(client: Client) -> None:
    article = build_article()
    thread = services.thread_for_page(article)
    from masthead.testing.discussion import post

    post(thread)
    post(thread)
    page = parse_html(client.get("/").content)
    assert page.select_one(".card__comments").get_text() == "2 comments"
