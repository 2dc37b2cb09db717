"""Who may open and change which placement: role first (403), then ownership (404)."""

from __future__ import annotations

import pytest
import time_machine
from django.urls import reverse

from internships.models import AccommodationWeek, Placement, Problem, WeeklyLog
from internships.services import journal
from internships.services.placements import confirm_placement
from internships.tests.conftest import client_for, sh

NOW = sh("2025-10-15 10:00")


@pytest.fixture
def placement(cast) -> Placement:
    with time_machine.travel(NOW, tick=False):
        placement = cast.hire(cast.alice)
        confirm_placement(
            placement,
            starts_on=placement.starts_on,
            ends_on=placement.ends_on,
            mentor_name="李工",
            mentor_title="",
            by=cast.bob,
        )
        journal.raise_problem(placement, "导师一直出差。", by=cast.alice)
    return placement


PAGES = {
    "student": ("internships:student", "alice"),
    "company": ("internships:company", "bob"),
    "university": ("internships:university", "carol"),
}
# (page, who) → the status they get. Owners 200; same role, not theirs: 404; another role: 403.
MATRIX = [
    ("student", "alice", 200),
    ("student", "mallory", 404),
    ("student", "bob", 403),
    ("student", "carol", 403),
    ("student", "jin", 403),
    ("company", "bob", 200),
    ("company", "eve", 404),
    ("company", "alice", 403),
    ("company", "carol", 403),
    ("company", "jin", 403),
    ("university", "carol", 200),
    ("university", "dave", 200),
    ("university", "olga", 404),
    ("university", "alice", 403),
    ("university", "bob", 403),
    ("university", "jin", 403),
]


@pytest.mark.parametrize(("page", "who", "status"), MATRIX)
def test_each_placement_page_opens_only_for_its_own_people(cast, placement, page, who, status):
    url = reverse(PAGES[page][0], args=[placement.pk])
    with time_machine.travel(NOW, tick=False):
        assert client_for(getattr(cast, who)).get(url).status_code == status


def test_lists_show_each_side_only_their_own_placements(cast, placement):
    with time_machine.travel(NOW, tick=False):
        mine = {
            who: client_for(getattr(cast, who)).get(reverse("internships:home")).text
            for who in ("alice", "mallory", "bob", "eve", "carol", "olga")
        }
    assert reverse("internships:student", args=[placement.pk]) in mine["alice"]
    assert reverse("internships:company", args=[placement.pk]) in mine["bob"]
    assert reverse("internships:university", args=[placement.pk]) in mine["carol"]
    assert "导师一直出差" in mine["carol"]  # the open problem on the university's board
    for who in ("mallory", "eve", "olga"):
        assert "王小丽" not in mine[who] and "导师一直出差" not in mine[who]


def test_nobody_changes_another_sides_placement(cast, placement):
    problem = Problem.objects.get()
    attempts = [
        ("mallory", "internships:student_log", [placement.pk], {"text": "冒名日志"}, 404),
        ("mallory", "internships:student_problem", [placement.pk], {"text": "冒名问题"}, 404),
        ("mallory", "internships:student_evaluate", [placement.pk], {"stage": "mid", "rating": 1}, 404),
        ("eve", "internships:company_nights", [placement.pk], {"week": "2025-10-13", "nights": 7}, 404),
        ("eve", "internships:company_evaluate", [placement.pk], {"stage": "mid", "rating": 1}, 404),
        ("eve", "internships:company_end", [placement.pk], {"ended_on": "2025-10-15", "reason": "x"}, 404),
        ("olga", "internships:university_answer", [placement.pk, problem.pk], {"response": "冒名回复"}, 404),
        ("olga", "internships:university_supervisor", [placement.pk], {"supervisor": cast.olga.pk}, 404),
        ("carol", "internships:company_nights", [placement.pk], {"week": "2025-10-13", "nights": 7}, 403),
        ("bob", "internships:university_answer", [placement.pk, problem.pk], {"response": "公司回复"}, 403),
        ("alice", "internships:company_end", [placement.pk], {"ended_on": "2025-10-15", "reason": "x"}, 403),
        ("jin", "internships:student_log", [placement.pk], {"text": "主管部门"}, 403),
    ]
    with time_machine.travel(NOW, tick=False):
        for who, name, args, data, status in attempts:
            response = client_for(getattr(cast, who)).post(reverse(name, args=args), data)
            assert response.status_code == status, (who, name)
    placement.refresh_from_db()
    problem.refresh_from_db()
    assert placement.state == "active" and placement.supervisor is None
    assert problem.state == "open" and not problem.response
    assert not WeeklyLog.objects.exists() and not AccommodationWeek.objects.exists()
    assert not placement.evaluations.exists() and Problem.objects.count() == 1


def test_a_supervisor_must_be_career_staff_of_the_students_university(cast, placement):
    with time_machine.travel(NOW, tick=False):
        response = client_for(cast.carol).post(
            reverse("internships:university_supervisor", args=[placement.pk]), {"supervisor": cast.olga.pk}
        )
    assert response.status_code == 400
    placement.refresh_from_db()
    assert placement.supervisor is None


def test_the_department_page_is_for_department_reviewers_only(cast):
    url = reverse("internships:department")
    with time_machine.travel(NOW, tick=False):
        assert client_for(cast.jin).get(url).status_code == 200
        for who in ("alice", "bob", "carol"):
            assert client_for(getattr(cast, who)).get(url).status_code == 403
        assert client_for(cast.jin).get(reverse("internships:home")).status_code == 302


def test_anonymous_visitors_are_sent_to_log_in(client, placement):
    response = client.get(reverse("internships:student", args=[placement.pk]))
    assert response.status_code == 302 and "/login" in response["Location"]
