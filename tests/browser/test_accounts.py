"""A reader makes an account, comments under their name, logs out and back in."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.browser.test_reading import assert_accessible

pytestmark = pytest.mark.browser


def test_a_reader_signs_up_comments_logs_out_and_in(page: Page) -> None:
    page.goto("/")
    page.locator(".card__title a").first.click()
    article_url = page.url
    page.locator("#comment-form").get_by_role("link", name="Log in").click()
    page.get_by_role("link", name="Create an account").click()
    expect(page.locator("h1")).to_have_text("Create an account")
    assert_accessible(page)
    page.get_by_label("Name").fill("Mara Lindqvist")
    page.get_by_label("E-mail").fill("mara@example.org")
    page.get_by_label("Password").fill("short")
    page.get_by_role("button", name="Create account").click()
    expect(page.locator(".field__error, .notice--error").first).to_be_visible()
    screenshot(page, "signup-error", full_page=False)
    page.get_by_label("Password").fill("a long harbour passphrase 2026")
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url(re.compile(re.escape(article_url.split("#")[0])))

    form = page.locator("#comment-form")
    expect(form).to_contain_text("Commenting as Mara Lindqvist")
    expect(form.get_by_label("Name")).to_have_count(0)
    form.get_by_label("Your comment").fill("Signed-in comment from the browser test.")
    form.get_by_role("button", name="Post comment").click()
    mine = page.locator("#new-comments li.comment").first
    expect(mine.locator(".comment__author")).to_have_text("Mara Lindqvist")

    page.get_by_role("button", name="Log out").click()
    expect(page.locator(".site-account")).to_contain_text("Log in")
    page.locator(".site-account").get_by_role("link", name="Log in").click()
    assert_accessible(page)
    page.get_by_label("E-mail").fill("MARA@example.org")
    page.get_by_label("Password").fill("wrong password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match")
    page.get_by_label("Password").fill("a long harbour passphrase 2026")
    page.get_by_role("button", name="Log in").click()
    page.goto(article_url)
    expect(page.locator("#comment-form")).to_contain_text("Commenting as Mara Lindqvist")
    screenshot(page, "signed-in-comment-form", full_page=False)
