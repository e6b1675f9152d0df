"""Template helpers: canonical and absolute URLs, pagination links and JSON-LD."""

import json
from typing import Any

from django import template
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString
from wagtail.models import Page, Site

from masthead.articles.models import ArticlePage, PublicationSettings

register = template.Library()

# Escape what could end the <script> element or open a comment inside it.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _request(context: template.Context) -> HttpRequest:
    request: HttpRequest = context["request"]
    return request


@register.simple_tag(takes_context=True)
def absolute_url(context: template.Context, url: str) -> str:
    """Return `url` made absolute against the current request."""
    return _request(context).build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def canonical_url(context: template.Context) -> str:
    """Return the canonical address of this view: the page's own URL plus `?page=N` past 1."""
    request = _request(context)
    page = context.get("page")
    if isinstance(page, Page):
        url = str(page.get_full_url(request))
    else:
        url = request.build_absolute_uri(request.path)
    number = request.GET.get("page", "")
    if number.isdigit() and int(number) > 1:
        url += f"?page={int(number)}"
    return url


@register.simple_tag(takes_context=True)
def page_query(context: template.Context, number: int) -> str:
    """Return the query string for page `number`, keeping the other parameters (e.g. `q`)."""
    params = _request(context).GET.copy()
    if number > 1:
        params["page"] = str(number)
    else:
        params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "."


def article_structured_data(
    request: HttpRequest, article: ArticlePage, image_urls: list[str]
) -> dict[str, Any]:
    """Return schema.org `NewsArticle` data for `article`."""
    site = Site.find_for_request(request)
    publication = PublicationSettings.for_request(request)
    publisher: dict[str, Any] = {
        "@type": "NewsMediaOrganization",
        "name": site.site_name if site else "Masthead",
        "url": request.build_absolute_uri("/"),
    }
    if publication.logo:
        logo = publication.logo.get_rendition("max-600x60")
        publisher["logo"] = {
            "@type": "ImageObject",
            "url": request.build_absolute_uri(logo.url),
            "width": logo.width,
            "height": logo.height,
        }
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.get_full_url(request)},
        "headline": article.title[:110],
        "description": article.standfirst,
        "datePublished": article.first_published_at.isoformat(),
        "dateModified": (article.modified_at or article.first_published_at).isoformat(),
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": request.build_absolute_uri(author.get_absolute_url()),
                **({"jobTitle": author.role} if author.role else {}),
            }
            for author in article.authors
        ],
        "publisher": publisher,
        "isAccessibleForFree": True,
        "keywords": [tag.name for tag in article.tag_list],
    }
    if image_urls:
        data["image"] = image_urls
    if article.section:
        data["articleSection"] = article.section.title
    return data


@register.simple_tag(takes_context=True)
def article_jsonld(context: template.Context, article: ArticlePage) -> SafeString:
    """Render the article's `NewsArticle` JSON-LD in a script element.

    Google wants images in 16:9, 4:3 and 1:1, each at least 50,000 pixels.
    """
    request = _request(context)
    image_urls: list[str] = []
    if article.lead_image:
        renditions = article.lead_image.get_renditions(
            "fill-1200x675", "fill-1200x900", "fill-1200x1200"
        )
        image_urls = [request.build_absolute_uri(r.url) for r in renditions.values()]
    data = article_structured_data(request, article, image_urls)
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', SafeString(payload))
