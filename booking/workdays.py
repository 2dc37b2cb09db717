"""Chinese working days: statutory holidays are off, adjusted working weekend days (调休) are on.

The data come from chinese-calendar, which covers the years the State Council has published.
Past them this module raises ``CalendarHorizonError`` instead of guessing from weekdays."""

from __future__ import annotations

import datetime as dt

import chinese_calendar

MAX_STEPS = 3660  # ten years of days: any count larger than this is a mistake, not a booking


class CalendarHorizonError(Exception):
    """The official calendar for this date is not known yet."""

    def __init__(self, day: dt.date, detail: str) -> None:
        super().__init__(f"no official working-day calendar for {day.isoformat()} yet ({detail})")
        self.day = day


def is_working_day(day: dt.date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError as error:
        raise CalendarHorizonError(day, str(error)) from None


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The date ``count`` working days after ``start`` (``start`` itself is not counted)."""
    if count < 0:
        raise ValueError("count must not be negative")
    day, left = start, count
    for _step in range(MAX_STEPS):
        if left == 0:
            return day
        day += dt.timedelta(days=1)
        left -= is_working_day(day)
    raise ValueError(f"{count} working days is beyond any booking horizon")


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days ``d`` with ``start < d <= end``; 0 when ``end`` is not after ``start``."""
    days = (end - start).days
    return sum(is_working_day(start + dt.timedelta(days=i)) for i in range(1, days + 1)) if days > 0 else 0
