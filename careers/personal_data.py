"""What ``careers`` keeps about a person (online resume, diagnoses, mock interviews and any kept
recording): export and erasure. Usage counts are anonymous and stay."""

from __future__ import annotations

from typing import Any

from django.forms.models import model_to_dict

from careers.models import Answer, Diagnosis, Entry, Interview, Resume
from privacy.erasure import register_eraser
from privacy.exports import Section, plain, register


def careers(user: Any) -> Section:
    data: dict[str, Any] = {"resume": None, "diagnoses": [], "interviews": []}
    files: list[tuple[str, Any]] = []
    resume = Resume.objects.filter(user=user).first()
    if resume:
        data["resume"] = {k: plain(v) for k, v in model_to_dict(resume).items()}
        data["resume"]["entries"] = [
            {k: plain(v) for k, v in model_to_dict(e).items()} for e in Entry.objects.filter(resume=resume)
        ]
    for d in Diagnosis.objects.filter(user=user):
        data["diagnoses"].append(
            {k: plain(v) for k, v in model_to_dict(d).items()} | {"created_at": plain(d.created_at)}
        )
    for interview in Interview.objects.filter(user=user).prefetch_related("answers"):
        row = {k: plain(v) for k, v in model_to_dict(interview).items()}
        row["answers"] = []
        for a in interview.answers.all():
            row["answers"].append({k: plain(v) for k, v in model_to_dict(a).items()})
            if a.recording:
                files.append(
                    (f"careers/recordings/{a.pk}-{(a.recording.name or '').rsplit('/', 1)[-1]}", a.recording)
                )
        data["interviews"].append(row)
    return Section(data, files)


register("careers", careers)


def erase(user: Any) -> dict[str, int]:
    recordings = 0
    for answer in Answer.objects.filter(interview__user=user).exclude(recording=""):
        answer.recording.delete(save=False)
        recordings += 1
    return {
        "recordings": recordings,
        "interviews": Interview.objects.filter(user=user).delete()[0],
        "diagnoses": Diagnosis.objects.filter(user=user).delete()[0],
        "resume": Resume.objects.filter(user=user).delete()[0],
    }


register_eraser("careers", erase)
