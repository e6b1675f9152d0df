"""The moderation pipeline: an ordered list of small checks every new or edited comment passes.

`discussion.services` calls `verdict_for(draft)` (a plain call, no signals) before it writes.
Each check returns a `Verdict` (approve / hold / reject, reason codes, scores) or None when it
has nothing to say. The first reject wins; otherwise any hold holds. The order and the set of
checks are `settings.MODERATION_CHECKS`; each check's numbers and lists are in the Wagtail
admin (*Settings → Moderation*), read through `ModerationConfig`.

`text_verdict(text)` runs only the checks that look at the text itself, with the default
configuration and without touching the database: what `manage.py moderation_eval` measures.
"""

import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from datetime import timedelta
from enum import StrEnum

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from masthead.articles.selectors import article_comment_moderation, article_text
from masthead.discussion.selectors import published_count_by_author, recent_by_author
from masthead.moderation import akismet, classifier, normalize, offensive
from masthead.moderation.models import ModerationMode, ModerationSettings, Sanction, SanctionKind


class Action(StrEnum):
    APPROVE = "approve"
    HOLD = "hold"
    REJECT = "reject"


# Reason codes, stable: they are stored in decisions and shown (in plain words) to authors.
REASONS = {
    "banned-word": "it contains a word this site does not allow",
    "suspect-word": "it contains a word our moderators look at first",
    "links": "it contains several links",
    "contact": "it contains a phone number, messenger handle or payment address",
    "offensive": "it may be offensive",
    "classifier": "it resembles comments our moderators did not publish",
    "threat": "it may contain a threat or a call to violence",
    "hate": "it may attack people for who they are",
    "spam": "it looks like advertising",
    "duplicate": "it repeats one of your recent comments",
    "burst": "you posted several comments in a short time",
    "new-commenter": "new commenters' first comments are reviewed",
    "pre-moderation": "comments here are reviewed before they appear",
    "banned": "your account may not comment here",
    "suspended": "your commenting is suspended for now",
    "shadow": "it is visible to you while it is reviewed",
    "off-topic": "it seems to be about something else than this article",
    "akismet": "a spam filter flagged it",
}


@dataclass(frozen=True)
class Verdict:
    action: Action
    reasons: tuple[str, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)


APPROVED = Verdict(Action.APPROVE)


@dataclass(frozen=True)
class ModerationConfig:
    """The numbers and lists the checks use; defaults equal `ModerationSettings` defaults."""

    mode: str = ModerationMode.POST
    banned_words: str = ""
    suspect_words: str = ""
    max_links: int = 2
    hold_contacts: bool = True
    new_commenter_approved: int = 0
    offensive_threshold: float = 1.0
    classifier_hold_threshold: float = 0.66
    classifier_reject_threshold: float = 0.97
    off_topic_threshold: float = 0.0
    duplicate_minutes: int = 60
    burst_limit: int = 4
    report_threshold: int = 3
    use_akismet: bool = False

    @classmethod
    def from_settings(cls, row: ModerationSettings) -> "ModerationConfig":
        return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


@dataclass(frozen=True)
class Draft:
    """A comment about to be written, with what the checks need to know about its context."""

    text: str
    author_key: str = ""
    ip_hash: str = ""
    user_id: int | None = None
    comment_id: int | None = None  # set when editing
    thread_id: int | None = None
    page_id: int | None = None  # the article under discussion
    author_email: str = ""
    author_name: str = ""
    user_agent: str = ""


Check = Callable[[Draft, ModerationConfig], Verdict | None]


# --- Text checks: no database ----------------------------------------------------------------


