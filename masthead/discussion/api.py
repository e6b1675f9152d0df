"""JSON transport for discussions: threads and comments, guest or session identity."""

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from ninja import Query, Router, Schema, Status
from pydantic import Field

from masthead.core.problems import READ_ERRORS as ERRORS
from masthead.core.problems import WRITE_ERRORS, ObjectId, Problem, ProblemCode
from masthead.core.ratelimit import RateLimited
from masthead.discussion import caching, selectors, services
from masthead.discussion.identity import (
    Reader,
    edit_token,
    reader_from_edit_token,
    reader_from_request,
    remember_guest,
)
from masthead.discussion.models import Comment, CommentState
from masthead.discussion.permissions import access_comment, access_thread
from masthead.discussion.schemas import (
    CommentCreatedOut,
    CommentEditIn,
    CommentIn,
    CommentOut,
    CommentPageOut,
    ThreadOut,
    VoteIn,
    VoteOut,
)

threads_router = Router()
comments_router = Router()

STATUS_FOR = {
    ProblemCode.THREAD_CLOSED: 409,
    ProblemCode.ALREADY_VOTED: 409,
    ProblemCode.EDIT_NOT_ALLOWED: 403,
    ProblemCode.REMOVE_NOT_ALLOWED: 403,
    ProblemCode.OWN_COMMENT: 403,
    ProblemCode.STAFF_ONLY: 403,
}


class ThreadCommentsQuery(Schema):
    sort: selectors.Sort = selectors.Sort.NEWEST
    cursor: str | None = Field(None, description="`next_cursor` from the previous page.")


def _problem(exc: services.DiscussionError) -> Problem:
    return Problem(STATUS_FOR.get(exc.code, 422), exc.code, exc.message)


def _rate_limited(exc: RateLimited) -> Problem:
    return Problem(
        429,
        ProblemCode.RATE_LIMITED,
        "Too many requests",
        str(exc),
        headers={"Retry-After": str(exc.retry_after)},
    )


def _writer(request: HttpRequest, *, create_guest: bool = False) -> Reader:
    """Return who is writing; a logged-in session must also pass Django's CSRF check."""
    reader = reader_from_request(request, create_guest=create_guest)
    if reader.is_authenticated:
        rejected = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})  # type: ignore[arg-type]
        if rejected is not None:
            raise Problem(403, ProblemCode.CSRF_FAILED, "CSRF check failed")
    return reader


def _owner(request: HttpRequest, comment: Comment) -> Reader:
    """Return the reader acting on `comment`: the session, the guest cookie or an edit token."""
    token = request.headers.get("X-Edit-Token", "")
    if token:
        reader = reader_from_request(request)
        return reader_from_edit_token(
            token, comment.pk, reader.ip_hash, int(services.EDIT_WINDOW.total_seconds())
        )
    return _writer(request)


def comment_out(node: selectors.CommentNode) -> CommentOut:
    comment = node.comment
    removed = comment.state == CommentState.REMOVED
    return CommentOut(
        id=comment.pk,
        thread_id=comment.thread_id,
        parent_id=comment.parent_id,
        depth=comment.depth,
        author="" if removed else comment.display_name,
        body_html="" if removed else comment.body_html,
        state=comment.state,
        created_at=comment.created_at,
        edited_at=comment.edited_at,
        upvotes=comment.upvotes,
        downvotes=comment.downvotes,
        reply_count=comment.reply_count,
        permalink=comment.get_absolute_url(),
        replies=[comment_out(child) for child in node.children],
    )


def thread_out(request: HttpRequest, thread_id: ObjectId) -> ThreadOut:
    thread = access_thread(thread_id)
    return ThreadOut(
        id=thread.pk,
        url=thread.url,
        title=thread.title,
        state=thread.state,
        comment_count=thread.comment_count,
    )


@threads_router.get("/{thread_id}", response={200: ThreadOut, **ERRORS}, summary="A thread")
def get_thread(request: HttpRequest, thread_id: ObjectId) -> ThreadOut:
    return thread_out(request, thread_id)


@threads_router.get(
    "/{thread_id}/comments",
    response={200: CommentPageOut, **ERRORS},
    summary="A page of a thread: top-level comments in the chosen order, with their replies",
)
def list_comments(
    request: HttpRequest, thread_id: ObjectId, query: Query[ThreadCommentsQuery]
) -> HttpResponse:
    """Serve the page from the cache under the thread's current version: a hit costs no
    database query; any change to the thread moves readers to a new key."""
    state = caching.thread_state(thread_id)
    key = caching.page_key("api", thread_id, state.version, query.sort, query.cursor or "")
    body = caching.page_get(key)
    if body is None:
        page = selectors.thread_page(access_thread(thread_id), query.sort, query.cursor)
        body = CommentPageOut(
            items=[comment_out(node) for node in page.nodes], next_cursor=page.next_cursor
        ).model_dump_json()
        caching.page_set(key, body)
    return HttpResponse(body, content_type="application/json")


