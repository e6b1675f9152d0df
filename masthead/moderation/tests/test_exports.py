"""Transparency exports: the audit log as CSV, safe to open in a spreadsheet."""

import csv
import io

import pytest
from django.contrib.auth.models import User
from django.http import StreamingHttpResponse
from django.test import Client

from masthead.discussion.models import CommentState
from masthead.moderation import services
from masthead.moderation.views import csv_safe
from masthead.testing.discussion import build_thread, post

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+44 7700", "'+44 7700"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=cmd", "'\t=cmd"),
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        ("", ""),
        (12, "12"),
    ],
)
def test_cells_that_start_a_formula_are_quoted(cell: object, safe: str) -> None:
    assert csv_safe(cell) == safe


def test_the_audit_log_streams_thread_titles_and_notes_safely(client: Client) -> None:
    moderator = User.objects.create_superuser("mod", "mod@example.org", "pw-mod-1")
    client.force_login(moderator)
    thread = build_thread()
    thread.title = '=cmd|" /C calc"!A0'
    thread.save(update_fields=["title"])
    comments = [post(thread, f"call +44 7700 90012{n} now", name="Hal") for n in range(3)]
    services.comments_moderate(
        comments=comments, to_state=CommentState.REJECTED, actor=moderator, note='@bad, "quoted"'
    )
    response = client.get("/admin/moderation/audit.csv")
    assert isinstance(response, StreamingHttpResponse)
    assert 'filename="moderation-audit.csv"' in response["Content-Disposition"]
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(table) == 1 + 6
    assert {row[3] for row in table[1:]} == {"'" + thread.title}
    assert [row[10] for row in table[1:] if row[5] == "moderator"] == ['\'@bad, "quoted"'] * 3