@dataclass(frozen=True)
class WordList:
    """Normalised words and phrases, matched against a text's words in one pass."""

    words: frozenset[str]
    phrases: frozenset[tuple[str, ...]]
    longest: int

    @classmethod
    def parse(cls, lines: str) -> "WordList":
        words: set[str] = set()
        phrases: set[tuple[str, ...]] = set()
        for line in lines.splitlines():
            tokens = tuple(normalize.words(line))
            if len(tokens) == 1:
                words.add(tokens[0])
            elif tokens:
                phrases.add(tokens)
        return cls(frozenset(words), frozenset(phrases), max(map(len, phrases), default=1))

    def found_in(self, tokens: list[str]) -> bool:
        if not self.words.isdisjoint(tokens):
            return True
        for size in range(2, self.longest + 1):
            for start in range(len(tokens) - size + 1):
                if tuple(tokens[start : start + size]) in self.phrases:
                    return True
        return False


_word_lists: dict[str, WordList] = {}


def _word_list(lines: str) -> WordList:
    parsed = _word_lists.get(lines)
    if parsed is None:
        parsed = WordList.parse(lines)
        if len(_word_lists) > 16:
            _word_lists.clear()
        _word_lists[lines] = parsed
    return parsed


def word_lists(draft: Draft, config: ModerationConfig) -> Verdict | None:
    """Reject on a banned word, hold on a suspect word, after undoing spelling tricks."""
    if not (config.banned_words or config.suspect_words):
        return None
    tokens = normalize.words(draft.text)
    if config.banned_words and _word_list(config.banned_words).found_in(tokens):
        return Verdict(Action.REJECT, ("banned-word",))
    if config.suspect_words and _word_list(config.suspect_words).found_in(tokens):
        return Verdict(Action.HOLD, ("suspect-word",))
    return None


LINK = re.compile(
    r"(?i)\bhttps?://|\bwww\.|\b[a-z0-9-]{2,63}\.(?:com|net|org|info|biz|io|ru|xyz|top|shop|site|online|club|me|co)\b"
)
PHONE = re.compile(r"(?<![\w.])\+?\d(?:[ ().-]?\d){8,14}(?![\w.])")
# A messenger's name followed by a handle or a number ("telegram: cryptoking", "WhatsApp
# +44 7700 900123", "tg @signals", "t.me/pump"), not by an ordinary word ("signal after nine
# years", "a snap election", "a WhatsApp rota").
HANDLE = re.compile(
    r"(?i)\b(?:(?:whats ?app|telegram|tg|signal|viber|wechat|kik|snap(?:chat)?)\b"
    r"\s*(?::\s*|(?=[+@\d]))(?:[+@]?[\w.]{3,}|\+?\d[\d ().-]{5,})|(?:t|wa)\.me/[\w.]{3,})"
)
CRYPTO = re.compile(
    r"\b(?:0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{25,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34}"
    r"|T[1-9A-HJ-NP-Za-km-z]{33})\b"
)


def links_and_contacts(draft: Draft, config: ModerationConfig) -> Verdict | None:
    """Hold comments with many links, phone numbers, messenger handles or crypto addresses."""
    reasons = []
    links = len(LINK.findall(draft.text))
    if links > config.max_links:
        reasons.append("links")
    if config.hold_contacts and (
        PHONE.search(draft.text) or HANDLE.search(draft.text) or CRYPTO.search(draft.text)
    ):
        reasons.append("contact")
    return Verdict(Action.HOLD, tuple(reasons), {"links": links}) if reasons else None


def offensive_language(draft: Draft, config: ModerationConfig) -> Verdict | None:
    """Hold what alt-profanity-check's model scores as offensive, from the site's threshold; at
    1 (the default) it only records the score: the model flags swearing, which the site
    classifier keeps when it is not aimed at anyone ("what a f***ing mess")."""
    score = offensive.offensive_score(draft.text)
    if config.offensive_threshold < 1.0 and score >= config.offensive_threshold:
        return Verdict(Action.HOLD, ("offensive",), {"offensive": round(score, 4)})
    return Verdict(Action.APPROVE, (), {"offensive": round(score, 4)})


LABEL_REASON = {
    "insult": "offensive",
    "threat_or_incitement": "threat",
    "hate": "hate",
    "spam": "spam",
    "off_topic": "off-topic",
}


