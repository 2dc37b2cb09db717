"""Intern places and accommodation nights actually used per week, on Attachment 3 and the
department's page, for a week with numbers counted by hand."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from internships.models import Placement
from internships.services import journal
from internships.services.placements import confirm_placement, end_early
from internships.tests.conftest import client_for, sh, student_of
from reports.columns import FIGURE_KEYS
from tests.factories import make_job

WEEK = "2025-10-13"  # Monday 13 to Sunday 19 October 2025, in phase 2 (from 1 October)
READ_AT = sh("2025-10-20 10:00")


def placed(cast, student, starts_on, ends_on, *, job=None, recruiter=None, confirm=True) -> Placement:
    with time_machine.travel(sh("2025-10-01 09:00"), tick=False):
        placement = cast.hire(student, job, recruiter)
    if confirm:
        confirm_placement(
            placement,
            starts_on=dt.date.fromisoformat(starts_on),
            ends_on=dt.date.fromisoformat(ends_on),
            mentor_name="导师",
            mentor_title="",
            by=recruiter or cast.bob,
        )
    return placement


def nights(cast, placement, week, count, recruiter=None):
    with time_machine.travel(READ_AT, tick=False):
        journal.record_nights(placement, dt.date.fromisoformat(week), count, by=recruiter or cast.bob)


@pytest.fixture
def seeded(cast):
    """Jiangsu (Suzhou company, Suzhou university students) and one Shanghai placement.

    | placement | dates                 | state         | nights 6 Oct | nights 13 Oct |
    | p1        | 1 Oct – 30 Nov        | under way     | 5            | 6             |
    | p2        | 15 Oct – 15 Dec       | under way     |              | 3             |
    | p3        | 20 Oct – 20 Dec       | under way     |              |               |  (after the week)
    | p4        | 1 Oct – 10 Oct        | ended early   | 4            |               |  (before the week)
    | p5        | 1 Oct – 30 Nov        | not confirmed |              |               |
    | shanghai  | 1 Oct – 30 Nov        | under way     |              | 7             |  (Shanghai's scope)
    """
    students = [cast.alice, *(student_of(cast.suzhou_uni, f"s{n}", f"学生{n}") for n in range(2, 6))]
    p1 = placed(cast, students[0], "2025-10-01", "2025-11-30")
    p2 = placed(cast, students[1], "2025-10-15", "2025-12-15")
    placed(cast, students[2], "2025-10-20", "2025-12-20")
    p4 = placed(cast, students[3], "2025-10-01", "2025-11-30")
    placed(cast, students[4], "2025-10-01", "2025-11-30", confirm=False)
    nights(cast, p1, "2025-10-06", 5)
    nights(cast, p1, "2025-10-13", 6)
    nights(cast, p2, "2025-10-13", 3)
    nights(cast, p4, "2025-10-06", 4)
    with time_machine.travel(READ_AT, tick=False):
        end_early(p4, on=dt.date(2025, 10, 10), reason="学生返校", by=cast.bob)
    shanghai_job = make_job(
        cast.xingtu, "航天软件实习生", kind="internship", internship_months=2, accommodation=True
    )
    p6 = placed(cast, cast.mallory, "2025-10-01", "2025-11-30", job=shanghai_job, recruiter=cast.eve)
    nights(cast, p6, "2025-10-13", 7, recruiter=cast.eve)
    return cast


def return_figures(user) -> dict[str, tuple[int | None, int | None]]:
    with time_machine.travel(READ_AT, tick=False):
        page = client_for(user).get(f"/reports/weekly/{WEEK}/")
    assert page.status_code == 200
    return {
        key: (week, total)
        for key, (_label, week, total) in zip(FIGURE_KEYS, page.context["figures"], strict=True)
    }


def test_attachment_3_counts_intern_places_under_way_and_nights_actually_used(seeded):
    jiangsu = return_figures(seeded.jin)
    # Week: p1 and p2 (p3 starts after, p4 ended before, p5 unconfirmed); phase to date adds p4.
    assert jiangsu["intern_places"] == (2, 3)
    # Week: 6 + 3 nights; phase to date: 5 + 6 + 3 + 4.
    assert jiangsu["intern_nights"] == (9, 18)
    assert return_figures(seeded.hu)["intern_places"] == (1, 1)
    assert return_figures(seeded.hu)["intern_nights"] == (7, 7)
    # The university's return counts its own students, wherever they intern.
    assert return_figures(seeded.carol)["intern_nights"] == (9, 18)
    assert return_figures(seeded.olga)["intern_places"] == (1, 1)


def test_the_department_page_shows_the_weeks_places_and_nights_for_its_region(seeded):
    with time_machine.travel(READ_AT, tick=False):
        page = client_for(seeded.jin).get(reverse("internships:department"))
    assert page.status_code == 200
    rows = {str(monday): (f.places_week, f.nights_week) for monday, f in page.context["rows"]}
    assert rows[WEEK] == (2, 9)
    assert rows["2025-10-06"] == (2, 9)  # p1 and p4; 5 + 4 nights
    assert rows["2025-10-20"] == (3, 0)  # p1, p2, p3; nothing recorded yet
    assert "<td>2025-10-13</td><td>2</td><td>9</td>" in page.text.replace("\n", "")
