"""The versioned JSON API at /api/v1/: one NinjaAPI, each app's router mounted here.

Every error is `application/problem+json` (RFC 9457) with a stable `code`.
"""

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from masthead.articles.api import router as articles_router
from masthead.core.problems import Problem, ProblemCode, problem_response
from masthead.discussion.api import comments_router, threads_router
from masthead.funding.api import router as funding_router


class MastheadAPI(NinjaAPI):
    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        """Document error responses with the media type they really have."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        content["application/problem+json"] = content.pop("application/json")
        return schema


api = MastheadAPI(
    title="Masthead API",
    version="1",
    description=(
        "Read the publication's articles, discussions and funding goal; post, edit and vote "
        "on comments. "
        "Errors are RFC 9457 problem details with a stable `code`."
    ),
    urls_namespace="api",
    docs_url="/docs",
)
api.add_router("/articles", articles_router, tags=["articles"])
api.add_router("/threads", threads_router, tags=["discussion"])
api.add_router("/comments", comments_router, tags=["discussion"])
api.add_router("/funding", funding_router, tags=["funding"])


@api.exception_handler(Problem)
def _problem(request: HttpRequest, exc: Problem) -> HttpResponse:
    response = problem_response(
        request, status=exc.status, code=exc.code, title=exc.title, detail=exc.detail
    )
    for name, value in exc.headers.items():
        response[name] = value
    return response


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"location": list(error.get("loc", [])), "message": error.get("msg", "")}
        for error in exc.errors
    ]
    return problem_response(
        request,
        status=422,
        code=ProblemCode.VALIDATION_FAILED,
        title="The request is not valid",
        errors=errors,
    )


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return problem_response(request, status=404, code=ProblemCode.NOT_FOUND, title="Not found")


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    code = ProblemCode.METHOD_NOT_ALLOWED if exc.status_code == 405 else ProblemCode.HTTP_ERROR
    return problem_response(request, status=exc.status_code, code=code, title=exc.message)
