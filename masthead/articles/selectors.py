"""Reads shared by pages, feeds, sitemaps and search. Each list costs a fixed number of queries."""

from collections.abc import Iterable

from django.core.paginator import Page as PaginatorPage
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.utils.html import strip_tags
from taggit.models import Tag
from wagtail.models import Page
from wagtail.query import PageQuerySet

from masthead.articles.models import ArticleByline, ArticlePage, Author, SectionPage
from masthead.core.pagination import paginate

ARTICLES_PER_PAGE = 12
# The front page leads with one wide story above four full rows of three.
HOME_ARTICLES_PER_PAGE = 13
FEED_LENGTH = 20


def live_articles() -> PageQuerySet:
    """Return live, public articles, newest first, with what a list or feed shows prefetched."""
    queryset: PageQuerySet = (
        ArticlePage.objects.live()
        .public()
        .order_by("-first_published_at", "-pk")
        .select_related("lead_image")
        .prefetch_related(
            "lead_image__renditions",
            Prefetch("bylines", queryset=ArticleByline.objects.select_related("author")),
            "tags",
        )
    )
    return queryset


def attach_sections(articles: Iterable[ArticlePage]) -> None:
    """Set `article.section` on each article with one query for all their sections."""
    articles = list(articles)
    parent_paths = {article.path[: -Page.steplen] for article in articles}
    sections = {s.path: s for s in SectionPage.objects.filter(path__in=parent_paths)}
    for article in articles:
        article.__dict__["section"] = sections.get(article.path[: -Page.steplen])


def article_page(
    request: HttpRequest, articles: PageQuerySet, per_page: int = ARTICLES_PER_PAGE
) -> PaginatorPage[ArticlePage]:
    """Return the requested page of `articles`, sections attached (Http404 past the end)."""
    page: PaginatorPage[ArticlePage] = paginate(request, articles, per_page)
    attach_sections(page.object_list)
    attach_comment_counts(page.object_list)
    return page


def attach_comment_counts(articles: Iterable[ArticlePage]) -> None:
    """Set `article.comment_count` on each article with one query."""
    from masthead.discussion.selectors import comment_counts

    articles = list(articles)
    counts = comment_counts(article.pk for article in articles)
    for article in articles:
        article.__dict__["comment_count"] = counts.get(article.pk, 0)


def search_page(request: HttpRequest, query: str) -> PaginatorPage[ArticlePage]:
    """Return the requested page of live articles matching `query`, best match first."""
    found = ArticlePage.objects.live().public().search(query)
    page: PaginatorPage[ArticlePage] = paginate(request, found, ARTICLES_PER_PAGE)
    # The search backend returns bare pages; load this page's articles with the list prefetches.
    ids = [article.pk for article in page.object_list]
    by_id = live_articles().in_bulk(ids)
    page.object_list = [by_id[pk] for pk in ids if pk in by_id]
    attach_sections(page.object_list)
    attach_comment_counts(page.object_list)
    return page


def articles_tagged(tag: Tag) -> PageQuerySet:
    return live_articles().filter(tags=tag)


def articles_by(author: Author) -> PageQuerySet:
    return live_articles().filter(bylines__author=author)


def live_sections() -> PageQuerySet:
    """Return the live sections in the editors' order (the site menu)."""
    sections: PageQuerySet = SectionPage.objects.live().public().order_by("path")
    return sections


def used_tags() -> QuerySet[Tag]:
    """Return tags that at least one live article carries."""
    live_ids = ArticlePage.objects.live().public().values("pk")
    return (
        Tag.objects.filter(articles_articletag_items__content_object__in=live_ids)
        .distinct()
        .order_by("name")
    )


def authors_with_articles() -> QuerySet[Author]:
    live_ids = ArticlePage.objects.live().public().values("pk")
    return Author.objects.filter(bylines__page__in=live_ids).distinct().order_by("name")


def article_comment_moderation(page_id: int) -> str:
    """Return the article's own comment moderation mode ("" follows the site)."""
    mode = ArticlePage.objects.filter(pk=page_id).values_list("comment_moderation", flat=True)
    return mode.first() or ""


def article_text(page_id: int) -> str:
    """Return an article's headline, standfirst and paragraphs as plain text ("" for other
    pages): what the off-topic check compares comments with."""
    article = ArticlePage.objects.filter(pk=page_id).only("title", "standfirst", "body").first()
    if article is None:
        return ""
    paragraphs = [
        strip_tags(str(block.value)) for block in article.body if block.block_type == "paragraph"
    ]
    return " ".join([article.title, article.standfirst, *paragraphs])
