import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from masthead.discussion.models import CommentState
from masthead.moderation import checks, classifier, services
from masthead.moderation.checks import Action, Draft, ModerationConfig, Verdict
from masthead.moderation.models import ModerationMode, Sanction, SanctionKind
from masthead.testing.discussion import build_thread, guest, post

TEXT_ONLY = ModerationConfig()


def run(name: str, text: str, config: ModerationConfig = TEXT_ONLY, **draft: Any) -> Verdict | None:
    return checks.REGISTRY[name](Draft(text=text, **draft), config)


def test_the_first_reject_wins_and_holds_add_up() -> None:
    verdict = checks.combine(
        [
            Verdict(Action.HOLD, ("links",), {"links": 3}),
            Verdict(Action.APPROVE, (), {"offensive": 0.1}),
            Verdict(Action.HOLD, ("contact", "links")),
            Verdict(Action.REJECT, ("banned-word",)),
            Verdict(Action.REJECT, ("banned",)),
        ]
    )
    assert verdict.action == Action.REJECT and verdict.reasons == ("banned-word",)
    held = checks.combine([Verdict(Action.HOLD, ("links",)), Verdict(Action.HOLD, ("contact",))])
    assert held.action == Action.HOLD and held.reasons == ("links", "contact")
    assert checks.combine([]).action == Action.APPROVE


@pytest.mark.parametrize(
    "text",
    [
        "You are a total glorbnik",
        "you are a total GLORBNIK!!!",
        "you are a total gl0rbn1k",
        "you are a total g l o r b n i k",
        "you are a total g.l.o.r.b.n.i.k",
        "you are a total glooooorbnik",
        "you are a total glor\u200bbnik",
        "you are a total ｇｌｏｒｂｎｉｋ",  # noqa: RUF001 - full-width letters on purpose
    ],
)
def test_it_rejects_a_banned_word_through_spelling_tricks(text: str) -> None:
    config = ModerationConfig(banned_words="glorbnik\nwipe them out")
    verdict = run("word_lists", text, config)
    assert verdict is not None and verdict.action == Action.REJECT
    assert verdict.reasons == ("banned-word",)


def test_it_holds_suspect_words_and_phrases_and_leaves_the_rest() -> None:
    config = ModerationConfig(banned_words="wipe them out", suspect_words="traitor")
    phrase = run("word_lists", "They should W1PE THEM OUT, all of them", config)
    assert phrase is not None and phrase.action == Action.REJECT
    suspect = run("word_lists", "What a traitor", config)
    assert suspect is not None and suspect.action == Action.HOLD
    assert run("word_lists", "The strike killed 12 soldiers near the bridge.", config) is None


def test_word_matching_stays_fast_on_huge_hostile_input() -> None:
    config = ModerationConfig(banned_words="\n".join(f"word{i}" for i in range(500)))
    hostile = ("a" * 5000 + " " + "k.i.l.l " * 2000 + "x\u200b" * 5000)[:100_000]
    started = time.perf_counter()
    for text in (hostile, "a " * 50_000, "ab" * 50_000):
        run("word_lists", text, config)
    # A regular-expression blow-up would take minutes here, not a fraction of a second.
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        ("See https://a.example.com, https://b.example.com and www.c.example.com", ("links",)),
        ("Call me on +44 7700 900123 for the deal", ("contact",)),
        ("message me on telegram @cheap_meds_now", ("contact",)),
        ("WhatsApp: +1 555 0100 for signals", ("contact",)),
        ("join t.me/pump_room before it fills", ("contact",)),
        ("whatsapp 07700 900123, ask for Dee", ("contact",)),
        ("send to 0x52908400098527886E0F7030069857D2E4169EE7 today", ("contact",)),
        ("donate bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", ("contact",)),
    ],
)
def test_it_holds_links_and_contact_details(text: str, reasons: tuple[str, ...]) -> None:
    verdict = run("links_and_contacts", text)
    assert verdict is not None and verdict.action == Action.HOLD and verdict.reasons == reasons


@pytest.mark.parametrize(
    "text",
    [
        "Good to see the probe team still getting signal after nine years.",
        "A snap election would suit nobody but Vasko.",
        "We set up a WhatsApp rota for the elderly neighbours during the heat.",
    ],
)
def test_a_messenger_named_in_passing_is_not_a_contact(text: str) -> None:
    assert run("links_and_contacts", text) is None


def test_offensive_language_records_its_score_and_holds_only_from_a_site_threshold() -> None:
    swearing = "Shit weather, shit tram, shit week."
    recorded = run("offensive_language", swearing, ModerationConfig())
    assert recorded is not None and recorded.action == Action.APPROVE
    assert recorded.scores["offensive"] > 0.9
    held = run("offensive_language", swearing, ModerationConfig(offensive_threshold=0.9))
    assert held is not None and held.action == Action.HOLD and held.reasons == ("offensive",)
    polite = run(
        "offensive_language", "Thanks for the tram map.", ModerationConfig(offensive_threshold=0.9)
    )
    assert polite is not None and polite.action == Action.APPROVE


