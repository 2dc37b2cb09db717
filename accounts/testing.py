"""Test helpers for signing in (used by the root ``conftest.py``; not imported by the product).

``Client.login(username=..., password=...)`` calls ``authenticate()`` without a request, which
django-axes refuses (it counts failures per client address). ``login_with_request`` gives it an
empty request, so the existing tests' password logins keep working and still go through axes.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.test.client import ClientMixin

_original_login = ClientMixin.login


def login_with_request(self: ClientMixin, **credentials: Any) -> bool:
    credentials.setdefault("request", HttpRequest())
    return _original_login(self, **credentials)


def install() -> None:
    ClientMixin.login = login_with_request  # type: ignore[method-assign]
