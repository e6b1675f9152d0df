# ruff: noqa: RUF001 - look-alike letters are what this file is about
"""Normalise comment text so word lists and the site classifier see through common disguises.

`normalize()` undoes the tricks commenters use to slip words past filters: invisible characters,
compatibility forms (full-width letters, ligatures), case, Cyrillic or Greek look-alikes inside
Latin words, leetspeak ("1d10t"), spaced or dotted letters ("k i l l", "s.c.u.m") and stretched
letters ("stuuupid"). Every step is a C-level `str` method or a regular expression without
ambiguous nested quantifiers, anchored so that each position is tried once: the whole function is
linear in the length of its input (100 KB normalise in a few milliseconds), whatever the input.

The output is for matching and features only. Never show it to people, and run link, handle and
address rules on the raw text: normalisation turns "@name" into "aname" on purpose.
"""

import re
import unicodedata
from collections.abc import Sequence

__all__ = ["MAX_EXPANSION", "mask_matches", "normalize", "phrases", "words"]

# NFKC expands a single code point to at most 18 (U+FDFA), and casefold never more than 3.
MAX_EXPANSION = 18

# Zero-width characters, bidi controls, soft hyphen and friends: they render as nothing, so
# "ki\u200bll" looks like "kill" to a reader and must look like it to us.
_INVISIBLE = dict.fromkeys(
    [
        0x00AD,
        0x034F,
        0x061C,
        0x115F,
        0x1160,
        0x17B4,
        0x17B5,
        0x180B,
        0x180C,
        0x180D,
        0x180E,
        0x3164,
        0xFEFF,
        0xFFA0,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
        *range(0xFE00, 0xFE10),
    ]
)
# Combining marks stacked on letters ("k̷i̷l̷l̷", Zalgo text) and Arabic diacritics/tatweel,
# which writers add or omit freely. NFKC has already composed ordinary accented letters into
# single code points, so "é", "ё" and "ї" survive this.
_MARKS = dict.fromkeys(
    [
        *range(0x0300, 0x0370),
        *range(0x0483, 0x048A),
        *range(0x064B, 0x0660),
        0x0640,
        0x0670,
        *range(0x1AB0, 0x1B00),
        *range(0x1DC0, 0x1E00),
        *range(0x20D0, 0x2100),
        *range(0xFE20, 0xFE30),
    ]
)
# A character-class pattern: the regex engine skips through text without these far faster than
# `str.translate` with a table walks non-ASCII text.
_DELETE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted({*_INVISIBLE, *_MARKS})) + "]")

# Cyrillic and Greek letters that look like Latin ones (after casefolding).
_CONFUSABLES = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "с": "c",
        "ԁ": "d",
        "е": "e",
        "ё": "e",
        "һ": "h",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "к": "k",
        "ӏ": "l",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "ԛ": "q",
        "г": "r",
        "ѕ": "s",
        "т": "t",
        "у": "y",
        "ԝ": "w",
        "х": "x",
        "ү": "y",
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ω": "w",
        "ѵ": "v",
        "ɑ": "a",
        "ɡ": "g",
        "ı": "i",
    }
)
_CONFUSABLE_CHARS = "".join(chr(c) for c in _CONFUSABLES)
_LATIN = "a-z"
# A Latin letter next to a look-alike: a cheap test that lets nearly all text skip the step.
_MIXED = re.compile(f"[{_LATIN}0-9@$!][{_CONFUSABLE_CHARS}]|[{_CONFUSABLE_CHARS}][{_LATIN}0-9@$!]")
# Words as the leet step sees them, so that both steps agree on what a word is.
_WORD = re.compile(r"(?<![\w@$!])[\w@$!]++")

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_LEET_NEAR_LETTER = re.compile(r"[a-z][0-9@$!]|[0-9@$][a-z]")
# An ASCII run with at least one leet character, tried only where a run starts (the lookbehind)
# and never giving back what it consumed (possessive): one attempt per run.
_LEET_RUN = re.compile(r"(?<![a-z0-9@$!])([a-z]*+[0-9@$!][a-z0-9@$!]*+)")
# Runs left alone: with a digit that is no letter in disguise ("covid19"), without any letter
# ("$500"), or a number with a unit ("1st", "12km", "5g", "10am").
_NOT_LEET = re.compile(
    r"[2689]|^[0-9@$!]++$|^[0-9]++"
    r"(?:st|nd|rd|th|s|am|pm|k|m|km|kg|mm|cm|g|gb|mb|mph|x|h|d|bn|ml|mw|gw|kw|p|c|f)$"
)

# Three or more single letters (or leet digits) separated by one or two of " .-_*·/|", as in
# "k i l l", "s.c.u.m", "k-1-l-l". Letters and separators are disjoint, so the repetition is
# unambiguous and gives back at most one step.
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W_][ .\-_*·/|]{1,2}){2,}[^\W_](?![^\W_])")
# The same shape preceded by a separator (the text gets one in front): it starts with a character
# set, which the regex engine scans for quickly, so ordinary text skips the step cheaply.
_SPACED_HINT = re.compile(r"[ .\-_*·/|][^\W_][ .\-_*·/|]{1,2}[^\W_][ .\-_*·/|]")
_SPACED_SEPARATORS = str.maketrans(dict.fromkeys(" .-_*·/|"))
_LETTER = re.compile(r"[^\W\d_]")
_NOT_LEET_DIGIT = re.compile(r"[2689]")

