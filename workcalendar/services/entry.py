"""Entering a year's official schedule from the State Council notice (…部分节假日安排的通知)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.services import record
from events_server.errors import DomainError
from workcalendar.models import CalendarDay, CalendarYear
from workcalendar.services import days
from workcalendar.signals import official_year_entered

FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_HOLIDAY_DAYS = 40  # a year's statutory holidays with their weekends are about 30 days


@dataclass(frozen=True)
class HolidayRange:
    name: str
    first: dt.date
    last: dt.date

    def dates(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=i) for i in range((self.last - self.first).days + 1)]


def check_schedule(
    year: int, notice: str, holidays: Sequence[HolidayRange], working_days: Sequence[dt.date]
) -> days.YearSchedule:
    """The schedule as a ``YearSchedule``, or ``DomainError`` naming the first problem (zh-hans first)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DomainError(
            _("The year must be between %(first)d and %(last)d.") % {"first": FIRST_YEAR, "last": LAST_YEAR},
            field="year",
        )
    if not notice.strip():
        raise DomainError(_("Enter the notice's number, e.g. 国办发明电〔2026〕7号."), field="notice")
    if not holidays:
        raise DomainError(_("Enter at least one holiday."), field="holidays")
    off: set[dt.date] = set()
    for holiday in holidays:
        if not holiday.name.strip():
            raise DomainError(_("Every holiday needs a name, e.g. 国庆节."), field="holidays")
        if holiday.last < holiday.first:
            raise DomainError(
                _("%(name)s: the last day is before the first.") % {"name": holiday.name}, field="holidays"
            )
        for day in (holiday.first, holiday.last):
            if day.year != year:
                raise DomainError(
                    _("%(name)s: %(day)s is not in %(year)d.")
                    % {"name": holiday.name, "day": day.isoformat(), "year": year},
                    field="holidays",
                )
        clash = off.intersection(holiday.dates())
        if clash:
            raise DomainError(
                _("%(day)s is in two holidays.") % {"day": min(clash).isoformat()}, field="holidays"
            )
        off.update(holiday.dates())
    if len(off) > MAX_HOLIDAY_DAYS:
        raise DomainError(
            _("That is %(n)d days off; check the dates (a year has about 30).") % {"n": len(off)},
            field="holidays",
        )
    for day in working_days:
        if day.year != year:
            raise DomainError(
                _("The working day %(day)s is not in %(year)d.") % {"day": day.isoformat(), "year": year},
                field="working_days",
            )
        if day in off:
            raise DomainError(
                _("%(day)s cannot be both a holiday and a working day.") % {"day": day.isoformat()},
                field="working_days",
            )
        if day.weekday() < 5:
            raise DomainError(
                _("%(day)s is a weekday; only weekend days are adjusted to working days.")
                % {"day": day.isoformat()},
                field="working_days",
            )
    return days.YearSchedule(year, frozenset(off), frozenset(working_days))


def _describe(year: CalendarYear) -> dict[str, Any]:
    found = year.days.order_by("date").values_list("date", "kind", "name")
    return {
        "notice": year.notice,
        "source": year.source,
        "holidays": [
            f"{day.isoformat()} {name}" for day, kind, name in found if kind == CalendarDay.Kind.HOLIDAY
        ],
        "working_days": [day.isoformat() for day, kind, _name in found if kind == CalendarDay.Kind.WORKING],
    }


def enter_official_year(
    actor: Any,
    year: int,
    notice: str,
    holidays: Sequence[HolidayRange],
    working_days: Sequence[dt.date],
) -> CalendarYear:
    """Validate and store a year's official schedule (replacing an earlier one for the year), audit
    it, and let the apps that derived dates from the calendar recompute them and notify their owners."""
    schedule = check_schedule(year, notice, holidays, working_days)
    names = {day: holiday.name.strip()[:60] for holiday in holidays for day in holiday.dates()}
    with transaction.atomic():
        before_calendar = days.load()
        entry, created = CalendarYear.objects.select_for_update().get_or_create(
            year=year, defaults={"source": CalendarYear.Source.ENTERED}
        )
        before = {} if created else _describe(entry)
        entry.days.all().delete()
        entry.notice = notice.strip()[:80]
        entry.source = CalendarYear.Source.ENTERED
        entry.entered_by = actor if getattr(actor, "pk", None) else None
        entry.entered_at = timezone.now()
        entry.save()
        CalendarDay.objects.bulk_create(
            [
                CalendarDay(date=d, kind=CalendarDay.Kind.HOLIDAY, name=names[d], year=entry)
                for d in sorted(names)
            ]
            + [
                CalendarDay(date=d, kind=CalendarDay.Kind.WORKING, name="调休", year=entry)
                for d in sorted(schedule.working_days)
            ]
        )
        after_calendar = before_calendar.with_year(schedule)
        moved: dict[str, int] = {}
        for _receiver, summary in official_year_entered.send(
            sender=CalendarYear, year=year, before=before_calendar, after=after_calendar, actor=actor
        ):
            if isinstance(summary, dict):  # receivers return what they moved, or nothing
                moved.update(summary)
        record(
            "workcalendar.year.entered",
            actor=actor,
            obj=entry,
            before=before,
            after={**_describe(entry), "recomputed": moved},
        )
        transaction.on_commit(days.forget)
    days.forget()
    return entry
