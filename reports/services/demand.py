"""Regional key-industry demand (四(三)): postings and head-count by region and field over time,
talent supply against demand, and live-session performance, for one campaign phase.

Everything is a grouped aggregate: the dashboard costs the same number of queries for a city
or for the whole country. Regions are grouped one level below the viewer's scope: provinces
nationwide, cities (and the province itself) inside a province."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django.db.models import Count, F, Max, Q, QuerySet, Sum
from django.db.models.functions import Coalesce, TruncWeek

from accounts.models import GraduateProfile
from campaigns.models import Phase
from directory.models import Industry, Region
from jobs.models import Application, JobPosting
from livestream.models import LiveSession
from reports.services.figures import HELD_STATES, PUBLISHED_STATES
from reports.services.scope import region_codes
from reports.services.weeks import SHANGHAI, start_of_day

# A row of a grouped query (``.values(...).annotate(...)``): column name to value.
Row = Mapping[str, Any]

TOP_MAJORS = 12
TOP_SESSIONS = 10


@dataclass(frozen=True)
class Scope:
    phase: Phase
    region: Region | None

    @property
    def starts(self):
        return start_of_day(self.phase.starts_on)

    @property
    def ends(self):
        return start_of_day(self.phase.ends_on + dt.timedelta(days=1))

    @cached_property
    def codes(self) -> list[str] | None:
        return region_codes(self.region)

    def bucket(self, prefix: str = "") -> Any:
        """The grouping key for a region field: its province nationwide, the region itself below."""
        if self.region is None:
            return Coalesce(F(f"{prefix}region__parent_id"), F(f"{prefix}region_id"))
        return F(f"{prefix}region_id")


def _jobs(scope: Scope) -> QuerySet[JobPosting]:
    jobs = JobPosting.objects.filter(
        campaign_id=scope.phase.campaign_id,
        status__in=PUBLISHED_STATES,
        published_at__gte=scope.starts,
        published_at__lt=scope.ends,
    )
    codes = scope.codes
    return jobs if codes is None else jobs.filter(region_id__in=codes)


def demand_by_region(scope: Scope) -> list[Row]:
    rows = (
        _jobs(scope)
        .annotate(bucket=scope.bucket())
        .values("bucket")
        .annotate(postings=Count("id"), headcount=Sum("headcount"))
        .order_by("-headcount")
    )
    return list(rows)


def demand_by_field(scope: Scope) -> list[Row]:
    """Postings and head-count per field (a posting tagged with two fields counts in both)."""
    through = JobPosting.fields.through
    return list(
        through.objects.filter(jobposting__in=_jobs(scope))
        .values("industry_id")
        .annotate(postings=Count("jobposting_id"), headcount=Sum("jobposting__headcount"))
        .order_by("-headcount")
    )


def demand_over_time(scope: Scope) -> list[Row]:
    """Head-count per Shanghai week and field."""
    through = JobPosting.fields.through
    return list(
        through.objects.filter(jobposting__in=_jobs(scope))
        .annotate(week=TruncWeek("jobposting__published_at", tzinfo=SHANGHAI))
        .values("week", "industry_id")  # type: ignore[misc]  # the plugin does not see annotations on an auto-created through model
        .annotate(headcount=Sum("jobposting__headcount"), postings=Count("jobposting_id"))
        .order_by("week")
    )


def _seekers(scope: Scope) -> QuerySet:
    through = GraduateProfile.preferred_regions.through
    rows = through.objects.filter(graduateprofile__seeking_employment=True)
    codes = scope.codes
    return rows if codes is None else rows.filter(region_id__in=codes)


def supply_by_region(scope: Scope) -> list[Row]:
    """Graduates looking for work who named a region (grouped like demand) as preferred."""
    return list(
        _seekers(scope)
        .annotate(bucket=scope.bucket())
        .values("bucket")
        .annotate(graduates=Count("graduateprofile_id", distinct=True))
    )


def supply_by_major(scope: Scope) -> list[Row]:
    """The most common majors (and degrees) among those graduates."""
    profiles = GraduateProfile.objects.filter(
        seeking_employment=True, pk__in=_seekers(scope).values("graduateprofile_id")
    )
    return list(
        profiles.values("major", "degree")
        .annotate(graduates=Count("id"))
        .order_by("-graduates", "major")[:TOP_MAJORS]
    )


def sessions(scope: Scope) -> QuerySet[LiveSession]:
    found = LiveSession.objects.filter(
        campaign_id=scope.phase.campaign_id,
        state__in=HELD_STATES,
        starts_at__gte=scope.starts,
        starts_at__lt=scope.ends,
    )
    codes = scope.codes
    return found if codes is None else found.filter(company__region_id__in=codes)


def live_performance(scope: Scope) -> dict[str, Any]:
    weekly = list(
        sessions(scope)
        .annotate(week=TruncWeek("starts_at", tzinfo=SHANGHAI))
        .values("week")
        .annotate(count=Count("id"), unique=Sum("unique_viewers"), peak=Max("peak_viewers"))
        .order_by("week")
    )
    live_refs = Q(source=Application.Source.LIVE, created_at__gte=scope.starts, created_at__lt=scope.ends)
    codes = scope.codes
    applications = Application.objects.filter(live_refs, campaign_id=scope.phase.campaign_id)
    if codes is not None:
        applications = applications.filter(job__region_id__in=codes)
    top = list(
        sessions(scope).select_related("company").order_by("-unique_viewers", "-peak_viewers")[:TOP_SESSIONS]
    )
    return {"weekly": weekly, "applications": applications.count(), "top": top}


def dashboard(scope: Scope) -> dict[str, Any]:
    """Everything the page and its charts show, as plain values (JSON-ready where charted)."""
    by_region = demand_by_region(scope)
    supply = {row["bucket"]: row["graduates"] for row in supply_by_region(scope)}
    codes = {row["bucket"] for row in by_region} | set(supply)
    names = {r.code: r.name for r in Region.objects.filter(code__in=codes)}
    industries = {i.code: i for i in Industry.objects.all()}
    by_field = demand_by_field(scope)
    over_time = demand_over_time(scope)
    live = live_performance(scope)
    regions = sorted(
        codes, key=lambda code: -next((r["headcount"] for r in by_region if r["bucket"] == code), 0)
    )
    demand = {row["bucket"]: row for row in by_region}
    weeks = sorted({row["week"].date() for row in over_time})
    emerging = [code for code, i in industries.items() if i.emerging]
    series: dict[str, dict[dt.date, int]] = {}
    for row in over_time:
        code = row["industry_id"] if row["industry_id"] in emerging else "other"
        series.setdefault(code, dict.fromkeys(weeks, 0))[row["week"].date()] += row["headcount"] or 0
    region_rows = [
        {
            "code": code,
            "name": names.get(code, code),
            "postings": demand.get(code, {}).get("postings", 0),
            "headcount": demand.get(code, {}).get("headcount", 0) or 0,
            "graduates": supply.get(code, 0),
        }
        for code in regions
    ]
    return {
        "regions": region_rows,
        "fields": [
            {
                "code": row["industry_id"],
                "name": industries[row["industry_id"]].label,
                "emerging": industries[row["industry_id"]].emerging,
                "postings": row["postings"],
                "headcount": row["headcount"] or 0,
            }
            for row in by_field
        ],
        "majors": [
            {**row, "degree": GraduateProfile.Degree(row["degree"]).label if row["degree"] else ""}
            for row in supply_by_major(scope)
        ],
        "live": live,
        "charts": {
            "regions": {
                "labels": [row["name"] for row in region_rows],
                "headcount": [row["headcount"] for row in region_rows],
                "postings": [row["postings"] for row in region_rows],
                "graduates": [row["graduates"] for row in region_rows],
            },
            "over_time": {
                "labels": [week.isoformat() for week in weeks],
                "series": [
                    {
                        "label": industries[code].label if code in industries else "other",
                        "data": [series[code][week] for week in weeks],
                    }
                    for code in series
                ],
            },
            "live": {
                "labels": [row["week"].date().isoformat() for row in live["weekly"]],
                "sessions": [row["count"] for row in live["weekly"]],
                "unique": [row["unique"] or 0 for row in live["weekly"]],
                "peak": [row["peak"] or 0 for row in live["weekly"]],
            },
        },
        "totals": {
            "postings": sum(row["postings"] for row in region_rows),
            "headcount": sum(row["headcount"] for row in region_rows),
            "graduates": sum(supply.values()),
        },
    }
