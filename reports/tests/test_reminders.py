"""Weekly-return reminders: Friday and Monday 09:00 to the units that have not filed, overdue
after Monday 12:00; started by the schedule, each person told once per reminder."""

from __future__ import annotations

import pytest
import time_machine

from background import schedule
from background.testing import drain
from notifications.models import Notification
from reports.services import returns
from reports.services.weeks import week_of
from reports.tests.conftest import sh


def told(kind: str) -> set[str]:
    return set(Notification.objects.filter(kind=kind).values_list("user__username", flat=True))


@pytest.mark.django_db
def test_units_that_have_not_filed_are_reminded_then_told_it_is_overdue(world):
    everyone = {"jiangsu", "shanghai", "career", "partner"}
    schedule.tick(sh("2025-10-17 09:00:03"))  # Friday: the week of 13 October is due Monday noon
    drain()
    assert told("reports.weekly.due") == everyone
    note = Notification.objects.filter(kind="reports.weekly.due").first()
    assert note is not None and "10-20 12:00" in note.title and note.url == "/reports/weekly/2025-10-13/"
    schedule.tick(sh("2025-10-17 09:30"))  # the same period again: nothing new
    drain()
    assert Notification.objects.filter(kind="reports.weekly.due").count() == 4

    week = week_of(world.campaign, sh("2025-10-13 00:00").date())
    returns.file_return(world.university_staff, week, "", now=sh("2025-10-20 08:00"))
    schedule.tick(sh("2025-10-20 09:00:01"))  # Monday morning: the university has filed
    drain()
    assert Notification.objects.filter(kind="reports.weekly.due").count() == 4 + 3
    assert (
        not Notification.objects.filter(user=world.university_staff)
        .exclude(event_key__endswith="2025-10-17")
        .exists()
    )

    returns.file_return(world.department_staff, week, "", now=sh("2025-10-20 11:00"))
    with time_machine.travel(sh("2025-10-20 13:00:02"), tick=False):
        schedule.tick()
        drain()
    assert told("reports.weekly.overdue") == {"shanghai", "partner"}
    assert world.suzhou_recruiter.notifications.count() == 0  # companies do not file returns
