"""Parse pages in tests. BeautifulSoup's precise types (Tag | None everywhere) add nothing to a
test, whose assertions fail loudly on a missing element, so the soup is handed out untyped."""

from typing import Any

from bs4 import BeautifulSoup


def parse_html(content: bytes | str) -> Any:
    return BeautifulSoup(content, "html.parser")
