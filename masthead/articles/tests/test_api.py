import json
from pathlib import Path

import pytest
from django.test import Client

from masthead.api import api
from masthead.testing.builders import build_article, build_author, build_section

pytestmark = pytest.mark.django_db

SNAPSHOT = Path(__file__).resolve().parents[3] / "docs" / "openapi.json"


def test_articles_are_listed_newest_first_with_everything_a_client_needs(client: Client) -> None:
    ada = build_author(slug="ada", name="Ada Byline")
    older = build_article(headline="Older", authors=[ada], tags=("water",))
    newer = build_article(headline="Newer", section=build_section("local", "Local"))
    response = client.get("/api/v1/articles")
    assert response.status_code == 200
    items = response.json()["items"]
    assert [i["headline"] for i in items] == ["Newer", "Older"]
    first = items[1]
    assert first["id"] == older.pk
    assert first["url"] == f"http://localhost{older.url}"
    assert first["section"] == {"slug": "world", "title": "World", "url": "http://localhost/world/"}
    assert first["authors"] == [
        {"slug": "ada", "name": "Ada Byline", "url": "http://testserver/authors/ada/"}
    ]
    assert first["tags"] == ["water"]
    assert first["image"]["width"] == 1200 and first["image"]["credit"] == "Photo: Test Desk"
    assert response.json()["next_cursor"] is None
    assert client.get(f"/api/v1/articles/{newer.pk}").json()["headline"] == "Newer"


def test_filters_narrow_the_list(client: Client) -> None:
    ada = build_author(slug="ada")
    build_article(headline="Water story", authors=[ada], tags=("water",))
    build_article(headline="Local story", section=build_section("local", "Local"))

    def headlines(query: str) -> list[str]:
        return [i["headline"] for i in client.get(f"/api/v1/articles?{query}").json()["items"]]

    assert headlines("tag=water") == ["Water story"]
    assert headlines("author=ada") == ["Water story"]
    assert headlines("section=local") == ["Local story"]
    assert headlines("section=nowhere") == []


def test_cursors_walk_every_article_exactly_once(client: Client) -> None:
    for _ in range(7):
        build_article(lead_image=False)
    seen: list[int] = []
    url = "/api/v1/articles?limit=3"
    pages = 0
    while url:
        body = client.get(url).json()
        seen += [item["id"] for item in body["items"]]
        pages += 1
        url = (
            f"/api/v1/articles?limit=3&cursor={body['next_cursor']}" if body["next_cursor"] else ""
        )
    assert pages == 3
    assert len(seen) == len(set(seen)) == 7


@pytest.mark.parametrize(
    ("url", "status", "code"),
    [
        ("/api/v1/articles?limit=500", 422, "validation-failed"),
        ("/api/v1/articles?cursor=not-ours", 400, "bad-cursor"),
        ("/api/v1/articles/999999", 404, "not-found"),
        ("/api/v1/no-such-thing/", 404, "not-found"),
        ("POST /api/v1/articles", 405, "method-not-allowed"),
    ],
)
def test_errors_are_problem_details(client: Client, url: str, status: int, code: str) -> None:
    method, _, path = url.rpartition(" ")
    response = client.post(path) if method == "POST" else client.get(path)
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status
    assert problem["code"] == code
    assert problem["type"] == f"urn:masthead:problem:{code}"
    assert problem["title"]


def test_unpublished_articles_are_not_in_the_api(client: Client) -> None:
    draft = build_article()
    draft.unpublish()
    assert client.get("/api/v1/articles").json()["items"] == []
    assert client.get(f"/api/v1/articles/{draft.pk}").status_code == 404


def test_the_openapi_schema_matches_the_committed_snapshot() -> None:
    """Run `make openapi` after changing the API on purpose, and commit docs/openapi.json."""
    schema = api.get_openapi_schema()
    assert json.loads(SNAPSHOT.read_text()) == json.loads(json.dumps(schema))
