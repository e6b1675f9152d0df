import feedparser
import pytest
from django.test import Client

from masthead.testing.builders import build_article, build_author, build_section

pytestmark = pytest.mark.django_db


def parse(client: Client, url: str) -> feedparser.FeedParserDict:
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


@pytest.fixture
def newsroom() -> dict[str, object]:
    world = build_section("world", "World")
    local = build_section("local", "Local")
    ada = build_author(slug="ada", name="Ada Byline")
    ben = build_author(slug="ben", name="Ben Byline")
    return {
        "shared": build_article(section=world, authors=[ada, ben], tags=("water", "ports")),
        "local": build_article(section=local, authors=[ben], tags=("water",)),
        "other": build_article(section=world, authors=[ben], tags=("elections",)),
    }


@pytest.mark.parametrize(
    ("url", "version"),
    [("/feed/", "rss20"), ("/feed/atom/", "atom10")],
)
def test_the_site_feeds_list_every_article_newest_first(
    client: Client, newsroom: dict[str, object], url: str, version: str
) -> None:
    feed = parse(client, url)
    assert feed.version == version
    assert feed.feed.title == "The Test Gazette"
    titles = [entry.title for entry in feed.entries]
    assert titles == [newsroom[k].title for k in ("other", "local", "shared")]  # type: ignore[attr-defined]
    first = feed.entries[2]
    assert first.link == "http://localhost/world/" + newsroom["shared"].slug + "/"  # type: ignore[attr-defined]
    assert first.author == "Ada Byline, Ben Byline"
    assert {tag.term for tag in first.tags} == {"water", "ports"}
    assert first.published_parsed is not None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/world/feed/", ["other", "shared"]),
        ("/local/feed/atom/", ["local"]),
        ("/tags/water/feed/", ["local", "shared"]),
        ("/tags/water/feed/atom/", ["local", "shared"]),
        ("/authors/ada/feed/", ["shared"]),
        ("/authors/ben/feed/atom/", ["other", "local", "shared"]),
    ],
)
def test_section_tag_and_author_feeds_hold_only_their_articles(
    client: Client, newsroom: dict[str, object], url: str, expected: list[str]
) -> None:
    feed = parse(client, url)
    assert [e.title for e in feed.entries] == [newsroom[k].title for k in expected]  # type: ignore[attr-defined]
    assert feed.feed.title.endswith("— The Test Gazette")


@pytest.mark.parametrize(
    "url", ["/nowhere/feed/", "/tags/none/feed/", "/authors/nobody/feed/atom/"]
)
def test_a_feed_for_something_missing_is_a_404(client: Client, newsroom: object, url: str) -> None:
    assert client.get(url).status_code == 404
