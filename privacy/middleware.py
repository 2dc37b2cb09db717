"""Asks a signed-in person to agree to the notice in force before anything else (a new version
asks again). The consent page, sign-out, static files and the admin's own login are let through."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from privacy import services

EXEMPT_PREFIXES = ("/static/", "/metrics", "/i18n/", "/privacy/", "/accounts/logout/", "/healthz")


class ConsentMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(EXEMPT_PREFIXES)
            and services.needs_consent(user) is not None
        ):
            return redirect(f"{reverse('privacy:consent')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
