"""What ``jobs`` keeps about a person (applications and their history): export and erasure."""

from __future__ import annotations

from typing import Any

from jobs.models import Application
from privacy.erasure import register_eraser
from privacy.exports import Section, register, rows


def applications(user: Any) -> Section:
    found = (
        Application.objects.filter(student=user)
        .select_related("job", "job__company", "campaign")
        .prefetch_related("events")
        .order_by("created_at")
    )
    data = []
    for application, row in zip(
        found,
        rows(
            found,
            [
                "id",
                "campaign",
                "job__title",
                "job__company__name",
                "status",
                "source",
                "note",
                "created_at",
                "updated_at",
            ],
        ),
        strict=True,
    ):
        row["history"] = rows(application.events.all(), ["status", "at"])
        data.append(row)
    return Section(data)


register("applications", applications)


def erase_applications(user: Any) -> dict[str, int]:
    """Applications stay as anonymous rows (the weekly returns count them); the note is erased."""
    return {"application_notes": Application.objects.filter(student=user).exclude(note="").update(note="")}


register_eraser("applications", erase_applications)
