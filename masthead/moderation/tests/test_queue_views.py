"""The moderator's queue in the Wagtail admin, through Django's test client."""

import csv
import io
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client
from django.utils import timezone

from masthead.discussion.models import Comment, CommentState, Thread
from masthead.moderation import selectors, services
from masthead.moderation.models import (
    Decision,
    ModeratorNote,
    Report,
    ReportReason,
    Sanction,
    SanctionKind,
)
from masthead.testing.discussion import build_thread, guest, post
from masthead.testing.html import parse_html

pytestmark = pytest.mark.django_db

QUEUE = "/admin/moderation/"
HELD_TEXT = "call +44 7700 900123 now"


@pytest.fixture
def moderator() -> User:
    return User.objects.create_superuser("mod", "mod@example.org", "pw-mod-1")


@pytest.fixture
def mod_client(client: Client, moderator: User) -> Client:
    client.force_login(moderator)
    return client


@pytest.fixture
def thread() -> Thread:
    return build_thread()


def held(thread: Thread, text: str = HELD_TEXT, name: str = "Hal") -> Comment:
    comment = post(thread, text, name=name)
    assert comment.state == CommentState.HELD, comment.state
    return comment


def pending(thread: Thread, moderator: User, text: str = "Please review me.") -> Comment:
    reader = guest()
    services.sanction_add(
        kind=SanctionKind.PREMODERATE, author_key=f"g:{reader.guest_key}", actor=moderator
    )
    comment = post(thread, text, reader=reader, name="Pat")
    assert comment.state == CommentState.PENDING, comment.state
    return comment


def reported(thread: Thread, text: str = "A thoughtful remark.", reports: int = 1) -> Comment:
    comment = post(thread, text, name="Rory")
    assert comment.state == CommentState.PUBLISHED, comment.state
    for n in range(reports):
        services.report_add(
            comment=comment, reader=guest(), reason=ReportReason.ABUSE, text=f"rude #{n}"
        )
    return comment


def rows(response: Any) -> dict[int, Any]:
    page = parse_html(response.content)
    return {int(row["data-id"]): row for row in page.select("[data-mq-row]")}


