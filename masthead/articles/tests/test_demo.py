import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page, Revision

from masthead.articles.demo import content
from masthead.articles.models import ArticlePage, Author, NewsImage, NewsRendition, SectionPage
from masthead.discussion.demo_content import DISCUSSIONS
from masthead.discussion.models import Comment, CommentState, Vote

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.live().count(),
        "sections": SectionPage.objects.count(),
        "authors": Author.objects.count(),
        "images": NewsImage.objects.count(),
        "renditions": NewsRendition.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "comments": Comment.objects.count(),
        "votes": Vote.objects.count(),
    }


def test_the_demo_loads_once_and_a_second_run_changes_nothing(
    client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("load_demo")
    first_output = capsys.readouterr().out
    first = counts()
    call_command("load_demo")
    second_output = capsys.readouterr().out
    assert counts() == first
    assert first["articles"] == len(content.ARTICLES) >= 12
    assert first["sections"] == 3
    assert first["authors"] >= 3
    assert first["images"] == len(content.IMAGES)
    assert first["comments"] > 40 and first["votes"] > 100

    # The admin login is printed both times, the same both times, and it works.
    password = first_output.split("password: ")[1].split()[0]
    assert f"password: {password}" in second_output
    assert client.login(username="admin", password=password)
    assert client.get("/admin/").status_code == 200

    # Backdated articles keep their dates; several have more than one author.
    article = ArticlePage.objects.get(slug=content.ARTICLES[0]["slug"])
    assert article.first_published_at.isoformat().startswith(content.ARTICLES[0]["published"][:10])
    assert any(len(a["authors"]) > 1 for a in content.ARTICLES)

    # Every demo comment passed the real moderation pipeline: the abusive ones wait in the
    # queue, and nearly all the civil ones are published (a guard against a classifier that
    # holds ordinary comments; its measured quality is in docs/moderation.md).
    demo = [c for thread in DISCUSSIONS.values() for c in thread]
    abusive = {c["body"] for c in demo if c.get("held", False)}
    waiting = set(
        Comment.objects.exclude(state=CommentState.PUBLISHED).values_list("body_source", flat=True)
    )
    assert abusive <= waiting
    assert len(waiting - abusive) <= 0.1 * (len(demo) - len(abusive))

    # Every page of the demo renders.
    for url in ["/", "/?page=2", "/world/", "/local/", "/climate/", "/authors/", "/feed/"]:
        assert client.get(url).status_code == 200, url
    for page in ArticlePage.objects.live():
        assert client.get(page.url).status_code == 200, page.url


def test_demo_images_are_real_pictures_with_credits() -> None:
    from io import BytesIO

    from PIL import Image

    from masthead.articles.demo import images

    picture = Image.open(BytesIO(images.render_jpeg("harbour", 7)))
    assert picture.size == (1600, 1000)
    assert picture.format == "JPEG"
    assert len(picture.resize((32, 20)).getcolors(maxcolors=640) or []) > 50  # not one flat colour
    assert images.render_jpeg("harbour", 7) == images.render_jpeg("harbour", 7)
    assert all(image["credit"] and image["alt"] for image in content.IMAGES)
    assert {image["scene"] for image in content.IMAGES} <= set(images.SCENES)
    with pytest.raises(ValueError, match="volcano"):
        images.render("volcano", 1)
