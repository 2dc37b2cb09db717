"""Intern places and accommodation actually used, per week: the Attachment 3 figures of internships.

* intern places: confirmed placements (under way, completed or ended early) whose days overlap the
  period — for an early end, up to the day it ended;
* accommodation nights: the nights the companies recorded as actually used, by the week's Monday
  (not the nights promised by the posting's accommodation flag).

Callers pass the placements in their unit's scope; the figures cost one aggregate query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce

from internships.models import Placement

CONFIRMED = (Placement.State.ACTIVE, Placement.State.COMPLETED, Placement.State.ENDED_EARLY)


@dataclass(frozen=True)
class InternFigures:
    places_week: int
    places_total: int
    nights_week: int
    nights_total: int


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def intern_figures(
    placements: QuerySet[Placement], *, since: dt.date, week_first: dt.date, week_last: dt.date
) -> InternFigures:
    """Figures for the days ``week_first``–``week_last`` and for ``since``–``week_last`` (inclusive).

    Nights are recorded per week, so they count by the Monday of the week they were recorded for.
    A placement has nights only for its own weeks, so the placements of the period carry all of them."""
    week_monday, nights = monday_of(week_first), "accommodation_weeks__"
    values = (
        placements.filter(state__in=CONFIRMED, starts_on__lte=week_last)
        .annotate(last=Coalesce("ended_on", "ends_on"))
        .filter(last__gte=since)
        .aggregate(
            places_week=Count("id", distinct=True, filter=Q(last__gte=week_first)),
            places_total=Count("id", distinct=True),
            nights_week=Sum(f"{nights}nights", filter=Q(**{f"{nights}week": week_monday})),
            nights_total=Sum(
                f"{nights}nights",
                filter=Q(**{f"{nights}week__gte": monday_of(since), f"{nights}week__lte": week_monday}),
            ),
        )
    )
    return InternFigures(**{name: value or 0 for name, value in values.items()})


def weekly_rows(
    placements: QuerySet[Placement], mondays: list[dt.date]
) -> list[tuple[dt.date, InternFigures]]:
    """Each week's figures (Monday to Sunday), newest first as given."""
    return [
        (
            monday,
            intern_figures(
                placements, since=monday, week_first=monday, week_last=monday + dt.timedelta(days=6)
            ),
        )
        for monday in mondays
    ]