def test_a_person_without_the_permission_is_turned_away(client: Client) -> None:
    assert client.get(QUEUE)["Location"].startswith("/admin/login/")
    editor = User.objects.create_user("ed", "ed@example.org", "pw-ed-1", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    for url in (QUEUE, "/admin/moderation/report/", "/admin/moderation/audit.csv"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
    comment = held(build_thread())
    response = client.post(
        f"/admin/moderation/comment/{comment.pk}/moderate/", {"action": "approve"}
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.state == CommentState.HELD
    assert "/admin/moderation/" not in client.get("/admin/").content.decode()


def test_the_menu_leads_moderators_to_the_queue(mod_client: Client) -> None:
    # The sidebar is drawn from JSON: the item's label and URL are in the page.
    home = mod_client.get("/admin/").content.decode()
    assert '"/admin/moderation/"' in home
    assert '"Moderation"' in home


def test_each_tab_lists_its_comments(mod_client: Client, thread: Thread, moderator: User) -> None:
    waiting = pending(thread, moderator)
    hold = held(thread)
    report = reported(thread)
    post(thread, "A thoughtful remark.")
    assert set(rows(mod_client.get(QUEUE))) == {waiting.pk}
    held_page = mod_client.get(QUEUE + "?tab=held")
    assert set(rows(held_page)) == {hold.pk}
    row = rows(held_page)[hold.pk]
    assert "phone number" in row.get_text()  # the reason in plain words
    assert "Hal" in row.get_text()
    assert row.select_one(f'a[href="/comments/{hold.pk}/"]').get_text() == thread.title
    reported_page = rows(mod_client.get(QUEUE + "?tab=reported"))
    assert set(reported_page) == {report.pk}
    assert "1 open report" in reported_page[report.pk].get_text()
    assert "rude #0" in reported_page[report.pk].get_text()
    assert rows(mod_client.get(QUEUE + "?tab=decided")) == {}

    mod_client.post(f"/admin/moderation/comment/{hold.pk}/moderate/", {"action": "approve"})
    decided = rows(mod_client.get(QUEUE + "?tab=decided"))
    assert set(decided) == {hold.pk}
    assert "mod moved it from held to" in " ".join(decided[hold.pk].get_text().split())


def test_the_held_tab_shows_the_stored_scores(mod_client: Client, thread: Thread) -> None:
    comment = held(thread)
    Decision.objects.filter(comment=comment).update(
        scores={"classifier:ok": 0.25, "offensive": 0.5}
    )
    text = rows(mod_client.get(QUEUE + "?tab=held"))[comment.pk].get_text()
    assert "Classifier: 0.75 not ok" in text
    assert "Offensive: 0.50" in text


@pytest.mark.parametrize(
    ("action", "state"),
    [
        ("approve", CommentState.PUBLISHED),
        ("reject", CommentState.REJECTED),
        ("spam", CommentState.SPAM),
    ],
)
def test_an_action_changes_the_state_records_a_decision_and_returns_to_the_tab(
    mod_client: Client, thread: Thread, moderator: User, action: str, state: str
) -> None:
    comment = held(thread)
    back = QUEUE + "?tab=held&check=contact"
    response = mod_client.post(
        f"/admin/moderation/comment/{comment.pk}/moderate/",
        {"action": action, "next": back, "note": "checked"},
    )
    assert response.status_code == 302
    assert response["Location"] == back
    comment.refresh_from_db()
    assert comment.state == state
    decision = Decision.objects.filter(comment=comment).latest("pk")
    assert (decision.source, decision.actor, decision.from_state, decision.to_state) == (
        "moderator",
        moderator,
        CommentState.HELD,
        state,
    )
    assert decision.note == "checked"


def test_an_action_by_fetch_answers_json(mod_client: Client, thread: Thread) -> None:
    comment = held(thread)
    response = mod_client.post(
        f"/admin/moderation/comment/{comment.pk}/moderate/",
        {"action": "reject"},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    assert response.json() == {
        "ok": True,
        "message": "Comment by Hal: Rejected.",
        "id": comment.pk,
        "state": "rejected",
        "state_label": "Rejected",
    }


def test_bad_input_is_refused_without_an_error_page(mod_client: Client, thread: Thread) -> None:
    comment = held(thread)
    url = f"/admin/moderation/comment/{comment.pk}/moderate/"
    response = mod_client.post(url, {"action": "delete-everything"})
    assert response.status_code == 302
    json = mod_client.post(url, {"action": ""}, headers={"X-Requested-With": "XMLHttpRequest"})
    assert json.status_code == 400
    assert json.json()["ok"] is False
    assert mod_client.post("/admin/moderation/comment/999999/moderate/").status_code == 404
    comment.refresh_from_db()
    assert comment.state == CommentState.HELD
    assert (
        mod_client.post(url, {"action": "approve", "next": "https://evil.example/"})["Location"]
        == QUEUE
    )
    assert mod_client.get(QUEUE + "?tab=nope&min_score=7&article=x&page=zz").status_code == 200
    assert mod_client.get("/admin/moderation/author/nobody/").status_code == 404


def test_a_ban_asks_first_then_bans_the_author_and_rejects_the_comment(
    mod_client: Client, thread: Thread, moderator: User
) -> None:
    comment = held(thread)
    url = f"/admin/moderation/comment/{comment.pk}/moderate/"
    confirm = mod_client.post(url, {"action": "ban"})
    assert confirm.status_code == 200
    assert "Ban this author?" in confirm.content.decode()
    assert not Sanction.objects.exists()

    response = mod_client.post(url, {"action": "ban", "confirm": "1", "note": "phone spam"})
    assert response.status_code == 302
    ban = Sanction.objects.get()
    assert (ban.kind, ban.author_key, ban.created_by, ban.reason) == (
        SanctionKind.BAN,
        comment.author_key,
        moderator,
        "phone spam",
    )
    assert ban.ip_hash == comment.ip_hash
    comment.refresh_from_db()
    assert comment.state == CommentState.REJECTED


def test_bulk_actions_decide_every_ticked_comment(mod_client: Client, thread: Thread) -> None:
    first, second, untouched = (held(thread, f"{HELD_TEXT} {n}") for n in range(3))
    response = mod_client.post(
        "/admin/moderation/bulk/",
        {"action": "spam", "comment": [first.pk, second.pk, 987654], "next": QUEUE + "?tab=held"},
    )
    assert response["Location"] == QUEUE + "?tab=held"
    states = dict(Comment.objects.values_list("pk", "state"))
    assert states[first.pk] == states[second.pk] == CommentState.SPAM
    assert states[untouched.pk] == CommentState.HELD
    assert Decision.objects.filter(source="moderator", to_state="spam").count() == 2
    nothing = mod_client.post("/admin/moderation/bulk/", {"action": "spam"})
    assert nothing.status_code == 302


def test_filters_narrow_the_queue(mod_client: Client, thread: Thread) -> None:
    phone = held(thread)
    other_thread = build_thread()
    elsewhere = held(other_thread, "ring me on +44 7700 900456 today")
    assert set(rows(mod_client.get(QUEUE + f"?tab=held&article={thread.pk}"))) == {phone.pk}
    assert set(rows(mod_client.get(QUEUE + "?tab=held&check=contact"))) == {
        phone.pk,
        elsewhere.pk,
    }
    assert rows(mod_client.get(QUEUE + "?tab=held&check=banned-word")) == {}
    # An invalid filter is shown as an error and keeps the tab.
    bad = mod_client.get(QUEUE + "?tab=held&article=999999")
    assert set(rows(bad)) == {phone.pk, elsewhere.pk}
    assert "Select a valid choice" in bad.content.decode()
    # Once decided, a thread can still be filtered on in "Recently decided".
    mod_client.post(f"/admin/moderation/comment/{phone.pk}/moderate/", {"action": "reject"})
    assert set(rows(mod_client.get(QUEUE + f"?tab=decided&article={thread.pk}"))) == {phone.pk}
    phone = held(thread)
    Decision.objects.filter(comment=phone).update(scores={"classifier:ok": 0.1})
    Decision.objects.filter(comment=elsewhere).update(scores={"classifier:ok": 0.9})
    assert set(rows(mod_client.get(QUEUE + "?tab=held&min_score=0.5"))) == {phone.pk}
    # The score filter runs in the database, before pagination: counts and pages agree.
    high = selectors.queue(selectors.QueueTab.HELD, selectors.QueueFilters(min_score=0.5))
    assert list(high.values_list("pk", flat=True)) == [phone.pk]
    assert not selectors.queue(selectors.QueueTab.HELD, selectors.QueueFilters(min_score=0.95))


def test_a_note_is_added_from_the_queue(
    mod_client: Client, thread: Thread, moderator: User
) -> None:
    comment = held(thread)
    response = mod_client.post(
        f"/admin/moderation/author/{comment.author_key}/note/",
        {"text": "Keeps posting numbers.", "comment": comment.pk, "next": QUEUE},
    )
    assert response["Location"] == QUEUE
    note = ModeratorNote.objects.get()
    assert (note.author_key, note.comment, note.created_by) == (
        comment.author_key,
        comment,
        moderator,
    )
    empty = mod_client.post(f"/admin/moderation/author/{comment.author_key}/note/", {"text": " "})
    assert empty.status_code == 400
    assert ModeratorNote.objects.count() == 1


def test_the_history_shows_decisions_sanctions_and_notes(
    mod_client: Client, thread: Thread, moderator: User
) -> None:
    comment = held(thread)
    key = comment.author_key
    services.comment_moderate(comment=comment, to_state=CommentState.REJECTED, actor=moderator)
    services.note_add(author_key=key, text="Second warning.", actor=moderator)
    url = f"/admin/moderation/author/{key}/"
    response = mod_client.post(
        url + "sanction/", {"kind": "suspend", "days": "3", "reason": "cool off"}
    )
    assert response.status_code == 302
    suspension = Sanction.objects.get()
    assert suspension.until is not None
    assert suspension.until > timezone.now() + timedelta(days=2)

    page = parse_html(mod_client.get(url).content)
    text = " ".join(page.get_text().split())
    assert "History of Hal" in text
    assert "Second warning." in text
    assert "Suspension" in text and "cool off" in text
    assert "from held to rejected" in text
    assert "pipeline moved comment" in text
    assert "phone number" in text
    partial = mod_client.get(url + "?partial=1").content.decode()
    assert "<html" not in partial and "Second warning." in partial

    lift = page.select_one(f'form[action="/admin/moderation/sanction/{suspension.pk}/lift/"]')
    assert lift is not None
    mod_client.post(lift["action"], {"next": url})
    suspension.refresh_from_db()
    assert suspension.lifted_by == moderator


def test_a_sanction_can_name_the_guest_email_and_ip_hash(
    mod_client: Client, thread: Thread
) -> None:
    comment = services_post_with_email(thread)
    response = mod_client.post(
        f"/admin/moderation/author/{comment.author_key}/sanction/",
        {"kind": "ban", "include_email": "on", "include_ip": "on"},
    )
    assert response.status_code == 302
    ban = Sanction.objects.get()
    assert (ban.email, ban.ip_hash) == ("hal@example.org", comment.ip_hash)


def services_post_with_email(thread: Thread) -> Comment:
    from masthead.discussion.services import comment_post

    return comment_post(
        thread=thread,
        reader=guest(),
        body="Hello there.",
        author_name="Hal",
        author_email="Hal@Example.org",
    )


def test_a_suspension_without_an_end_is_a_form_error(mod_client: Client, thread: Thread) -> None:
    comment = held(thread)
    response = mod_client.post(
        f"/admin/moderation/author/{comment.author_key}/sanction/", {"kind": "suspend"}
    )
    assert response.status_code == 400
    assert "Say how many days" in response.content.decode()
    assert not Sanction.objects.exists()


def read_csv(response: Any) -> list[list[str]]:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode())))


def test_the_audit_log_streams_every_decision_with_formulas_defused(
    mod_client: Client, thread: Thread, moderator: User
) -> None:
    comment = held(thread)
    services.comment_moderate(
        comment=comment, to_state=CommentState.PUBLISHED, actor=moderator, note="=HYPERLINK(1)"
    )
    response = mod_client.get("/admin/moderation/audit.csv")
    assert response["Content-Type"].startswith("text/csv")
    table = read_csv(response)
    assert table[0] == [
        "decided_at",
        "event",
        "comment_id",
        "thread",
        "author",
        "source",
        "actor",
        "from_state",
        "to_state",
        "reasons",
        "note",
    ]
    assert [row[5] for row in table[1:]] == ["pipeline", "moderator"]
    assert table[2][1:5] == ["decision", str(comment.pk), thread.title, comment.author_key]
    assert table[2][6:] == ["mod", "held", "published", "", "'=HYPERLINK(1)"]
    today = timezone.localdate()
    later = read_csv(mod_client.get(f"/admin/moderation/audit.csv?since={today + timedelta(1)}"))
    assert later == [table[0]]
    same_day = f"?since={today}&until={today}"
    assert len(read_csv(mod_client.get("/admin/moderation/audit.csv" + same_day))) == 3
    # Sanctions are in the log too: when given, by whom, on whom, and when lifted.
    ban = services.author_ban(comment=comment, actor=moderator, note="threats")
    services.sanction_lift(sanction=ban, actor=moderator)
    rows_after = read_csv(mod_client.get("/admin/moderation/audit.csv"))[3:]
    events = {row[1]: row[4:] for row in rows_after}
    assert [row[1] for row in rows_after][-1] == "sanction lifted"
    assert events["decision"][-3:] == ["rejected", "banned", "threats"]
    assert events["sanction"][:5] == [comment.author_key, "moderator", "mod", "", "ban"]
    assert events["sanction"][-1] == "threats; also by guest IP hash"
    assert events["sanction lifted"] == [comment.author_key, "moderator", "mod", "", "ban", "", ""]
    bad = mod_client.get("/admin/moderation/audit.csv?since=yesterday")
    assert bad.status_code == 400
    assert "Enter a valid date" in bad.content.decode()


def test_the_monthly_report_counts_decisions_reports_and_sanctions(
    mod_client: Client, thread: Thread, moderator: User
) -> None:
    first, second = held(thread), held(thread, "whatsapp +44 7700 900999")
    services.comments_moderate(
        comments=[first, second], to_state=CommentState.REJECTED, actor=moderator
    )
    reported(thread, reports=2)
    services.sanction_add(kind=SanctionKind.WARN, author_key=first.author_key, actor=moderator)
    month = timezone.localdate().strftime("%Y-%m")
    page = parse_html(mod_client.get(f"/admin/moderation/report/?month={month}").content)

    def table(key: str) -> dict[str, str]:
        cells = page.select(f"#report-{key} tbody tr")
        return {r.th.get_text(strip=True): r.td.get_text(strip=True) for r in cells}

    assert table("by_state") == {"Held by a check": "2", "Rejected": "2"}
    assert table("by_source") == {"pipeline": "2", "moderator": "2"}
    assert table("reports") == {"abuse": "2"}
    assert table("sanctions") == {"Warning": "1"}
    assert any(k.startswith("contact") for k in table("by_reason"))

    numbers = read_csv(mod_client.get(f"/admin/moderation/report/?month={month}&format=csv"))
    assert numbers[0] == ["section", "key", "count"]
    assert ["by_state", "Rejected", "2"] in numbers
    assert ["sanctions", "Warning", "1"] in numbers
    assert mod_client.get("/admin/moderation/report/?month=2025-13").status_code == 400


@pytest.mark.parametrize("tab", ["held", "reported", "decided"])
def test_the_queue_page_reads_a_bounded_number_of_queries(
    mod_client: Client,
    thread: Thread,
    moderator: User,
    tab: str,
    django_assert_max_num_queries: Callable[..., Any],
) -> None:
    def fill(n: int) -> None:
        for i in range(n):
            comment = held(thread, f"{HELD_TEXT} ({i}, {Comment.objects.count()})")
            Report.objects.create(
                comment=comment, reporter_key=f"g:{i}", reason="spam", created_at=timezone.now()
            )
            if tab == "decided":
                services.comment_moderate(
                    comment=comment, to_state=CommentState.REJECTED, actor=moderator
                )

    fill(5)
    mod_client.get(QUEUE + f"?tab={tab}")  # warm Wagtail's per-process caches
    with django_assert_max_num_queries(30) as small:
        assert len(rows(mod_client.get(QUEUE + f"?tab={tab}"))) == 5
    fill(25)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert len(rows(mod_client.get(QUEUE + f"?tab={tab}"))) == 30
