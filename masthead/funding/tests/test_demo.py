import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User

from masthead.funding import selectors, services
from masthead.funding.demo import funding_demo_load
from masthead.funding.models import EntryKind, LedgerEntry

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]


def test_the_demo_books_a_realistic_partial_month_with_a_refund_once() -> None:
    staff = User.objects.create_user("admin", is_staff=True)
    assert funding_demo_load(staff=staff) > 0
    campaign = services.campaign_for_month()
    assert (campaign.currency, campaign.goal) == ("USD", 500_000)
    assert campaign.milestones == [0, 250_000, 500_000]
    assert selectors.campaign_totals(campaign) == (136_000, 0)
    assert LedgerEntry.objects.filter(kind=EntryKind.REFUND).exists()
    entries = LedgerEntry.objects.count()
    assert funding_demo_load(staff=staff) == 0
    assert LedgerEntry.objects.count() == entries


def test_the_development_webhook_secret_in_env_example_is_the_one_production_refuses() -> None:
    text = (ROOT / ".env.example").read_text()
    match = re.search(r"^MASTHEAD_STRIPE_WEBHOOK_SECRET=(whsec_\S+)$", text, re.M)
    assert match is not None
    assert match.group(1) == settings.DEMO_STRIPE_WEBHOOK_SECRET
    assert "$(DEV_WEBHOOK_SECRET)" in (ROOT / "Makefile").read_text()


def test_production_refuses_the_public_development_webhook_secret() -> None:
    from masthead.core.tests.test_settings import PRODUCTION, manage

    result = manage(
        "check", **PRODUCTION, MASTHEAD_STRIPE_WEBHOOK_SECRET=settings.DEMO_STRIPE_WEBHOOK_SECRET
    )
    assert result.returncode != 0
    assert "public development secret" in result.stderr
