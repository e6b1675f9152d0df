"""Schemathesis generates requests from the OpenAPI schema and checks every answer: no server
errors, documented status codes and content types, bodies that match the schema."""

from collections.abc import Iterator

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from masthead.testing.discussion import build_thread, post

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture(autouse=True)
def _keep_the_test_connection() -> Iterator[None]:
    """Calls go straight to the WSGI app, not through Django's test client, so switch off what
    the client switches off too: closing the database connection after each request (on
    PostgreSQL that would close the test transaction's connection)."""
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def discussion() -> None:
    """A thread with comments, so generated ids sometimes hit real objects (ids start at 1)."""
    thread = build_thread()
    top = post(thread, "First")
    post(thread, "Reply", parent=top)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_answers_every_generated_request_as_documented(
    case: schemathesis.Case,  # type: ignore[type-arg]
    discussion: None,
) -> None:
    # Cursors are opaque strings: a made-up one is rightly refused (400 bad-cursor), which the
    # "schema-valid data is accepted" check cannot know.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
