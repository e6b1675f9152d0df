"""Tag, author and search pages, sitemaps and robots.txt.

Wagtail itself serves the home page, sections and articles.
"""

from django.contrib.sitemaps import views as django_sitemaps
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe
from taggit.models import Tag
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps import views as wagtail_sitemaps

from masthead.articles import selectors
from masthead.articles.models import Author
from masthead.articles.sitemaps import AuthorSitemap, NewsSitemap, TagSitemap

SEARCH_MAX_LENGTH = 200


@require_safe
def tag_detail(request: HttpRequest, slug: str) -> HttpResponse:
    tag = get_object_or_404(Tag, slug=slug)
    articles = selectors.article_page(request, selectors.articles_tagged(tag))
    return render(request, "articles/tag_page.html", {"tag": tag, "articles": articles})


@require_safe
def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    articles = selectors.article_page(request, selectors.articles_by(author))
    return render(request, "articles/author_page.html", {"author": author, "articles": articles})


@require_safe
def author_list(request: HttpRequest) -> HttpResponse:
    authors = selectors.authors_with_articles().select_related("photo")
    return render(request, "articles/author_list.html", {"authors": authors})


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Full-text search over live articles (`?q=`), best match first."""
    query = request.GET.get("q", "").strip()[:SEARCH_MAX_LENGTH]
    results = None
    if query:
        results = selectors.search_page(request, query)
    return render(request, "articles/search.html", {"query": query, "articles": results})


@require_safe
def sitemap(request: HttpRequest) -> HttpResponse:
    response: HttpResponse = wagtail_sitemaps.sitemap(
        request, {"pages": PageSitemap, "authors": AuthorSitemap, "tags": TagSitemap}
    )
    return response


@require_safe
def news_sitemap(request: HttpRequest) -> HttpResponse:
    response: HttpResponse = django_sitemaps.sitemap(
        request,
        {"news": NewsSitemap(request)},
        template_name="articles/news_sitemap.xml",
        content_type="application/xml",
    )
    return response


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('news-sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
