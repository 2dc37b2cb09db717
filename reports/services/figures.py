"""Attachment 3 figures computed from the data: a bounded number of aggregate queries per unit.

Every count is made once for the phase so far (phase start to the week's end) with the week's
part as a filtered aggregate of the same query, so a return costs the same handful of queries
whatever the size of the region. Definitions (also on the return page and in docs/operations.md):

* companies: distinct companies with a posting published, a live session held or an offline event
  organised in the period;
* postings / head-count: postings first published in the period (still published, closed or expired);
* events: live sessions that went live or ended, approved campus sessions, visits and fairs,
  by their start;
* viewers: the highest peak of one session, and the sum of sessions' unique viewers;
* applications: made in the period; interviews / offers / hires: applications moved to interview,
  to offer or hired, or to hired, in the period (each application once per period): the
  recruiter's status changes, an offer made in the offers app and the student accepting it;
* intern places / nights: confirmed internship placements under way in the period, and the nights
  of free accommodation their companies recorded as actually used (see internships.services.figures).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Max, Q, QuerySet, Sum

from booking.models import Event
from directory.models import Organisation
from internships.models import Placement
from internships.services.figures import intern_figures
from jobs.models import Application, ApplicationEvent, JobPosting
from livestream.models import LiveSession
from partners.inbound import reported_figures
from qr import attribution
from qr.models import LinkDailyCount
from reports.columns import FIGURE_KEYS
from reports.services.scope import DEPARTMENT_KINDS, region_codes
from reports.services.weeks import Week, local_date, monday_of

Figures = dict[str, dict[str, int | None]]

PUBLISHED_STATES = [JobPosting.Status.PUBLISHED, JobPosting.Status.CLOSED, JobPosting.Status.EXPIRED]
HELD_STATES = [LiveSession.State.LIVE, LiveSession.State.ENDED]
OFFER_STATES = [Application.Status.OFFER, Application.Status.HIRED]
EVENT_KINDS = {
    "events_campus": Event.Kind.CAMPUS,
    "events_visit": Event.Kind.VISIT,
    "events_fair": Event.Kind.FAIR,
}


@dataclass(frozen=True)
class Period:
    week: Week

    def range(self, field: str) -> Q:
        """Phase start (inclusive) to the week's end (exclusive)."""
        return Q(**{f"{field}__gte": self.week.phase_starts, f"{field}__lt": self.week.ends})

    def in_week(self, field: str) -> Q:
        return Q(**{f"{field}__gte": self.week.starts})


def _pair(values: dict[str, Any], name: str) -> tuple[int, int]:
    return values[f"{name}_w"] or 0, values[f"{name}_c"] or 0


def empty() -> Figures:
    return {"week": dict.fromkeys(FIGURE_KEYS, 0), "cumulative": dict.fromkeys(FIGURE_KEYS, 0)}


def compute(unit: Organisation, week: Week) -> Figures:
    """The figures of ``unit``'s Attachment 3 for ``week`` (see the module docstring)."""
    if unit.kind == Organisation.Kind.PARTNER_PLATFORM:
        return _partner(unit, week)
    period = Period(week)
    campaign_id = week.phase.campaign_id
    if unit.kind in DEPARTMENT_KINDS:
        codes = region_codes(unit.region)
        jobs = _regional(JobPosting.objects.all(), "region_id", codes)
        sessions = _regional(LiveSession.objects.all(), "company__region_id", codes)
        events = Event.objects.all()
        if codes is not None:
            events = events.filter(
                Q(university__region_id__in=codes)
                | Q(university__isnull=True, organiser__region_id__in=codes)
            )
        applications = _regional(Application.objects.all(), "job__region_id", codes)
        placements = _regional(Placement.objects.all(), "application__job__region_id", codes)
    elif unit.kind == Organisation.Kind.UNIVERSITY:
        sessions = LiveSession.objects.filter(co_host=unit)
        events = Event.objects.filter(university=unit)
        held_sessions = sessions.filter(campaign_id=campaign_id, state__in=HELD_STATES).filter(
            period.range("starts_at")
        )
        held_events = events.filter(campaign_id=campaign_id, status=Event.Status.APPROVED).filter(
            period.range("starts_at")
        )
        jobs = JobPosting.objects.filter(
            Q(company__in=held_sessions.values("company_id"))
            | Q(company__in=held_events.values("organiser_id"))
        )
        applications = Application.objects.filter(profile__university=unit)
        placements = Placement.objects.filter(university=unit)
    else:
        raise ValueError(f"{unit.kind} does not file Attachment 3")
    figures = empty()
    _postings(figures, jobs.filter(campaign_id=campaign_id), period)
    _sessions(figures, sessions.filter(campaign_id=campaign_id), period)
    _events(figures, events.filter(campaign_id=campaign_id), period)
    _companies(figures, jobs.filter(campaign_id=campaign_id), sessions, events, campaign_id, period)
    _applications(figures, applications.filter(campaign_id=campaign_id), period)
    _internships(figures, placements.filter(application__campaign_id=campaign_id), week)
    figures["week"]["events_online"] = figures["cumulative"]["events_online"] = None
    return figures


