"""An editor's journey: log in to Wagtail with the demo login and open an article's editor."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import LiveSite, screenshot

pytestmark = pytest.mark.browser


def test_an_editor_logs_in_and_edits_an_article(page: Page, live_site: LiveSite) -> None:
    page.goto("/admin/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(live_site.admin_password())
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto("/")
    href = page.locator(".card--lead .card__title a").get_attribute("href")
    page.goto(href or "/")
    # Wagtail's user bar on the public page leads to the editor.
    page.get_by_role("button", name=re.compile("quick actions", re.I)).click()
    page.get_by_role("menuitem", name=re.compile("Edit this page", re.I)).click()
    expect(page.locator("#id_title")).to_be_visible()
    expect(page.locator("#id_standfirst")).not_to_be_empty()
    expect(page.get_by_text("Bylines").first).to_be_visible()
    screenshot(page, "admin-article-editor", full_page=False)
