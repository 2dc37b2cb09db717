"""Settings come from the environment and refuse unsafe production values."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from events_server.env import env_bool, env_int, env_ints, env_list

ROOT = Path(__file__).resolve().parent.parent


def run_check(*args, **env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE"} and not k.startswith("SECURE_")
    }
    clean.update(env)
    return subprocess.run(  # noqa: S603 - our own manage.py with a fixed argument list
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_on_the_default_secret():
    result = run_check(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = run_check(
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="false",
        SECRET_KEY="x" * 20 + "a-long-random-production-secret-0123456789",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_env_helpers_read_typed_values_and_reject_garbage(monkeypatch):
    monkeypatch.setenv("X_BOOL", "yes")
    monkeypatch.setenv("X_INT", "12")
    monkeypatch.setenv("X_LIST", "a.example, b.example")
    assert env_bool("X_BOOL", False) is True
    assert env_int("X_INT", 0) == 12
    assert env_list("X_LIST", []) == ["a.example", "b.example"]
    monkeypatch.setenv("X_BOOL", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env_bool("X_BOOL", False)
    monkeypatch.setenv("X_INT", "twelve")
    with pytest.raises(ImproperlyConfigured):
        env_int("X_INT", 0)
    monkeypatch.setenv("X_INTS", "100000,50,1000")
    assert env_ints("X_INTS", [], count=3) == [100000, 50, 1000]
    for garbage in ("100000,50", "a,b,c", "1,-2,3"):
        monkeypatch.setenv("X_INTS", garbage)
        with pytest.raises(ImproperlyConfigured):
            env_ints("X_INTS", [], count=3)


def test_pages_carry_a_content_security_policy_without_inline_scripts(client, db):
    policy = client.get("/healthz")["Content-Security-Policy"]
    script_src = policy.split("script-src")[1].split(";")[0]
    assert script_src.strip() == "'self'"
    assert "frame-ancestors 'none'" in policy


def test_every_variable_the_settings_read_is_in_the_env_example():
    """Operators configure from .env.example: nothing the settings read may be missing there."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    source = (root / "events_server" / "settings.py").read_text()
    read = set(re.findall(r'env_(?:str|bool|int|list|ints)\(\s*"([A-Z0-9_]+)"', source))
    documented = set(re.findall(r"^([A-Z0-9_]+)=", (root / ".env.example").read_text(), re.MULTILINE))
    assert len(read) > 30
    assert read <= documented, f"missing from .env.example: {sorted(read - documented)}"