_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
_SPACES = re.compile(r"\s+")
# Words: runs of letters and digits, which may contain asterisk masks ("f*ck") but not start
# or end with them.
_MASKS = re.compile(r"\*+")
_TOKEN = re.compile(r"[^\W_]+(?:\*+[^\W_]+)*")


_FOREIGN = re.compile(f"[^{_LATIN}{_CONFUSABLE_CHARS}0-9_@$!]")
_HAS_LATIN = re.compile(f"[{_LATIN}]")


def _unconfuse(match: re.Match[str]) -> str:
    word = match.group()
    # Only words that are Latin apart from look-alikes: real Russian or Greek stays as it is.
    if _FOREIGN.search(word) or not _HAS_LATIN.search(word):
        return word
    return word.translate(_CONFUSABLES)


def _unleet(run: str) -> str:
    if run[0] == "!" or run[-1] in "!$":
        # "!" and "$" end sentences and start prices: only letters around them make them leet.
        core = run.rstrip("!$")
        body = core.lstrip("!")
        if not body:
            return run
        return run[: len(core) - len(body)] + _unleet_body(body) + run[len(core) :]
    return _unleet_body(run)


def _unleet_body(body: str) -> str:
    if _NOT_LEET.search(body):
        return body
    return body.translate(_LEET)


def _join_spaced(match: re.Match[str]) -> str:
    spaced = match.group()
    # "0 7 7 0 0" is a phone number and "a 4.9" a sentence: join only runs with two letters or
    # more whose digits can all be leet.
    if len(_LETTER.findall(spaced)) < 2 or _NOT_LEET_DIGIT.search(spaced):
        return spaced
    return spaced.translate(_SPACED_SEPARATORS)


def normalize(text: str, *, squeeze: int = 1) -> str:
    """Return `text` normalised for matching and features; never raise.

    Runs of three or more identical letters become `squeeze` letters: 1 (the default) turns
    "stuuupid" into "stupid" and "kiiiill" into "kill", while "good" and "aggressive" are left
    alone; 2 recovers "killll" as "kill". Matchers should try both. The result is at most
    `MAX_EXPANSION` times as long as `text` and `normalize(normalize(t)) == normalize(t)`.
    """
    squeeze = max(1, min(squeeze, 2))
    once, rewrote = _normalize_once(text, squeeze)
    if not rewrote:
        return once
    # Joining, unconfusing and unleeting can, rarely, expose work for an earlier step ("i0к":
    # leet makes a Latin word of a mixed one). A second pass over the plain result settles it;
    # a third is a safety net that the property tests never needed.
    twice, _ = _normalize_once(once, squeeze)
    return twice if twice == once else _normalize_once(twice, squeeze)[0]


def _normalize_once(text: str, squeeze: int) -> tuple[str, bool]:
    """Return `text` after one pass of every step, and whether a rewriting step changed it."""
    text = _DELETE.sub("", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    stretched = "\\1" * squeeze
    if not text.isascii():
        # Casefolding can produce decomposed forms again ("İ" -> "i̇"): recompose, then drop the
        # marks that NFKC could not compose.
        text = unicodedata.normalize("NFKC", text)
        text = _DELETE.sub("", text)
    # Whitespace and stretched letters first: "a   b   c" and "aaa b c" must look spaced now,
    # not after a later pass.
    text = _SPACES.sub(" ", text).strip()
    text = _STRETCHED.sub(stretched, text)
    before = text
    if _SPACED_HINT.search(" " + text):
        text = _SPACED.sub(_join_spaced, text)
    if not text.isascii() and _MIXED.search(text):
        text = _WORD.sub(_unconfuse, text)
    if _LEET_NEAR_LETTER.search(text):
        # split() and a list beat sub() with a callback: no match object per word.
        parts = _LEET_RUN.split(text)
        parts[1::2] = [_unleet(run) for run in parts[1::2]]
        text = "".join(parts)
    if text == before:
        return text, False
    # Joined and unleeted letters can stretch again ("a a a", "k111ll").
    return _STRETCHED.sub(stretched, text), True


def words(text: str, *, squeeze: int = 1) -> list[str]:
    """Return the normalised words of `text` (any script), keeping asterisk masks inside them."""
    return _TOKEN.findall(normalize(text, squeeze=squeeze))


def phrases(tokens: Sequence[str], n: int) -> list[str]:
    """Return the runs of `n` consecutive `tokens` joined by single spaces (none if too few)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    return [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def mask_matches(token: str, word: str) -> bool:
    """Return whether `token`, whose asterisks each hide one or more letters ("f*ck", "f**k"),
    can be `word`; a token without asterisks matches only itself.

    Both must already be normalised. Each run of asterisks must hide at least one letter, and
    the visible letters must appear in order: one left-to-right pass over `word` per piece.
    """
    if "*" not in token:
        return token == word
    pieces = _MASKS.split(token)
    first, middle, last = pieces[0], pieces[1:-1], pieces[-1]
    if not word.startswith(first) or not word.endswith(last):
        return False
    position = len(first)
    for piece in middle:
        # The leftmost fit leaves the most room for the rest, so one pass decides.
        found = word.find(piece, position + 1)
        if found < 0:
            return False
        position = found + len(piece)
    return len(word) - len(last) >= position + 1
