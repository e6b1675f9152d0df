from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field


class ThreadOut(Schema):
    id: int
    url: str
    title: str
    state: str
    comment_count: int


class CommentOut(Schema):
    id: int
    thread_id: int
    parent_id: int | None
    depth: int
    author: str
    body_html: str = Field(description="Sanitised HTML; empty when the comment was removed.")
    state: str
    created_at: datetime
    edited_at: datetime | None
    upvotes: int
    downvotes: int
    reply_count: int
    permalink: str
    replies: list["CommentOut"] = Field(
        default_factory=list, description="Visible replies in tree order (nested up to depth 6)."
    )


class CommentPageOut(Schema):
    items: list[CommentOut]
    next_cursor: str | None


class CommentIn(Schema):
    body: str = Field(min_length=1, max_length=10_000)
    parent_id: int | None = None
    author_name: str = Field("", max_length=80, description="Required for guests.")
    author_email: str = Field("", max_length=254, description="Never shown.")


class CommentCreatedOut(Schema):
    comment: CommentOut
    edit_token: str | None = Field(
        None, description="Guests: send as X-Edit-Token to edit or remove within the window."
    )
    moderation: str | None = Field(
        None,
        description="When the comment is not published yet (`comment.state` pending or held) "
        "or was not published (rejected): why, in plain words. Only its author sees this.",
    )


class CommentEditIn(Schema):
    body: str = Field(min_length=1, max_length=10_000)


class VoteIn(Schema):
    value: int = Field(strict=True, ge=-1, le=1, description="1 up, -1 down, 0 withdraws the vote.")


class VoteOut(Schema):
    upvotes: int
    downvotes: int
    score: int
    mine: Literal[-1, 0, 1]
