"""Two campaigns with data in both: every reporting page counts the chosen campaign's rows only."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from campaigns.models import Campaign, Phase
from reports.models import ReportTask, WeeklyReturn
from reports.tests.conftest import application, live, posting, sh
from reports.tests.test_returns import client_for

WEEK_2025, WEEK_2026 = "2025-10-13", "2026-04-13"


@pytest.fixture
def two(world):
    """world.campaign (2025) and a 2026 campaign, each with its own postings and applications."""
    later = Campaign.objects.create(slug="test-2026", name="2026年百日招聘", theme="山海有约 职引未来")
    Phase.objects.create(
        campaign=later, number=1, name="第一阶段", starts_on=dt.date(2026, 4, 1), ends_on=dt.date(2026, 6, 30)
    )
    first = world.campaign
    job = posting(world, world.suzhou, sh("2025-10-14 09:00"), headcount=4)
    application(world, job, sh("2025-10-15 09:00"))
    live(world, world.suzhou, sh("2025-10-16 14:00"), unique=40)
    world.campaign = later
    for headcount in (7, 11):
        job = posting(world, world.nanjing, sh("2026-04-14 09:00"), headcount=headcount)
    for day in (15, 16, 17):
        application(world, job, sh(f"2026-04-{day} 09:00"))
    # A row of the 2026 campaign dated inside the 2025 week must not reach 2025's figures.
    posting(world, world.suzhou, sh("2025-10-14 10:00"), headcount=100)
    world.campaign = first
    return world, later


def figures(page) -> dict[str, tuple]:
    from reports.columns import FIGURE_KEYS

    return {key: row[1:] for key, row in zip(FIGURE_KEYS, page.context["figures"], strict=True)}


def test_each_campaigns_weekly_return_counts_only_its_own_rows(two):
    world, _later = two
    with time_machine.travel(sh("2026-04-20 10:00"), tick=False):
        jiangsu = client_for(world.department_staff)
        page_2026 = jiangsu.get(f"/reports/weekly/{WEEK_2026}/?campaign=test-2026")
        assert page_2026.status_code == 200 and "2026年百日招聘" in page_2026.text
        assert figures(page_2026)["headcount"] == (18, 18)
        assert figures(page_2026)["applications"] == (3, 3)
        page_2025 = jiangsu.get(f"/reports/weekly/{WEEK_2025}/?campaign=test-2025")
        assert figures(page_2025)["headcount"] == (4, 4)
        assert figures(page_2025)["applications"] == (1, 1)
        # The default is the current campaign (2026 by the calendar); its week list is its own.
        assert jiangsu.get(f"/reports/weekly/{WEEK_2025}/").status_code == 400
        weeks = jiangsu.get("/reports/weekly/?campaign=test-2025&phase=2")
        assert [str(w.monday) for w, _s, _l in weeks.context["rows"]][-1] == "2025-09-29"
        assert all(w.phase.number == 2 for w, _s, _l in weeks.context["rows"])


def test_the_board_and_exports_follow_the_chosen_campaign(two):
    world, later = two
    with time_machine.travel(sh("2025-10-20 10:00"), tick=False):
        assert (
            client_for(world.university_staff)
            .post(f"/reports/weekly/{WEEK_2025}/", {"remarks": ""})
            .status_code
            == 302
        )
    with time_machine.travel(sh("2026-04-20 10:00"), tick=False):
        admin = client_for(world.admin)
        board_2025 = admin.get(f"/reports/weekly/board/?campaign=test-2025&week={WEEK_2025}")
        board_2026 = admin.get(f"/reports/weekly/board/?campaign=test-2026&week={WEEK_2026}")
        status = lambda page: {row.unit.name: row.status for row in page.context["rows"]}  # noqa: E731
        assert status(board_2025)["苏州示范大学"] == "filed"
        assert status(board_2026)["苏州示范大学"] == "due"
        assert f"?unit={world.university.pk}&amp;campaign=test-2026" in board_2026.text
        assert admin.get("/reports/weekly/board/?campaign=nope").status_code == 400
        assert admin.get("/reports/weekly/board/?campaign=test-2026&phase=7").status_code == 400
        csv = admin.get(
            f"/reports/weekly/{WEEK_2026}/attachment-3.csv?campaign=test-2026&unit={world.department.pk}"
        )
        assert csv.status_code == 200
        assert ",18," in csv.content.decode("utf-8-sig") and ",104," not in csv.content.decode("utf-8-sig")
        export = admin.post("/reports/tasks/", {"campaign": "test-2026", "week": WEEK_2026, "format": "csv"})
        assert export.status_code == 302
    assert ReportTask.objects.get().params["campaign"] == later.pk
    assert WeeklyReturn.objects.filter(campaign=later).count() == 0


def test_the_demand_dashboard_counts_only_the_chosen_campaign(two):
    world, _later = two
    with time_machine.travel(sh("2026-04-20 10:00"), tick=False):
        jiangsu = client_for(world.department_staff)
        page_2026 = jiangsu.get("/reports/demand/?campaign=test-2026&phase=1")
        page_2025 = jiangsu.get("/reports/demand/?campaign=test-2025&phase=2")
    total = lambda page: sum(row["headcount"] for row in page.context["data"]["regions"])  # noqa: E731
    assert total(page_2026) == 18
    assert total(page_2025) == 4
    assert page_2026.context["campaign"].slug == "test-2026"
