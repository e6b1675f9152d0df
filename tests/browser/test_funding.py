"""A reader gives: the goal on the home page and around an article, the donate page up to
the (fake) Stripe redirect, the thank-you page once Stripe's webhook arrives, the wall, the
embeddable widget, and the donate page of a site without Stripe."""

import json
import re
import urllib.request
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from masthead.testing.funding import checkout_completed, sign
from tests.browser.conftest import (
    BROWSER_WEBHOOK_SECRET,
    LiveSite,
    _free_port,
    screenshot,
    serving,
)
from tests.browser.test_reading import assert_accessible

pytestmark = pytest.mark.browser


def test_the_home_page_and_an_article_show_the_months_goal(page: Page) -> None:
    page.goto("/")
    widget = page.locator(".funding-widget--home")
    expect(widget.locator(".funding-widget__summary")).to_contain_text(
        re.compile(r"^\d[\d,]* \$ raised of 5,000 \$ — \w+ \d{4}$")
    )
    expect(widget.locator(".funding-widget__ticks li")).to_have_text(["0 $", "2,500 $", "5,000 $"])
    expect(widget.get_by_role("link", name="Support The Meridian")).to_be_visible()
    progress = widget.locator("progress")
    expect(progress).to_have_attribute("max", "500000")
    widget.screenshot(
        path=str(screenshot(page, "funding-home").with_name("funding-home-widget.png"))
    )
    page.locator(".card--lead .card__title a").click()
    top = page.locator(".funding-widget--top")
    bottom = page.locator(".funding-widget--bottom")
    expect(top).to_be_visible()
    expect(bottom).to_be_visible()
    assert (
        top.locator(".funding-widget__raised").inner_text()
        == bottom.locator(".funding-widget__raised").inner_text()
    )
    screenshot(page, "funding-article-top", full_page=False)
    bottom.scroll_into_view_if_needed()
    screenshot(page, "funding-article-bottom", full_page=False)


def test_a_reader_gives_monthly_up_to_the_stripe_redirect_and_back(
    page: Page, live_site: LiveSite
) -> None:
    page.goto("/")
    page.locator(".funding-widget--home").get_by_role("link", name="Support The Meridian").click()
    expect(page.locator("h1")).to_have_text("Support The Meridian")
    assert_accessible(page)
    screenshot(page, "funding-donate")
    # A mistake first: below the minimum.
    page.get_by_label("Other amount (USD)").fill("1")
    page.get_by_label("E-mail").fill("ada@example.org")
    page.get_by_role("button", name="Continue to secure payment").click()
    expect(page.locator(".field__error")).to_contain_text("The smallest gift is 3 $")
    assert_accessible(page)
    screenshot(page, "funding-donate-error")
    page.get_by_label("Other amount (USD)").fill("")
    page.get_by_text("50 $", exact=True).click()
    page.get_by_text("Monthly", exact=True).click()
    page.get_by_label("Your name").fill("Ada Lovelace")
    page.get_by_label("E-mail").fill("ada@example.org")
    page.get_by_label("Show my name and message on the supporters' page").check()
    page.get_by_label("A message to the newsroom").fill("For the climate desk.")
    page.get_by_role("button", name="Continue to secure payment").click()
    page.wait_for_url(f"{live_site.stripe.url}/c/pay/**")
    expect(page.locator("h1")).to_have_text("Pay")
    sent = live_site.stripe.sessions()[-1]
    assert sent["mode"] == "subscription"
    assert sent["line_items"]["0"]["price_data"]["unit_amount"] == "5000"
    # Stripe sends the donor back to the success URL before its webhook may have arrived.
    thanks = urlsplit(sent["success_url"]).path
    page.goto(thanks)
    expect(page.get_by_role("status")).to_contain_text("waiting for the payment provider")
    screenshot(page, "funding-thanks-waiting")
    before = page.locator(".funding-widget__raised").inner_text()
    event = checkout_completed(
        amount=5000,
        payment_intent="",
        donation_id=int(sent["metadata"]["masthead_donation"]),
        email="ada@example.org",
        mode="subscription",
        subscription="sub_browser",
        customer="cus_browser",
    )
    invoice = json.loads(json.dumps(event))
    invoice["type"] = "invoice.paid"
    invoice["id"] = "evt_browser_invoice"
    invoice["data"]["object"] = {
        "id": "in_browser",
        "object": "invoice",
        "amount_paid": 5000,
        "currency": "usd",
        "customer": "cus_browser",
        "customer_email": "ada@example.org",
        "payment_intent": "pi_browser",
        "subscription": "sub_browser",
        "subscription_details": {"metadata": sent["subscription_data"]["metadata"]},
    }
    for payload in (invoice, event):  # out of order on purpose
        body = json.dumps(payload)
        request = urllib.request.Request(  # noqa: S310
            f"{live_site.url}/funding/stripe/webhook/",
            data=body.encode(),
            headers={"Stripe-Signature": sign(body, BROWSER_WEBHOOK_SECRET)},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            assert response.status == 200
    page.reload()
    expect(page.locator("h1")).to_have_text("Thank you, Ada Lovelace!")
    expect(page.get_by_role("button", name="Manage my monthly gift")).to_be_visible()
    after = page.locator(".funding-widget__raised").inner_text()
    assert int(after.split()[0].replace(",", "")) == int(before.split()[0].replace(",", "")) + 50
    assert_accessible(page)
    screenshot(page, "funding-thanks")
    page.get_by_role("button", name="Manage my monthly gift").click()
    page.wait_for_url(f"{live_site.stripe.url}/p/session/**")
    page.goto("/funding/supporters/")
    expect(page.locator(".donor-wall__name").first).to_have_text("Ada Lovelace")
    assert_accessible(page)
    screenshot(page, "funding-supporters")


def test_the_widget_can_be_embedded_in_another_site(page: Page, live_site: LiveSite) -> None:
    page.goto("/funding/widget/")
    assert_accessible(page)
    screenshot(page, "funding-widget")
    page.set_content(
        "<!doctype html><title>Partner</title><h1>A partner site</h1>"
        f'<iframe title="Support The Meridian" src="{live_site.url}/funding/widget/" '
        'width="700" height="260" style="border:0"></iframe>'
    )
    frame = page.frame_locator("iframe")
    expect(frame.get_by_role("link", name="Support The Meridian")).to_have_attribute(
        "target", "_top"
    )
    screenshot(page, "funding-widget-embedded", full_page=False)


def test_without_stripe_the_donate_page_explains_how_to_give_offline(
    browser: Browser, live_site: LiveSite
) -> None:
    port = _free_port()
    env = {k: v for k, v in live_site.env.items() if k != "MASTHEAD_STRIPE_SECRET_KEY"}
    env["MASTHEAD_BASE_URL"] = f"http://127.0.0.1:{port}"
    with serving(env, port, live_site.var / "server-without-stripe.log"):
        context = browser.new_context(base_url=f"http://127.0.0.1:{port}")
        page = context.new_page()
        page.goto("/funding/donate/")
        expect(page.get_by_role("heading", name="Online payment is not available")).to_be_visible()
        expect(page.locator(".donate__instructions")).to_contain_text("Bank transfer")
        expect(page.locator("form.donate__form")).to_have_count(0)
        assert_accessible(page)
        screenshot(page, "funding-donate-offline")
        context.close()
