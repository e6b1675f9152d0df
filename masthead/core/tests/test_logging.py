import json
import logging

import pytest
from django.test import Client

from masthead.core.logging import JsonFormatter


def test_records_become_one_json_object_with_their_extra_fields() -> None:
    record = logging.LogRecord("masthead.x", logging.INFO, __file__, 1, "hello %s", ("you",), None)
    record.request_id = "abc"
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "hello you"
    assert entry["level"] == "info"
    assert entry["logger"] == "masthead.x"
    assert entry["request_id"] == "abc"
    assert entry["time"].endswith("+00:00")


@pytest.mark.django_db
def test_each_request_is_logged_once_with_its_id(
    client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="masthead.request"):
        response = client.get("/healthz", HTTP_X_REQUEST_ID="req-123")
        hostile = client.get("/healthz", HTTP_X_REQUEST_ID="bad id\nwith newline")
    assert response["X-Request-ID"] == "req-123"
    assert hostile["X-Request-ID"] != "bad id\nwith newline"
    records = [r for r in caplog.records if r.name == "masthead.request"]
    assert len(records) == 2
    assert records[0].__dict__["status"] == 200
    assert records[0].__dict__["path"] == "/healthz"
    assert records[0].__dict__["request_id"] == "req-123"
