from typing import Any

import pytest
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

from masthead.core import views

pytestmark = pytest.mark.django_db


def test_healthz_reports_ok_when_the_database_answers_and_is_migrated(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "migrations": "ok"}}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_while_migrations_are_pending(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "_migrations_applied", False)
    real_plan = MigrationExecutor.migration_plan

    def plan_with_one_pending(self: MigrationExecutor, targets: Any) -> list[Any]:
        node = self.loader.graph.leaf_nodes()[0]
        return [(self.loader.graph.nodes[node], False), *real_plan(self, targets)]

    monkeypatch.setattr(MigrationExecutor, "migration_plan", plan_with_one_pending)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["migrations"] == "1 unapplied"


def test_favicon_ico_points_at_the_svg_icon(client: Client) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("masthead/favicon.svg")
