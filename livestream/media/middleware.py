"""Media responses that any cache may share: no ``Vary``.

The locale middleware adds ``Vary: Accept-Language`` and the session middleware ``Vary: Cookie``
to every response; on an HLS file that makes nginx or a CDN keep one copy per language header and
cookie. A view marks such a response ``shared_cache = True``; this middleware, outside both, drops
the header."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class SharedCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(response, "shared_cache", False) and response.has_header("Vary"):
            del response["Vary"]
        return response
