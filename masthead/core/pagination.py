"""Page numbers from the query string, with a 404 for pages that do not exist."""

from collections.abc import Sequence
from typing import Any, TypeVar

from django.core.paginator import InvalidPage, Paginator
from django.core.paginator import Page as PaginatorPage
from django.http import Http404, HttpRequest

T = TypeVar("T")


def paginate(request: HttpRequest, items: Sequence[T] | Any, per_page: int) -> PaginatorPage[T]:
    """Return the page `?page=N` of `items`; raise Http404 for a missing or malformed page.

    The first page is always valid, so an empty list renders as an empty page, not a 404.
    """
    paginator: Paginator[T] = Paginator(items, per_page, allow_empty_first_page=True)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        raise Http404("No such page.") from None
