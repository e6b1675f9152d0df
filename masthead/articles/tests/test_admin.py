"""Editors work in Wagtail's admin: the article, section and author editors must open."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from masthead.testing.builders import build_article, build_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client: Client) -> Client:
    get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
    client.login(username="editor", password="pw-editor-1")
    return client


def test_the_editors_for_articles_sections_images_and_authors_open(editor_client: Client) -> None:
    article = build_article()
    section = build_section()
    urls = [
        "/admin/",
        f"/admin/pages/{article.pk}/edit/",
        f"/admin/pages/{section.pk}/edit/",
        f"/admin/pages/add/articles/articlepage/{section.pk}/",
        "/admin/images/",
        f"/admin/images/{article.lead_image.pk}/",
        "/admin/snippets/articles/author/",
        "/admin/snippets/articles/author/add/",
    ]
    for url in urls:
        assert editor_client.get(url).status_code == 200, url


def test_the_article_editor_shows_the_newsroom_fields(editor_client: Client) -> None:
    article = build_article()
    html = editor_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    for field in ("standfirst", "bylines", "lead_image", "lead_image_caption", "updated_at"):
        assert f'name="{field}' in html or f'id="id_{field}' in html, field


def test_strangers_are_sent_to_the_login_page(client: Client) -> None:
    article = build_article()
    response = client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
