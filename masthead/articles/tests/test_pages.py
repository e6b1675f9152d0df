import re
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.articles import services
from masthead.testing.builders import (
    SITE_NAME,
    build_article,
    build_author,
    build_home,
    build_image,
    build_section,
)
from masthead.testing.html import parse_html

pytestmark = pytest.mark.django_db


def soup(client: Client, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    return parse_html(response.content)


def test_the_home_page_lists_the_latest_articles_with_their_sections(client: Client) -> None:
    world = build_section("world", "World")
    local = build_section("local", "Local")
    older = build_article(section=world, headline="Older world story")
    newer = build_article(
        section=local,
        headline="Newer local story",
        published_at=timezone.now() - timedelta(minutes=1),
    )
    page = soup(client, "/")
    titles = [h.get_text(strip=True) for h in page.select(".card__title")]
    assert titles == [newer.title, older.title]
    kickers = [k.get_text(strip=True) for k in page.select(".card .kicker")]
    assert kickers == ["Local", "World"]
    assert page.select_one(".site-title").get_text(strip=True) == SITE_NAME
    assert page.select_one('meta[name="description"]')["content"] == "All the news"
    nav = [a.get_text(strip=True) for a in page.select(".site-nav a")]
    assert nav == ["Home", "World", "Local"]


def test_lists_are_paginated_and_a_missing_page_is_a_404(client: Client) -> None:
    section = build_section()
    for _ in range(14):
        build_article(section=section, lead_image=False)
    first = soup(client, "/")
    assert len(first.select(".card")) == 13
    assert first.select_one('.pagination a[rel="next"]')["href"] == "?page=2"
    second = soup(client, "/?page=2")
    assert len(second.select(".card")) == 1
    assert second.select_one('link[rel="canonical"]')["href"].endswith("/?page=2")
    soup(client, "/?page=3", status=404)
    soup(client, "/?page=abc", status=404)
    assert len(soup(client, "/world/?page=2").select(".card")) == 2  # 12 a page in sections


def test_the_home_page_costs_the_same_queries_for_three_or_twelve_articles(
    client: Client,
) -> None:
    section = build_section()
    for _ in range(3):
        build_article(section=section, tags=("one", "two"))
    client.get("/")  # renditions are made on the first view
    with CaptureQueriesContext(connection) as few:
        client.get("/")
    for _ in range(9):
        build_article(
            section=section, tags=("one", "two"), authors=[build_author(), build_author()]
        )
    client.get("/")
    with CaptureQueriesContext(connection) as many:
        client.get("/")
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_a_section_page_lists_only_its_own_articles(client: Client) -> None:
    world = build_section("world", "World")
    local = build_section("local", "Local")
    mine = build_article(section=world)
    build_article(section=local)
    page = soup(client, "/world/")
    assert page.h1.get_text(strip=True) == "World"
    assert [h.get_text(strip=True) for h in page.select(".card__title")] == [mine.title]
    assert page.select_one('link[type="application/rss+xml"][href="/world/feed/"]')


def test_the_article_page_shows_everything_an_article_has(client: Client) -> None:
    first, second = (
        build_author(name="Ada Byline", role="Reporter"),
        build_author(name="Ben Byline"),
    )
    body_image = build_image(title="Body picture", credit="Photo: Body Desk")
    article = build_article(
        headline="Talks resume at the border",
        authors=[first, second],
        tags=("ceasefire", "diplomacy"),
        lead_image=build_image(credit="Photo: Lead Desk"),
        lead_image_caption="Delegates arrive on Monday.",
        updated_at=timezone.now(),
        body=[
            {"type": "paragraph", "value": "<p>First paragraph.</p>"},
            {"type": "quote", "value": {"quote": "We will talk.", "attribution": "A delegate"}},
            {"type": "image", "value": {"image": body_image.pk, "caption": "The hall."}},
            {"type": "embed", "value": "https://video.example.org/watch/1"},
        ],
    )
    page = soup(client, article.url)
    assert page.h1.get_text(strip=True) == "Talks resume at the border"
    assert page.select_one(".article__standfirst").get_text(strip=True) == article.standfirst
    assert page.select_one(".article .kicker").get_text(strip=True) == "World"
    byline = page.select_one(".byline")
    assert [a.get_text() for a in byline.select("a")] == ["Ada Byline", "Ben Byline"]
    assert byline.get_text(" ", strip=True) == "By Ada Byline and Ben Byline"
    times = page.select(".dates time")
    assert len(times) == 2 and all(re.match(r"\d{4}-\d\d-\d\dT", t["datetime"]) for t in times)

    lead = page.select_one(".figure--lead")
    img = lead.select_one("img")
    assert img["loading"] == "eager" and img["fetchpriority"] == "high"
    assert img["width"] and img["height"] and "800w" in img["srcset"] and img["sizes"]
    assert img["alt"] == article.lead_image.description
    assert "Delegates arrive on Monday." in lead.figcaption.get_text()
    assert "Photo: Lead Desk" in lead.figcaption.get_text()
    full = lead.select_one("a[data-lightbox]")
    assert full.get_text(strip=True) == "View full-size image"
    assert client.get(full["href"]).status_code == 200

    body = page.select_one(".article__body")
    assert body.select_one(".pullquote blockquote").get_text(strip=True) == "We will talk."
    body_figure = body.select_one(".figure")
    assert body_figure.img["loading"] == "lazy"
    assert "Photo: Body Desk" in body_figure.figcaption.get_text()
    # An embed whose provider cannot be reached falls back to a plain link.
    assert body.select_one(".embed-fallback a")["href"] == "https://video.example.org/watch/1"
    tags = [a.get_text() for a in page.select('.tags a[rel="tag"]')]
    assert tags == ["ceasefire", "diplomacy"]


def test_tag_and_author_pages_list_their_articles(client: Client) -> None:
    author = build_author(slug="ada", name="Ada Byline", role="Reporter")
    tagged = build_article(authors=[author], tags=("water",))
    build_article(tags=("elections",))
    tag_page = soup(client, "/tags/water/")
    assert [h.get_text(strip=True) for h in tag_page.select(".card__title")] == [tagged.title]
    author_page = soup(client, "/authors/ada/")
    assert author_page.h1.get_text(strip=True) == "Ada Byline"
    assert [h.get_text(strip=True) for h in author_page.select(".card__title")] == [tagged.title]
    assert "Ada Byline" in soup(client, "/authors/").get_text()
    soup(client, "/tags/nothing/", status=404)
    soup(client, "/authors/nobody/", status=404)


def test_drafts_are_not_listed_or_served(client: Client) -> None:
    article = build_article(headline="Not yet")
    article.unpublish()
    assert "Not yet" not in soup(client, "/").get_text()
    soup(client, "/world/" + article.slug + "/", status=404)


def test_user_text_is_escaped(client: Client) -> None:
    build_article(headline="<script>alert(1)</script> headline", standfirst="<b>bold</b>")
    html = client.get("/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; headline" in html


def test_the_home_page_replaces_wagtails_welcome_page(client: Client) -> None:
    build_home()
    build_home()
    from wagtail.models import Page, Site

    assert Site.objects.get().root_page.specific_class.__name__ == "HomePage"
    assert not Page.objects.filter(depth=2).exclude(slug="front-page").exists()
    assert (
        services.home_page_install(
            title="x", site_name=SITE_NAME, base_url="https://news.example.org"
        ).pk
        == Site.objects.get().root_page_id
    )
    assert Site.objects.get().port == 443


def test_an_article_costs_the_same_queries_with_one_or_three_authors_and_tags(
    client: Client,
) -> None:
    def queries_for(**kwargs: Any) -> int:
        article = build_article(**kwargs)
        client.get(article.url)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as captured:
            client.get(article.url)
        return len(captured)

    few = queries_for(authors=[build_author()], tags=("one",))
    many = queries_for(
        authors=[build_author(), build_author(), build_author()], tags=("a", "b", "c")
    )
    assert few == many
