"""Staff in Wagtail's admin: offline gifts and corrections (audited), the report, the CSV."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client
from django.utils import timezone

from masthead.funding import selectors, services
from masthead.funding.models import EntryKind, LedgerEntry
from masthead.testing.html import parse_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client: Client) -> User:
    user = User.objects.create_superuser("treasurer", "t@example.org", "pw")
    client.force_login(user)
    return user


def entry(client: Client, **data: str) -> object:
    form = {
        "kind": "gift",
        "amount": "150.00",
        "currency": "USD",
        "effective_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "campaign": "",
        "reason": "Bank transfer ref 2291",
        "donor_name": '=HYPERLINK("http://evil")',
        "donor_email": "",
        "message": "",
    }
    form.update(data)
    return client.post("/admin/funding/entry/", form)


def test_staff_record_an_offline_gift_with_who_when_and_why(client: Client, editor: User) -> None:
    response = entry(client)
    assert response.status_code == 302  # type: ignore[attr-defined]
    gift = LedgerEntry.objects.get()
    assert (gift.kind, gift.amount, gift.created_by, gift.reason) == (
        EntryKind.MANUAL_GIFT,
        15_000,
        editor,
        "Bank transfer ref 2291",
    )
    assert selectors.campaign_totals(services.campaign_for_month()) == (15_000, 0)


def test_a_correction_may_be_negative_and_needs_a_reason(client: Client, editor: User) -> None:
    refused = entry(client, kind="correction", amount="-20", reason="")
    assert refused.status_code == 200  # type: ignore[attr-defined]
    assert not LedgerEntry.objects.exists()
    entry(client, kind="correction", amount="-20", reason="Double-counted cheque")
    assert LedgerEntry.objects.get().amount == -2_000


def test_the_report_shows_monthly_totals_and_the_latest_entries(
    client: Client, editor: User
) -> None:
    entry(client)
    page = parse_html(client.get("/admin/funding/").content)
    month = timezone.localtime().strftime("%B %Y")
    row = page.select_one(".funding-months tbody tr")
    assert row.th.get_text(strip=True) == month
    assert "150 $" in row.get_text()
    assert row.select_one(".funding-months__bar")["style"].startswith("width:100.0%")
    assert "staff:treasurer" in page.get_text()


def test_the_csv_export_lists_every_entry_and_defuses_formulas(
    client: Client, editor: User
) -> None:
    entry(client)
    entry(client, kind="correction", amount="-5", reason="=cmd|' /C calc'!A0")
    response = client.get("/admin/funding/ledger.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))  # type: ignore[attr-defined]
    assert [(r["kind"], r["amount_minor"], r["amount"]) for r in rows] == [
        ("manual_gift", "15000", "150.00"),
        ("manual_correction", "-500", "-5.00"),
    ]
    assert rows[1]["reason"].startswith("'=")
    assert rows[0]["source"] == "staff:treasurer"


def test_staff_without_the_permission_see_nothing(client: Client) -> None:
    user = User.objects.create_user("intern", "i@example.org", "pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/funding/").status_code in (302, 403)
    assert client.get("/admin/funding/ledger.csv").status_code in (302, 403)
    assert entry(client).status_code in (302, 403)  # type: ignore[attr-defined]
    assert not LedgerEntry.objects.exists()


def test_campaigns_and_funding_settings_have_admin_pages(client: Client, editor: User) -> None:
    services.campaign_for_month()
    listing = client.get("/admin/snippets/funding/campaign/")
    assert listing.status_code == 200
    assert timezone.localtime().strftime("%B %Y") in listing.content.decode()
    assert client.get("/admin/settings/funding/fundingsettings/").status_code in (200, 302)
