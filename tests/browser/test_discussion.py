"""A reader's discussion journey on the demo's lead story, with and without JavaScript."""

import re
import sqlite3

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import LiveSite, screenshot
from tests.browser.test_reading import assert_accessible

pytestmark = pytest.mark.browser

ARTICLE = "/world/sable-point-port-reopens/"


def backdate_comments(live_site: LiveSite, body_fragment: str, hours: int = 2) -> None:
    """Move comments containing `body_fragment` into the past (freezing time, not sleeping)."""
    with sqlite3.connect(live_site.var / "masthead.sqlite3") as db:
        db.execute(
            "UPDATE discussion_comment SET created_at = datetime(created_at, ?) "
            "WHERE body_source LIKE ?",
            (f"-{hours} hours", f"%{body_fragment}%"),
        )
        db.execute("UPDATE discussion_thread SET version = version + 1")


def test_a_guest_discusses_without_reloading_the_page(page: Page, live_site: LiveSite) -> None:
    page.goto(ARTICLE)
    comments = page.locator("#comments")
    expect(comments.locator("#comments-title")).to_have_text(re.compile(r"^\d+ comments$"))
    expect(comments).to_contain_text("Would love your thoughts, please comment.")
    page.evaluate("window.__sameDocument = true")

    # Post a comment.
    form = page.locator("#comment-form")
    form.get_by_label("Your comment").fill("Good to see a **new** berth open at Sable Point.")
    form.get_by_label("Name").fill("Test Reader")
    form.get_by_role("button", name="Post comment").click()
    mine = page.locator("#new-comments li.comment").first
    expect(mine.locator(".comment__body strong")).to_have_text("new")
    expect(mine.locator(".comment__author")).to_have_text("Test Reader")
    expect(mine.get_by_role("link", name="Edit", exact=True)).to_be_visible()
    expect(form.get_by_label("Your comment")).to_have_value("")

    # Reply to the first comment of the list.
    first = page.locator("#comment-list li.comment").first
    first.get_by_role("link", name=re.compile("^Reply")).first.click()
    reply_form = first.locator("form.comment-form")
    reply_form.get_by_label("Your comment").fill("Agreed, the hauliers in Varel needed this.")
    reply_form.get_by_label("Name").fill("Test Reader")
    reply_form.get_by_role("button", name="Post reply").click()
    expect(
        first.locator(".comment__replies li.comment").filter(
            has_text="Agreed, the hauliers in Varel needed this."
        )
    ).to_have_count(1)

    # Vote on someone else's comment.
    second = page.locator("#comment-list > .comment-list > li.comment").nth(1)
    up = second.locator("button.vote--up").first
    before = int(re.sub(r"\D", "", up.inner_text()))
    up.click()
    up = second.locator("button.vote--up").first
    expect(up).to_have_attribute("aria-pressed", "true")
    expect(up).to_contain_text(str(before + 1))

    # Sort by votes, then load more.
    page.get_by_role("navigation", name="Sort comments").get_by_role(
        "link", name="Most voted"
    ).click()
    expect(page).to_have_url(re.compile(r"sort=votes"))
    expect(page.get_by_role("link", name="Most voted")).to_have_attribute("aria-current", "true")
    top_level = page.locator("#comment-list .comment-list > li.comment")
    expect(top_level).to_have_count(20)
    page.get_by_role("link", name="Load more comments").click()
    expect(top_level).not_to_have_count(20)
    assert top_level.count() > 20
    assert page.evaluate("window.__sameDocument === true"), "the page reloaded"
    screenshot(page, "discussion")
    assert_accessible(page)


