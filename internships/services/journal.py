"""What happens during a placement: the student's weekly log, the accommodation nights the company
records, the mid-way and end evaluations from both sides, and problems raised to the university."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from audit.services import record
from events_server.errors import Conflict, DomainError, NotAllowed
from internships.models import (
    LOG_MAX_CHARS,
    MAX_NIGHTS_PER_WEEK,
    TEXT_MAX_CHARS,
    AccommodationWeek,
    Evaluation,
    Placement,
    Problem,
    WeeklyLog,
)
from internships.services.placements import complete_if_evaluated, lock, monday_of, today
from notifications.services import lazy_text, notify, notify_members

MAX_OPEN_PROBLEMS = 5
EVALUATING_STATES = (Placement.State.ACTIVE, Placement.State.ENDED_EARLY)


def _text(value: str, cap: int, field: str) -> str:
    value = value.strip()
    if not value:
        raise DomainError(_("Write something first."), field=field)
    if len(value) > cap:
        raise DomainError(
            _("Keep it to %(cap)d characters (this is %(length)d).") % {"cap": cap, "length": len(value)},
            field=field,
        )
    return value


# --- weekly log -----------------------------------------------------------------------------------


def this_week_log(placement: Placement) -> WeeklyLog | None:
    return placement.logs.filter(week=monday_of(today())).first()


@transaction.atomic
def write_log(placement: Placement, text: str, *, by: User) -> WeeklyLog:
    """The student's short log of the current week; writing again replaces the week's text."""
    placement = lock(placement)
    if by.pk != placement.student_id:
        raise NotAllowed(_("Only the intern writes the weekly log."))
    if placement.state != Placement.State.ACTIVE:
        raise Conflict(_("Logs are written while the internship is under way."))
    week = monday_of(today())
    if not monday_of(placement.starts_on) <= week <= placement.last_day:
        raise Conflict(_("This week is outside the internship's dates."))
    log, _created = WeeklyLog.objects.update_or_create(
        placement=placement, week=week, defaults={"text": _text(text, LOG_MAX_CHARS, "text")}
    )
    return log


# --- accommodation --------------------------------------------------------------------------------


def nights_weeks(placement: Placement) -> list[dt.date]:
    """The Mondays the company may record nights for: the placement's weeks up to this one."""
    first, last = monday_of(placement.starts_on), min(monday_of(placement.last_day), monday_of(today()))
    return [first + dt.timedelta(weeks=n) for n in range(max(0, (last - first).days // 7 + 1))]


@transaction.atomic
def record_nights(placement: Placement, week: dt.date, nights: int, *, by: User) -> AccommodationWeek:
    placement = lock(placement)
    if by.role != User.Role.RECRUITER or by.organisation_id != placement.company_id:
        raise NotAllowed(_("Only the company records accommodation."))
    if not placement.accommodation_provided:
        raise DomainError(_("This placement has no free accommodation."))
    if placement.state == Placement.State.PLANNED:
        raise Conflict(_("Confirm the placement first."))
    if week not in nights_weeks(placement):
        raise DomainError(_("Choose a week of the internship up to this one."), field="week")
    if not 0 <= nights <= MAX_NIGHTS_PER_WEEK:
        raise DomainError(_("A week has 0 to 7 nights."), field="nights")
    figure, _created = AccommodationWeek.objects.update_or_create(
        placement=placement, week=week, defaults={"nights": nights, "recorded_by": by}
    )
    record(
        "internships.accommodation.recorded",
        actor=by,
        obj=placement,
        after={"week": str(week), "nights": nights},
    )
    return figure


# --- evaluations ----------------------------------------------------------------------------------


def midpoint(placement: Placement) -> dt.date:
    return placement.starts_on + (placement.ends_on - placement.starts_on) / 2


def due_stages(placement: Placement, on: dt.date | None = None) -> list[str]:
    """Mid-way from half the period, the end evaluation from the last day."""
    on = on or today()
    stages: list[str] = []
    if placement.state == Placement.State.ACTIVE and on >= midpoint(placement):
        stages.append(Evaluation.Stage.MID)
    if placement.state in EVALUATING_STATES and on >= placement.last_day:
        stages.append(Evaluation.Stage.END)
    return stages


def side_of(user: User, placement: Placement) -> str:
    if user.pk == placement.student_id:
        return Evaluation.Side.STUDENT
    if user.role == User.Role.RECRUITER and user.organisation_id == placement.company_id:
        return Evaluation.Side.COMPANY
    raise NotAllowed(_("Only the intern and the company evaluate a placement."))


def open_evaluations(placement: Placement, user: User) -> list[str]:
    """Stages due that ``user``'s side has not evaluated yet."""
    side = side_of(user, placement)
    done = set(placement.evaluations.filter(side=side).values_list("stage", flat=True))
    return [stage for stage in due_stages(placement) if stage not in done]


@transaction.atomic
def evaluate(placement: Placement, stage: str, rating: int, comments: str, *, by: User) -> Evaluation:
    placement = lock(placement)
    side = side_of(by, placement)
    if stage not in Evaluation.Stage.values:
        raise DomainError(_("Unknown evaluation stage."), field="stage")
    if stage not in due_stages(placement):
        raise Conflict(_("This evaluation is not due yet."))
    if not 1 <= rating <= 5:
        raise DomainError(_("Rate from 1 to 5."), field="rating")
    if placement.evaluations.filter(stage=stage, side=side).exists():
        raise Conflict(_("Your side has already submitted this evaluation."))
    comments = comments.strip()
    if len(comments) > TEXT_MAX_CHARS:
        raise DomainError(_("Keep it to %(cap)d characters.") % {"cap": TEXT_MAX_CHARS}, field="comments")
    evaluation = Evaluation.objects.create(
        placement=placement, stage=stage, side=side, rating=rating, comments=comments, by=by
    )
    record("internships.evaluation.submitted", actor=by, obj=placement, after={"stage": stage, "side": side})
    if stage == Evaluation.Stage.END:
        complete_if_evaluated(placement, by=by)
    return evaluation


# --- problems -------------------------------------------------------------------------------------


def response_time() -> dt.timedelta:
    return dt.timedelta(days=settings.INTERNSHIP_PROBLEM_RESPONSE_DAYS)


@transaction.atomic
def raise_problem(placement: Placement, text: str, *, by: User) -> Problem:
    placement = lock(placement)
    if by.pk != placement.student_id:
        raise NotAllowed(_("Only the intern raises problems here."))
    if placement.state not in (Placement.State.PLANNED, Placement.State.ACTIVE):
        raise Conflict(_("This placement has ended."))
    text = _text(text, TEXT_MAX_CHARS, "text")
    if placement.problems.filter(state=Problem.State.OPEN).count() >= MAX_OPEN_PROBLEMS:
        raise Conflict(
            _("You have %(count)d open problems; wait for an answer first.") % {"count": MAX_OPEN_PROBLEMS}
        )
    now = timezone.now()
    problem = Problem.objects.create(
        placement=placement, raised_by=by, text=text, raised_at=now, respond_by=now + response_time()
    )
    record("internships.problem.raised", actor=by, obj=problem)
    title = lazy_text(
        gettext_lazy("%(student)s raised a problem in their internship"),
        student=placement.application.profile.full_name,
    )
    body = lazy_text(
        gettext_lazy("Please answer by %(due)s."),
        due=timezone.localtime(problem.respond_by).strftime("%Y-%m-%d %H:%M"),
    )
    url = reverse("internships:university", args=[placement.pk])
    if placement.supervisor:
        notify(placement.supervisor, "internships.problem.raised", title, body, url)
    else:
        notify_members(placement.university, "internships.problem.raised", title, body, url)
    return problem


def access_problem(placement: Placement, problem_id: int) -> Problem:
    problem = placement.problems.filter(pk=problem_id).first()
    if problem is None:
        raise Http404
    return problem


@transaction.atomic
def answer_problem(problem: Problem, response: str, *, by: User) -> None:
    placement = problem.placement
    if by.role != User.Role.UNIVERSITY_STAFF or by.organisation_id != placement.university_id:
        raise NotAllowed(_("Only the student's university answers problems."))
    locked = Problem.objects.select_for_update().get(pk=problem.pk)
    if locked.state != Problem.State.OPEN:
        raise Conflict(_("This problem has already been answered."))
    locked.response = _text(response, TEXT_MAX_CHARS, "response")
    locked.responded_by, locked.responded_at = by, timezone.now()
    locked.state = Problem.State.ANSWERED
    locked.save()
    record("internships.problem.answered", actor=by, obj=locked)
    notify(
        placement.student,
        "internships.problem.answered",
        gettext_lazy("Your university answered your problem"),
        locked.response,
        reverse("internships:student", args=[placement.pk]),
    )


def close_problem(problem: Problem, *, by: User) -> None:
    if by.pk != problem.placement.student_id:
        raise NotAllowed(_("Only the intern closes their problem."))
    if problem.state != Problem.State.ANSWERED:
        raise Conflict(_("Only an answered problem can be closed."))
    problem.state = Problem.State.CLOSED
    problem.save(update_fields=["state"])
    record("internships.problem.closed", actor=by, obj=problem)
