from datetime import datetime

from ninja import Schema


class SectionOut(Schema):
    slug: str
    title: str
    url: str


class AuthorOut(Schema):
    slug: str
    name: str
    url: str


class ImageOut(Schema):
    url: str
    width: int
    height: int
    alt: str
    credit: str
    caption: str


class ArticleOut(Schema):
    id: int
    url: str
    headline: str
    standfirst: str
    section: SectionOut | None
    authors: list[AuthorOut]
    tags: list[str]
    published_at: datetime
    updated_at: datetime | None
    image: ImageOut | None


class ArticleListOut(Schema):
    items: list[ArticleOut]
    next_cursor: str | None