def test_a_permalink_opens_the_page_holding_a_deep_comment(page: Page) -> None:
    page.goto(ARTICLE + "?sort=newest")
    page.get_by_role("link", name="Load more comments").click()
    expect(page.locator("#comment-list > .comment-list")).to_have_count(2)  # page 2 arrived
    last = page.locator("#comment-list li.comment").last
    last_id = last.get_attribute("id")
    href = last.locator("a.comment__time").first.get_attribute("href")
    page.goto(href or "/")
    expect(page).to_have_url(re.compile(rf"after=.*#{last_id}$"))
    target = page.locator(f"#{last_id}")
    expect(target).to_be_visible()
    assert target.evaluate("el => el.matches(':target')")
    # Deep replies continue on their own page.
    page.goto(ARTICLE + "?sort=oldest")
    continuation = page.get_by_role("link", name="Continue this thread →").first
    if continuation.count():
        continuation.click()
        expect(page.locator("h1")).to_contain_text("A thread on")


def test_editing_works_within_the_window_and_not_after(page: Page, live_site: LiveSite) -> None:
    page.goto(ARTICLE)
    form = page.locator("#comment-form")
    form.get_by_label("Your comment").fill("Tpyo in the harbour comment")
    form.get_by_label("Name").fill("Editor Test")
    form.get_by_role("button", name="Post comment").click()
    mine = page.locator("#new-comments li.comment").first
    mine.get_by_role("link", name="Edit", exact=True).click()
    page.get_by_label("Your comment").fill("Typo fixed in the harbour comment")
    page.get_by_role("button", name="Save").click()
    edited = page.locator(".comment__card", has_text="Typo fixed in the harbour comment")
    expect(edited.locator(".comment__edited")).to_have_text("edited")
    edit_url = edited.get_by_role("link", name="Edit", exact=True).get_attribute("href")

    backdate_comments(live_site, "Typo fixed in the harbour comment")
    page.reload()
    edited = page.locator(".comment__card", has_text="Typo fixed in the harbour comment")
    expect(edited.get_by_role("link", name="Edit", exact=True)).to_have_count(0)
    page.goto(edit_url or "/")
    expect(page.locator("h1")).to_have_text("This comment can no longer be edited")


def test_the_whole_journey_works_without_javascript(no_js: Page, live_site: LiveSite) -> None:
    page = no_js
    page.goto(ARTICLE)
    form = page.locator("#comment-form")
    form.get_by_label("Your comment").fill("Posted with *JavaScript off*.")
    form.get_by_label("Name").fill("Plain Form")
    form.get_by_role("button", name="Post comment").click()
    expect(page).to_have_url(re.compile(r"#comment-\d+$"))
    comment_id = page.url.rsplit("#", 1)[1]
    mine = page.locator(f"#{comment_id}")
    expect(mine.locator(".comment__body em")).to_have_text("JavaScript off")

    # An empty reply keeps nothing silently: the form comes back with the error.
    other = page.locator("#comment-list li.comment").first
    other.get_by_role("link", name=re.compile("^Reply")).first.click()
    page.get_by_label("Name").fill("Plain Form")
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator(".field__error")).to_contain_text("required")
    page.get_by_label("Your comment").fill("A reply the long way round.")
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator(".comment__body", has_text="A reply the long way round.")).to_have_count(1)

    page.goto(ARTICLE)
    # Not the comment the JavaScript journey voted on (the second of the list): from the same
    # address a second guest's vote on it would be refused (one vote per connection for
    # guests). The last top-level comment of the page is another one, whichever of this test's
    # own comments moderation holds.
    second = page.locator("#comment-list > .comment-list > li.comment").last
    second_id = second.get_attribute("id")
    second.locator("button.vote--down").first.click()
    expect(page.locator(f"#{second_id} > article button.vote--down")).to_have_attribute(
        "aria-pressed", "true"
    )
    page.get_by_role("link", name="Oldest").click()
    expect(page).to_have_url(re.compile(r"sort=oldest"))
    page.get_by_role("link", name="Load more comments").click()
    expect(page).to_have_url(re.compile(r"after="))
    page.get_by_role("link", name="View all comments").click()
    expect(page.locator("h1")).to_contain_text("Comments on")
    screenshot(page, "discussion-no-js")
