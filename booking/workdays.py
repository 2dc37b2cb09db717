"""Chinese working days: statutory holidays are off, adjusted working weekend days (调休) are on.

The data come from chinese-calendar, which covers the years whose schedule the State Council had
published when it was released. Past them this module raises ``CalendarHorizonError`` instead of
guessing from weekdays."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
from chinese_calendar.constants import holidays as _holidays


def covered_years() -> tuple[int, int]:
    """The first and last year chinese-calendar has official data for (inclusive)."""
    years = [day.year for day in _holidays]
    return min(years), max(years)


class CalendarHorizonError(Exception):
    """The official working-day calendar for this date is not known (not published or not in the data)."""

    def __init__(self, day: dt.date) -> None:
        first, last = covered_years()
        super().__init__(
            f"no official working-day calendar for {day.isoformat()}: "
            f"chinese-calendar covers {first}-01-01 to {last}-12-31 only"
        )
        self.day = day


def is_working_day(day: dt.date) -> bool:
    """True on ordinary weekdays and adjusted working weekend days, False on weekends and holidays."""
    if not isinstance(day, dt.date):
        raise TypeError(f"expected a date, got {type(day).__name__}")
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError as error:
        raise CalendarHorizonError(day) from error


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The date ``count`` working days after ``start`` (``start`` itself is not counted).

    ``count=0`` returns ``start``. The loop always ends: past the data the calendar raises
    ``CalendarHorizonError``."""
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    day = start
    while count > 0:
        day += dt.timedelta(days=1)
        count -= is_working_day(day)
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """The number of working days ``d`` with ``start < d <= end``; 0 when ``end`` is not after ``start``."""
    days = (end - start).days
    return sum(is_working_day(start + dt.timedelta(days=i)) for i in range(1, days + 1))
