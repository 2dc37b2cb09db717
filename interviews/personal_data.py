"""What ``interviews`` keeps about a person: the interviews of their applications (or the ones they
conducted) and the reasons they gave; export and erasure."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from interviews.models import Interview
from privacy.erasure import register_campaign_eraser, register_eraser
from privacy.exports import Section, register, rows


def interviews(user: Any) -> Section:
    found = (
        Interview.objects.filter(Q(application__student=user) | Q(recruiter=user))
        .select_related("application__job", "application__job__company")
        .order_by("created_at")
    )
    fields = [
        "id",
        "application__job__title",
        "application__job__company__name",
        "mode",
        "status",
        "starts_at",
        "ends_at",
        "venue",
        "address",
        "note",
        "reason",
        "created_at",
    ]
    return Section(rows(found, fields))


register("interviews", interviews)


def erase_reason_texts(found: QuerySet[Interview]) -> dict[str, int]:
    """Interviews stay (the company's records and the figures count them); the reasons written
    for their changes are erased."""
    return {"interview_reasons": found.exclude(reason="").update(reason="")}


def erase_reasons(user: Any) -> dict[str, int]:
    return erase_reason_texts(Interview.objects.filter(changed_by=user))


def erase_campaign(campaign: Any) -> dict[str, int]:
    """An ended campaign's interviews lose the reasons and the notes to the applicant."""
    found = Interview.objects.filter(application__campaign=campaign)
    return {**erase_reason_texts(found), "interview_notes": found.exclude(note="").update(note="")}


register_eraser("interviews", erase_reasons)
register_campaign_eraser("interviews", erase_campaign)