# Words at least this long that a comment shares with its article: enough of them and the
# article clears a comment the classifier would hold only as off-topic.
ARTICLE_WORD_LENGTH = 5
ARTICLE_SHARED_WORDS = 2


def site_classifier(draft: Draft, config: ModerationConfig) -> Verdict | None:
    """Hold what the site's classifier (starter corpus + this site's decisions) thinks is not
    ok; reject threats and hate it is very sure of.

    The text alone cannot tell an anecdote about the article from chat about something else,
    and what the starter corpus calls off-topic is what was off-topic for its invented paper.
    So the off-topic share of the score counts only against a reference:

    - under an article, unless the comment shares `ARTICLE_SHARED_WORDS` long words with it;
    - for a bare text (`text_verdict`, the evaluation), as if it shared nothing with its
      article: the strictest case, so the evaluation's share of `ok` held is an upper bound;
    - never under a thread without an article (an embed on another site): nothing to compare.
    """
    scores = classifier.current().scores(draft.text)
    not_ok = 1.0 - scores.get("ok", 0.0)
    label = max((label for label in scores if label != "ok"), key=scores.__getitem__)
    rounded = {f"classifier:{k}": round(v, 4) for k, v in scores.items()}
    if label in ("threat_or_incitement", "hate") and (
        scores[label] >= config.classifier_reject_threshold
    ):
        return Verdict(Action.REJECT, (LABEL_REASON[label],), rounded)
    if not_ok < config.classifier_hold_threshold:
        return Verdict(Action.APPROVE, (), rounded)
    harmful = not_ok - scores.get("off_topic", 0.0)
    if harmful < config.classifier_hold_threshold:
        if draft.page_id is not None:
            shared = _shared_article_words(draft.text, draft.page_id)
            if shared >= ARTICLE_SHARED_WORDS:
                return Verdict(Action.APPROVE, (), {**rounded, "article-words": shared})
        elif draft.thread_id is not None:
            return Verdict(Action.APPROVE, (), rounded)
        label = "off_topic" if harmful < scores.get("off_topic", 0.0) else label
    return Verdict(Action.HOLD, (LABEL_REASON[label],), rounded)


def _shared_article_words(text: str, page_id: int) -> int:
    """Return how many distinct words of `ARTICLE_WORD_LENGTH` letters or more `text` shares
    with the article `page_id` (headline, standfirst and paragraphs), both normalised."""
    words = {w for w in normalize.words(text) if len(w) >= ARTICLE_WORD_LENGTH}
    if not words:
        return 0
    return len(words & _article_words(page_id))


def _article_words(page_id: int) -> set[str]:
    """Return the normalised words of an article's headline, standfirst and paragraphs."""
    return set(normalize.words(article_text(page_id)))


# --- Checks that know the author, the article and the site --------------------------------


def sanctions(draft: Draft, config: ModerationConfig) -> Verdict | None:
    """Reject banned and suspended authors; hold a shadow-quarantined or pre-moderated one."""
    active = active_sanctions()
    kinds = {
        kind
        for kind, key, email, ip in active
        if (draft.author_key and key == draft.author_key)
        or (email and email == draft.author_email.lower())
        or (ip and ip == draft.ip_hash)
    }
    if SanctionKind.BAN in kinds:
        return Verdict(Action.REJECT, ("banned",))
    if SanctionKind.SUSPEND in kinds:
        return Verdict(Action.REJECT, ("suspended",))
    if SanctionKind.SHADOW in kinds:
        return Verdict(Action.HOLD, ("shadow",))
    if SanctionKind.PREMODERATE in kinds:
        return Verdict(Action.HOLD, ("pre-moderation",))
    return None


SANCTIONS_KEY = "moderation:active-sanctions"


