"""Errors of the partner API as one JSON shape: ``{"error": code, "detail": message, "fields": …}``."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_handler

from events_server.errors import DomainError


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DomainError):
        body: dict[str, Any] = {"error": exc.code, "detail": str(exc.message)}
        if exc.field:
            body["fields"] = {exc.field: [str(exc.message)]}
        return Response(body, status=exc.status_code)
    if isinstance(exc, (Http404, ObjectDoesNotExist)):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response
    if isinstance(exc, exceptions.ValidationError):
        fields = flatten(exc.detail)
        response.data = {"error": "invalid", "detail": "Some fields are not valid.", "fields": fields}
    else:
        codes = exc.get_codes()
        response.data = {
            "error": codes if isinstance(codes, str) else exc.default_code,
            "detail": str(exc.detail),
        }
    return response


def flatten(detail: Any, path: str = "") -> dict[str, list[str]]:
    """DRF's nested errors (``{"events": {"4": ["…"]}}``) as ``{"events.4": ["…"]}``: one list of
    messages per field path, as the document says."""
    found: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            found.update(flatten(value, f"{path}.{key}" if path else str(key)))
    elif isinstance(detail, list) and all(not isinstance(item, (dict, list)) for item in detail):
        found[path or "non_field_errors"] = [str(item) for item in detail]
    elif isinstance(detail, list):
        for index, item in enumerate(detail):
            found.update(flatten(item, f"{path}.{index}" if path else str(index)))
    else:
        found[path or "non_field_errors"] = [str(detail)]
    return found
