"""Typed readers for settings that come from environment variables.

Each helper returns the default when the variable is unset or empty and raises
``ImproperlyConfigured`` when it is set to something it cannot read, so a typo
in a deployment stops the process instead of silently changing behaviour.
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, "") or default


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of {sorted(_TRUE | _FALSE)}, not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_ints(name: str, default: list[int], *, count: int) -> list[int]:
    """Exactly ``count`` comma-separated integers, e.g. ``GC_THRESHOLD=100000,50,1000``."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return list(default)
    try:
        values = [int(item) for item in raw.split(",")]
    except ValueError:
        values = []
    if len(values) != count or any(v < 0 for v in values):
        raise ImproperlyConfigured(
            f"{name} must be {count} non-negative integers separated by commas, not {raw!r}"
        )
    return values
