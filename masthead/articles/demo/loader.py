"""Load the demo newsroom: sections, authors, illustrated articles and an admin account.

Every step is get-or-create, so running it again changes nothing and creates no duplicates.
"""

import secrets
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from html import escape
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from masthead.articles import services
from masthead.articles.demo import content, images
from masthead.articles.models import NewsImage
from masthead.discussion.demo import demo_discussions_load
from masthead.funding.demo import funding_demo_load

SITE_NAME = "The Meridian"
TAGLINE = "Independent, reader-funded reporting from Calder Bay and the world"
DESCRIPTION = (
    "The Meridian is an independent newsroom funded by its readers: local news from Calder Bay, "
    "world reporting and climate science, with no paywall."
)
ADMIN_USERNAME = "admin"
# The renditions the templates ask for, made now so the first page view is fast.
RENDITIONS = (
    "width-480",
    "width-800",
    "width-1200",
    "width-1600",
    "max-2400x2400",
    "fill-400x250",
    "fill-800x500",
    "fill-1200x750",
    "fill-1600x1000",
    "fill-1200x630",
    "fill-1200x675",
    "fill-1200x900",
    "fill-1200x1200",
)


@dataclass
class DemoResult:
    articles: int
    admin_username: str
    admin_password: str
    admin_created: bool


def _body(blocks: list[content.BodyBlock], library: dict[str, NewsImage]) -> list[dict[str, Any]]:
    """Turn the demo's plain blocks into StreamField raw data."""
    stream: list[dict[str, Any]] = []
    for block in blocks:
        if block["type"] == "paragraph":
            stream.append({"type": "paragraph", "value": f"<p>{escape(block['text'])}</p>"})
        elif block["type"] == "quote":
            value = {"quote": block["text"], "attribution": block["attribution"]}
            stream.append({"type": "quote", "value": value})
        else:
            value = {"image": library[block["image"]].pk, "caption": block["caption"]}
            stream.append({"type": "image", "value": value})
    return stream


def _admin_credentials() -> tuple[str, bool]:
    """Return the demo admin's password, creating the account (and a password file) once."""
    password_file = Path(settings.VAR_DIR) / "demo-admin-password.txt"
    user_model = get_user_model()
    user = user_model.objects.filter(username=ADMIN_USERNAME).first()
    if user is not None and password_file.exists():
        return password_file.read_text(encoding="utf-8").strip(), False
    password = secrets.token_urlsafe(12)
    if user is None:
        user_model.objects.create_superuser(ADMIN_USERNAME, "admin@example.org", password)
        created = True
    else:
        user.set_password(password)
        user.save(update_fields=["password"])
        created = False
    password_file.parent.mkdir(parents=True, exist_ok=True)
    password_file.write_text(password + "\n", encoding="utf-8")
    password_file.chmod(0o600)
    return password, created


@transaction.atomic
def demo_load() -> DemoResult:
    """Create whatever part of the demo newsroom is missing and return the admin login."""
    home = services.home_page_install(
        title="Home",
        site_name=SITE_NAME,
        base_url=settings.BASE_URL,
        intro="",
        tagline=TAGLINE,
        description=DESCRIPTION,
    )
    sections = {
        s["slug"]: services.section_get_or_create(
            home=home, slug=s["slug"], title=s["title"], intro=s["intro"]
        )
        for s in content.SECTIONS
    }
    authors = {
        a["slug"]: services.author_get_or_create(
            slug=a["slug"], name=a["name"], role=a["role"], bio=a["bio"]
        )
        for a in content.AUTHORS
    }
    library = {
        picture["key"]: services.image_get_or_create(
            title=picture["title"],
            file_name=f"{picture['key']}.jpg",
            content=partial(images.render_jpeg, picture["scene"], picture["seed"]),
            alt=picture["alt"],
            credit=picture["credit"],
        )
        for picture in content.IMAGES
    }
    for article in content.ARTICLES:
        updated = article.get("updated")
        services.article_get_or_create(
            section=sections[article["section"]],
            slug=article["slug"],
            headline=article["headline"],
            standfirst=article["standfirst"],
            authors=[authors[slug] for slug in article["authors"]],
            tags=article["tags"],
            body=_body(article["body"], library),
            lead_image=library[article["lead_image"]],
            lead_image_caption=article["lead_caption"],
            published_at=datetime.fromisoformat(article["published"]),
            updated_at=datetime.fromisoformat(updated) if updated else None,
        )
    for image in library.values():
        image.get_renditions(*RENDITIONS)
    demo_discussions_load()
    password, created = _admin_credentials()
    funding_demo_load(staff=get_user_model().objects.get(username=ADMIN_USERNAME))
    return DemoResult(
        articles=len(content.ARTICLES),
        admin_username=ADMIN_USERNAME,
        admin_password=password,
        admin_created=created,
    )
