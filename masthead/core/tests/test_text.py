import html
import unicodedata
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from masthead.core.text import MAX_BODY_LENGTH, clean_text, render_markdown, sanitize_html

REL = 'rel="ugc nofollow noopener"'


class _MarkupCollector(HTMLParser):
    """Keep the tags and attributes of a document and throw its text away."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data: str) -> None:
        self.tags.append("!--")


def _markup_of(document: str) -> _MarkupCollector:
    collector = _MarkupCollector()
    collector.feed(document)
    collector.close()
    return collector


def _markup_text(document: str) -> str:
    """Return the tags and attributes of `document` written out, without its text.

    Escaped text such as "&lt;script&gt;" is harmless and is what a reader who typed it should
    see, so the XSS checks look at markup only.
    """
    markup = _markup_of(document)
    attributes = " ".join(f'{name}="{html.unescape(value)}"' for name, value in markup.attributes)
    return f"{' '.join(f'<{tag}' for tag in markup.tags)} {attributes}".lower()


# Markdown constructs


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Hello, reader.", "<p>Hello, reader.</p>\n"),
        ("one\n\ntwo", "<p>one</p>\n<p>two</p>\n"),
        ("line one\nline two", "<p>line one<br>\nline two</p>\n"),
        ("*soft* and _soft_", "<p><em>soft</em> and <em>soft</em></p>\n"),
        ("**loud** and __loud__", "<p><strong>loud</strong> and <strong>loud</strong></p>\n"),
        ("~~wrong~~ right", "<p><s>wrong</s> right</p>\n"),
        ("use `rm -i` first", "<p>use <code>rm -i</code> first</p>\n"),
        ("```\nx < y\n```", "<pre><code>x &lt; y\n</code></pre>\n"),
        ("```python\nprint(1)\n```", "<pre><code>print(1)\n</code></pre>\n"),
        ("    indented code", "<pre><code>indented code\n</code></pre>\n"),
        ("> quoted", "<blockquote>\n<p>quoted</p>\n</blockquote>\n"),
        ("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
        ("* a\n* b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
        ("1. a\n2. b", "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n"),
        ("3. c\n4. d", '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\n'),
        (
            "[the report](https://example.org/report)",
            f'<p><a href="https://example.org/report" {REL}>the report</a></p>\n',
        ),
        (
            '[the report](https://example.org/report "Annual report")',
            '<p><a href="https://example.org/report" title="Annual report" '
            f"{REL}>the report</a></p>\n",
        ),
        (
            "<https://example.org>",
            f'<p><a href="https://example.org" {REL}>https://example.org</a></p>\n',
        ),
        (
            "<mailto:desk@example.org>",
            f'<p><a href="mailto:desk@example.org" {REL}>mailto:desk@example.org</a></p>\n',
        ),
        (
            "[desk][]\n\n[desk]: https://example.org/desk",
            f'<p><a href="https://example.org/desk" {REL}>desk</a></p>\n',
        ),
    ],
)
def test_it_renders_each_allowed_construct(source: str, expected: str) -> None:
    assert render_markdown(source) == expected


def test_it_renders_nothing_for_an_empty_body() -> None:
    assert render_markdown("") == ""


def test_it_keeps_a_leading_blank_line_of_a_code_block() -> None:
    assert render_markdown("```\n\nx\n```") == "<pre><code>\nx\n</code></pre>\n"


def test_it_does_not_autolink_bare_urls() -> None:
    assert render_markdown("see https://example.org") == "<p>see https://example.org</p>\n"


# Constructs that comments may not use


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("# Breaking news", "<p># Breaking news</p>\n"),
        ("### Small heading", "<p>### Small heading</p>\n"),
        ("Setext\n======", "<p>Setext<br>\n======</p>\n"),
        ("Setext\n------", "<p>Setext<br>\n------</p>\n"),
        ("---", "<p>---</p>\n"),
        ("***", "<p>***</p>\n"),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "<p>| a | b |<br>\n|---|---|<br>\n| 1 | 2 |</p>\n"),
        ("<b>bold</b>", "<p>&lt;b&gt;bold&lt;/b&gt;</p>\n"),
        ("<div>\nblock\n</div>", "<p>&lt;div&gt;<br>\nblock<br>\n&lt;/div&gt;</p>\n"),
        ("a <!-- note --> b", "<p>a &lt;!-- note --&gt; b</p>\n"),
    ],
)
def test_it_shows_headings_rules_tables_and_raw_html_as_text(source: str, expected: str) -> None:
    assert render_markdown(source) == expected


def test_it_renders_an_image_as_an_exclamation_mark_and_a_link() -> None:
    assert render_markdown("![a cat](https://example.org/cat.png)") == (
        f'<p>!<a href="https://example.org/cat.png" {REL}>a cat</a></p>\n'
    )


def test_it_never_renders_an_img_tag_for_image_syntax() -> None:
    for source in [
        "![x](https://example.org/x.png)",
        "![x](data:image/png;base64,iVBORw0KGgo=)",
        '![x](https://example.org/x.png "title")',
        "![x][pic]\n\n[pic]: https://example.org/x.png",
    ]:
        assert "<img" not in render_markdown(source)


# Links


def test_it_marks_every_link_as_user_generated() -> None:
    rendered = render_markdown("[a](https://a.example) and <http://b.example>")
    assert rendered.count(REL) == 2


@pytest.mark.parametrize(
    "source",
    [
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](data:image/png;base64,iVBORw0KGgo=)",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "<javascript:alert(1)>",
        "[x](/relative/path)",
        "[x](//evil.example/path)",
        "[x](relative.html)",
        "[x](#fragment)",
    ],
)
def test_it_drops_the_href_of_links_that_are_not_http_https_or_mailto(source: str) -> None:
    assert [
        name for name, _ in _markup_of(render_markdown(source)).attributes if name == "href"
    ] == []


@pytest.mark.parametrize(
    "markup",
    [
        '<a href="javascript:alert(1)">x</a>',
        '<a href="JAVASCRIPT:alert(1)">x</a>',
        '<a href="java&#x09;script:alert(1)">x</a>',
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
        '<a href="vbscript:msgbox(1)">x</a>',
        '<a href="/relative">x</a>',
    ],
)
def test_the_sanitiser_drops_unsafe_and_relative_hrefs(markup: str) -> None:
    assert sanitize_html(markup) == f"<a {REL}>x</a>"


def test_the_sanitiser_keeps_safe_links_and_replaces_their_rel() -> None:
    assert sanitize_html('<a href="https://e.example" rel="opener" target="_blank">x</a>') == (
        f'<a href="https://e.example" {REL}>x</a>'
    )


def test_the_sanitiser_removes_tags_outside_the_allow_list_but_keeps_their_text() -> None:
    assert sanitize_html("<p><span>kept</span> <h1>text</h1></p>") == "<p>kept </p>text<p></p>"


def test_the_sanitiser_drops_script_bodies_and_comments() -> None:
    assert sanitize_html("<p>a<script>alert(1)</script><!-- c -->b</p>") == "<p>ab</p>"


def test_the_sanitiser_keeps_only_a_numeric_list_start() -> None:
    assert sanitize_html('<ol start="7"><li>x</li></ol>') == '<ol start="7"><li>x</li></ol>'
    assert sanitize_html('<ol start="x"><li>x</li></ol>') == "<ol><li>x</li></ol>"


@pytest.mark.parametrize(
    "markup", ["<P><SELECT><P>", "<a href='https://e.example'><table><a>x", "<em><p>x</em>y"]
)
def test_the_sanitiser_is_stable_for_markup_a_parser_would_rearrange(markup: str) -> None:
    once = sanitize_html(markup)
    assert sanitize_html(once) == once


def test_the_sanitiser_keeps_the_leading_newline_of_preformatted_text() -> None:
    once = sanitize_html("<pre>\n\ncode</pre>")
    assert sanitize_html(once) == once


# XSS vectors, mostly from the OWASP XSS Filter Evasion Cheat Sheet

XSS_VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
    "<<SCRIPT>alert('XSS');//<</SCRIPT>",
    '<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>',
    "<SCRIPT SRC=//xss.example/.j>",
    '<script>alert("XSS")</script',
    '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
    "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    "<img src=x onerror=alert(1)>",
    '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    "<img src=x onerror=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114>",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;>",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    '<IMG SRC=java\x00script:alert("XSS")>',
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<BODY ONLOAD=alert("XSS")>',
    '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    "<iframe src=javascript:alert(1)></iframe>",
    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="  &#14;javascript:alert(1)">x</a>',
    "<a onmouseover=alert(document.cookie)>xxs link</a>",
    "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
    '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>',
    '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDA">',
    '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
    "<BASE HREF=\"javascript:alert('XSS');//\">",
    "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
    '<math><mtext><table><mglyph><style><img src=x onerror="alert(1)">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<details open ontoggle=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x](&#x6A;avascript:alert(1))",
    "[x](java\x00script:alert(1))",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    '![x" onerror="alert(1)](https://example.org/x.png)',
    '[x](https://example.org/" onmouseover="alert(1))',
    '[x](https://example.org "title\\" onmouseover=\\"alert(1)")',
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "> <iframe src=javascript:alert(1)>",
    "- <img src=x onerror=alert(1)>",
    "**<svg onload=alert(1)>**",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]

COMMENT_TAGS = frozenset(
    {"p", "br", "strong", "em", "del", "s", "a", "ul", "ol", "li", "blockquote", "code", "pre"}
)

FORBIDDEN_IN_MARKUP = [
    "<script",
    "onerror",
    "onload",
    "javascript:",
    "<iframe",
    "<svg",
    "<img",
    "<style",
    "<object",
    "<embed",
]


def test_the_xss_corpus_is_large_enough() -> None:
    assert len(set(XSS_VECTORS)) >= 30


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_it_renders_xss_vectors_without_active_markup(vector: str) -> None:
    rendered = render_markdown(vector)
    # Escaped text is what a reader typed and stays visible; only live tags would be a problem.
    assert not any(word in rendered.lower() for word in ["<script", "<iframe", "<svg", "<img"])
    markup = _markup_text(rendered)
    for forbidden in FORBIDDEN_IN_MARKUP:
        assert forbidden not in markup
    collected = _markup_of(rendered)
    assert set(collected.tags) <= COMMENT_TAGS
    for name, value in collected.attributes:
        assert name in {"href", "title", "rel", "start"}
        if name == "href":
            assert value.startswith(("http://", "https://", "mailto:"))


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_the_sanitiser_leaves_no_active_markup_in_xss_vectors(vector: str) -> None:
    markup = _markup_text(sanitize_html(vector))
    for forbidden in FORBIDDEN_IN_MARKUP:
        assert forbidden not in markup


# Properties

# Plain st.text() almost never writes a tag, so half the examples are built from pieces that
# trip HTML parsers and Markdown.
_TAG_NAMES = [
    *["p", "pre", "code", "a", "ol", "li", "ul", "blockquote", "br", "s", "table", "tr", "td"],
    *["script", "style", "textarea", "svg", "math", "select", "template", "b", "nobr", "form"],
]
_PIECES = [
    *(f"<{name}>" for name in _TAG_NAMES),
    *(f"</{name}>" for name in _TAG_NAMES),
    *['<a href="https://e.example">', "<a href='javascript:x'>", '<ol start="2">', "<!--", "-->"],
    *["&amp;", "&lt;", "&#0;", "\n", "\r", " ", "\t", '"', "'", "<", ">", "&", "\x00", "\u202e"],
    *["`", "```", "*", "_", "~~", "[", "](", ")", "![", "> ", "- ", "1. ", "    ", "#", "---"],
]
_HTML_LIKE_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=5)), max_size=30
).map("".join)
_ANY_TEXT = st.one_of(st.text(), _HTML_LIKE_TEXT)


@settings(max_examples=200, deadline=None)
@given(_ANY_TEXT)
def test_sanitising_twice_changes_nothing(text: str) -> None:
    once = sanitize_html(text)
    assert sanitize_html(once) == once


@settings(max_examples=200, deadline=None)
@given(_ANY_TEXT)
def test_rendered_markdown_is_a_fixed_point_of_the_sanitiser(text: str) -> None:
    rendered = render_markdown(text)
    assert sanitize_html(rendered) == rendered


@settings(max_examples=200, deadline=None)
@given(_ANY_TEXT)
def test_cleaning_twice_changes_nothing(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@settings(max_examples=200, deadline=None)
@given(_ANY_TEXT)
def test_cleaned_text_has_no_carriage_returns_bidi_overrides_or_edge_whitespace(
    text: str,
) -> None:
    cleaned = clean_text(text)
    assert "\r" not in cleaned
    assert "\n\n\n" not in cleaned
    assert cleaned == cleaned.strip()
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in cleaned)


# clean_text


def test_it_removes_the_right_to_left_override() -> None:
    assert clean_text("invoice\u202efdp.exe") == "invoicefdp.exe"


def test_it_removes_bidi_embeddings_and_isolates() -> None:
    assert clean_text("a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069i") == "abcdefghi"


def test_it_removes_zero_width_space_word_joiner_and_byte_order_mark() -> None:
    assert clean_text("\ufeffspam\u200bmy\u2060inbox") == "spammyinbox"


def test_it_keeps_arabic_and_persian_text_with_joiners_and_direction_marks() -> None:
    text = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u200f(\u0661)\u200e \u0644\u200d"
    assert clean_text(text) == text


def test_it_keeps_emoji_zwj_sequences() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_text(family) == family


def test_it_normalises_decomposed_text_to_nfc() -> None:
    assert clean_text("Cafe\u0301 \u0041\u030a") == "Caf\u00e9 \u00c5"


def test_it_normalises_after_removing_invisible_characters() -> None:
    assert clean_text("e\u200b\u0301") == "\u00e9"


def test_it_converts_windows_and_old_mac_line_endings() -> None:
    assert clean_text("one\r\ntwo\rthree\n") == "one\ntwo\nthree"


def test_it_collapses_runs_of_blank_lines_to_one() -> None:
    assert clean_text("one\n\n\n\n\ntwo\n \n\t\n  \nthree") == "one\n\ntwo\n\nthree"


def test_it_strips_trailing_spaces_and_surrounding_whitespace() -> None:
    assert clean_text("  \n  indented  \nnext\t \n\n") == "indented\nnext"


def test_it_removes_control_characters_but_keeps_tabs_and_newlines() -> None:
    assert clean_text("a\x00b\x07c\x1bd\x7fe\x85f\x9fg\th\ni") == "abcdefg\th\ni"


def test_the_length_limit_is_ten_thousand_characters() -> None:
    assert MAX_BODY_LENGTH == 10_000
