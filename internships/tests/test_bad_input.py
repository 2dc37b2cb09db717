"""Bad input gets a 4xx page with a message, never a 500, and changes nothing."""

from __future__ import annotations

import pytest
import time_machine
from django.db import IntegrityError, transaction
from django.urls import reverse

from internships.models import LOG_MAX_CHARS, AccommodationWeek, Evaluation, Placement, WeeklyLog
from internships.tests.conftest import client_for, said, sh

NOW = sh("2025-10-15 10:00")


@pytest.fixture
def planned(cast) -> Placement:
    with time_machine.travel(NOW, tick=False):
        return cast.hire(cast.alice)


def confirm(cast, placement, **data):
    fields = {"starts_on": "2025-10-13", "ends_on": "2025-12-12", "mentor_name": "李工", "mentor_title": ""}
    fields.update(data)
    return client_for(cast.bob).post(reverse("internships:company_confirm", args=[placement.pk]), fields)


def test_unknown_placements_and_problems_are_404(cast, planned):
    with time_machine.travel(NOW, tick=False):
        assert client_for(cast.alice).get(reverse("internships:student", args=[999999])).status_code == 404
        assert client_for(cast.bob).get(reverse("internships:company", args=[999999])).status_code == 404
        answer = reverse("internships:university_answer", args=[planned.pk, 999999])
        assert client_for(cast.carol).post(answer, {"response": "好"}).status_code == 404
        close = reverse("internships:student_close_problem", args=[planned.pk, 999999])
        assert client_for(cast.alice).post(close).status_code == 404


def test_dates_in_the_wrong_order_are_refused_with_a_message(cast, planned):
    with time_machine.travel(NOW, tick=False):
        response = confirm(cast, planned, starts_on="2025-12-12", ends_on="2025-10-13")
    assert response.status_code == 400
    assert said(response.text, "结束日期不能早于开始日期", "The last day cannot be before the first day.")
    planned.refresh_from_db()
    assert planned.state == "planned"


def test_a_confirmation_without_a_mentor_or_with_a_garbled_date_is_refused(cast, planned):
    with time_machine.travel(NOW, tick=False):
        assert confirm(cast, planned, mentor_name="").status_code == 400
        assert confirm(cast, planned, starts_on="2025-13-45").status_code == 400
        assert confirm(cast, planned).status_code == 302
        again = confirm(cast, planned)
    assert again.status_code == 409
    assert said(again.text, "已经确认", "already been confirmed")


def test_a_log_over_the_cap_is_refused_and_nothing_is_saved(cast, planned):
    with time_machine.travel(NOW, tick=False):
        confirm(cast, planned)
        response = client_for(cast.alice).post(
            reverse("internships:student_log", args=[planned.pk]), {"text": "字" * (LOG_MAX_CHARS + 1)}
        )
        empty = client_for(cast.alice).post(
            reverse("internships:student_log", args=[planned.pk]), {"text": "  "}
        )
    assert response.status_code == 400 and empty.status_code == 400
    assert said(response.text, str(LOG_MAX_CHARS), str(LOG_MAX_CHARS))
    assert not WeeklyLog.objects.exists()


def test_a_log_before_the_company_confirms_is_refused(cast, planned):
    with time_machine.travel(NOW, tick=False):
        response = client_for(cast.alice).post(
            reverse("internships:student_log", args=[planned.pk]), {"text": "开工"}
        )
    assert response.status_code == 409
    assert not WeeklyLog.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"week": "2025-10-13", "nights": 8},
        {"week": "2025-10-13", "nights": -1},
        {"week": "2025-10-13", "nights": "many"},
        {"week": "2025-10-27", "nights": 3},  # a week that has not come yet
        {"week": "2025-09-29", "nights": 3},  # before the placement
        {"week": "not-a-date", "nights": 3},
    ],
)
def test_impossible_accommodation_figures_are_refused(cast, planned, data):
    with time_machine.travel(NOW, tick=False):
        confirm(cast, planned)
        response = client_for(cast.bob).post(reverse("internships:company_nights", args=[planned.pk]), data)
    assert response.status_code == 400
    assert not AccommodationWeek.objects.exists()