def test_ordinary_numbers_and_one_link_pass() -> None:
    text = "The port handled 1,250,000 tonnes in 2025; report at https://example.org/report"
    assert run("links_and_contacts", text) is None


def test_text_verdict_holds_threats_and_keeps_war_reporting() -> None:
    assert checks.text_verdict("just kill them all, erase them without mercy").action != (
        Action.APPROVE
    )
    assert checks.text_verdict(
        "The strike killed 12 soldiers near the bridge, the ministry said on Tuesday."
    ).action == (Action.APPROVE)


@pytest.mark.django_db
def test_sanctions_reject_banned_and_suspended_authors_and_hold_shadowed_ones(
    admin_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    reader = guest()
    key = f"g:{reader.guest_key}"
    draft: dict[str, Any] = {"author_key": key, "ip_hash": reader.ip_hash}
    assert run("sanctions", "hello", **draft) is None  # now cached: none in force

    def add(kind: SanctionKind, **fields: Any) -> Sanction:
        with django_capture_on_commit_callbacks(execute=True):
            return services.sanction_add(kind=kind, actor=admin_user, **fields)

    shadow = add(SanctionKind.SHADOW, author_key=key)
    assert run("sanctions", "hello", **draft) == Verdict(Action.HOLD, ("shadow",))
    suspension = add(SanctionKind.SUSPEND, author_key=key, until=timezone.now() + timedelta(days=1))
    assert run("sanctions", "hello", **draft) == Verdict(Action.REJECT, ("suspended",))
    ban = add(SanctionKind.BAN, author_key="g:other", ip_hash=reader.ip_hash)
    assert run("sanctions", "hello", **draft) == Verdict(Action.REJECT, ("banned",))
    for sanction in (ban, suspension, shadow):
        with django_capture_on_commit_callbacks(execute=True):
            services.sanction_lift(sanction=sanction, actor=admin_user)
    assert run("sanctions", "hello", **draft) is None
    add(SanctionKind.BAN, author_key="g:x", email="Troll@example.org")
    assert run("sanctions", "hi", author_email="troll@example.org") == Verdict(
        Action.REJECT, ("banned",)
    )
    assert Sanction.objects.count() == 4  # lifting keeps the record


@pytest.mark.django_db
def test_it_holds_repeats_and_bursts_of_one_author() -> None:
    thread = build_thread()
    reader = guest()
    config = ModerationConfig(burst_limit=3)
    first = post(thread, "The tram budget is too high.", reader=reader)
    key = first.author_key
    repeat = run("repeats_and_bursts", "the TRAM budget is too high!", config, author_key=key)
    assert repeat is not None and repeat.reasons == ("duplicate",)
    assert run("repeats_and_bursts", "Something new", config, author_key=key) is None
    post(thread, "Second thought on the tram.", reader=reader)
    post(thread, "Third thought on the tram.", reader=reader)
    burst = run("repeats_and_bursts", "A fourth one", config, author_key=key)
    assert burst is not None and burst.reasons == ("burst",)
    # Editing one's own comment is not a repeat of itself.
    assert (
        run(
            "repeats_and_bursts",
            "The tram budget is too high.",
            ModerationConfig(burst_limit=0),
            author_key=key,
            comment_id=first.pk,
        )
        is None
    )


@pytest.mark.django_db
def test_pre_moderation_follows_the_article_then_the_site() -> None:
    thread = build_thread()
    assert thread.page_id is not None
    page = thread.page_id
    assert run("pre_moderation", "hi", page_id=page) is None
    site_pre = ModerationConfig(mode=ModerationMode.PRE)
    assert run("pre_moderation", "hi", site_pre, page_id=page) == Verdict(
        Action.HOLD, ("pre-moderation",)
    )
    from masthead.articles.models import ArticlePage

    ArticlePage.objects.filter(pk=page).update(comment_moderation=ModerationMode.PRE)
    cache.clear()  # an article's mode is cached for half a minute
    assert run("pre_moderation", "hi", page_id=page) == Verdict(Action.HOLD, ("pre-moderation",))
    assert run("pre_moderation", "hi", page_id=page, comment_id=1) is None  # edits are not new


@pytest.mark.django_db
def test_new_commenters_wait_until_enough_comments_are_approved() -> None:
    thread = build_thread()
    reader = guest()
    config = ModerationConfig(new_commenter_approved=2)
    key = f"g:{reader.guest_key}"
    assert run("new_commenter", "hi", config, author_key=key) == Verdict(
        Action.HOLD, ("new-commenter",)
    )
    post(thread, "One fine remark about the port.", reader=reader)
    post(thread, "Another fine remark about cargo.", reader=reader)
    assert run("new_commenter", "hi", config, author_key=key) is None


@pytest.mark.django_db
def test_off_topic_holds_long_comments_unrelated_to_the_article() -> None:
    thread = build_thread()
    config = ModerationConfig(off_topic_threshold=0.05)
    unrelated = " ".join(
        ["My cousin's football team lost again on Saturday and the referee was awful"] * 3
    )
    verdict = run("off_topic", unrelated, config, page_id=thread.page_id)
    assert verdict is not None and verdict.action == Action.HOLD
    assert verdict.reasons == ("off-topic",)
    assert run("off_topic", "short and unrelated", config, page_id=thread.page_id) is None
    assert run("off_topic", unrelated, TEXT_ONLY, page_id=thread.page_id) is None  # off by default


class _Scores:
    def __init__(self, **scores: float) -> None:
        self.values = {"ok": 1.0 - sum(scores.values()), **scores}

    def scores(self, text: str) -> dict[str, float]:
        return dict(self.values)


@pytest.mark.django_db
def test_the_article_clears_a_comment_held_only_as_off_topic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from masthead.discussion.services import thread_for_page
    from masthead.testing.builders import build_article

    article = build_article(
        headline="Straddle carriers return to Sable Point",
        standfirst="The container terminal reopens its berths to cargo this spring.",
    )
    page = thread_for_page(article).page_id
    anecdote = "My dad drove a straddle carrier at Sable Point for years."
    chat = "Anyone know a good plumber? Ours has vanished."
    monkeypatch.setattr(classifier, "current", lambda: _Scores(off_topic=0.8))
    cleared = run("site_classifier", anecdote, page_id=page)
    assert cleared is not None and cleared.action == Action.APPROVE
    assert cleared.scores["article-words"] >= checks.ARTICLE_SHARED_WORDS
    held = run("site_classifier", chat, page_id=page)
    assert held is not None and held.action == Action.HOLD and held.reasons == ("off-topic",)
    # A bare text (the evaluation) is judged as if it shared nothing with its article...
    alone = run("site_classifier", anecdote)
    assert alone is not None and alone.action == Action.HOLD
    # ... and under a thread without an article (an embed) there is nothing to compare with.
    embedded = run("site_classifier", chat, thread_id=12345)
    assert embedded is not None and embedded.action == Action.APPROVE
    # The article only discounts the off-topic share: harm enough to hold on its own is held.
    monkeypatch.setattr(classifier, "current", lambda: _Scores(insult=0.75, off_topic=0.1))
    insult = run("site_classifier", "Sable Point straddle carrier fans are idiots", page_id=page)
    assert insult is not None and insult.action == Action.HOLD and insult.reasons == ("offensive",)


class _FakeAkismet(BaseHTTPRequestHandler):
    seen: list[dict[str, list[str]]] = []

    def do_POST(self) -> None:
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        _FakeAkismet.seen.append(form)
        answer = b"true" if "viagra" in form["comment_content"][0] else b"false"
        self.send_response(200)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def fake_akismet() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeAkismet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_akismet_is_asked_only_when_the_site_opts_in(fake_akismet: str) -> None:
    _FakeAkismet.seen.clear()
    on = ModerationConfig(use_akismet=True)
    with override_settings(AKISMET_KEY="k3y", AKISMET_URL=fake_akismet):
        assert run("akismet", "buy viagra", TEXT_ONLY) is None  # off by default
        assert _FakeAkismet.seen == []
        assert run("akismet", "buy viagra", on, author_name="Bob") == Verdict(
            Action.HOLD, ("akismet",)
        )
        assert run("akismet", "nice article", on) is None
    assert _FakeAkismet.seen[0]["api_key"] == ["k3y"]
    assert "user_ip" not in _FakeAkismet.seen[0]  # only a hash of it is ever stored
    with override_settings(AKISMET_KEY="", AKISMET_URL=fake_akismet):
        assert run("akismet", "buy viagra", on) is None  # no key, no call
    with override_settings(AKISMET_KEY="k3y", AKISMET_URL="http://127.0.0.1:9"):
        assert run("akismet", "buy viagra", on) is None  # unreachable: no opinion


@pytest.mark.django_db
def test_every_state_the_pipeline_gives_is_kept_with_its_decision() -> None:
    thread = build_thread()
    with override_settings(MODERATION_CHECKS=["links_and_contacts", "word_lists"]):
        held = post(thread, "ring me on +44 7700 900123 for cheap tickets")
        assert held.state == CommentState.HELD
        [decision] = held.decisions.all()
        assert (decision.source, decision.to_state, decision.reasons) == (
            "pipeline",
            "held",
            ["contact"],
        )
