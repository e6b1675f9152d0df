"""Opaque, stable cursors for keyset pagination in the API."""

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from masthead.core.problems import Problem, ProblemCode


def encode_cursor(*values: Any) -> str:
    """Return an opaque cursor for the sort key `values` of the last item on a page."""
    text = json.dumps([v.isoformat() if isinstance(v, datetime) else v for v in values])
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, arity: int) -> list[Any]:
    """Return the values in `cursor`, or raise a 400 problem when it was not made by us."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (binascii.Error, ValueError):
        values = None
    if not isinstance(values, list) or len(values) != arity:
        raise Problem(400, ProblemCode.BAD_CURSOR, "Invalid cursor", "Use a next_cursor we sent.")
    return values
