"""HTML transports for discussions: plain forms and links that work without JavaScript, and
fragments for htmx (detected with django-htmx) that post, vote, sort and page without reloads."""

from typing import Any
from urllib.parse import urlencode

from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from masthead.core.ratelimit import RateLimited
from masthead.core.text import MAX_BODY_LENGTH, render_markdown
from masthead.core.types import HtmxHttpRequest
from masthead.discussion import rendering, selectors, services
from masthead.discussion.forms import CommentForm, EditForm, ReportForm
from masthead.discussion.identity import Reader, reader_from_request, remember_guest
from masthead.discussion.models import Comment, CommentState, SubscriptionKind, Thread
from masthead.discussion.permissions import access_comment, access_thread
from masthead.moderation import services as moderation
from masthead.moderation.models import ReportReason


def _thread_url(thread: Thread) -> str:
    """Return where a thread is read: its article page (or its own page without one)."""
    if thread.page is not None:
        url = thread.page.specific.get_url()
        if url:
            return str(url)
    return f"/comments/thread/{thread.pk}/"


def _back(request: HtmxHttpRequest, fallback: str) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()}):
        return candidate
    return fallback


def section_context(
    request: HtmxHttpRequest, thread: Thread, *, base_url: str, form: CommentForm | None = None
) -> dict[str, Any]:
    """Return what the comment section template needs for `thread` read at `base_url`."""
    reader = reader_from_request(request)
    sort = selectors.Sort.parse(request.GET.get("sort"))
    cursor = request.GET.get("after") or None
    fragment = rendering.thread_fragment(thread, sort, cursor, base_url=base_url)
    return {
        "thread": thread,
        "reader": reader,
        "sort": sort,
        "sorts": list(selectors.Sort),
        "cursor": cursor,
        "base_url": base_url,
        "comments_html": rendering.personalise(fragment, request, reader),
        "own_unpublished": selectors.own_unpublished(thread, reader),
        "form": form or CommentForm(guest=not reader.is_authenticated),
    }


def _comment_response(request: HtmxHttpRequest, comment: Comment, reader: Reader) -> HttpResponse:
    """After a write: the comment's HTML for htmx, else a redirect to its permalink (or, for a
    comment waiting for moderators, to where its author sees it on the article)."""
    if comment.state != CommentState.PUBLISHED:
        if request.htmx:
            [item] = [
                i for i in selectors.own_unpublished(comment.thread, reader) if i.comment == comment
            ] or [selectors.OwnUnpublished(comment, [], shadow=False)]
            response = render(
                request, "discussion/_own_unpublished.html", {"item": item, "fresh": True}
            )
        else:
            response = HttpResponseRedirect(f"{_thread_url(comment.thread)}#comment-{comment.pk}")
    elif request.htmx:
        node = selectors.CommentNode(comment)
        fragment = rendering.render_fragment(
            "discussion/_comment.html",
            {"node": node, "thread": comment.thread, "fresh": True},
            [node],
        )
        response = HttpResponse(rendering.personalise(fragment, request, reader))
    else:
        response = HttpResponseRedirect(comment.get_absolute_url())
    remember_guest(response, reader)
    return response


def _form_error_page(
    request: HtmxHttpRequest, thread: Thread, form: CommentForm, status: int, parent: Comment | None
) -> HttpResponse:
    """Show the form again with the reader's text and the errors (or the preview)."""
    context = {"thread": thread, "form": form, "parent": parent, "back": _thread_url(thread)}
    if not request.htmx:
        return render(request, "discussion/form_page.html", context, status=status)
    response = render(request, "discussion/_form.html", context, status=status)
    form_id = f"#reply-form-{parent.pk}" if parent else "#comment-form"
    response["HX-Retarget"] = form_id
    response["HX-Reswap"] = "outerHTML"
    return response


