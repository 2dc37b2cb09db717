"""Reporting weeks and deadlines, always in Asia/Shanghai whatever the process time zone.

A reporting week runs from Monday 00:00 to Sunday 24:00 Shanghai time; its Attachment 3 is due
the following Monday before 12:00. An event report is due by the end of the third Chinese
working day after the event's (Shanghai) end date, from the platform's working-day calendar
(``workcalendar``): while the year it reaches into has no official schedule, the due date is
counted on weekdays and provisional, and it moves when the schedule is entered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils import timezone

from campaigns.models import Campaign, Phase
from events_server.errors import DomainError
from workcalendar.services import days
from workcalendar.services.days import Calendar, WorkingDate

SHANGHAI = ZoneInfo("Asia/Shanghai")
WEEKLY_DUE_TIME = dt.time(12, 0)
EVENT_REPORT_WORKING_DAYS = 3


def local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(SHANGHAI).date()


def start_of_day(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=SHANGHAI)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class Week:
    """A reporting week inside one phase; ``starts``/``ends`` are the half-open instants of the
    week clipped to the phase, ``phase_starts`` where the cumulative figures begin."""

    monday: dt.date
    phase: Phase

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    @property
    def starts(self) -> dt.datetime:
        return start_of_day(max(self.monday, self.phase.starts_on))

    @property
    def ends(self) -> dt.datetime:
        return start_of_day(min(self.sunday, self.phase.ends_on) + dt.timedelta(days=1))

    @property
    def phase_starts(self) -> dt.datetime:
        return start_of_day(self.phase.starts_on)

    @property
    def due_at(self) -> dt.datetime:
        """Monday 12:00 Shanghai after the week."""
        return dt.datetime.combine(self.sunday + dt.timedelta(days=1), WEEKLY_DUE_TIME, tzinfo=SHANGHAI)

    def __str__(self) -> str:
        return f"{self.monday:%Y-%m-%d} – {self.sunday:%Y-%m-%d}"


class WeekError(DomainError, ValueError):
    """A date that is not the Monday of a reporting week (``returns.parse_week`` words it for people)."""

    code = "week"


def week_of(campaign: Campaign, monday: dt.date) -> Week:
    """The reporting week starting on ``monday``; it must be a Monday overlapping a phase."""
    if monday.weekday() != 0:
        raise WeekError("not a Monday")
    sunday = monday + dt.timedelta(days=6)
    for phase in campaign.phases.all():
        if phase.starts_on <= sunday and monday <= phase.ends_on:
            return Week(monday, phase)
    raise WeekError("outside the campaign's phases")


def reporting_weeks(campaign: Campaign, now: dt.datetime | None = None) -> list[Week]:
    """Every week of the phases that has ended by ``now`` (newest first): the ones a return is owed for."""
    today = local_date(now or timezone.now())
    weeks = []
    for phase in campaign.phases.all():
        monday = monday_of(phase.starts_on)
        while monday <= phase.ends_on and monday + dt.timedelta(days=7) <= today:
            weeks.append(Week(monday, phase))
            monday += dt.timedelta(days=7)
    return sorted(weeks, key=lambda week: week.monday, reverse=True)


def latest_due_week(campaign: Campaign, now: dt.datetime | None = None) -> Week | None:
    """The most recent week that has ended: the one returns are being filed for now."""
    weeks = reporting_weeks(campaign, now)
    return weeks[0] if weeks else None


def event_report_due(end_day: dt.date, calendar: Calendar | None = None) -> WorkingDate:
    """The last day an event report may be filed: three working days after the event's end date."""
    return (calendar or days.current()).add_working_days(end_day, EVENT_REPORT_WORKING_DAYS)


def event_report_deadline(ended_at: dt.datetime, calendar: Calendar | None = None) -> WorkingDate:
    return event_report_due(local_date(ended_at), calendar)
