"""The whole internship through the pages: hire → placement → weekly log → mid evaluations → problem
raised, supervisor told, answered → end evaluations → completed."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.urls import reverse

from audit.models import AuditEntry
from internships.models import AccommodationWeek, Evaluation, Placement, Problem, WeeklyLog
from internships.tests.conftest import client_for, said, sh
from notifications.models import Notification


def test_an_internship_is_followed_from_hire_to_completion(cast):
    alice, bob, carol, dave = cast.alice, cast.bob, cast.carol, cast.dave
    with time_machine.travel(sh("2025-10-13 09:00"), tick=False):
        placement = cast.hire(alice)
        assert placement is not None and placement.state == "planned"
        # Proposed from the posting: two months from today, accommodation as the posting offers.
        assert (placement.starts_on, placement.ends_on) == (dt.date(2025, 10, 13), dt.date(2025, 12, 12))
        assert placement.accommodation_provided and placement.university == cast.suzhou_uni
        assert Notification.objects.filter(
            user=alice, url=reverse("internships:student", args=[placement.pk])
        )
        # The recruiter who hired is pointed to the confirmation form.
        assert Notification.objects.filter(user=bob, url=reverse("internships:company", args=[placement.pk]))

        company_page = client_for(bob).get(reverse("internships:company", args=[placement.pk]))
        assert company_page.status_code == 200 and "王小丽" in company_page.text
        confirmed = client_for(bob).post(
            reverse("internships:company_confirm", args=[placement.pk]),
            {
                "starts_on": "2025-10-13",
                "ends_on": "2025-12-12",
                "mentor_name": "李工",
                "mentor_title": "高级工程师",
            },
        )
        assert confirmed.status_code == 302
        placement.refresh_from_db()
        assert placement.state == "active" and placement.mentor_name == "李工"
        # The intern and every career-office member of the university hear of it.
        assert {n.user for n in Notification.objects.filter(url__contains="/internships/")} >= {
            alice,
            carol,
            dave,
        }

        supervisor = client_for(carol).post(
            reverse("internships:university_supervisor", args=[placement.pk]), {"supervisor": carol.pk}
        )
        assert supervisor.status_code == 302

        student = client_for(alice)
        log_url = reverse("internships:student_log", args=[placement.pk])
        assert student.post(log_url, {"text": "熟悉开发板。"}).status_code == 302
        assert student.post(log_url, {"text": "第一周：熟悉开发板与代码规范。"}).status_code == 302
        assert WeeklyLog.objects.get(placement=placement).text == "第一周：熟悉开发板与代码规范。"
        page = student.get(reverse("internships:student", args=[placement.pk])).text
        assert "第一周：熟悉开发板与代码规范。" in page and "李工" in page and "高级工程师" in page

        nights = client_for(bob).post(
            reverse("internships:company_nights", args=[placement.pk]), {"week": "2025-10-13", "nights": 5}
        )
        assert nights.status_code == 302
        assert AccommodationWeek.objects.get(placement=placement, week="2025-10-13").nights == 5

        # The mid-way evaluation is not due yet.
        early = student.post(
            reverse("internships:student_evaluate", args=[placement.pk]), {"stage": "mid", "rating": 4}
        )
        assert early.status_code == 409
        assert said(early.text, "尚未到", "not due yet")

    with time_machine.travel(sh("2025-11-12 10:00"), tick=False):  # half-way through the period
        student = client_for(alice)  # a fresh login: sessions expire over weeks
        page = student.get(reverse("internships:student", args=[placement.pk])).text
        assert 'name="rating"' in page
        for client, url, rating in (
            (student, "internships:student_evaluate", 4),
            (client_for(bob), "internships:company_evaluate", 5),
        ):
            response = client.post(
                reverse(url, args=[placement.pk]), {"stage": "mid", "rating": rating, "comments": "进展顺利"}
            )
            assert response.status_code == 302
        assert set(Evaluation.objects.values_list("stage", "side", "rating")) == {
            ("mid", "student", 4),
            ("mid", "company", 5),
        }

        raised = student.post(
            reverse("internships:student_problem", args=[placement.pk]),
            {"text": "宿舍热水器坏了一周，公司未处理。"},
        )
        assert raised.status_code == 302
        problem = Problem.objects.get()
        assert problem.respond_by == sh("2025-11-15 10:00")
        # The supervisor is told; the colleague who does not supervise is not.
        assert Notification.objects.filter(
            user=carol, url=reverse("internships:university", args=[placement.pk])
        )
        assert not Notification.objects.filter(user=dave, body__contains="2025-11-15")
        board = client_for(carol).get(reverse("internships:home")).text
        assert "宿舍热水器坏了一周" in board and "2025-11-15 10:00" in board
        assert not said(board, "已逾期", "Overdue")

    with time_machine.travel(sh("2025-11-16 09:00"), tick=False):
        student = client_for(alice)  # a fresh login: sessions expire over weeks
        board = client_for(carol).get(reverse("internships:home")).text
        assert said(board, "已逾期", "Overdue")
        answered = client_for(carol).post(
            reverse("internships:university_answer", args=[placement.pk, problem.pk]),
            {"response": "已联系公司行政，明天上午维修。"},
        )
        assert answered.status_code == 302
        problem.refresh_from_db()
        assert problem.state == "answered" and problem.responded_by == carol
        assert Notification.objects.filter(user=alice, body="已联系公司行政，明天上午维修。")
        assert "已联系公司行政" in student.get(reverse("internships:student", args=[placement.pk])).text
        closed = student.post(reverse("internships:student_close_problem", args=[placement.pk, problem.pk]))
        assert closed.status_code == 302
        assert Problem.objects.get().state == "closed"

    with time_machine.travel(sh("2025-12-12 17:00"), tick=False):  # the last day
        student = client_for(alice)  # a fresh login: sessions expire over weeks
        for client, url in (
            (student, "internships:student_evaluate"),
            (client_for(bob), "internships:company_evaluate"),
        ):
            response = client.post(reverse(url, args=[placement.pk]), {"stage": "end", "rating": 5})
            assert response.status_code == 302
        placement.refresh_from_db()
        assert placement.state == "completed"
        assert said(student.get(reverse("internships:home")).text, "已完成", "Completed")
    assert (
        Notification.objects.filter(
            user=alice, url=reverse("internships:student", args=[placement.pk])
        ).count()
        >= 4
    )
    assert set(
        AuditEntry.objects.filter(action__startswith="internships.").values_list("action", flat=True)
    ) >= {
        "internships.placement.proposed",
        "internships.placement.started",
        "internships.supervisor.assigned",
        "internships.evaluation.submitted",
        "internships.problem.raised",
        "internships.problem.answered",
        "internships.placement.completed",
    }


def test_hiring_for_a_full_time_job_makes_no_placement(cast):
    from tests.factories import make_job

    job = make_job(cast.lingsi, "测试工程师")
    with time_machine.travel(sh("2025-10-13 09:00"), tick=False):
        assert cast.hire(cast.alice, job) is None
    assert not Placement.objects.exists()


def test_a_problem_without_a_supervisor_goes_to_every_career_officer_of_the_university(cast):
    with time_machine.travel(sh("2025-10-13 09:00"), tick=False):
        placement = cast.hire(cast.alice)
        response = client_for(cast.alice).post(
            reverse("internships:student_problem", args=[placement.pk]), {"text": "还没有确定实习导师。"}
        )
    assert response.status_code == 302
    told = set(
        Notification.objects.filter(body__contains="2025-10-16").values_list("user__username", flat=True)
    )
    assert told == {"carol", "dave"}


def test_the_answer_deadline_follows_the_setting(cast, settings):
    settings.INTERNSHIP_PROBLEM_RESPONSE_DAYS = 5
    with time_machine.travel(sh("2025-10-13 09:00"), tick=False):
        placement = cast.hire(cast.alice)
        client_for(cast.alice).post(
            reverse("internships:student_problem", args=[placement.pk]), {"text": "工位电脑无法使用。"}
        )
        page = client_for(cast.alice).get(reverse("internships:student", args=[placement.pk])).text
    assert Problem.objects.get().respond_by == sh("2025-10-18 09:00")
    assert "2025-10-18 09:00" in page
