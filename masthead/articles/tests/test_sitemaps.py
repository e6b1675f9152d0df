from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.test import Client
from django.utils import timezone

from masthead.testing.builders import build_article, build_author, build_section

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def locations(client: Client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return [loc.text or "" for loc in root.findall("sm:url/sm:loc", NS)]


def test_the_sitemap_lists_pages_authors_and_tags(client: Client) -> None:
    section = build_section("world", "World")
    article = build_article(section=section, authors=[build_author(slug="ada")], tags=("water",))
    draft = build_article(section=section, headline="Draft")
    draft.unpublish()
    urls = locations(client, "/sitemap.xml")
    assert "http://localhost/" in urls
    assert "http://localhost/world/" in urls
    assert f"http://localhost/world/{article.slug}/" in urls
    assert f"http://localhost/world/{draft.slug}/" not in urls
    assert "http://testserver/authors/ada/" in urls
    assert "http://testserver/tags/water/" in urls


def test_the_news_sitemap_holds_the_last_two_days_with_news_tags(client: Client) -> None:
    fresh = build_article(headline="Fresh news", published_at=timezone.now() - timedelta(hours=3))
    stale = build_article(headline="Old news", published_at=timezone.now() - timedelta(days=3))
    response = client.get("/news-sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    entries = root.findall("sm:url", NS)
    assert [e.findtext("sm:loc", namespaces=NS) for e in entries] == [
        f"http://localhost{fresh.url}"
    ]
    news = entries[0].find("news:news", NS)
    assert news is not None
    assert news.findtext("news:publication/news:name", namespaces=NS) == "The Test Gazette"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "en"
    assert news.findtext("news:title", namespaces=NS) == "Fresh news"
    published = news.findtext("news:publication_date", namespaces=NS) or ""
    assert published.startswith(str(fresh.first_published_at.year))
    assert stale.title not in response.content.decode()


def test_robots_txt_points_at_both_sitemaps(client: Client) -> None:
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Sitemap: http://testserver/news-sitemap.xml" in body
    assert "Disallow: /admin/" in body
