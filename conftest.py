"""Shared pytest set-up. The environment itself is set by masthead/testing/environment.py."""

from collections.abc import Iterator

import pytest
from django.test.utils import override_settings


@pytest.fixture(scope="session", autouse=True)
def _test_settings() -> Iterator[None]:
    """Serve static files unhashed (the manifest exists only after collectstatic, which the
    browser tests run against their own server) and hash test passwords quickly."""
    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    with override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": plain,
        },
        # Background tasks (the classifier's retraining) run at once, inside the test.
        TASKS={
            "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
            "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        },
    ):
        yield


@pytest.fixture(autouse=True)
def _empty_caches() -> Iterator[None]:
    """Start every test with empty caches: the database rolls back between tests, so a cached
    row (Wagtail caches image renditions) would otherwise outlive it."""
    from django.core.cache import caches

    from masthead.moderation.checks import forget_site_config

    for cache in caches.all():
        cache.clear()
    forget_site_config()
    yield
