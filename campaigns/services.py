"""Which campaign is current, and which phase a moment belongs to."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from campaigns.models import Campaign, Phase


def current_campaign() -> Campaign | None:
    """The campaign named by CAMPAIGN_SLUG, else the newest one."""
    campaigns = Campaign.objects.prefetch_related("phases")
    if settings.CAMPAIGN_SLUG:
        return campaigns.filter(slug=settings.CAMPAIGN_SLUG).first()
    return campaigns.first()


def next_phase(campaign: Campaign, day: dt.date | None = None) -> Phase | None:
    """The first phase starting after ``day`` (Shanghai date), if any."""
    day = day or timezone.localdate()
    return next((p for p in campaign.phases.all() if p.starts_on > day), None)


def phase_at(campaign: Campaign, moment: dt.datetime | dt.date | None = None) -> Phase | None:
    """The phase of ``campaign`` at a moment (local date in Asia/Shanghai)."""
    if moment is None:
        moment = timezone.now()
    day = timezone.localdate(moment) if isinstance(moment, dt.datetime) else moment
    return campaign.phase_on(day)
