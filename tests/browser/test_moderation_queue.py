"""A moderator's journey: the queue in the Wagtail admin, worked by keyboard, and without
JavaScript."""

import json
import re
import subprocess
import sys

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import ROOT, LiveSite, screenshot
from tests.browser.test_reading import assert_accessible

pytestmark = pytest.mark.browser

ARTICLE_SLUG = "sable-point-port-reopens"

# Run inside the live site's settings: post comments through the services, as readers would.
POST_HELD = """
import json, sys
from masthead.articles.models import ArticlePage
from masthead.discussion.services import thread_for_page
from masthead.testing.discussion import guest, post

thread = thread_for_page(ArticlePage.objects.get(slug=sys.argv[1]))
ids = []
for n in range(int(sys.argv[2])):
    name = f"{sys.argv[3]} {n}"
    comment = post(thread, f"{name}: call +44 7700 9001{n:02d} now", name=name)
    assert comment.state == "held", comment.state
    ids.append(comment.pk)
print(json.dumps({"thread": thread.pk, "ids": ids}))
"""


def post_held_comments(live_site: LiveSite, count: int, tag: str) -> tuple[int, list[int]]:
    """Post `count` comments the pipeline holds (they carry a phone number)."""
    result = subprocess.run(
        [sys.executable, "-c", _runner(POST_HELD), ARTICLE_SLUG, str(count), tag],
        cwd=ROOT,
        env=live_site.env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return int(data["thread"]), [int(i) for i in data["ids"]]


def _runner(body: str) -> str:
    return (
        "import os, django\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'masthead.settings')\n"
        "django.setup()\n" + body
    )


def log_in(page: Page, live_site: LiveSite) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(live_site.admin_password())
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def row(page: Page, comment_id: int) -> Locator:
    return page.locator(f"#mq-{comment_id}")


def state(page: Page, comment_id: int) -> Locator:
    return row(page, comment_id).locator("[data-mq-state]")


def test_a_moderator_works_the_queue_by_keyboard(page: Page, live_site: LiveSite) -> None:
    thread, ids = post_held_comments(live_site, 6, "Keyboard")
    log_in(page, live_site)
    page.get_by_role("link", name="Moderation").first.click()
    expect(page).to_have_url(re.compile(r"/admin/moderation/$"))
    page.goto(f"/admin/moderation/?tab=held&article={thread}&check=contact")
    expect(page.locator("[data-mq-row]")).to_have_count(6)
    expect(page.locator(".mq-legend kbd")).to_have_count(10)
    expect(row(page, ids[0])).to_contain_text("phone number")
    screenshot(page, "moderation-queue", full_page=False)
    assert_accessible(page)

    # j and k move a visible selection.
    page.keyboard.press("j")
    expect(row(page, ids[0])).to_be_focused()
    page.keyboard.press("j")
    expect(row(page, ids[1])).to_be_focused()
    expect(row(page, ids[1])).to_have_attribute("aria-current", "true")
    expect(row(page, ids[1])).to_have_attribute("tabindex", "0")
    expect(row(page, ids[0])).to_have_attribute("tabindex", "-1")
    outline = row(page, ids[1]).evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("k")
    expect(row(page, ids[0])).to_be_focused()

    # a, r, s decide in place and move on, announced to screen readers.
    page.keyboard.press("a")
    expect(state(page, ids[0])).to_have_text("Published")
    expect(page.locator("#mq-status")).to_contain_text("Published")
    expect(row(page, ids[1])).to_be_focused()
    page.keyboard.press("r")
    expect(state(page, ids[1])).to_have_text("Rejected")
    expect(row(page, ids[2])).to_be_focused()
    page.keyboard.press("s")
    expect(state(page, ids[2])).to_have_text("Spam")
    expect(row(page, ids[3])).to_be_focused()
    screenshot(page, "moderation-queue-decided", full_page=False)

    # Enter opens the author's history; Esc closes it and the focus comes back.
    page.keyboard.press("Enter")
    drawer = page.locator("#mq-history")
    expect(drawer).to_be_visible()
    expect(drawer).to_contain_text("Sanctions")
    expect(drawer).to_contain_text("pipeline moved comment")
    expect(drawer.get_by_role("button", name="Close")).to_be_focused()
    screenshot(page, "moderation-history", full_page=False)
    assert_accessible(page)
    page.keyboard.press("Escape")
    expect(drawer).not_to_be_visible()
    expect(row(page, ids[3])).to_be_focused()

    # x ticks for bulk actions, n opens a note, ? lists the shortcuts.
    page.keyboard.press("x")
    expect(row(page, ids[3]).locator("[data-mq-tick]")).to_be_checked()
    page.keyboard.press("n")
    note = row(page, ids[3]).get_by_label("Note about this author")
    expect(note).to_be_focused()
    note.fill("Posts phone numbers.")
    row(page, ids[3]).get_by_role("button", name="Save note").click()
    expect(page.locator("#mq-status")).to_contain_text("Note added")
    expect(row(page, ids[3])).to_be_focused()
    page.keyboard.press("?")
    expect(page.locator("#mq-help")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#mq-help")).not_to_be_visible()

    # b asks before banning.
    page.keyboard.press("j")
    expect(row(page, ids[4])).to_be_focused()
    page.keyboard.press("b")
    ban = page.locator("#mq-ban")
    expect(ban).to_be_visible()
    expect(ban).to_contain_text("Keyboard 4")
    ban.get_by_role("button", name="Ban author").click()
    expect(state(page, ids[4])).to_have_text("Rejected")
    expect(page.locator("#mq-status")).to_contain_text("banned")

    # The decisions are stored: after a reload only the untouched comments wait.
    page.reload()
    remaining = page.locator("[data-mq-row]")
    expect(remaining).to_have_count(2)
    expect(row(page, ids[3])).to_be_visible()
    expect(row(page, ids[5])).to_be_visible()
    page.goto(f"/admin/moderation/?tab=decided&article={thread}")
    expect(row(page, ids[0])).to_contain_text("to published")


def test_the_queue_works_without_javascript(no_js: Page, live_site: LiveSite) -> None:
    thread, ids = post_held_comments(live_site, 3, "Plain")
    log_in(no_js, live_site)
    url = f"/admin/moderation/?tab=held&article={thread}&check=contact"
    no_js.goto(url)
    mine = no_js.locator("[data-mq-row]").filter(has_text="Plain")
    expect(mine).to_have_count(3)
    row(no_js, ids[0]).get_by_role("button", name="Approve").click()
    expect(no_js).to_have_url(re.compile(re.escape(url) + "$"))
    expect(mine).to_have_count(2)
    row(no_js, ids[1]).get_by_label(re.compile("Tick comment")).check()
    row(no_js, ids[2]).get_by_label(re.compile("Tick comment")).check()
    no_js.get_by_role("button", name="Spam selected").click()
    expect(mine).to_have_count(0)
    expect(no_js.locator(".messages")).to_contain_text("2 of 2 comments: Spam")
    no_js.get_by_role("link", name=re.compile("^Recently decided")).click()
    expect(row(no_js, ids[1])).to_contain_text("to spam")
    row(no_js, ids[1]).get_by_role("link", name="Plain 1").click()
    expect(no_js.locator("h1")).to_have_text(re.compile("History of Plain 1"))
    expect(no_js.locator(".mq-history")).to_contain_text("from held to spam")
