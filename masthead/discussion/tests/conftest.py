from collections.abc import Iterator

import pytest
from django.test import override_settings


@pytest.fixture(autouse=True)
def _no_moderation_checks() -> Iterator[None]:
    """These tests are about threads: comments are published unless a test turns checks on
    (the pipeline has its own tests in masthead/moderation/tests)."""
    with override_settings(MODERATION_CHECKS=[]):
        yield