def test_nights_cannot_be_recorded_where_no_accommodation_is_provided(cast, planned):
    Placement.objects.filter(pk=planned.pk).update(accommodation_provided=False)
    with time_machine.travel(NOW, tick=False):
        confirm(cast, planned)
        response = client_for(cast.bob).post(
            reverse("internships:company_nights", args=[planned.pk]), {"week": "2025-10-13", "nights": 2}
        )
    assert response.status_code == 400
    assert not AccommodationWeek.objects.exists()


def test_a_bad_rating_an_early_or_a_second_evaluation_is_refused(cast, planned):
    url = reverse("internships:student_evaluate", args=[planned.pk])
    with time_machine.travel(NOW, tick=False):
        confirm(cast, planned)
    with time_machine.travel(sh("2025-11-13 10:00"), tick=False):
        student = client_for(cast.alice)
        assert student.post(url, {"stage": "end", "rating": 3}).status_code == 409  # not due yet
        assert student.post(url, {"stage": "mid", "rating": 9}).status_code == 400
        assert student.post(url, {"stage": "later", "rating": 3}).status_code == 400
        assert student.post(url, {"stage": "mid", "rating": 3, "comments": "好" * 1001}).status_code == 400
        assert student.post(url, {"stage": "mid", "rating": 3}).status_code == 302
        assert student.post(url, {"stage": "mid", "rating": 4}).status_code == 409
    assert list(Evaluation.objects.values_list("stage", "rating")) == [("mid", 3)]


def test_an_empty_or_too_long_problem_or_answer_is_refused(cast, planned):
    with time_machine.travel(NOW, tick=False):
        student = client_for(cast.alice)
        url = reverse("internships:student_problem", args=[planned.pk])
        assert student.post(url, {"text": ""}).status_code == 400
        assert student.post(url, {"text": "问" * 1001}).status_code == 400
        assert student.post(url, {"text": "宿舍没有网络。"}).status_code == 302
        problem = planned.problems.get()
        answer = reverse("internships:university_answer", args=[planned.pk, problem.pk])
        assert client_for(cast.carol).post(answer, {"response": ""}).status_code == 400
        assert client_for(cast.carol).post(answer, {"response": "已处理"}).status_code == 302
        assert client_for(cast.dave).post(answer, {"response": "再次回复"}).status_code == 409
    problem.refresh_from_db()
    assert problem.response == "已处理"


def test_ending_early_needs_a_day_inside_the_period_and_a_reason(cast, planned):
    url = reverse("internships:company_end", args=[planned.pk])
    with time_machine.travel(NOW, tick=False):
        confirm(cast, planned)
        bob = client_for(cast.bob)
        assert bob.post(url, {"ended_on": "2026-03-01", "reason": "项目取消"}).status_code == 400
        assert bob.post(url, {"ended_on": "2025-10-15", "reason": ""}).status_code == 400
        assert bob.post(url, {"ended_on": "2025-10-15", "reason": "项目取消"}).status_code == 302
    planned.refresh_from_db()
    assert planned.state == "ended_early" and str(planned.ended_on) == "2025-10-15"


def test_the_database_holds_the_rules_even_without_the_services(cast, planned):
    for update in ({"ends_on": "2025-01-01"}, {"ended_on": "2026-06-01"}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Placement.objects.filter(pk=planned.pk).update(**update)
    WeeklyLog.objects.create(placement=planned, week="2025-10-13", text="一")
    with pytest.raises(IntegrityError), transaction.atomic():
        WeeklyLog.objects.create(placement=planned, week="2025-10-13", text="二")
    with pytest.raises(IntegrityError), transaction.atomic():
        AccommodationWeek.objects.create(placement=planned, week="2025-10-13", nights=8)
    Evaluation.objects.create(placement=planned, stage="mid", side="student", rating=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Evaluation.objects.create(placement=planned, stage="mid", side="student", rating=4)
    with pytest.raises(IntegrityError), transaction.atomic():
        Evaluation.objects.create(placement=planned, stage="end", side="company", rating=0)
