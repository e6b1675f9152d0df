"""Request logging with request ids, and problem+json for every API error."""

import logging
import re
import time
import uuid
from collections.abc import Callable
from http import HTTPStatus

from django.http import HttpRequest, HttpResponseBase

from masthead.core.problems import ProblemCode, problem_response

logger = logging.getLogger("masthead.request")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestLogMiddleware:
    """Log method, path, status and duration of each request, tagged with a request id.

    A well-formed `X-Request-ID` from the proxy is kept so logs can be joined across hops.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        started = time.perf_counter()
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request_id
        status = response.status_code
        logger.log(
            logging.ERROR if status >= 500 else logging.INFO,
            "%s %s %s",
            request.method,
            request.path,
            status,
            extra={
                "request_id": request_id,
                "method": request.method,
                "path": request.path,
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return response


class ApiProblemMiddleware:
    """Answer every error under /api/ as problem+json, including the 404s and 405s that Django
    and Ninja send before any API code runs (unknown paths, wrong methods)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        status = response.status_code
        content_type = response.get("Content-Type", "").split(";")[0]
        if (
            status < 400
            or not request.path.startswith("/api/")
            or content_type in ("application/problem+json", "application/json")
        ):
            return response
        codes = {404: ProblemCode.NOT_FOUND, 405: ProblemCode.METHOD_NOT_ALLOWED}
        problem = problem_response(
            request,
            status=status,
            code=codes.get(status, ProblemCode.HTTP_ERROR),
            title=HTTPStatus(status).phrase,
        )
        if "Allow" in response:
            problem["Allow"] = response["Allow"]
        return problem