def active_sanctions() -> list[tuple[str, str, str, str]]:
    """Return (kind, author key, e-mail, IP hash) of every sanction in force, from the cache
    (sanctions are few; `forget_sanctions` runs after each change)."""
    cached: list[tuple[str, str, str, str]] | None = cache.get(SANCTIONS_KEY)
    if cached is not None:
        return cached
    now = timezone.now()
    rows = list(
        Sanction.objects.filter(lifted_at__isnull=True)
        .filter(Q(until__isnull=True) | Q(until__gt=now))
        .exclude(kind=SanctionKind.WARN)
        .values_list("kind", "author_key", "email", "ip_hash")
    )
    soonest = (
        Sanction.objects.filter(lifted_at__isnull=True, until__gt=now)
        .order_by("until")
        .values_list("until", flat=True)
        .first()
    )
    seconds = SANCTIONS_SECONDS
    if soonest is not None:  # a suspension ending sooner must end on time
        seconds = max(1, min(seconds, int((soonest - now).total_seconds()) + 1))
    cache.set(SANCTIONS_KEY, rows, seconds)
    return rows


SANCTIONS_SECONDS = 300


def forget_sanctions() -> None:
    """Drop the cached sanctions (call after commit of any change to them)."""
    cache.delete(SANCTIONS_KEY)


BURST_WINDOW = timedelta(minutes=2)


def repeats_and_bursts(draft: Draft, config: ModerationConfig) -> Verdict | None:
    """Hold the same author's repeated text, and comments beyond the burst limit."""
    if not draft.author_key:
        return None
    window = max(timedelta(minutes=config.duplicate_minutes), BURST_WINDOW)
    recent = recent_by_author(draft.author_key, since=timezone.now() - window, limit=50)
    mine = [(text, at) for pk, text, at in recent if pk != draft.comment_id]
    reasons = []
    text = " ".join(normalize.words(draft.text))
    duplicate_since = timezone.now() - timedelta(minutes=config.duplicate_minutes)
    if config.duplicate_minutes and any(
        at >= duplicate_since and " ".join(normalize.words(old)) == text for old, at in mine
    ):
        reasons.append("duplicate")
    burst_since = timezone.now() - BURST_WINDOW
    if (
        config.burst_limit
        and draft.comment_id is None
        and sum(at >= burst_since for _, at in mine) >= config.burst_limit
    ):
        reasons.append("burst")
    return Verdict(Action.HOLD, tuple(reasons)) if reasons else None


def new_commenter(draft: Draft, config: ModerationConfig) -> Verdict | None:
    """Hold comments of authors with fewer than N published comments."""
    if not config.new_commenter_approved or draft.comment_id is not None:
        return None
    if published_count_by_author(draft.author_key) < config.new_commenter_approved:
        return Verdict(Action.HOLD, ("new-commenter",))
    return None


# An editor's change of an article's moderation mode applies within this time.
ARTICLE_MODE_SECONDS = 30


def pre_moderation(draft: Draft, config: ModerationConfig) -> Verdict | None:
    """Hold every new comment where the article, or else the site, asks for pre-moderation."""
    if draft.comment_id is not None:
        return None
    mode = config.mode
    if draft.page_id is not None:
        key = f"moderation:article-mode:{draft.page_id}"
        article_mode: str | None = cache.get(key)
        if article_mode is None:
            article_mode = article_comment_moderation(draft.page_id)
            cache.set(key, article_mode, ARTICLE_MODE_SECONDS)
        mode = article_mode or mode
    if mode == ModerationMode.PRE:
        return Verdict(Action.HOLD, ("pre-moderation",))
    return None


OFF_TOPIC_MIN_WORDS = 25


