"""Errors of the partner API as one JSON shape: ``{"error": code, "detail": message, "fields": …}``."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_handler

from events_server.errors import DomainError


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DomainError):
        body: dict[str, Any] = {"error": exc.code, "detail": str(exc.message)}
        if exc.field:
            body["fields"] = {exc.field: [str(exc.message)]}
        return Response(body, status=exc.status_code)
    if isinstance(exc, ObjectDoesNotExist):
        exc = Http404()
    response = drf_handler(exc, context)
    if response is None:
        return None
    data = response.data
    if isinstance(exc, exceptions.ValidationError):
        response.data = {"error": "invalid", "detail": "Some fields are not valid.", "fields": data}
    elif isinstance(exc, exceptions.APIException):
        detail = data.get("detail", "") if isinstance(data, dict) else data
        response.data = {
            "error": exc.get_codes() if isinstance(exc.get_codes(), str) else "error",
            "detail": str(detail),
        }
    if response.status_code == status.HTTP_429_TOO_MANY_REQUESTS:
        response.data["error"] = "throttled"
    return response
