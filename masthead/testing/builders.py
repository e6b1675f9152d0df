"""Builders for tests: a small publication made through the same services the demo uses."""

import itertools
from datetime import datetime, timedelta
from io import BytesIO
from typing import Any

from django.utils import timezone
from PIL import Image as PILImage

from masthead.articles import services
from masthead.articles.models import ArticlePage, Author, HomePage, NewsImage, SectionPage

SITE_NAME = "The Test Gazette"
_counter = itertools.count(1)


def jpeg_bytes(size: tuple[int, int] = (1600, 1000), colour: str = "#4a7fa8") -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def build_home() -> HomePage:
    return services.home_page_install(
        title="Home", site_name=SITE_NAME, base_url="http://localhost", tagline="All the news"
    )


def build_section(slug: str = "world", title: str = "World", intro: str = "") -> SectionPage:
    return services.section_get_or_create(
        home=build_home(), slug=slug, title=title, intro=intro or f"News from {title}."
    )


def build_author(slug: str | None = None, name: str | None = None, role: str = "") -> Author:
    n = next(_counter)
    return services.author_get_or_create(
        slug=slug or f"author-{n}", name=name or f"Author {n}", role=role, bio="Writes things."
    )


def build_image(title: str | None = None, credit: str = "Photo: Test Desk") -> NewsImage:
    n = next(_counter)
    return services.image_get_or_create(
        title=title or f"Image {n}",
        file_name=f"image-{n}.jpg",
        content=jpeg_bytes,
        alt=f"Alt text for image {n}",
        credit=credit,
    )


def build_article(
    *,
    section: SectionPage | None = None,
    headline: str | None = None,
    slug: str | None = None,
    authors: list[Author] | None = None,
    tags: tuple[str, ...] = (),
    body: list[dict[str, Any]] | None = None,
    lead_image: NewsImage | bool | None = True,
    published_at: datetime | None = None,
    **kwargs: Any,
) -> ArticlePage:
    n = next(_counter)
    image = build_image() if lead_image is True else (lead_image or None)
    return services.article_get_or_create(
        section=section or build_section(),
        slug=slug or f"article-{n}",
        headline=headline or f"Headline number {n}",
        standfirst=kwargs.pop("standfirst", f"The standfirst of article {n}."),
        authors=authors or [build_author()],
        tags=tags,
        body=body
        if body is not None
        else [{"type": "paragraph", "value": f"<p>Body text of article {n}.</p>"}],
        lead_image=image,
        lead_image_caption=kwargs.pop("lead_image_caption", f"Caption of article {n}"),
        # Each article built is a second newer than the one before.
        published_at=published_at or timezone.now() - timedelta(days=1) + timedelta(seconds=n),
        **kwargs,
    )
