"""Keyset (cursor) pages: stable under inserts and changes, each page one indexed range query.

Feeds are ordered by ``(<field>, id)`` (``updated_at`` for postings, ``id`` alone elsewhere). The
cursor is opaque to clients: base64url of the last row's key."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from django.conf import settings
from django.db.models import Model, Q, QuerySet
from django.utils.dateparse import parse_datetime
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param


def encode(value: dt.datetime | None, pk: int) -> str:
    text = f"{value.isoformat() if value else ''}|{pk}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode(cursor: str) -> tuple[dt.datetime | None, int]:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        stamp, pk = text.split("|")
        value = parse_datetime(stamp) if stamp else None
        if (stamp and value is None) or (value is not None and value.tzinfo is None):
            raise ValueError
        number = int(pk)
        if not 0 <= number < 2**63:
            raise ValueError
        return value, number
    except (ValueError, UnicodeDecodeError):
        raise ValidationError({"cursor": ["Not a cursor this API gave out."]}) from None


def page_size(request: Request) -> int:
    raw = request.query_params.get("page_size")
    if raw is None:
        return int(settings.PARTNERS_API_PAGE_SIZE)
    try:
        size = int(raw)
    except ValueError:
        size = 0
    if not 1 <= size <= settings.PARTNERS_API_PAGE_MAX:
        raise ValidationError({"page_size": [f"Between 1 and {settings.PARTNERS_API_PAGE_MAX}."]})
    return size


class KeysetPagination(BasePagination):
    """``?cursor=`` from the previous page's ``next_cursor``; ``?page_size=`` up to the maximum."""

    def __init__(self, field: str | None = None) -> None:
        self.field = field  # None: by id only
        self.next_cursor: str | None = None
        self.request: Request | None = None

    def paginate_queryset(self, queryset: QuerySet[Any], request: Request, view: Any = None) -> list[Any]:
        self.request = request
        size = page_size(request)
        order = [self.field, "id"] if self.field else ["id"]
        cursor = request.query_params.get("cursor")
        if cursor:
            value, pk = decode(cursor)
            if self.field:
                if value is None:
                    raise ValidationError({"cursor": ["Not a cursor of this list."]})
                queryset = queryset.filter(
                    Q(**{f"{self.field}__gt": value}) | Q(**{self.field: value, "id__gt": pk})
                )
            else:
                if value is not None:
                    raise ValidationError({"cursor": ["Not a cursor of this list."]})
                queryset = queryset.filter(id__gt=pk)
        rows = list(queryset.order_by(*order)[: size + 1])
        page = rows[:size]
        self.next_cursor = None
        if len(rows) > size:
            last: Model = page[-1]
            self.next_cursor = encode(getattr(last, self.field) if self.field else None, int(last.pk))
        return page

    def next_link(self) -> str | None:
        if self.next_cursor is None or self.request is None:
            return None
        return replace_query_param(self.request.build_absolute_uri(), "cursor", self.next_cursor)

    def get_paginated_response(self, data: Any) -> Response:
        return Response({"results": data, "next_cursor": self.next_cursor, "next": self.next_link()})

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["results", "next_cursor", "next"],
            "properties": {
                "results": schema,
                "next_cursor": {"type": "string", "nullable": True},
                "next": {"type": "string", "format": "uri", "nullable": True},
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": "cursor",
                "in": "query",
                "required": False,
                "description": "The previous page's next_cursor.",
                "schema": {"type": "string"},
            },
            {
                "name": "page_size",
                "in": "query",
                "required": False,
                "description": f"Items per page, 1 to {settings.PARTNERS_API_PAGE_MAX}.",
                "schema": {"type": "integer", "minimum": 1, "maximum": settings.PARTNERS_API_PAGE_MAX},
            },
        ]
