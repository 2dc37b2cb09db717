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


def phase_at(campaign: Campaign, moment: dt.datetime | dt.date | None = None) -> Phase | None:
    """The phase of ``campaign`` at a moment (local date in Asia/Shanghai)."""
    if moment is None:
        moment = timezone.now()
    day = timezone.localdate(moment) if isinstance(moment, dt.datetime) else moment
    return campaign.phase_on(day)
