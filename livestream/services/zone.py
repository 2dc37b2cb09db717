from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone

from campaigns.models import Campaign
from livestream.models import LiveSession


def zone_sessions(campaign: Campaign, *, upcoming_limit: int = 6) -> dict[str, list[LiveSession]]:
    """Sessions live now and the next scheduled ones, for the campaign zone."""
    sessions: QuerySet[LiveSession] = LiveSession.objects.filter(campaign=campaign).select_related(
        "company", "co_host"
    )
    live = list(sessions.filter(state=LiveSession.State.LIVE).order_by("starts_at"))
    upcoming = list(
        sessions.filter(state=LiveSession.State.SCHEDULED, ends_at__gte=timezone.now()).order_by("starts_at")[
            :upcoming_limit
        ]
    )
    return {"live": live, "upcoming": upcoming}
