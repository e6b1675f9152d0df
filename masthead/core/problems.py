"""RFC 9457 problem details: the one error format of the JSON API."""

from enum import StrEnum
from typing import Any

from django.http import HttpRequest, JsonResponse


class ProblemCode(StrEnum):
    """Stable, documented error codes; clients branch on these, never on `title` text."""

    NOT_FOUND = "not-found"
    VALIDATION_FAILED = "validation-failed"
    BAD_CURSOR = "bad-cursor"
    METHOD_NOT_ALLOWED = "method-not-allowed"
    HTTP_ERROR = "http-error"


class Problem(Exception):
    """Raise from an API operation to answer with a problem+json response."""

    def __init__(self, status: int, code: ProblemCode, title: str, detail: str = "") -> None:
        super().__init__(title)
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail


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
