"""RFC 9457 problem details: the one error format of the JSON API."""

from enum import StrEnum
from typing import Annotated, Any

from django.http import HttpRequest, JsonResponse
from ninja import Path, Schema


class ProblemCode(StrEnum):
    """Stable, documented error codes; clients branch on these, never on `title` text."""

    NOT_FOUND = "not-found"
    VALIDATION_FAILED = "validation-failed"
    BAD_CURSOR = "bad-cursor"
    METHOD_NOT_ALLOWED = "method-not-allowed"
    HTTP_ERROR = "http-error"
    RATE_LIMITED = "rate-limited"
    CSRF_FAILED = "csrf-failed"
    NOT_ALLOWED = "not-allowed"
    # Discussion
    THREAD_CLOSED = "thread-closed"
    BODY_EMPTY = "body-empty"
    BODY_TOO_LONG = "body-too-long"
    NAME_REQUIRED = "name-required"
    EMAIL_REQUIRED = "email-required"
    BAD_PARENT = "bad-parent"
    GUEST_KEY_MISSING = "guest-key-missing"
    EDIT_NOT_ALLOWED = "edit-not-allowed"
    REMOVE_NOT_ALLOWED = "remove-not-allowed"
    BAD_VOTE = "bad-vote"
    OWN_COMMENT = "own-comment"
    ALREADY_VOTED = "already-voted"
    NOT_VOTABLE = "not-votable"
    STAFF_ONLY = "staff-only"


# The largest primary key SQLite and PostgreSQL (bigint) hold; bigger ids are simply not found.
MAX_ID = 2**63 - 1
ObjectId = Annotated[int, Path(ge=1, le=MAX_ID, description="A positive id.")]


class ProblemOut(Schema):
    """The documented shape of every API error (extension members such as `errors` may follow)."""

    type: str
    title: str
    status: int
    code: str
    instance: str
    detail: str | None = None


# Error responses every operation documents; writes add 429.
READ_ERRORS: dict[int, type[ProblemOut]] = {
    400: ProblemOut,
    403: ProblemOut,
    404: ProblemOut,
    409: ProblemOut,
    422: ProblemOut,
}
WRITE_ERRORS: dict[int, type[ProblemOut]] = {**READ_ERRORS, 429: ProblemOut}


class Problem(Exception):
    """Raise from an API operation to answer with a problem+json response."""

    def __init__(
        self,
        status: int,
        code: ProblemCode,
        title: str,
        detail: str = "",
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(title)
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.headers = headers or {}


def problem_response(
    request: HttpRequest,
    *,
    status: int,
    code: ProblemCode,
    title: str,
    detail: str = "",
    **extensions: Any,
) -> JsonResponse:
    body: dict[str, Any] = {
        "type": f"urn:masthead:problem:{code}",
        "title": title,
        "status": status,
        "code": str(code),
        "instance": request.path,
    }
    if detail:
        body["detail"] = detail
    body.update(extensions)
    return JsonResponse(body, status=status, content_type="application/problem+json")
