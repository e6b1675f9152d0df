import pytest
from django.test import Client

from masthead.testing.builders import build_article
from masthead.testing.html import parse_html

pytestmark = pytest.mark.django_db


def results(client: Client, query: str) -> list[str]:
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    page = parse_html(response.content)
    return [h.get_text(strip=True) for h in page.select(".card__title")]


def test_search_finds_articles_by_headline_standfirst_and_body(client: Client) -> None:
    build_article(headline="Tram line approved", standfirst="The council voted on Tuesday.")
    build_article(
        headline="Harbour works begin",
        body=[{"type": "paragraph", "value": "<p>Dredgers arrived at the quay.</p>"}],
    )
    assert results(client, "tram") == ["Tram line approved"]
    assert results(client, "council") == ["Tram line approved"]
    assert results(client, "dredgers") == ["Harbour works begin"]
    assert results(client, "volcano") == []


def test_search_leaves_out_unpublished_articles(client: Client) -> None:
    draft = build_article(headline="Secret tram plan")
    draft.unpublish()
    assert results(client, "tram") == []


def test_an_empty_search_shows_the_form_only(client: Client) -> None:
    response = client.get("/search/")
    page = parse_html(response.content)
    assert page.select_one('form[role="search"] input[name="q"]')
    assert not page.select(".card")
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"