def _regional(queryset: QuerySet, field: str, codes: list[str] | None) -> QuerySet:
    return queryset if codes is None else queryset.filter(**{f"{field}__in": codes})


def _set(figures: Figures, key: str, pair: tuple[int, int]) -> None:
    figures["week"][key], figures["cumulative"][key] = pair


def _published(jobs: QuerySet, period: Period) -> QuerySet:
    return jobs.filter(period.range("published_at"), status__in=PUBLISHED_STATES)


def _postings(figures: Figures, jobs: QuerySet, period: Period) -> None:
    week = period.in_week("published_at")
    values = _published(jobs, period).aggregate(
        postings_w=Count("id", filter=week),
        postings_c=Count("id"),
        headcount_w=Sum("headcount", filter=week),
        headcount_c=Sum("headcount"),
    )
    _set(figures, "postings", _pair(values, "postings"))
    _set(figures, "headcount", _pair(values, "headcount"))


def _held(sessions: QuerySet, period: Period) -> QuerySet:
    return sessions.filter(period.range("starts_at"), state__in=HELD_STATES)


def _sessions(figures: Figures, sessions: QuerySet, period: Period) -> None:
    week = period.in_week("starts_at")
    values = _held(sessions, period).aggregate(
        live_w=Count("id", filter=week),
        live_c=Count("id"),
        peak_w=Max("peak_viewers", filter=week),
        peak_c=Max("peak_viewers"),
        unique_w=Sum("unique_viewers", filter=week),
        unique_c=Sum("unique_viewers"),
    )
    _set(figures, "events_live", _pair(values, "live"))
    _set(figures, "viewers_peak", _pair(values, "peak"))
    _set(figures, "viewers_unique", _pair(values, "unique"))


def _approved(events: QuerySet, period: Period) -> QuerySet:
    return events.filter(period.range("starts_at"), status=Event.Status.APPROVED)


def _events(figures: Figures, events: QuerySet, period: Period) -> None:
    week = period.in_week("starts_at")
    aggregates = {}
    for key, kind in EVENT_KINDS.items():
        aggregates[f"{key}_w"] = Count("id", filter=week & Q(kind=kind))
        aggregates[f"{key}_c"] = Count("id", filter=Q(kind=kind))
    values = _approved(events, period).aggregate(**aggregates)
    for key in EVENT_KINDS:
        _set(figures, key, _pair(values, key))


def _companies(
    figures: Figures, jobs: QuerySet, sessions: QuerySet, events: QuerySet, campaign_id: int, period: Period
) -> None:
    """Distinct companies over postings, live sessions and offline events: one UNION count per period."""
    held = _held(sessions.filter(campaign_id=campaign_id), period)
    organised = _approved(events.filter(campaign_id=campaign_id), period).filter(
        organiser__kind=Organisation.Kind.COMPANY
    )
    published = _published(jobs, period)

    def count(extra: dict[str, Q]) -> int:
        parts = [
            published.filter(extra.get("published_at", Q())).order_by().values("company_id"),
            held.filter(extra.get("starts_at", Q())).order_by().values("company_id"),
            organised.filter(extra.get("starts_at", Q())).order_by().values("organiser_id"),
        ]
        return parts[0].union(*parts[1:]).count()

    week = {"published_at": period.in_week("published_at"), "starts_at": period.in_week("starts_at")}
    _set(figures, "companies", (count(week), count({})))


