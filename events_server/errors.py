"""Domain errors: business rules fail with a message meant for the user.

Services raise ``DomainError`` (or a subclass); views may catch it to re-render
a form, and anything that escapes is turned into a 4xx page or JSON body here,
in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise


class DomainError(Exception):
    """The one root of the errors a user is shown: ``code`` for machines, ``message`` for people,
    ``status_code`` for HTTP and ``template`` for the page (``DomainErrorMiddleware`` below is the
    one place that turns any of them into a response)."""

    status_code = 400
    code = "invalid"
    template = "frontend/error.html"

    def __init__(
        self, message: str | StrPromise, *, field: str | None = None, status: int | None = None
    ) -> None:
        super().__init__(message)
        self.message = str(message)
        self.field = field
        if status is not None:
            self.status_code = status


class NotAllowed(DomainError):
    status_code = 403
    code = "forbidden"


class Conflict(DomainError):
    status_code = 409
    code = "conflict"


def _wants_json(request: HttpRequest) -> bool:
    return request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", "")


class DomainErrorMiddleware:
    """Turns a ``DomainError`` into its page or JSON (sync-only, see ``events_server.handlers``)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, DomainError):
            return None
        if _wants_json(request):
            body = {"error": {"code": exception.code, "message": exception.message}}
            if exception.field:
                body["error"]["field"] = exception.field
            response: HttpResponse = JsonResponse(body, status=exception.status_code)
        else:
            response = render(
                request,
                exception.template,
                {"message": exception.message, "error": exception},
                status=exception.status_code,
            )
        add_never_cache_headers(response)  # an error says how things stand now (a link may come back on)
        return response
