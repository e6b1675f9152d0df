"""Moderation as readers meet it: a held comment only its author sees, and reporting."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import LiveSite, screenshot
from tests.browser.test_reading import assert_accessible

pytestmark = pytest.mark.browser


def article_with_comments(page: Page) -> str:
    """Return the path of a demo article that has comments (the second story of the home)."""
    page.goto("/")
    links = page.locator("main article a[href]:not([href*='#'])")
    for href in links.evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        if href and href.count("/") >= 3 and not href.startswith(("/world/sable", "/tags")):
            page.goto(href)
            if page.locator("#comment-list li.comment").count() > 3:
                return str(href)
    raise AssertionError("no demo article with comments")


def test_a_held_comment_is_explained_to_its_author_only(
    page: Page, browser: Browser, live_site: LiveSite
) -> None:
    path = article_with_comments(page)
    form = page.locator("#comment-form")
    form.get_by_label("Your comment").fill("Great deals on tickets, call +44 7700 900777 now")
    form.get_by_label("Name").fill("Ticket Seller")
    form.get_by_role("button", name="Post comment").click()
    held = page.locator("#new-comments li.comment--own-unpublished").first
    expect(held.locator(".comment__moderation")).to_contain_text("Awaiting moderation")
    expect(held.locator(".comment__moderation")).to_contain_text("phone number")

    page.reload()  # still there for its author after a reload
    held = page.locator("#new-comments li.comment--own-unpublished").first
    expect(held.locator(".comment__moderation")).to_contain_text("only you can see")
    held.scroll_into_view_if_needed()
    screenshot(page, "moderation-held-own-comment", full_page=False)
    assert_accessible(page)

    stranger = browser.new_context(base_url=live_site.url).new_page()
    stranger.goto(path)
    expect(stranger.locator("#comments")).not_to_contain_text("+44 7700 900777")
    stranger.context.close()


def test_a_reader_reports_a_comment_with_and_without_javascript(page: Page, no_js: Page) -> None:
    article_with_comments(page)
    target = page.locator("#comment-list li.comment").nth(1)
    target.get_by_role("link", name=re.compile("^Report")).first.click()
    report = target.locator(".report")
    report.get_by_label("Spam").check()
    report.get_by_label(re.compile("Anything the moderators")).fill("Advertising, twice today.")
    target.scroll_into_view_if_needed()
    screenshot(page, "moderation-report-inline", full_page=False)
    assert_accessible(page)
    report.get_by_role("button", name="Send report").click()
    expect(target.locator(".report")).to_contain_text("Thank you")

    no_js.goto(page.url)
    other = no_js.locator("#comment-list li.comment").nth(2)
    other.get_by_role("link", name=re.compile("^Report")).first.click()
    expect(no_js.locator("h1")).to_have_text("Report a comment")
    no_js.get_by_label("Off-topic").check()
    no_js.get_by_role("button", name="Send report").click()
    expect(no_js.locator(".report")).to_contain_text("Thank you")
    screenshot(no_js, "moderation-report-page")
