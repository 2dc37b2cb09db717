"""Helpers for entering a year through the page, and a fresh in-process calendar around each test
(a test's rolled-back year must not linger in the process's copy)."""

from __future__ import annotations

import pytest

from workcalendar.services import days

# An illustrative 2027 schedule in the shape of the State Council notice (not the real one).
SCHEDULE_2027 = {
    "year": 2027,
    "notice": "国办发明电〔2026〕7号",
    "holidays": [
        ("元旦", "2027-01-01", "2027-01-03"),
        ("春节", "2027-02-06", "2027-02-13"),
        ("国庆节", "2027-10-01", "2027-10-07"),
    ],
    "working_days": "2027-02-14, 2027-02-20\n2027-09-26 2027-10-09",
}


def year_form(schedule: dict | None = None, **overrides: object) -> dict[str, object]:
    """The POST body of /working-calendar/ for ``schedule`` (default: 2027)."""
    schedule = {**(schedule or SCHEDULE_2027), **overrides}
    data: dict[str, object] = {
        "year": schedule["year"],
        "notice": schedule["notice"],
        "working_days": schedule["working_days"],
        "holidays-TOTAL_FORMS": len(schedule["holidays"]),
        "holidays-INITIAL_FORMS": 0,
        "holidays-MIN_NUM_FORMS": 0,
        "holidays-MAX_NUM_FORMS": 20,
    }
    for i, (name, first, last) in enumerate(schedule["holidays"]):
        data |= {f"holidays-{i}-name": name, f"holidays-{i}-first": first, f"holidays-{i}-last": last}
    return data


@pytest.fixture
def fresh_calendar():
    """This process's calendar copy read afresh before the test and dropped after it (even when it
    fails), so a year a test entered and rolled back never lingers for the next test."""
    days.forget()
    yield days
    days.forget()


@pytest.fixture(autouse=True)
def _fresh_calendar(fresh_calendar):
    yield
