"""Read-only article endpoints: newest first, filtered, with stable keyset cursors."""

from datetime import datetime

from django.db.models import Q
from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from masthead.articles import selectors
from masthead.articles.models import ArticlePage
from masthead.articles.schemas import (
    ArticleListOut,
    ArticleOut,
    AuthorOut,
    ImageOut,
    SectionOut,
)
from masthead.core.cursors import decode_cursor, encode_cursor
from masthead.core.problems import READ_ERRORS, ObjectId

router = Router()


class ArticleFilters(Schema):
    section: str | None = Field(None, description="Section slug, e.g. `world`.")
    tag: str | None = Field(None, description="Tag slug.")
    author: str | None = Field(None, description="Author slug.")
    cursor: str | None = Field(None, description="`next_cursor` from the previous page.")
    limit: int = Field(20, ge=1, le=50)


def article_out(request: HttpRequest, article: ArticlePage) -> ArticleOut:
    section = article.section
    image = None
    if article.lead_image:
        rendition = article.lead_image.get_rendition("width-1200")
        image = ImageOut(
            url=request.build_absolute_uri(rendition.url),
            width=rendition.width,
            height=rendition.height,
            alt=article.lead_image.default_alt_text,
            credit=article.lead_image.credit,
            caption=article.lead_image_caption,
        )
    return ArticleOut(
        id=article.pk,
        url=article.get_full_url(request),
        headline=article.title,
        standfirst=article.standfirst,
        section=SectionOut(
            slug=section.slug, title=section.title, url=section.get_full_url(request)
        )
        if section
        else None,
        authors=[
            AuthorOut(
                slug=a.slug, name=a.name, url=request.build_absolute_uri(a.get_absolute_url())
            )
            for a in article.authors
        ],
        tags=[tag.name for tag in article.tag_list],
        published_at=article.first_published_at,
        updated_at=article.updated_at,
        image=image,
    )


@router.get(
    "",
    response={200: ArticleListOut, **READ_ERRORS},
    summary="List published articles, newest first",
)
def list_articles(request: HttpRequest, filters: Query[ArticleFilters]) -> ArticleListOut:
    articles = selectors.live_articles()
    if filters.section:
        section = selectors.live_sections().filter(slug=filters.section).first()
        articles = articles.child_of(section) if section else articles.none()
    if filters.tag:
        articles = articles.filter(tags__slug=filters.tag)
    if filters.author:
        articles = articles.filter(bylines__author__slug=filters.author)
    if filters.cursor:
        published, pk = decode_cursor(filters.cursor, 2)
        when = datetime.fromisoformat(published)
        articles = articles.filter(
            Q(first_published_at__lt=when) | Q(first_published_at=when, pk__lt=pk)
        )
    page = list(articles.distinct()[: filters.limit + 1])
    more = len(page) > filters.limit
    page = page[: filters.limit]
    selectors.attach_sections(page)
    last = page[-1] if page else None
    return ArticleListOut(
        items=[article_out(request, a) for a in page],
        next_cursor=encode_cursor(last.first_published_at, last.pk) if more and last else None,
    )


@router.get(
    "/{article_id}", response={200: ArticleOut, **READ_ERRORS}, summary="One published article"
)
def get_article(request: HttpRequest, article_id: ObjectId) -> ArticleOut:
    article = selectors.live_articles().filter(pk=article_id).first()
    if article is None:
        raise Http404
    return article_out(request, article)
