"""A reader's journey: the front page, an article, the full-size image, by keyboard."""

import re
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import LiveSite, screenshot

pytestmark = pytest.mark.browser

AXE_TAGS = [
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
    "experimental",
]


def assert_accessible(page: Page) -> None:
    """Fail on any serious or critical axe-core violation, experimental rules included (Wagtail's
    own checker runs some of those, e.g. p-as-heading, for editors)."""
    options = {
        "resultTypes": ["violations"],
        "runOnly": {"type": "tag", "values": AXE_TAGS},
    }
    results: Any = Axe().run(page, options=options)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, "\n".join(serious)


def test_the_front_page_shows_the_latest_news(page: Page) -> None:
    page.goto("/")
    expect(page).to_have_title("Latest news — The Meridian")
    expect(page.locator(".site-title")).to_have_text("The Meridian")
    expect(page.get_by_role("navigation", name="Sections").get_by_role("link")).to_have_text(
        ["Home", "World", "Local", "Climate & Science"]
    )
    cards = page.locator(".card")
    expect(cards).to_have_count(13)
    expect(page.locator(".card--lead")).to_have_count(1)
    lead_image = page.locator(".card--lead img")
    expect(lead_image).to_have_attribute("loading", "eager")
    assert lead_image.evaluate("img => img.complete && img.naturalWidth > 0")
    expect(page.get_by_role("navigation", name="Pages")).to_contain_text("Page 1 of 2")
    screenshot(page, "home")
    assert_accessible(page)
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "home-mobile", full_page=False)


def test_an_article_reads_well_and_opens_its_full_size_image_by_keyboard(page: Page) -> None:
    page.goto("/")
    page.locator(".card--lead .card__title a").click()
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator(".byline a").first).to_be_visible()
    expect(page.locator(".dates time").first).to_have_attribute(
        "datetime", re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")
    )
    screenshot(page, "article")
    assert_accessible(page)

    link = page.locator(".figure--lead a[data-lightbox]")
    link.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.lightbox")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Close full-size image")).to_be_focused()
    image = dialog.locator("img")
    expect(image).to_have_attribute("alt", link.get_attribute("data-alt") or "")
    page.wait_for_function("document.querySelector('dialog.lightbox img').complete")
    assert image.evaluate("img => img.naturalWidth") >= 1200
    # Tab stays inside the modal dialog.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate(
        "document.querySelector('dialog.lightbox').contains(document.activeElement)"
    )
    screenshot(page, "article-lightbox", full_page=False)
    assert_accessible(page)
    page.keyboard.press("Escape")
    expect(dialog).not_to_be_visible()
    expect(link).to_be_focused()


def test_the_full_size_image_is_a_plain_link_without_javascript(
    browser: Browser, live_site: LiveSite
) -> None:
    context = browser.new_context(base_url=live_site.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    page.locator(".card--lead .card__title a").click()
    href = page.locator(".figure--lead a[data-lightbox]").get_attribute("href")
    page.locator(".figure--lead a[data-lightbox]").click()
    page.wait_for_url(f"**{href}")
    assert page.evaluate("document.contentType") == "image/jpeg"
    context.close()


def test_section_tag_author_and_search_pages_are_accessible(page: Page) -> None:
    page.goto("/")
    page.get_by_role("navigation", name="Sections").get_by_role("link", name="Local").click()
    expect(page.locator("h1")).to_have_text("Local")
    assert_accessible(page)
    screenshot(page, "section")
    page.locator(".card__title a").first.click()
    page.locator(".tags a").first.click()
    expect(page.locator(".list-header .kicker")).to_have_text("Tag")
    assert_accessible(page)
    page.go_back()
    page.locator(".byline a").first.click()
    expect(page.locator(".author-header h1")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "author")
    page.get_by_role("searchbox", name="Search articles").first.fill("harbour")
    page.keyboard.press("Enter")
    expect(page.locator(".search-summary")).to_contain_text("for “harbour”")
    expect(page.locator(".card").first).to_be_visible()
    assert_accessible(page)
    screenshot(page, "search")
