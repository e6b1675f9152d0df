"""sitemap.xml (pages, authors, tags) and the Google News sitemap (the last two days)."""

from datetime import datetime, timedelta
from typing import Any

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag
from wagtail.query import PageQuerySet

from masthead.articles import selectors
from masthead.articles.models import ArticlePage, Author

# Google News reads only articles published in the last two days.
NEWS_WINDOW = timedelta(days=2)


class AuthorSitemap(Sitemap):  # type: ignore[type-arg]
    def items(self) -> QuerySet[Author]:
        return selectors.authors_with_articles()

    def location(self, item: Author) -> str:
        return item.get_absolute_url()


class TagSitemap(Sitemap):  # type: ignore[type-arg]
    def items(self) -> QuerySet[Tag]:
        return selectors.used_tags()

    def location(self, item: Tag) -> str:
        return reverse("articles:tag", kwargs={"slug": item.slug})


class NewsSitemap(Sitemap):  # type: ignore[type-arg]
    """Articles from the last two days, rendered with the `news:` extension."""

    limit = 1000  # Google's limit for one news sitemap

    def __init__(self, request: Any = None) -> None:
        self.request = request

    def items(self) -> PageQuerySet:
        since = timezone.now() - NEWS_WINDOW
        return selectors.live_articles().filter(first_published_at__gte=since)

    def location(self, item: ArticlePage) -> str:
        # The template prints the page's canonical `full_url`, as the pages sitemap does.
        return str(item.url_path)

    def lastmod(self, item: ArticlePage) -> datetime | None:
        return item.modified_at
