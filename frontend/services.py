"""What the campaign zone shows, gathered in a fixed number of queries."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F, Sum, Window
from django.db.models.functions import RowNumber

from campaigns.models import Campaign, CampaignOrganisation
from campaigns.services import next_phase, phase_at
from directory.models import Industry
from jobs.models import JobPosting
from jobs.services import public_jobs, zone_counters
from livestream.media.hls import replay_ready
from livestream.models import LiveSession
from livestream.services import zone_sessions

FEATURED_PER_FIELD = 4
ARCHIVE_SESSIONS = 60


@dataclass
class FieldJobs:
    industry: Industry
    jobs: list[JobPosting] = field(default_factory=list)


def featured_jobs_by_field(campaign: Campaign, per_field: int = FEATURED_PER_FIELD) -> list[FieldJobs]:
    """The newest public jobs of each emerging field, in one query over the tag table."""
    through = JobPosting.fields.through
    ranked = (
        through.objects.filter(
            jobposting__in=public_jobs().filter(campaign=campaign), industry__emerging=True
        )
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("industry_id")],
                order_by=[F("jobposting__published_at").desc(), F("jobposting_id").desc()],
            )
        )
        .filter(rank__lte=per_field)  # type: ignore[misc]  # the plugin does not see annotations on an auto-created through model
        .select_related("jobposting__company", "jobposting__region", "jobposting__region__parent")
    )
    groups = {i.code: FieldJobs(i) for i in Industry.objects.filter(emerging=True)}
    for row in ranked:
        groups[row.industry_id].jobs.append(row.jobposting)
    return list(groups.values())


def upcoming_offline_events(campaign: Campaign, count: int = 6):
    """The next confirmed campus sessions, company visits and fairs (四(四))."""
    from booking.services.events import upcoming

    return upcoming().filter(campaign=campaign)[:count]


def campaign_organisations(campaign: Campaign) -> dict[str, list[CampaignOrganisation]]:
    """The campaign's partner platforms (with their zones) and its hosts and organisers."""
    members = CampaignOrganisation.objects.filter(campaign=campaign).select_related("organisation")
    partners = members.filter(role=CampaignOrganisation.Role.PARTNER).order_by("position")
    organisers = members.filter(
        role__in=[CampaignOrganisation.Role.HOST, CampaignOrganisation.Role.ORGANISER]
    ).order_by("role", "position")
    return {"partners": list(partners), "organisers": list(organisers)}


def zone_context(campaign: Campaign) -> dict[str, object]:
    """What the zone shows. ``featured`` is a callable the template calls only when its section is
    not in the process's cache (``ZONE_FEATURED_CACHE_SECONDS``): the template keeps that section,
    a quarter of the page's queries and half its job cards, for a while."""
    return {
        "phases": list(campaign.phases.all()),
        "current_phase": phase_at(campaign),
        "next_phase": next_phase(campaign),
        "sessions": zone_sessions(campaign),
        "offline_events": list(upcoming_offline_events(campaign)),
        "featured": functools.partial(featured_jobs_by_field, campaign),
        "featured_cache_seconds": settings.ZONE_FEATURED_CACHE_SECONDS,
        **campaign_organisations(campaign),
        "counters": zone_counters(campaign),
    }


@dataclass
class ArchivedSession:
    session: LiveSession
    replay: bool


def archive_context(campaign: Campaign) -> dict[str, object]:
    """An earlier (or later) campaign's zone, read-only: its phases, its sessions with their
    replays, its published jobs and its organisations. Nothing here is the current campaign's."""
    sessions = (
        LiveSession.objects.filter(campaign=campaign)
        .exclude(state=LiveSession.State.SCHEDULED)
        .select_related("company", "co_host")
        .order_by("-starts_at")[:ARCHIVE_SESSIONS]
    )
    published = JobPosting.objects.filter(campaign=campaign, published_at__isnull=False).aggregate(
        jobs=Count("id"), headcount=Sum("headcount"), companies=Count("company", distinct=True)
    )
    return {
        "phases": list(campaign.phases.all()),
        **campaign_organisations(campaign),
        "published": {key: value or 0 for key, value in published.items()},
        "archived_sessions": [ArchivedSession(s, replay_ready(s.pk)) for s in sessions],
    }
