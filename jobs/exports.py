"""What ``jobs`` keeps about a person (applications and their history), for the export."""

from __future__ import annotations

from typing import Any

from jobs.models import Application
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