@require_POST
def post_comment(request: HtmxHttpRequest, thread_id: int) -> HttpResponse:
    thread = access_thread(thread_id)
    reader = reader_from_request(request, create_guest=True)
    parent = None
    parent_id = request.POST.get("parent")
    if parent_id and parent_id.isdigit():
        parent = access_comment(int(parent_id))
    form = CommentForm(
        request.POST,
        guest=not reader.is_authenticated,
        reply_to=parent.pk if parent else None,
    )
    if not form.is_valid():
        return _form_error_page(request, thread, form, 400, parent)
    if "preview" in request.POST:
        form.preview_html = render_markdown(form.cleaned_data["body"])  # type: ignore[attr-defined]
        return _form_error_page(request, thread, form, 200, parent)
    data = form.cleaned_data
    try:
        comment = services.comment_post(
            thread=thread,
            reader=reader,
            body=data["body"],
            parent=parent,
            author_name=data.get("author_name", ""),
            author_email=data.get("author_email", ""),
            notify=SubscriptionKind(data["notify"]) if data.get("notify") else None,
            suspected_bot=bool(data.get("website")),
            user_agent=request.headers.get("User-Agent", "")[:500],
        )
    except RateLimited as exc:
        form.add_error(None, f"You are posting too fast. {exc}")
        response = _form_error_page(request, thread, form, 429, parent)
        response["Retry-After"] = str(exc.retry_after)
        return response
    except services.DiscussionError as exc:
        form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        return _form_error_page(request, thread, form, 400, parent)
    return _comment_response(request, comment, reader)


@require_POST
def preview(request: HtmxHttpRequest) -> HttpResponse:
    """Render a draft for the htmx preview (no storage)."""
    body = request.POST.get("body", "")[:MAX_BODY_LENGTH]
    return render(request, "discussion/_preview.html", {"preview_html": render_markdown(body)})


@require_safe
def reply_form(request: HtmxHttpRequest, comment_id: int) -> HttpResponse:
    parent = access_comment(comment_id)
    reader = reader_from_request(request)
    form = CommentForm(
        initial={"parent": parent.pk}, guest=not reader.is_authenticated, reply_to=parent.pk
    )
    context = {
        "thread": parent.thread,
        "form": form,
        "parent": parent,
        "back": _thread_url(parent.thread),
    }
    template = "discussion/_form.html" if request.htmx else "discussion/form_page.html"
    return render(request, template, context)


@require_POST
def vote(request: HtmxHttpRequest, comment_id: int) -> HttpResponse:
    comment = access_comment(comment_id)
    reader = reader_from_request(request, create_guest=True)
    value = request.POST.get("value", "")
    error = ""
    try:
        current = selectors.reader_votes(reader, [comment.pk]).get(comment.pk)
        if value not in ("1", "-1") or current == int(value):
            comment = services.vote_clear(comment=comment, reader=reader)
        else:
            comment = services.vote_cast(comment=comment, reader=reader, value=int(value))
    except services.DiscussionError as exc:
        error = exc.message
    except RateLimited as exc:
        error = f"You are voting too fast. {exc}"
    if request.htmx:
        mine = selectors.reader_votes(reader, [comment.pk]).get(comment.pk)
        response = render(
            request,
            "discussion/_votes.html",
            {"comment": comment, "mine": mine, "error": error, "live": True},
        )
    elif error:
        response = render(
            request,
            "message.html",
            {"title": "Vote not counted", "message": error, "back": _thread_url(comment.thread)},
            status=400,
        )
    else:
        response = HttpResponseRedirect(_back(request, comment.get_absolute_url()))
    remember_guest(response, reader)
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def edit(request: HtmxHttpRequest, comment_id: int) -> HttpResponse:
    comment = access_comment(comment_id)
    reader = reader_from_request(request)
    if not services.can_edit(comment, reader):
        return render(
            request,
            "message.html",
            {
                "title": "This comment can no longer be edited",
                "message": "Comments can be edited by their author for "
                f"{int(services.EDIT_WINDOW.total_seconds() // 60)} minutes after posting.",
                "back": comment.get_absolute_url(),
            },
            status=403,
        )
    form = EditForm(request.POST or None, initial={"body": comment.body_source})
    if request.method == "POST" and form.is_valid():
        try:
            services.comment_edit(comment=comment, reader=reader, body=form.cleaned_data["body"])
        except services.DiscussionError as exc:
            form.add_error("body", exc.message)
        else:
            if comment.state != CommentState.PUBLISHED:  # the new text was held
                return HttpResponseRedirect(f"{_thread_url(comment.thread)}#comment-{comment.pk}")
            return HttpResponseRedirect(comment.get_absolute_url())
    return render(request, "discussion/edit_page.html", {"comment": comment, "form": form})


