"""What ``internships`` keeps about a person (placements, logs, evaluations, problems), for the export."""

from __future__ import annotations

from typing import Any

from django.forms.models import model_to_dict

from internships.models import Placement
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
