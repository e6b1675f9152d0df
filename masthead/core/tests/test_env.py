from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from masthead import env


def test_booleans_accept_the_usual_spellings(monkeypatch: pytest.MonkeyPatch) -> None:
    for text, expected in [
        ("1", True),
        ("TRUE", True),
        ("yes", True),
        ("off", False),
        ("0", False),
    ]:
        monkeypatch.setenv("MASTHEAD_X", text)
        assert env.env_bool("MASTHEAD_X", not expected) is expected
    monkeypatch.delenv("MASTHEAD_X")
    assert env.env_bool("MASTHEAD_X", True) is True


@pytest.mark.parametrize(
    ("reader", "value", "message"),
    [
        (lambda: env.env_bool("MASTHEAD_X", False), "maybe", "MASTHEAD_X must be true or false"),
        (lambda: env.env_int("MASTHEAD_X", 1), "ten", "MASTHEAD_X must be a whole number"),
        (lambda: env.env_int("MASTHEAD_X", 1, minimum=0), "-5", "MASTHEAD_X must be at least 0"),
        (lambda: env.env_choice("MASTHEAD_X", "a", ("a", "b")), "c", "MASTHEAD_X must be one of"),
        (lambda: env.env_url("MASTHEAD_X", None, schemes=("redis",)), "http://x", "MASTHEAD_X"),
        (lambda: env.env_database("MASTHEAD_X", "sqlite:///x"), "mysql://db/x", "MASTHEAD_X"),
    ],
)
def test_a_bad_value_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, reader: object, value: str, message: str
) -> None:
    monkeypatch.setenv("MASTHEAD_X", value)
    with pytest.raises(ImproperlyConfigured, match=message):
        reader()  # type: ignore[operator]


def test_a_required_string_must_be_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MASTHEAD_X", raising=False)
    monkeypatch.delenv("MASTHEAD_X_FILE", raising=False)
    with pytest.raises(ImproperlyConfigured, match="MASTHEAD_X must be set"):
        env.env_str("MASTHEAD_X")


def test_a_secret_can_come_from_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    monkeypatch.delenv("MASTHEAD_X", raising=False)
    monkeypatch.setenv("MASTHEAD_X_FILE", str(secret))
    assert env.env_str("MASTHEAD_X") == "from-a-file"
    monkeypatch.setenv("MASTHEAD_X", "direct")
    assert env.env_str("MASTHEAD_X") == "direct"
    monkeypatch.delenv("MASTHEAD_X")
    monkeypatch.setenv("MASTHEAD_X_FILE", str(tmp_path / "missing"))
    with pytest.raises(ImproperlyConfigured, match="MASTHEAD_X_FILE: cannot read"):
        env.env_str("MASTHEAD_X")


def test_lists_drop_blanks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASTHEAD_X", " a.example , ,b.example,")
    assert env.env_list("MASTHEAD_X", []) == ["a.example", "b.example"]


def test_database_urls_pick_sqlite_or_postgresql(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MASTHEAD_X", f"sqlite:///{tmp_path}/sub/db.sqlite3")
    sqlite = env.env_database("MASTHEAD_X", "")
    assert sqlite["ENGINE"] == "django.db.backends.sqlite3"
    assert sqlite["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert (tmp_path / "sub").is_dir()
    monkeypatch.setenv("MASTHEAD_X", "postgres://news:pw@db.internal:5433/masthead")
    pg = env.env_database("MASTHEAD_X", "")
    assert pg["ENGINE"] == "django.db.backends.postgresql"
    assert (pg["HOST"], pg["PORT"], pg["NAME"], pg["USER"]) == (
        "db.internal",
        5433,
        "masthead",
        "news",
    )
