"""Reader comment text: normalisation for storage and safe rendering of Masthead's Markdown subset.

A comment body is stored as the output of `clean_text` and shown as the output of
`render_markdown`. The Markdown parser never emits raw HTML, and its output still goes through
`sanitize_html`, so the allow-list there is the single statement of what a comment may contain.
"""

import re
import unicodedata

import nh3
from markdown_it import MarkdownIt

MAX_BODY_LENGTH = 10_000  # characters, after clean_text

# Bidi embeddings, overrides and isolates let a comment reorder the text around it (the "RTLO"
# trick shows "invoice<U+202E>fdp.exe" as "invoiceexe.pdf"). LRM and RLM are kept: they only
# nudge neutral characters, and right-to-left writers need them.
_BIDI_CONTROLS = [*range(0x202A, 0x202E + 1), *range(0x2066, 0x2069 + 1)]
# Invisible characters that split words for filters and search without showing anything. ZWNJ
# and ZWJ are kept: Persian and Indic spelling and emoji sequences depend on them.
_INVISIBLES = [0x200B, 0x2060, 0xFEFF]
# Tab and newline are the only controls with a meaning in plain text (DEL goes too); carriage
# returns are turned into newlines before this table applies.
_CONTROLS = [
    code for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)] if chr(code) not in "\t\n"
]
_DROPPED: dict[int, None] = dict.fromkeys([*_BIDI_CONTROLS, *_INVISIBLES, *_CONTROLS])

_BLANK_LINES = re.compile(r"\n{3,}")

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "del", "s", "a", "ul", "ol", "li", "blockquote", "code", "pre"}
)
# `start` keeps "1999. was a good year" from being shown as "1. was a good year": a paragraph
# that opens with a number and a full stop is an ordered list in CommonMark.
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "ugc nofollow noopener"

# Every "<" in nh3's output opens a tag (text escapes it) and every attribute value is
# double-quoted (with '"' escaped), so this matches exactly the tags, whatever their values hold.
_TAG = re.compile(r'<(?:[^">]|"[^"]*")*>')


def clean_text(source: str) -> str:
    """Return `source` normalised for storage.

    Turn CRLF and CR into LF; drop bidi embedding, override and isolate controls, the zero-width
    space, the word joiner, the byte-order mark and every control character except tab and
    newline; normalise to NFC; strip trailing whitespace from each line; collapse three or more
    newlines into two; strip whitespace from both ends. Keep ZWNJ, ZWJ, LRM and RLM. The result
    is a fixed point: `clean_text(clean_text(s)) == clean_text(s)`.
    """
    text = source.replace("\r\n", "\n").replace("\r", "\n").translate(_DROPPED)
    # After dropping: a removed character between a letter and a combining mark would
    # otherwise leave a decomposed pair behind.
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def _comment_markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False})
    md.enable("strikethrough")
    # Headings and rules would let a comment imitate the page's own structure; images would
    # load third-party content (and leak the reader's address) on every view.
    md.disable(["heading", "lheading", "hr", "table", "image", "html_block", "html_inline"])
    return md


_MARKDOWN = _comment_markdown()


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    # nh3 checks URLs itself; `start` is the only other value that needs a shape.
    if tag == "ol" and attribute == "start":
        return value if value.isascii() and value.isdigit() else None
    return value


def _protect_pre_newline(match: re.Match[str]) -> str:
    # An HTML parser drops one newline right after <pre>, and nh3 does not write it back, so
    # each pass would eat one more leading newline of a code block. Doubling it here makes the
    # next parse see the same text as this one.
    tag = match.group()
    if tag == "<pre>" and match.string.startswith("\n", match.end()):
        return "<pre>\n"
    return tag


def _clean_once(html: str) -> str:
    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        # Script and style bodies are code, not prose: showing them as text helps no reader.
        clean_content_tags={"script", "style"},
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_keep_attribute,
        url_schemes=set(ALLOWED_URL_SCHEMES),
        url_relative="deny",
        link_rel=LINK_REL,
        strip_comments=True,
    )
    return _TAG.sub(_protect_pre_newline, cleaned)


def sanitize_html(html: str) -> str:
    """Return `html` with only the comment allow-list left.

    Keep only the allowed tags; keep `href` only for http, https and mailto URLs (drop relative
    URLs); set `rel` on every link; keep a numeric `start` on ordered lists; drop the content
    of script and style elements and all comments. Return a fixed point:
    `sanitize_html(sanitize_html(h)) == sanitize_html(h)`.
    """
    # One pass can leave a tree no parser would build: "<p><select><p>" loses the select and
    # keeps a paragraph inside a paragraph, which the next parse splits in two. The second pass
    # sees only allowed tags, which a parser reads back as written.
    return _clean_once(_clean_once(html))


def render_markdown(source: str) -> str:
    """Return safe HTML for a comment body written in Masthead's Markdown subset.

    Render paragraphs, hard line breaks, emphasis, strong emphasis, strikethrough, inline code,
    fenced and indented code blocks, block quotes, bullet and ordered lists, and links. Show
    headings, rules, tables and raw HTML as text. Render `![alt](url)` as "!" followed by a link,
    never as an image. The result is a fixed point of `sanitize_html`.
    """
    return sanitize_html(_MARKDOWN.render(source))
