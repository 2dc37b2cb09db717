"""Working-day arithmetic on the platform's calendar (seeded from chinese-calendar by a migration),
against chinese-calendar itself around National Day and Spring Festival, and past its data."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest
from django.utils import translation

from workcalendar.models import CalendarYear
from workcalendar.services.days import (
    WorkingDate,
    add_working_days,
    current,
    is_working_day,
    working_days_between,
)

pytestmark = pytest.mark.django_db
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
        assert add_working_days(start, count) == WorkingDate(reference_add(start, count)), (start, count)


def test_is_working_day_agrees_with_chinese_calendar_around_national_day_2025():
    assert [is_working_day(d) for d in AROUND_NATIONAL_DAY] == [
        chinese_calendar.is_workday(d) for d in AROUND_NATIONAL_DAY
    ]


def test_working_days_between_counts_what_add_working_days_steps_over():
    for start in AROUND_NATIONAL_DAY:
        for count in range(6):
            assert working_days_between(start, add_working_days(start, count).day) == count, (start, count)


def test_three_working_days_after_september_30_is_the_adjusted_saturday():
    # 1-8 October 2025 are off; Thursday 9 and Friday 10 are working days, and so is Saturday 11 (调休).
    assert D(2025, 10, 11).weekday() == 5
    assert add_working_days(D(2025, 9, 30), 3).day == D(2025, 10, 11)
    assert working_days_between(D(2025, 9, 30), D(2025, 10, 11)) == 3


def test_adjusted_working_sunday_counts_and_holiday_weekdays_do_not():
    assert D(2025, 9, 28).weekday() == 6 and is_working_day(D(2025, 9, 28))  # 调休 Sunday before National Day
    assert not any(is_working_day(d) for d in days(D(2025, 10, 1), D(2025, 10, 8)))


def test_spring_festival_2026():
    # Off from Sunday 15 to Monday 23 February 2026; Saturday 14 and Saturday 28 February are worked.
    assert not any(is_working_day(d) for d in days(D(2026, 2, 15), D(2026, 2, 23)))
    assert is_working_day(D(2026, 2, 14)) and is_working_day(D(2026, 2, 28))
    assert add_working_days(D(2026, 2, 13), 1).day == D(2026, 2, 14)
    assert add_working_days(D(2026, 2, 14), 1).day == D(2026, 2, 24)
    assert working_days_between(D(2026, 2, 13), D(2026, 2, 27)) == 5  # 14th, then 24th to 27th


def test_ordinary_weekend_is_not_counted():
    friday = D(2025, 11, 14)
    assert not is_working_day(D(2025, 11, 15)) and not is_working_day(D(2025, 11, 16))
    assert add_working_days(friday, 1).day == D(2025, 11, 17)
    assert working_days_between(friday, D(2025, 11, 16)) == 0
    assert working_days_between(friday, D(2025, 11, 17)) == 1


def test_holiday_on_a_weekday_is_not_counted():
    # Qingming 2025: Friday 4 April is off.
    assert not is_working_day(D(2025, 4, 4))
    assert add_working_days(D(2025, 4, 3), 1).day == D(2025, 4, 7)
    assert working_days_between(D(2025, 3, 31), D(2025, 4, 6)) == 3  # 1 to 3 April


def test_zero_count_and_empty_ranges():
    assert add_working_days(D(2025, 10, 1), 0).day == D(2025, 10, 1)  # even on a holiday
    assert working_days_between(D(2025, 9, 30), D(2025, 9, 30)) == 0
    assert working_days_between(D(2025, 10, 10), D(2025, 9, 30)) == 0


def test_negative_count_is_rejected():
    with pytest.raises(ValueError, match="negative"):
        add_working_days(D(2025, 9, 30), -1)


def test_the_seeded_calendar_agrees_with_chinese_calendar_on_every_day_from_2004_to_2026():
    day, disagree = D(2004, 1, 1), []
    while day <= D(2026, 12, 31):
        if is_working_day(day) != chinese_calendar.is_workday(day) or not current().is_official(day.year):
            disagree.append(day)
        day += dt.timedelta(days=1)
    assert disagree == []
    assert set(CalendarYear.objects.values_list("year", flat=True)) == set(range(2004, 2027))
    assert set(CalendarYear.objects.values_list("source", flat=True)) == {"package"}


def test_dates_within_the_official_years_are_not_provisional():
    assert not add_working_days(D(2025, 9, 30), 3).provisional
    assert str(add_working_days(D(2025, 9, 30), 3)) == "2025-10-11"


def test_past_the_data_it_counts_weekdays_and_says_the_answer_is_provisional():
    with pytest.raises(NotImplementedError):  # chinese-calendar 1.11.0 really has no 2027 data
        chinese_calendar.is_workday(D(2027, 1, 4))
    due = add_working_days(D(2026, 12, 30), 3)  # Thu 31 Dec, then Fri 1 and Mon 4 Jan 2027 on weekdays
    assert due.day == D(2027, 1, 4)
    assert due.provisional and due.provisional_years == (2027,)
    with translation.override("zh-hans"):
        assert str(due) == "2027-01-04 暂定（2027年放假安排尚未公布）"
    with translation.override("en"):
        assert str(due) == "2027-01-04 provisional (the 2027 holiday schedule is not published yet)"
    assert not current().is_official(2027) and current().is_official(2026)
    assert not is_working_day(D(2027, 1, 2)) and is_working_day(D(2027, 1, 1))  # weekdays only, for now


def test_a_count_that_stays_inside_the_official_year_is_official_even_late_in_december():
    due = add_working_days(D(2026, 12, 24), 3)  # Fri 25, Mon 28, Tue 29
    assert due == WorkingDate(D(2026, 12, 29))


def test_counting_far_past_the_data_ends_and_names_every_provisional_year():
    due = add_working_days(D(2026, 12, 31), 600)
    assert due.provisional_years == (2027, 2028, 2029)


def test_a_working_date_is_not_a_date_so_callers_unwrap_it_on_purpose():
    due = add_working_days(D(2026, 12, 30), 3)
    assert not isinstance(due, dt.date)
    with pytest.raises(TypeError):
        _ = due < D(2027, 1, 5)


def test_a_non_date_is_a_type_error():
    with pytest.raises(TypeError):
        is_working_day("2025-10-01")