def off_topic(draft: Draft, config: ModerationConfig) -> Verdict | None:
    """Hold long comments that share almost no vocabulary with the article."""
    if not config.off_topic_threshold or draft.page_id is None:
        return None
    every_word = normalize.words(draft.text)
    words = [w for w in every_word if len(w) > 3]  # leave out "the", "and", "was" ...
    if len(every_word) < OFF_TOPIC_MIN_WORDS or not words:
        return None
    article = {w for w in _article_words(draft.page_id) if len(w) > 3}
    if not article:
        return None
    similarity = sum(w in article for w in words) / len(words)
    scores = {"on-topic": round(similarity, 4)}
    if similarity < config.off_topic_threshold:
        return Verdict(Action.HOLD, ("off-topic",), scores)
    return Verdict(Action.APPROVE, (), scores)


def akismet_check(draft: Draft, config: ModerationConfig) -> Verdict | None:
    """Ask Akismet, only when the site turned it on and a key is configured."""
    if not config.use_akismet or not settings.AKISMET_KEY:
        return None
    if akismet.client().is_spam(
        text=draft.text,
        author=draft.author_name,
        email=draft.author_email,
        user_agent=draft.user_agent,
    ):
        return Verdict(Action.HOLD, ("akismet",))
    return None


REGISTRY: dict[str, Check] = {
    "sanctions": sanctions,
    "repeats_and_bursts": repeats_and_bursts,
    "word_lists": word_lists,
    "links_and_contacts": links_and_contacts,
    "offensive_language": offensive_language,
    "site_classifier": site_classifier,
    "off_topic": off_topic,
    "new_commenter": new_commenter,
    "pre_moderation": pre_moderation,
    "akismet": akismet_check,
}
TEXT_CHECKS = ("word_lists", "links_and_contacts", "offensive_language", "site_classifier")


def combine(verdicts: Iterable[Verdict]) -> Verdict:
    """Return the first reject, else a hold with every hold's reasons, else approve."""
    holds: list[str] = []
    scores: dict[str, float] = {}
    for verdict in verdicts:
        scores.update(verdict.scores)
        if verdict.action == Action.REJECT:
            return Verdict(Action.REJECT, verdict.reasons, scores)
        if verdict.action == Action.HOLD:
            holds.extend(r for r in verdict.reasons if r not in holds)
    return (
        Verdict(Action.HOLD, tuple(holds), scores) if holds else Verdict(Action.APPROVE, (), scores)
    )


def _run(names: Iterable[str], draft: Draft, config: ModerationConfig) -> Verdict:
    def verdicts() -> Iterable[Verdict]:
        for name in names:
            verdict = REGISTRY[name](draft, config)
            if verdict is not None:
                yield verdict

    return combine(verdicts())


_config_lock = threading.Lock()
_config: tuple[float, ModerationConfig] | None = None
CONFIG_SECONDS = 5.0


def site_config() -> ModerationConfig:
    """Return the site's moderation settings, re-read from the database every few seconds."""
    global _config  # a small per-process cache of one row
    now = time.monotonic()
    cached = _config
    if cached is not None and now - cached[0] < CONFIG_SECONDS:
        return cached[1]
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    row = ModerationSettings.for_site(site) if site is not None else ModerationSettings()
    config = ModerationConfig.from_settings(row)
    with _config_lock:
        _config = (now, config)
    return config


def forget_site_config() -> None:
    """Make the next check re-read the settings (after an editor saved them; in tests)."""
    global _config
    with _config_lock:
        _config = None


def verdict_for(draft: Draft, config: ModerationConfig | None = None) -> Verdict:
    """Run every configured check on `draft` and return the combined verdict."""
    return _run(settings.MODERATION_CHECKS, draft, config or site_config())


def text_verdict(text: str, config: ModerationConfig | None = None) -> Verdict:
    """Run only the checks of the text itself (default configuration, no database)."""
    return _run(TEXT_CHECKS, Draft(text=text), config or ModerationConfig())


def reason_text(code: str) -> str:
    """Return the plain-words explanation of a reason code."""
    return REASONS.get(code, "a moderator will look at it")


def warm_up() -> None:
    """Load (or, the first time, train) the models the text checks use."""
    try:
        text_verdict("warm up")
    finally:
        from django.db import connection

        connection.close()
