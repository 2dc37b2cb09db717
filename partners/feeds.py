"""What partners may read: published postings (with tombstones), companies, live sessions and
events, each with the partner's own attribution link where a visitor is sent to us."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.db.models import Q, QuerySet
from django.utils import timezone

from booking.models import Event
from campaigns.models import Phase
from directory.models import Organisation
from jobs.models import JobPosting
from livestream.models import LiveSession
from qr.models import ShortLink
from qr.services.links import link_for, link_for_event

SHANGHAI = ZoneInfo("Asia/Shanghai")

# Postings a partner once received and must now remove carry these states in a tombstone.
TOMBSTONE_STATES = [
    JobPosting.Status.CLOSED,
    JobPosting.Status.EXPIRED,
    JobPosting.Status.REJECTED,
    JobPosting.Status.PENDING,  # withdrawn: back in review after an edit or students' reports
    JobPosting.Status.CHANGES,
    JobPosting.Status.DRAFT,
]


def postings(updated_since: dt.datetime | None) -> QuerySet[JobPosting]:
    """Without ``updated_since``: every posting students may see. With it: every posting changed
    since then that was ever published, visible or not (the invisible ones become tombstones)."""
    queryset = JobPosting.objects.select_related("company", "region", "region__parent", "campaign").defer(
        "search_document",
        "search_tokens",  # large, and only for search
    )
    if updated_since is None:
        return queryset.visible_to_students()
    return queryset.filter(updated_at__gte=updated_since, published_at__isnull=False)


def is_visible(job: JobPosting, today: dt.date | None = None) -> bool:
    """``JobPostingQuerySet.visible_to_students`` for one loaded row (the same two conditions)."""
    today = today or timezone.localdate()
    return job.status == JobPosting.Status.PUBLISHED and (job.expires_on is None or job.expires_on >= today)


def field_codes(jobs: list[JobPosting]) -> dict[int, list[str]]:
    """Each posting's field codes in one query (prefetching would build a queryset per posting)."""
    codes: dict[int, list[str]] = {job.pk: [] for job in jobs}
    through = JobPosting.fields.through
    for job_id, code in through.objects.filter(jobposting_id__in=list(codes)).values_list(
        "jobposting_id", "industry_id"
    ):
        codes[job_id].append(code)
    return {job_id: sorted(found) for job_id, found in codes.items()}


def phase_names(jobs: list[JobPosting]) -> dict[int, str | None]:
    """Each posting's phase by its publication date, reading each campaign's phases once."""
    phases: dict[int, list[Phase]] = {}
    for phase in Phase.objects.filter(campaign_id__in={job.campaign_id for job in jobs}):
        phases.setdefault(phase.campaign_id, []).append(phase)
    names: dict[int, str | None] = {}
    for job in jobs:
        names[job.pk] = None
        if job.published_at is not None:
            day = job.published_at.astimezone(SHANGHAI).date()
            for phase in phases.get(job.campaign_id, []):
                if phase.starts_on <= day <= phase.ends_on:
                    names[job.pk] = phase.name
                    break
    return names


def phase_name(job: JobPosting) -> str | None:
    if job.published_at is None:
        return None
    phase = job.campaign.phase_on(job.published_at.astimezone(SHANGHAI).date())
    return phase.name if phase else None


def companies() -> QuerySet[Organisation]:
    """Verified companies; ``specialised`` is the 专精特新 mark."""
    return Organisation.objects.filter(
        kind=Organisation.Kind.COMPANY, verification=Organisation.Verification.VERIFIED
    ).select_related("region", "industry")


def sessions() -> QuerySet[LiveSession]:
    return LiveSession.objects.select_related("company", "campaign", "co_host").prefetch_related("jobs")


def events() -> QuerySet[Event]:
    return Event.objects.filter(status=Event.Status.APPROVED).select_related(
        "organiser", "university", "campaign"
    )


def session_link(session: LiveSession, partner: Organisation) -> ShortLink:
    """The partner's own short link to the session: viewers who follow it are credited to it."""
    return link_for(session.campaign, partner, ShortLink.Purpose.LIVE, f"/live/{session.pk}/", session.title)


def event_link(event: Event, partner: Organisation) -> ShortLink:
    return link_for_event(event, partner)


def changed_filter(field: str, since: dt.datetime | None) -> Q:
    return Q(**{f"{field}__gte": since}) if since else Q()
