"""The regional demand dashboard and graduate–job matching."""

from __future__ import annotations

import time_machine

from accounts.models import GraduateProfile
from reports.services import matching
from reports.tests.conftest import graduate, live, posting, sh
from reports.tests.test_returns import client_for


def test_the_demand_dashboard_groups_a_province_by_city_with_charts(world, django_assert_max_num_queries):
    posting(world, world.suzhou, sh("2025-10-14 09:00"), headcount=5)
    posting(world, world.nanjing, sh("2025-10-21 09:00"), headcount=3, fields=["integrated-circuits"])
    posting(world, world.shanghai, sh("2025-10-14 09:00"), headcount=50)
    posting(world, world.suzhou, sh("2025-05-14 09:00"), headcount=9)  # phase 1
    graduate(world.university, regions=("320500",))
    graduate(world.university, regions=("320500", "310000"))
    live(world, world.suzhou, sh("2025-10-15 19:00"), peak=40, unique=120)
    with time_machine.travel(sh("2025-10-25 09:00"), tick=False):
        client = client_for(world.department_staff)
        # +2 since issue 16: django-otp loads the session's verified device (staff sign in with a
        # second factor) and the privacy notice in force is read once (then cached); +1 since issue
        # 17: the header's unread-notification badge.
        with django_assert_max_num_queries(20):
            page = client.get("/reports/demand/?phase=2")
    assert page.status_code == 200
    data = page.context["data"]
    rows = {row["code"]: row for row in data["regions"]}
    assert rows["320500"]["headcount"] == 5 and rows["320500"]["graduates"] == 2
    assert rows["320100"]["headcount"] == 3 and "310000" not in rows
    assert data["totals"]["headcount"] == 8
    assert page.context["charts"]["live"]["unique"] == [120]
    assert len(page.context["charts"]["over_time"]["labels"]) == 2  # two Shanghai weeks
    assert "vendor/chart.js/chart.umd.min.js" in page.text and 'id="demand-data"' in page.text


def test_the_dashboard_is_for_departments_and_checks_its_filters(world):
    assert client_for(world.university_staff).get("/reports/demand/").status_code == 403
    assert client_for(world.department_staff).get("/reports/demand/?phase=9").status_code == 400
    admin = client_for(world.admin)
    assert admin.get("/reports/demand/?region=999999").status_code == 400
    assert admin.get("/reports/demand/?region=320000").status_code == 200
    nationwide = admin.get("/reports/demand/")
    assert nationwide.status_code == 200


def test_a_university_sees_groups_with_matching_local_jobs(world):
    posting(world, world.suzhou, sh("2025-10-14 09:00"), majors="计算机科学与技术、软件工程")
    posting(world, world.nanjing, sh("2025-10-14 09:00"), majors="", education="master")
    posting(world, world.nanjing, sh("2025-10-14 09:00"), majors="", education="any")
    posting(world, world.shanghai, sh("2025-10-14 09:00"), majors="计算机")
    for _ in range(2):
        graduate(world.university, regions=("320000",))  # the province: its cities count
    graduate(world.university, major="药学", regions=("320500",))
    graduate(world.university, major="计算机科学与技术", degree="master")  # no preference: Suzhou
    graduate(world.university, seeking=False, regions=("320000",))
    page = client_for(world.university_staff).get("/reports/graduates/")
    assert page.status_code == 200 and page.context["graduates"] == 4
    groups = {(g.major, g.degree, g.region.code): (g.graduates, g.jobs) for g in page.context["groups"]}
    assert groups == {
        ("计算机科学与技术", "bachelor", "320000"): (2, 2),  # Suzhou's posting and Nanjing's open one
        ("药学", "bachelor", "320500"): (1, 0),
        ("计算机科学与技术", "master", "320500"): (1, 1),
    }
    assert client_for(world.department_staff).get("/reports/graduates/").status_code == 403


def test_a_graduate_sees_local_jobs_with_the_reasons(world):
    match = posting(
        world, world.suzhou, sh("2025-10-14 09:00"), majors="计算机科学与技术", title="算法工程师"
    )
    posting(world, world.suzhou, sh("2025-10-14 09:00"), majors="药学", title="药剂师")
    posting(world, world.shanghai, sh("2025-10-14 09:00"), majors="", title="上海岗位")
    student = graduate(world.university, regions=("320500",), fields=("ai",), username="alice")
    response = client_for(student).get("/reports/matches/")
    matches = response.context["matches"]
    assert [m.job for m in matches] == [match]
    assert len(matches[0].reasons) == 4  # region, major, field, degree
    assert "苏州" in response.text


def test_major_matching_rules():
    assert matching.major_match("计算机科学与技术", "计算机科学与技术、人工智能") == "计算机科学与技术"
    assert matching.major_match("计算机科学与技术", "计算机") == "计算机"
    assert matching.major_match("药学", "计算机、软件工程") is None
    assert matching.major_match("药学", "") == ""
    assert matching.education_ok(GraduateProfile.Degree.BACHELOR, "master") is False
    assert matching.education_ok(GraduateProfile.Degree.DOCTOR, "bachelor") is True
