"""Weeks run Monday 00:00 to Sunday 24:00 Beijing time whatever the process time zone; returns are
due Monday 12:00; event reports three Chinese working days after the event."""

from __future__ import annotations

import datetime as dt
import time

import chinese_calendar
import pytest
from django.utils import translation

from events_server.errors import DomainError
from reports.services import figures, returns
from reports.services.event_reports import due_on
from reports.services.weeks import event_report_due, reporting_weeks, week_of
from reports.tests.conftest import application, posting, sh


@pytest.fixture
def utc_process(settings, monkeypatch):
    """The process runs in UTC: Django's zone and the C library's."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    settings.TIME_ZONE = "UTC"
    yield
    time.tzset()


def test_an_application_at_sunday_235959_and_one_at_monday_0000_land_in_different_weeks(world, utc_process):
    job = posting(world, world.suzhou, sh("2025-10-08 09:00"))
    application(world, job, sh("2025-10-12 23:59:59"))
    application(world, job, sh("2025-10-13 00:00:00"))
    first = figures.compute(world.department, week_of(world.campaign, dt.date(2025, 10, 6)))
    second = figures.compute(world.department, week_of(world.campaign, dt.date(2025, 10, 13)))
    assert first["week"]["applications"] == 1
    assert second["week"]["applications"] == 1
    assert second["cumulative"]["applications"] == 2
    # The same instants seen from UTC: Sunday 15:59:59 and Sunday 16:00:00.
    assert sh("2025-10-13 00:00:00").astimezone(dt.UTC).strftime("%a %H:%M") == "Sun 16:00"


def test_the_return_is_due_monday_1200_beijing_time(world, utc_process):
    week = week_of(world.campaign, dt.date(2025, 10, 6))
    assert week.due_at == sh("2025-10-13 12:00")
    assert week.due_at.astimezone(dt.UTC) == dt.datetime(2025, 10, 13, 4, 0, tzinfo=dt.UTC)
    assert returns.status_of(None, week, sh("2025-10-13 11:59:59")) == returns.BoardStatus.DUE
    assert returns.status_of(None, week, sh("2025-10-13 12:00:00")) == returns.BoardStatus.OVERDUE


def test_weeks_are_clipped_to_the_phase_and_listed_once_ended(world, utc_process):
    week = week_of(world.campaign, dt.date(2025, 9, 29))  # phase 2 starts on Wednesday 1 October
    assert week.starts == sh("2025-10-01 00:00")
    assert week.ends == sh("2025-10-06 00:00")
    weeks = reporting_weeks(world.campaign, sh("2025-10-13 08:00"))
    assert [w.monday for w in weeks[:2]] == [dt.date(2025, 10, 6), dt.date(2025, 9, 29)]
    assert dt.date(2025, 10, 13) not in [w.monday for w in weeks]


def test_a_tuesday_or_a_week_outside_the_phases_is_refused(world):
    with translation.override("zh-hans"):  # what users read, whatever an earlier test activated
        for week in ["2025-10-07", "2025-08-04", "next week"]:
            with pytest.raises(DomainError, match="周一"):
                returns.parse_week(world.campaign, week)


def independent_due(day: dt.date, count: int = 3) -> dt.date:
    while count:
        day += dt.timedelta(days=1)
        count -= chinese_calendar.is_workday(day)
    return day


@pytest.mark.django_db
def test_event_reports_are_due_three_working_days_later_around_national_day_2025():
    assert event_report_due(dt.date(2025, 9, 30)).day == dt.date(2025, 10, 11)  # Saturday 11 Oct is worked
    assert due_on(sh("2025-09-30 20:00")).day == dt.date(2025, 10, 11)
    for offset in range(-5, 16):
        day = dt.date(2025, 9, 30) + dt.timedelta(days=offset)
        due = event_report_due(day)
        assert (due.day, due.provisional) == (independent_due(day), False), day


@pytest.mark.django_db
def test_a_due_date_past_the_official_years_is_counted_on_weekdays_and_provisional():
    due = due_on(sh("2026-12-30 18:00"))
    assert due.day == dt.date(2027, 1, 4) and due.provisional_years == (2027,)
