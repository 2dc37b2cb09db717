"""What ``jobs`` keeps about a person (applications and their history): export and erasure."""

from __future__ import annotations

from typing import Any

from django.core.files.base import File
from django.db.models import QuerySet

from jobs.models import Application, ResumeRead
from privacy.erasure import destroy_file, register_campaign_eraser, register_eraser
from privacy.exports import Section, register, rows


def applications(user: Any) -> Section:
    found = (
        Application.objects.filter(student=user)
        .select_related("job", "job__company", "campaign")
        .prefetch_related("events")
        .order_by("created_at")
    )
    data = []
    files: list[tuple[str, File]] = []
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
        row["resume_sent"] = (application.resume.name or "").rsplit("/", 1)[-1]
        data.append(row)
        if application.resume:
            files.append((f"resume_sent/{application.pk}-{row['resume_sent']}", application.resume))
    return Section(data, files)


def resume_reads(user: Any) -> Section:
    reads = ResumeRead.objects.filter(application__student=user).select_related(
        "organisation", "application__job"
    )
    return Section(
        rows(reads, ["application__job__title", "organisation__name", "reader_role", "item", "at"])
    )


register("applications", applications)
register("resume_reads", resume_reads)


def erase_application_rows(found: QuerySet[Application]) -> dict[str, int]:
    """Applications stay as anonymous rows (the weekly returns count them); the note and the
    resume copies sent with them are erased."""
    files = sum(destroy_file(application.resume) for application in found.exclude(resume=""))
    found.exclude(resume="").update(resume="")
    return {"application_notes": found.exclude(note="").update(note=""), "resume_copies": files}


def erase_applications(user: Any) -> dict[str, int]:
    return erase_application_rows(Application.objects.filter(student=user))


def erase_campaign_applications(campaign: Any) -> dict[str, int]:
    return erase_application_rows(Application.objects.filter(campaign=campaign))


register_eraser("applications", erase_applications)
register_campaign_eraser("applications", erase_campaign_applications)