def _applications(figures: Figures, applications: QuerySet, period: Period) -> None:
    week = period.in_week("created_at")
    values = applications.filter(period.range("created_at")).aggregate(
        applications_w=Count("id", filter=week), applications_c=Count("id")
    )
    _set(figures, "applications", _pair(values, "applications"))
    week = period.in_week("at")
    interview, offer = Q(status=Application.Status.INTERVIEW), Q(status__in=OFFER_STATES)
    hire = Q(status=Application.Status.HIRED)
    steps = ApplicationEvent.objects.filter(
        period.range("at"), application__in=applications.values("id"), status__in=[*OFFER_STATES, "interview"]
    ).aggregate(
        interviews_w=Count("application_id", distinct=True, filter=week & interview),
        interviews_c=Count("application_id", distinct=True, filter=interview),
        offers_w=Count("application_id", distinct=True, filter=week & offer),
        offers_c=Count("application_id", distinct=True, filter=offer),
        hires_w=Count("application_id", distinct=True, filter=week & hire),
        hires_c=Count("application_id", distinct=True, filter=hire),
    )
    _set(figures, "interviews", _pair(steps, "interviews"))
    _set(figures, "offers", _pair(steps, "offers"))
    _set(figures, "hires", _pair(steps, "hires"))


def _internships(figures: Figures, placements: QuerySet, week: Week) -> None:
    values = intern_figures(
        placements,
        since=week.phase.starts_on,
        week_first=week.starts.date(),
        week_last=(week.ends - dt.timedelta(days=1)).date(),
    )
    _set(figures, "intern_places", (values.places_week, values.places_total))
    _set(figures, "intern_nights", (values.nights_week, values.nights_total))


def _partner(unit: Organisation, week: Week) -> Figures:
    """What the partner's campaign links brought in; the rest of its activity is on its own site."""
    first, last = week.phase_starts.date(), week.ends.date()
    in_week = Q(day__gte=week.starts.date())
    viewer, application = Q(metric=attribution.VIEWER), Q(metric=attribution.APPLICATION)
    values = LinkDailyCount.objects.filter(
        link__organisation=unit, link__campaign_id=week.phase.campaign_id, day__gte=first, day__lt=last
    ).aggregate(
        viewers_w=Sum("count", filter=in_week & viewer),
        viewers_c=Sum("count", filter=viewer),
        applications_w=Sum("count", filter=in_week & application),
        applications_c=Sum("count", filter=application),
    )
    figures: Figures = {
        "week": dict.fromkeys(FIGURE_KEYS, None),
        "cumulative": dict.fromkeys(FIGURE_KEYS, None),
    }
    _set(figures, "viewers_unique", _pair(values, "viewers"))
    _set(figures, "applications", _pair(values, "applications"))
    _partner_reported(figures, unit, week)
    return figures


# What a partner reports of its own site (``partners``) and the figure it fills.
PARTNER_REPORTED = {"postings": "postings", "applications": "applications"}


def _partner_reported(figures: Figures, unit: Organisation, week: Week) -> None:
    """Add the partner's own weekly figures (sent through the partner API): postings and
    applications through its column fill those rows (applications add to what its links brought
    in here); registrations have no row and are kept beside them. The keys filled are listed in
    ``figures["partner_reported"]`` so pages and exports mark them."""
    reported = reported_figures(
        unit, week.phase.campaign_id, monday_of(local_date(week.phase_starts)), week.monday
    )
    if not reported:
        return
    this_week = [r for r in reported if r.week_start == week.monday]
    marks: dict[str, int | None] = {}
    for name, key in PARTNER_REPORTED.items():
        week_value = sum(getattr(r, name) for r in this_week)
        total = sum(getattr(r, name) for r in reported)
        for part, value in (("week", week_value), ("cumulative", total)):
            figures[part][key] = (figures[part].get(key) or 0) + value
        marks[key] = 1
    figures["partner_reported"] = marks
    figures["registrations"] = {
        "week": sum(r.registrations for r in this_week),
        "cumulative": sum(r.registrations for r in reported),
    }
