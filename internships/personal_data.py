"""What ``internships`` keeps about a person (placements, logs, evaluations, problems): export and erasure."""

from __future__ import annotations

from typing import Any

from django.forms.models import model_to_dict

from internships.models import Evaluation, Placement, Problem, WeeklyLog
from privacy.erasure import register_eraser
from privacy.exports import Section, plain, register


def placements(user: Any) -> Section:
    data = []
    for placement in Placement.objects.filter(student=user).prefetch_related(
        "logs", "evaluations", "problems"
    ):
        row = {k: plain(v) for k, v in model_to_dict(placement).items()}
        row["weekly_logs"] = [
            {k: plain(v) for k, v in model_to_dict(x).items()} for x in placement.logs.all()
        ]
        row["evaluations"] = [
            {k: plain(v) for k, v in model_to_dict(x).items()} for x in placement.evaluations.all()
        ]
        row["problems"] = [
            {k: plain(v) for k, v in model_to_dict(x).items()} for x in placement.problems.all()
        ]
        data.append(row)
    return Section(data)


register("internships", placements)


def erase(user: Any) -> dict[str, int]:
    """Placements stay (the returns count them); the student's own words are erased."""
    mine = Placement.objects.filter(student=user)
    return {
        "weekly_logs": WeeklyLog.objects.filter(placement__in=mine).update(text=""),
        "evaluations": Evaluation.objects.filter(placement__in=mine, by=user).update(comments=""),
        "problems": Problem.objects.filter(placement__in=mine).update(text="", response=""),
    }


register_eraser("internships", erase)
