import json

import pytest
from django.test import Client

from masthead.testing.builders import build_article, build_author, build_image
from masthead.testing.html import parse_html

pytestmark = pytest.mark.django_db


def test_an_article_carries_newsarticle_json_ld(client: Client) -> None:
    ada = build_author(slug="ada", name="Ada Byline", role="Reporter")
    article = build_article(
        headline="Port reopens", authors=[ada, build_author(name="Ben Byline")], tags=("ports",)
    )
    page = parse_html(client.get(article.url).content)
    scripts = page.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Port reopens"
    assert data["description"] == article.standfirst
    assert data["datePublished"] == article.first_published_at.isoformat()
    assert data["dateModified"]
    assert data["mainEntityOfPage"]["@id"] == f"http://localhost{article.url}"
    assert [a["name"] for a in data["author"]] == ["Ada Byline", "Ben Byline"]
    assert data["author"][0]["url"] == "http://testserver/authors/ada/"
    assert data["author"][0]["jobTitle"] == "Reporter"
    assert data["publisher"]["@type"] == "NewsMediaOrganization"
    assert data["publisher"]["name"] == "The Test Gazette"
    assert data["articleSection"] == "World"
    assert data["keywords"] == ["ports"]
    assert len(data["image"]) == 3
    for url in data["image"]:
        assert url.startswith("http://testserver/media/")
        assert client.get(url.removeprefix("http://testserver")).status_code == 200


def test_json_ld_cannot_be_broken_out_of(client: Client) -> None:
    article = build_article(headline="</script><script>alert(1)</script>")
    html = client.get(article.url).content.decode()
    assert "</script><script>alert(1)" not in html
    page = parse_html(html)
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["headline"] == "</script><script>alert(1)</script>"


def test_an_article_has_open_graph_twitter_and_canonical_tags(client: Client) -> None:
    article = build_article(
        headline="Port reopens", tags=("ports", "trade"), lead_image=build_image(title="Quay")
    )
    page = parse_html(client.get(article.url).content)

    def meta(key: str) -> list[str]:
        tags = page.select(f'meta[property="{key}"]') or page.select(f'meta[name="{key}"]')
        return [tag["content"] for tag in tags]

    canonical = f"http://localhost{article.url}"
    assert page.select_one('link[rel="canonical"]')["href"] == canonical
    assert meta("og:type") == ["article"]
    assert meta("og:title") == ["Port reopens"]
    assert meta("og:url") == [canonical]
    assert meta("og:description") == [article.standfirst]
    assert meta("og:image")[0].startswith("http://testserver/media/")
    assert meta("og:image:width") == ["1200"] and meta("og:image:height") == ["630"]
    assert meta("og:image:alt") == [article.lead_image.description]
    assert meta("article:tag") == ["ports", "trade"]
    assert meta("article:section") == ["World"]
    assert meta("twitter:card") == ["summary_large_image"]
    assert meta("twitter:image") == meta("og:image")
    assert page.select_one('meta[name="description"]')["content"] == article.standfirst


def test_list_pages_have_a_canonical_url_and_feed_links(client: Client) -> None:
    build_article()
    page = parse_html(client.get("/world/").content)
    assert page.select_one('link[rel="canonical"]')["href"] == "http://localhost/world/"
    feeds = {link["href"] for link in page.select('link[rel="alternate"]')}
    assert feeds == {"/feed/", "/feed/atom/", "/world/feed/", "/world/feed/atom/"}
