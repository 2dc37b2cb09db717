"""Working-day arithmetic on the platform's own calendar (``CalendarYear``/``CalendarDay``).

A year the platform has an official schedule for is counted with it: holidays are off, adjusted
working days (调休) are on, other days follow Monday-Friday. A year not entered yet is counted on
weekdays alone, and every date derived from it is *provisional*: ``add_working_days`` returns a
``WorkingDate``, which is not a ``datetime.date`` (callers unwrap ``.day`` on purpose) and renders
with its provisional mark, so the mark cannot be lost on the way to the user.

Every process keeps the whole calendar in memory (a few hundred rows) and asks the database at
most once every ``RECHECK_SECONDS`` whether a year was entered since; entering a year on this
process refreshes it at once. No call to this module queries the database otherwise."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Count, Max
from django.utils.translation import gettext

from workcalendar.models import CalendarDay, CalendarYear

RECHECK_SECONDS = 5.0
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class YearSchedule:
    year: int
    holidays: frozenset[dt.date]
    working_days: frozenset[dt.date]


@dataclass(frozen=True)
class WorkingDate:
    """A date worked out in working days, and the years it was counted in without their schedule."""

    day: dt.date
    provisional_years: tuple[int, ...] = ()

    @property
    def provisional(self) -> bool:
        return bool(self.provisional_years)

    @property
    def provisional_note(self) -> str:
        """``暂定（2027年放假安排尚未公布）``, or "" for an official date."""
        if not self.provisional:
            return ""
        years = "、".join(str(year) for year in self.provisional_years)
        return gettext("provisional (the %(years)s holiday schedule is not published yet)") % {"years": years}

    def isoformat(self) -> str:
        return self.day.isoformat()

    def __str__(self) -> str:
        note = self.provisional_note
        return f"{self.day.isoformat()} {note}" if note else self.day.isoformat()


class Calendar:
    """An immutable view of the official schedules; a year missing from it counts on weekdays."""

    def __init__(self, years: Mapping[int, YearSchedule]) -> None:
        self.years = dict(years)

    def is_official(self, year: int) -> bool:
        return year in self.years

    def is_working_day(self, day: dt.date) -> bool:
        if not isinstance(day, dt.date):
            raise TypeError(f"expected a date, got {type(day).__name__}")
        schedule = self.years.get(day.year)
        if schedule is not None:
            if day in schedule.working_days:
                return True
            if day in schedule.holidays:
                return False
        return day.weekday() < 5

    def add_working_days(self, start: dt.date, count: int) -> WorkingDate:
        """The date ``count`` working days after ``start`` (``start`` itself is not counted)."""
        if count < 0:
            raise ValueError(f"count must not be negative, got {count}")
        day, unknown = start, set()
        while count > 0:
            day += ONE_DAY
            count -= self.is_working_day(day)
            if day.year not in self.years:
                unknown.add(day.year)
        return WorkingDate(day, tuple(sorted(unknown)))

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """How many working days ``d`` have ``start < d <= end``; 0 when ``end`` is not after ``start``."""
        return sum(self.is_working_day(start + ONE_DAY * i) for i in range(1, (end - start).days + 1))

    def with_year(self, schedule: YearSchedule) -> Calendar:
        return Calendar({**self.years, schedule.year: schedule})


def _version() -> tuple[int, dt.datetime | None]:
    found = CalendarYear.objects.aggregate(years=Count("year"), latest=Max("updated_at"))
    return found["years"], found["latest"]


def load() -> Calendar:
    """The calendar as the database has it now (one query for the days)."""
    holidays: dict[int, set[dt.date]] = {}
    working: dict[int, set[dt.date]] = {}
    years = set(CalendarYear.objects.values_list("year", flat=True))
    for day, kind in CalendarDay.objects.values_list("date", "kind"):
        (holidays if kind == CalendarDay.Kind.HOLIDAY else working).setdefault(day.year, set()).add(day)
    return Calendar(
        {
            year: YearSchedule(year, frozenset(holidays.get(year, ())), frozenset(working.get(year, ())))
            for year in years
        }
    )


class _Cached:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calendar: Calendar | None = None
        self.version: tuple[int, dt.datetime | None] | None = None
        self.checked_at = 0.0

    def get(self) -> Calendar:
        now = time.monotonic()
        if self.calendar is not None and now - self.checked_at < RECHECK_SECONDS:
            return self.calendar
        with self.lock:
            version = _version()
            if self.calendar is None or version != self.version:
                self.calendar, self.version = load(), version
            self.checked_at = now
            return self.calendar

    def forget(self) -> None:
        with self.lock:
            self.calendar, self.version, self.checked_at = None, None, 0.0


_cached = _Cached()


def current() -> Calendar:
    """This process's calendar, refreshed when another process entered a year (checked every few seconds)."""
    return _cached.get()


def forget() -> None:
    """Drop this process's copy: the next call reads the database (after entering a year)."""
    _cached.forget()


def is_working_day(day: dt.date) -> bool:
    return current().is_working_day(day)


def add_working_days(start: dt.date, count: int) -> WorkingDate:
    return current().add_working_days(start, count)


def working_days_between(start: dt.date, end: dt.date) -> int:
    return current().working_days_between(start, end)
