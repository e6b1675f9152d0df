"""Operational endpoints."""

from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

_migrations_applied = False


def _unapplied_migrations() -> list[str]:
    """Return the names of migrations not yet applied to the default database."""
    global _migrations_applied
    if _migrations_applied:
        return []
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    pending = [f"{migration.app_label}.{migration.name}" for migration, _ in plan]
    _migrations_applied = not pending
    return pending


@require_safe
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Report whether the database answers and every migration is applied (200 or 503)."""
    checks: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except DatabaseError as exc:
        checks["database"] = f"error: {exc.__class__.__name__}"
        checks["migrations"] = "unknown"
    else:
        pending = _unapplied_migrations()
        checks["migrations"] = "ok" if not pending else f"{len(pending)} unapplied"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503
    )


@require_safe
def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """Browsers ask for /favicon.ico whatever the page says; send them to the real icon."""
    return HttpResponseRedirect(static("masthead/favicon.svg"))
