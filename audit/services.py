"""Writing the audit log. Services call ``record`` inside their own transaction."""

from __future__ import annotations

from typing import Any

from django.db import models

from audit.models import AuditEntry


def snapshot(instance: models.Model, fields: list[str]) -> dict[str, Any]:
    """Plain JSON values of some fields, for the before/after columns."""
    values = {}
    for name in fields:
        value = getattr(instance, name)
        values[name] = value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
    return values


def record(
    action: str,
    *,
    actor: Any,
    obj: models.Model,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
    region_code: str = "",
) -> AuditEntry:
    """Append one entry; ``action`` is a dotted code such as ``review.posting.approved``."""
    return AuditEntry.objects.create(
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:200],
        region_code=region_code,
        before=before or {},
        after=after or {},
        reason=reason,
    )
