"""The progress widget on pages and in an iframe, and GET /api/v1/funding/current."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.funding import services
from masthead.funding.models import Campaign
from masthead.testing.builders import SITE_NAME, build_article, build_home
from masthead.testing.html import parse_html

pytestmark = pytest.mark.django_db


def give(amount: int, when: datetime | None = None) -> None:
    staff = User.objects.get_or_create(username="desk", defaults={"is_staff": True})[0]
    services.ledger_manual_gift(
        staff=staff,
        amount=amount,
        currency="USD",
        received_at=when or timezone.now(),
        reason="Bank transfer",
    )


def test_the_home_page_shows_the_months_goal_like_the_reference(client: Client) -> None:
    build_home()
    give(136_000)
    page = parse_html(client.get("/").content)
    widget = page.select_one(".funding-widget--home")
    month = timezone.localtime().strftime("%B %Y")
    summary = widget.select_one(".funding-widget__summary").get_text(" ", strip=True)
    assert summary == f"1,360 $ raised of 5,000 $ — {month}"
    bar = widget.select_one("progress")
    assert (bar["max"], bar["value"]) == ("500000", "136000")
    assert bar.get_text() == "27.2%"
    assert bar["aria-labelledby"] == "funding-home-title"
    ticks = [li.get_text() for li in widget.select(".funding-widget__ticks li")]
    assert ticks == ["0 $", "2,500 $", "5,000 $"]
    cta = widget.select_one("a.funding-widget__cta")
    assert cta.get_text() == f"Support {SITE_NAME}"
    assert cta["href"] == "/funding/donate/"
    assert "reporters' time" in widget.select_one(".funding-widget__note").get_text()


def test_an_article_shows_the_widget_above_and_below_with_the_same_totals(client: Client) -> None:
    article = build_article()
    give(5_000)
    client.get(article.url)  # renditions, campaign creation
    with CaptureQueriesContext(connection) as queries:
        page = parse_html(client.get(article.url).content)
    widgets = page.select(".funding-widget")
    assert [w["class"][1] for w in widgets] == ["funding-widget--top", "funding-widget--bottom"]
    assert {w.select_one(".funding-widget__raised").get_text() for w in widgets} == {"50 $"}
    funding_queries = [q for q in queries.captured_queries if "funding_" in q["sql"]]
    assert len(funding_queries) == 3  # linked special campaign, this month's, its sums


def test_an_article_linked_to_a_special_campaign_shows_that_campaign(client: Client) -> None:
    article = build_article()
    trip = services.campaign_create_special(
        title="Send a reporter to the floods",
        goal=200_000,
        currency="USD",
        deadline=timezone.now() + timedelta(days=10),
    )
    trip.articles.add(article)
    page = parse_html(client.get(article.url).content)
    widget = page.select_one(".funding-widget--top")
    assert widget.select_one(".funding-widget__title").get_text() == trip.title
    assert (
        widget.select_one("a.funding-widget__cta")["href"]
        == f"/funding/donate/?campaign={trip.slug}"
    )
    assert "until" in widget.select_one(".funding-widget__summary").get_text()


def test_a_negative_total_draws_an_empty_bar(client: Client) -> None:
    build_home()
    staff = User.objects.create_user("fixer", is_staff=True)
    services.ledger_correct(
        staff=staff, amount=-100, currency="USD", effective_at=timezone.now(), reason="Fix"
    )
    bar = parse_html(client.get("/").content).select_one(".funding-widget progress")
    assert bar["value"] == "0"


def test_the_embeddable_widget_may_be_framed_and_targets_the_top_window(client: Client) -> None:
    build_home()
    response = client.get("/funding/widget/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert response["Content-Security-Policy"] == "frame-ancestors *"
    page = parse_html(response.content)
    assert page.select_one("a.funding-widget__cta")["target"] == "_top"
    with override_settings(FUNDING_EMBED_ORIGINS=["https://partner.example"]):
        limited = client.get("/funding/widget/")
    assert limited["Content-Security-Policy"] == "frame-ancestors https://partner.example"
    # Every other page still refuses to be framed.
    assert client.get("/funding/donate/")["X-Frame-Options"] == "DENY"


def test_the_api_returns_the_current_campaign_in_minor_units(client: Client) -> None:
    give(136_000)
    body = client.get("/api/v1/funding/current").json()
    campaign = Campaign.objects.get()
    assert body == {
        "title": campaign.title,
        "kind": "monthly",
        "currency": "USD",
        "goal": 500_000,
        "raised": 136_000,
        "pending": 0,
        "milestones": [0, 250_000, 500_000],
        "period_start": body["period_start"],
        "period_end": body["period_end"],
        "note": campaign.note,
    }
    assert datetime.fromisoformat(body["period_start"]) == campaign.period_start


@override_settings(TIME_ZONE="Pacific/Auckland")
def test_the_month_rolls_over_at_midnight_in_the_sites_time_zone(client: Client) -> None:
    # Auckland is UTC+12 in the southern winter: July starts there at 30 June 12:00 UTC.
    with time_machine.travel(datetime(2025, 6, 30, 11, 59, 59, tzinfo=UTC), tick=False):
        june = services.campaign_for_month()
        give(1_000)  # 23:59:59 on 30 June in Auckland
        body = client.get("/api/v1/funding/current").json()
        assert (body["title"], body["raised"]) == ("June 2025", 1_000)
    with time_machine.travel(datetime(2025, 6, 30, 12, 0, tzinfo=UTC), tick=False):
        july = services.campaign_for_month()
        give(500)
        body = client.get("/api/v1/funding/current").json()
        assert (body["title"], body["raised"]) == ("July 2025", 500)
    assert june.title == "June 2025"
    assert july.period_start == datetime(2025, 6, 30, 12, 0, tzinfo=UTC) == june.period_end
    assert july.period_end == datetime(2025, 7, 31, 12, 0, tzinfo=UTC)
    with time_machine.travel(datetime(2025, 7, 31, 11, 59, 59, tzinfo=UTC), tick=False):
        assert services.campaign_for_month() == july
    with time_machine.travel(datetime(2025, 7, 31, 12, 0, tzinfo=UTC), tick=False):
        body = client.get("/api/v1/funding/current").json()
        assert (body["title"], body["raised"]) == ("August 2025", 0)
    assert Campaign.objects.count() == 3
