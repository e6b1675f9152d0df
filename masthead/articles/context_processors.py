from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from masthead.articles import selectors


def publication(request: HttpRequest) -> dict[str, Any]:
    """Give every template the site's sections for the menu, queried only when used."""
    return {"site_sections": SimpleLazyObject(lambda: list(selectors.live_sections()))}
