"""What the campaign zone shows, gathered in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import F, Window
from django.db.models.functions import RowNumber

from campaigns.models import Campaign, CampaignOrganisation
from campaigns.services import next_phase, phase_at
from directory.models import Industry
from jobs.models import JobPosting
from jobs.services import public_jobs, zone_counters
from livestream.services import zone_sessions

FEATURED_PER_FIELD = 4


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
        .filter(rank__lte=per_field)
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


def zone_context(campaign: Campaign) -> dict[str, object]:
    partners = (
        CampaignOrganisation.objects.filter(campaign=campaign, role=CampaignOrganisation.Role.PARTNER)
        .select_related("organisation")
        .order_by("position")
    )
    organisers = (
        CampaignOrganisation.objects.filter(
            campaign=campaign,
            role__in=[CampaignOrganisation.Role.HOST, CampaignOrganisation.Role.ORGANISER],
        )
        .select_related("organisation")
        .order_by("role", "position")
    )
    return {
        "phases": list(campaign.phases.all()),
        "current_phase": phase_at(campaign),
        "next_phase": next_phase(campaign),
        "sessions": zone_sessions(campaign),
        "offline_events": list(upcoming_offline_events(campaign)),
        "featured": featured_jobs_by_field(campaign),
        "partners": list(partners),
        "organisers": list(organisers),
        "counters": zone_counters(campaign),
        "emerging_fields": list(Industry.objects.filter(emerging=True)),
    }
