"""RSS 2.0 and Atom feeds for the whole site, a section, a tag and an author."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from taggit.models import Tag
from wagtail.models import Site
from wagtail.query import PageQuerySet

from masthead.articles import selectors
from masthead.articles.models import ArticlePage, Author, PublicationSettings, SectionPage


@dataclass(frozen=True, kw_only=True)
class _Scope:
    """What a feed covers: its title, description, page link and articles."""

    title: str
    description: str
    link: str
    articles: PageQuerySet


class ArticleFeed(Feed):  # type: ignore[type-arg]
    """The latest articles of a scope; subclasses say which scope, `feed_type` which format."""

    feed_type: type[SyndicationFeed] = Rss201rev2Feed

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        self.request = request
        self.site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
        return super().__call__(request, *args, **kwargs)

    def scope(self, **kwargs: str) -> _Scope:
        raise NotImplementedError

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: str) -> _Scope:
        return self.scope(**kwargs)

    def title(self, obj: _Scope) -> str:
        site_name = self.site.site_name or "Masthead"
        return site_name if obj.title == site_name else f"{obj.title} — {site_name}"

    def subtitle(self, obj: _Scope) -> str:
        return obj.description

    def link(self, obj: _Scope) -> str:
        return obj.link

    def description(self, obj: _Scope) -> str:
        return obj.description

    def feed_url(self, obj: _Scope) -> str:
        return self.request.path

    def items(self, obj: _Scope) -> list[ArticlePage]:
        return list(obj.articles[: selectors.FEED_LENGTH])

    def item_title(self, item: ArticlePage) -> str:
        return str(item.title)

    def item_description(self, item: ArticlePage) -> str:
        return str(item.standfirst)

    def item_link(self, item: ArticlePage) -> str:
        return str(item.get_full_url(self.request))

    def item_guid(self, item: ArticlePage) -> str:
        return self.item_link(item)

    def item_pubdate(self, item: ArticlePage) -> datetime | None:
        return item.first_published_at

    def item_updateddate(self, item: ArticlePage) -> datetime | None:
        return item.modified_at

    def item_author_name(self, item: ArticlePage) -> str:
        return ", ".join(author.name for author in item.authors)

    def item_categories(self, item: ArticlePage) -> list[str]:
        return [tag.name for tag in item.tag_list]


class SiteFeed(ArticleFeed):
    def scope(self, **kwargs: str) -> _Scope:
        description = PublicationSettings.for_site(self.site).description
        return _Scope(
            title=self.site.site_name or "Masthead",
            description=description or "The latest articles.",
            link="/",
            articles=selectors.live_articles(),
        )


class SectionFeed(ArticleFeed):
    def scope(self, **kwargs: str) -> _Scope:
        section = selectors.live_sections().filter(slug=kwargs["slug"]).first()
        if not isinstance(section, SectionPage):
            raise Http404("No such section.")
        return _Scope(
            title=section.title,
            description=section.intro or f"The latest articles in {section.title}.",
            link=section.get_url(self.request) or "/",
            articles=selectors.live_articles().child_of(section),
        )


class TagFeed(ArticleFeed):
    def scope(self, **kwargs: str) -> _Scope:
        tag = get_object_or_404(Tag, slug=kwargs["slug"])
        return _Scope(
            title=f"Tagged “{tag.name}”",
            description=f"The latest articles tagged “{tag.name}”.",
            link=reverse("articles:tag", kwargs={"slug": tag.slug}),
            articles=selectors.articles_tagged(tag),
        )


class AuthorFeed(ArticleFeed):
    def scope(self, **kwargs: str) -> _Scope:
        author = get_object_or_404(Author, slug=kwargs["slug"])
        return _Scope(
            title=author.name,
            description=f"The latest articles by {author.name}.",
            link=author.get_absolute_url(),
            articles=selectors.articles_by(author),
        )


def feed_view(feed: type[ArticleFeed], *, atom: bool = False) -> Callable[..., HttpResponse]:
    """Return a view serving `feed` as RSS, or as Atom; each request gets its own instance."""

    def view(request: HttpRequest, **kwargs: str) -> HttpResponse:
        instance = feed()
        if atom:
            instance.feed_type = Atom1Feed
        response: HttpResponse = instance(request, **kwargs)
        return response

    return view