@require_http_methods(["GET", "HEAD", "POST"])
def remove(request: HtmxHttpRequest, comment_id: int) -> HttpResponse:
    comment = access_comment(comment_id)
    reader = reader_from_request(request)
    if not (reader.is_staff or services.can_edit(comment, reader)):
        return render(
            request,
            "message.html",
            {
                "title": "This comment can no longer be removed",
                "message": "Authors can remove their comments while the edit window lasts.",
                "back": comment.get_absolute_url(),
            },
            status=403,
        )
    if request.method == "POST":
        services.comment_remove(comment=comment, reader=reader)
        return HttpResponseRedirect(comment.get_absolute_url())
    return render(request, "discussion/remove_page.html", {"comment": comment})


@require_safe
def permalink(request: HtmxHttpRequest, comment_id: int) -> HttpResponse:
    """Send the reader to the page of the thread that shows the comment, scrolled to it."""
    comment = access_comment(comment_id)
    if comment.depth > selectors.MAX_DEPTH:
        ancestor_id = int(comment.path.split("/")[selectors.MAX_DEPTH])
        return HttpResponseRedirect(f"/comments/{ancestor_id}/thread/#comment-{comment.pk}")
    params = {"sort": selectors.Sort.NEWEST.value}
    cursor = selectors.cursor_for_page_of(comment)
    if cursor:
        params["after"] = cursor
    url = _thread_url(comment.thread)
    return HttpResponseRedirect(f"{url}?{urlencode(params)}#comment-{comment.pk}")


@require_safe
def thread_comments(request: HtmxHttpRequest, thread_id: int) -> HttpResponse:
    """The whole discussion on a page of its own ("view all comments"), or for htmx the
    list fragment for a sort or the next page."""
    thread = access_thread(thread_id)
    if request.htmx and request.GET.get("fragment") in ("page", "body"):
        base_url = _back(request, _thread_url(thread))
        context = section_context(request, thread, base_url=base_url)
        if request.GET["fragment"] == "page":
            return HttpResponse(context["comments_html"])
        return render(request, "discussion/_body.html", context)
    context = section_context(request, thread, base_url=request.path)
    context["back"] = _thread_url(thread)
    return render(request, "discussion/thread_page.html", context)


@require_safe
def continue_thread(request: HtmxHttpRequest, comment_id: int) -> HttpResponse:
    comment = access_comment(comment_id)
    reader = reader_from_request(request)
    node = selectors.subtree(comment)
    # On its own page a continued thread is shown whole, whatever its depth.
    fragment = rendering.render_fragment(
        "discussion/_subtree.html",
        {"node": node, "thread": comment.thread, "max_depth": 10_000},
        [node],
    )
    return render(
        request,
        "discussion/continue_page.html",
        {
            "comment": comment,
            "thread": comment.thread,
            "back": _thread_url(comment.thread),
            "comments_html": rendering.personalise(fragment, request, reader),
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
def report(request: HtmxHttpRequest, comment_id: int) -> HttpResponse:
    """Let a reader report a comment to the moderators (a form page, or inline with htmx)."""
    comment = access_comment(comment_id)
    reader = reader_from_request(request, create_guest=request.method == "POST")
    form = ReportForm(request.POST or None, auto_id=f"id_report{comment.pk}_%s")
    context: dict[str, Any] = {"comment": comment, "form": form}
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            moderation.report_add(
                comment=comment,
                reader=reader,
                reason=ReportReason(form.cleaned_data["reason"]),
                text=form.cleaned_data["text"],
            )
        except moderation.ModerationError as exc:
            form.add_error(None, exc.message)
            status = 400
        except RateLimited as exc:
            form.add_error(None, f"You are reporting too fast. {exc}")
            status = 429
        else:
            context["done"] = True
    elif request.method == "POST":
        status = 400
    template = "discussion/_report.html" if request.htmx else "discussion/report_page.html"
    response = render(request, template, context, status=status)
    remember_guest(response, reader)
    return response
