"""Writes to the publication's structure. Editors work in Wagtail's admin; these functions serve
the demo loader, importers and tests, and each is idempotent (get or create by slug).
"""

from collections.abc import Callable, Sequence
from datetime import datetime
from io import BytesIO
from typing import Any
from urllib.parse import urlsplit

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from masthead.articles.models import (
    ArticleByline,
    ArticlePage,
    Author,
    HomePage,
    NewsImage,
    PublicationSettings,
    SectionPage,
)


@transaction.atomic
def home_page_install(
    *,
    title: str,
    site_name: str,
    base_url: str,
    intro: str = "",
    tagline: str = "",
    description: str = "",
) -> HomePage:
    """Return the home page, creating it and making it the default site's root if needed.

    Wagtail's placeholder "Welcome" page is removed once nothing points at it.
    """
    home = HomePage.objects.first()
    root = Page.get_first_root_node()
    if home is None:
        home = HomePage(title=title, slug="front-page", intro=intro)
        root.add_child(instance=home)
        home.save_revision().publish()
    url = urlsplit(base_url)
    default_port = 443 if url.scheme == "https" else 80
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = url.hostname or "localhost"
    site.port = url.port or default_port
    site.site_name = site_name
    site.root_page = home
    site.save()
    Site.clear_site_root_paths_cache()
    for placeholder in root.get_children().exact_type(Page):
        if not Site.objects.filter(root_page=placeholder).exists():
            placeholder.delete()
    # Fill in the publication's self-description, never overwriting an editor's text.
    publication = PublicationSettings.for_site(site)
    missing = {
        field: value
        for field, value in (("tagline", tagline), ("description", description))
        if value and not getattr(publication, field)
    }
    if missing:
        for field, value in missing.items():
            setattr(publication, field, value)
        publication.save(update_fields=list(missing))
    return home


@transaction.atomic
def section_get_or_create(*, home: HomePage, slug: str, title: str, intro: str = "") -> SectionPage:
    """Return the section `slug` under `home`, creating and publishing it if missing."""
    section = SectionPage.objects.child_of(home).filter(slug=slug).first()
    if section is None:
        section = SectionPage(title=title, slug=slug, intro=intro, show_in_menus=True)
        home.add_child(instance=section)
        section.save_revision().publish()
    return section


def author_get_or_create(*, slug: str, name: str, role: str = "", bio: str = "") -> Author:
    """Return the author `slug`, creating it if missing."""
    author, _ = Author.objects.get_or_create(
        slug=slug, defaults={"name": name, "role": role, "bio": bio}
    )
    return author


def image_get_or_create(
    *, title: str, file_name: str, content: Callable[[], bytes], alt: str = "", credit: str = ""
) -> NewsImage:
    """Return the library image called `title`; if missing, store `content()` as a new image.

    `content` is called only when the image has to be made (drawing one is not free).
    """
    image = NewsImage.objects.filter(title=title).first()
    if image is None:
        image = NewsImage(title=title, description=alt, credit=credit)
        image.file = ImageFile(BytesIO(content()), name=file_name)
        image.save()
    return image


@transaction.atomic
def article_get_or_create(
    *,
    section: SectionPage,
    slug: str,
    headline: str,
    standfirst: str,
    authors: Sequence[Author],
    body: list[dict[str, Any]],
    tags: Sequence[str] = (),
    lead_image: NewsImage | None = None,
    lead_image_caption: str = "",
    published_at: datetime | None = None,
    updated_at: datetime | None = None,
) -> ArticlePage:
    """Return the article `slug` in `section`, creating and publishing it if missing.

    `body` is StreamField raw data (`[{"type": "paragraph", "value": "<p>..</p>"}, ...]`).
    `published_at` backdates an article brought in from elsewhere: its first and last
    publication and its first revision all carry that date.
    """
    article = ArticlePage.objects.child_of(section).filter(slug=slug).first()
    if article is not None:
        return article
    article = ArticlePage(
        title=headline,
        slug=slug,
        standfirst=standfirst,
        body=body,
        lead_image=lead_image,
        lead_image_caption=lead_image_caption,
        updated_at=updated_at,
        first_published_at=published_at,
    )
    for position, author in enumerate(authors):
        article.bylines.add(ArticleByline(author=author, sort_order=position))
    article.tags.add(*tags)
    section.add_child(instance=article)
    revision = article.save_revision()
    revision.publish()
    if published_at is not None and published_at <= timezone.now():
        ArticlePage.objects.filter(pk=article.pk).update(last_published_at=published_at)
        type(revision).objects.filter(pk=revision.pk).update(created_at=published_at)
        article.last_published_at = published_at
    return article
