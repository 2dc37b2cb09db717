"""Working-day arithmetic against chinese-calendar itself, around National Day and Spring Festival."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest
from chinese_calendar.constants import holidays

from booking.workdays import (
    CalendarHorizonError,
    add_working_days,
    covered_years,
    is_working_day,
    working_days_between,
)

D = dt.date


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def reference_add(start: dt.date, count: int) -> dt.date:
    """Step one day at a time with chinese_calendar.is_workday, independently of the module."""
    day = start
    while count:
        day += dt.timedelta(days=1)
        if chinese_calendar.is_workday(day):
            count -= 1
    return day


AROUND_NATIONAL_DAY = days(D(2025, 9, 20), D(2025, 10, 20))


@pytest.mark.parametrize("count", range(6))
def test_add_working_days_agrees_with_chinese_calendar_around_national_day_2025(count):
    for start in AROUND_NATIONAL_DAY:
        assert add_working_days(start, count) == reference_add(start, count), (start, count)


def test_is_working_day_agrees_with_chinese_calendar_around_national_day_2025():
    assert [is_working_day(d) for d in AROUND_NATIONAL_DAY] == [
        chinese_calendar.is_workday(d) for d in AROUND_NATIONAL_DAY
    ]


def test_working_days_between_counts_what_add_working_days_steps_over():
    for start in AROUND_NATIONAL_DAY:
        for count in range(6):
            assert working_days_between(start, add_working_days(start, count)) == count, (start, count)


def test_three_working_days_after_september_30_is_the_adjusted_saturday():
    # 1-8 October 2025 are off; Thursday 9 and Friday 10 are working days, and so is Saturday 11 (调休).
    assert D(2025, 10, 11).weekday() == 5
    assert add_working_days(D(2025, 9, 30), 3) == D(2025, 10, 11)
    assert working_days_between(D(2025, 9, 30), D(2025, 10, 11)) == 3


def test_adjusted_working_sunday_counts_and_holiday_weekdays_do_not():
    assert D(2025, 9, 28).weekday() == 6 and is_working_day(D(2025, 9, 28))  # 调休 Sunday before National Day
    assert not any(is_working_day(d) for d in days(D(2025, 10, 1), D(2025, 10, 8)))


def test_spring_festival_2026():
    # Off from Sunday 15 to Monday 23 February 2026; Saturday 14 and Saturday 28 February are worked.
    assert not any(is_working_day(d) for d in days(D(2026, 2, 15), D(2026, 2, 23)))
    assert is_working_day(D(2026, 2, 14)) and is_working_day(D(2026, 2, 28))
    assert add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 14)
    assert add_working_days(D(2026, 2, 14), 1) == D(2026, 2, 24)
    assert working_days_between(D(2026, 2, 13), D(2026, 2, 27)) == 5  # 14th, then 24th to 27th


def test_ordinary_weekend_is_not_counted():
    friday = D(2025, 11, 14)
    assert not is_working_day(D(2025, 11, 15)) and not is_working_day(D(2025, 11, 16))
    assert add_working_days(friday, 1) == D(2025, 11, 17)
    assert working_days_between(friday, D(2025, 11, 16)) == 0
    assert working_days_between(friday, D(2025, 11, 17)) == 1


def test_holiday_on_a_weekday_is_not_counted():
    # Qingming 2025: Friday 4 April is off.
    assert not is_working_day(D(2025, 4, 4))
    assert add_working_days(D(2025, 4, 3), 1) == D(2025, 4, 7)
    assert working_days_between(D(2025, 3, 31), D(2025, 4, 6)) == 3  # 1 to 3 April


def test_zero_count_and_empty_ranges():
    assert add_working_days(D(2025, 10, 1), 0) == D(2025, 10, 1)  # even on a holiday
    assert working_days_between(D(2025, 9, 30), D(2025, 9, 30)) == 0
    assert working_days_between(D(2025, 10, 10), D(2025, 9, 30)) == 0


def test_negative_count_is_rejected():
    with pytest.raises(ValueError, match="negative"):
        add_working_days(D(2025, 9, 30), -1)


def test_covered_years_come_from_the_library_data():
    assert covered_years() == (min(d.year for d in holidays), max(d.year for d in holidays))


def test_past_the_data_it_raises_instead_of_guessing():
    first, last = (min(d.year for d in holidays), max(d.year for d in holidays))
    beyond = D(last + 1, 1, 4)
    with pytest.raises(NotImplementedError):  # the library really has no data there
        chinese_calendar.is_workday(beyond)
    with pytest.raises(CalendarHorizonError) as raised:
        is_working_day(beyond)
    message = str(raised.value)
    assert beyond.isoformat() in message
    assert f"{first}-01-01 to {last}-12-31" in message
    assert raised.value.day == beyond
    assert isinstance(raised.value.__cause__, NotImplementedError)


def test_counting_across_the_horizon_raises():
    last = max(d.year for d in holidays)
    with pytest.raises(CalendarHorizonError):
        add_working_days(D(last, 12, 28), 10)
    with pytest.raises(CalendarHorizonError):
        working_days_between(D(last, 12, 28), D(last + 1, 1, 10))
    with pytest.raises(CalendarHorizonError):
        add_working_days(D(last, 12, 31), 10**9)  # ends at the horizon, not after a billion steps


def test_a_non_date_is_a_type_error_not_a_horizon_error():
    with pytest.raises(TypeError):
        is_working_day("2025-10-01")