@threads_router.post(
    "/{thread_id}/comments",
    response={201: CommentCreatedOut, **WRITE_ERRORS},
    summary="Post a comment or a reply (as a guest or with the session)",
)
def post_comment(
    request: HttpRequest, response: HttpResponse, thread_id: ObjectId, data: CommentIn
) -> Status[CommentCreatedOut]:
    thread = access_thread(thread_id)
    reader = _writer(request, create_guest=True)
    parent = access_comment(data.parent_id) if data.parent_id else None
    try:
        comment = services.comment_post(
            thread=thread,
            reader=reader,
            body=data.body,
            parent=parent,
            author_name=data.author_name,
            author_email=data.author_email,
            user_agent=request.headers.get("User-Agent", "")[:500],
        )
    except services.DiscussionError as exc:
        raise _problem(exc) from None
    except RateLimited as exc:
        raise _rate_limited(exc) from None
    token = edit_token(comment.pk, reader.guest_key) if reader.guest_key else None
    remember_guest(response, reader)
    moderation = None
    if comment.state != CommentState.PUBLISHED:
        own = [i for i in selectors.own_unpublished(comment.thread, reader) if i.comment == comment]
        reasons = own[0].reasons if own and not own[0].shadow else []
        moderation = (
            "Not published" if comment.state == CommentState.REJECTED else "Awaiting moderation"
        ) + (f": {'; '.join(reasons)}." if reasons else ".")
    return Status(
        201,
        CommentCreatedOut(
            comment=comment_out(selectors.CommentNode(comment)),
            edit_token=token,
            moderation=moderation,
        ),
    )


@threads_router.post(
    "/{thread_id}/close", response={200: ThreadOut, **WRITE_ERRORS}, summary="Close a thread"
)
def close_thread(request: HttpRequest, thread_id: ObjectId) -> ThreadOut:
    thread = access_thread(thread_id)
    try:
        services.thread_close(thread=thread, reader=_writer(request))
    except services.DiscussionError as exc:
        raise _problem(exc) from None
    return thread_out(request, thread_id)


@comments_router.get("/{comment_id}", response={200: CommentOut, **ERRORS}, summary="A comment")
def get_comment(request: HttpRequest, comment_id: ObjectId) -> CommentOut:
    return comment_out(selectors.CommentNode(access_comment(comment_id)))


@comments_router.patch(
    "/{comment_id}", response={200: CommentOut, **WRITE_ERRORS}, summary="Edit a comment"
)
def edit_comment(request: HttpRequest, comment_id: ObjectId, data: CommentEditIn) -> CommentOut:
    comment = access_comment(comment_id)
    try:
        services.comment_edit(comment=comment, reader=_owner(request, comment), body=data.body)
    except services.DiscussionError as exc:
        raise _problem(exc) from None
    return comment_out(selectors.CommentNode(comment))


@comments_router.delete(
    "/{comment_id}", response={204: None, **WRITE_ERRORS}, summary="Remove a comment"
)
def remove_comment(request: HttpRequest, comment_id: ObjectId) -> Status[None]:
    comment = access_comment(comment_id)
    try:
        services.comment_remove(comment=comment, reader=_owner(request, comment))
    except services.DiscussionError as exc:
        raise _problem(exc) from None
    return Status(204, None)


@comments_router.put(
    "/{comment_id}/vote", response={200: VoteOut, **WRITE_ERRORS}, summary="Vote on a comment"
)
def vote(
    request: HttpRequest, response: HttpResponse, comment_id: ObjectId, data: VoteIn
) -> VoteOut:
    comment = access_comment(comment_id)
    reader = _writer(request, create_guest=True)
    try:
        if data.value == 0:
            services.vote_clear(comment=comment, reader=reader)
        else:
            services.vote_cast(comment=comment, reader=reader, value=data.value)
    except services.DiscussionError as exc:
        raise _problem(exc) from None
    except RateLimited as exc:
        raise _rate_limited(exc) from None
    remember_guest(response, reader)
    mine = selectors.reader_votes(reader, [comment.pk]).get(comment.pk, 0)
    return VoteOut(
        upvotes=comment.upvotes,
        downvotes=comment.downvotes,
        score=comment.score,
        mine=mine,  # type: ignore[arg-type]
    )
