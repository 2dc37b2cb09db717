"""The request type of views that only signed-in users reach (``login_required`` or
``role_required``): ``request.user`` is a ``User`` there, never ``AnonymousUser``."""

from __future__ import annotations

from django.http import HttpRequest

from accounts.models import User


class AuthenticatedRequest(HttpRequest):
    user: User
