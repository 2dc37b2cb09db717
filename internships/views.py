"""Placement pages for each side: the intern, the company, the university and the department.

Every view checks the role (``role_required``: 403) and then fetches the placement through
``access_placement``, which only finds the user's own (404 otherwise)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from directory.regions import region_codes  # the one rule of which regions a unit covers
from events_server.errors import DomainError
from internships.forms import (
    ConfirmPlacementForm,
    EndEarlyForm,
    EvaluationForm,
    NightsForm,
    ProblemForm,
    ResponseForm,
    SupervisorForm,
    WeeklyLogForm,
)
from internships.models import Evaluation, Placement, Problem
from internships.services import figures, journal
from internships.services.placements import (
    access_placement,
    assign_supervisor,
    confirm_placement,
    end_early,
    monday_of,
    placements_of,
    today,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

STUDENT, RECRUITER, STAFF, REVIEWER = "student", "recruiter", "university_staff", "reviewer"
DEPARTMENT_WEEKS = 8
PAGE_OF_ROLE = {
    STUDENT: "internships:student",
    RECRUITER: "internships:company",
    STAFF: "internships:university",
}


@role_required(STUDENT, RECRUITER, STAFF, REVIEWER)
def home(request: AuthenticatedRequest) -> HttpResponse:
    if request.user.role == REVIEWER:
        return redirect("internships:department")
    placements = placements_of(request.user)
    context: dict[str, Any] = {"placements": placements, "role": request.user.role}
    if request.user.role == STAFF:
        context["open_problems"] = (
            Problem.objects.filter(placement__in=placements, state=Problem.State.OPEN)
            .select_related("placement__application__profile")
            .order_by("respond_by")
        )
        context["now"] = timezone.now()
    return render(request, "internships/home.html", context)


def _act(
    request: AuthenticatedRequest,
    placement: Placement,
    page: Callable[..., HttpResponse],
    name: str,
    form: forms.BaseForm,
    action: Callable[[dict[str, Any]], object],
    done: str,
) -> HttpResponse:
    """Validate ``form``, run ``action``; on bad input show the page again with the message (4xx)."""
    if not form.is_valid():
        messages.error(request, _("Please correct the errors below."))
        return page(request, placement, status=400, **{name: form})
    try:
        action(form.cleaned_data)
    except DomainError as error:
        if error.field in form.fields:
            form.add_error(error.field, error.message)
        messages.error(request, error.message)
        return page(request, placement, status=error.status_code, **{name: form})
    messages.success(request, done)
    return redirect(PAGE_OF_ROLE[request.user.role], pk=placement.pk)


# --- the intern -----------------------------------------------------------------------------------


def _student_page(
    request: AuthenticatedRequest, placement: Placement, status: int = 200, **forms: Any
) -> HttpResponse:
    due = journal.open_evaluations(placement, request.user)
    log = journal.this_week_log(placement)
    context = {
        "placement": placement,
        "log_form": forms.get("log_form") or WeeklyLogForm(initial={"text": log.text if log else ""}),
        "problem_form": forms.get("problem_form") or ProblemForm(),
        "evaluation_forms": _evaluation_forms(due, forms.get("evaluation_form")),
        "this_week": monday_of(today()),
        "logs": placement.logs.all()[:20],
        "problems": placement.problems.all(),
        "evaluations": placement.evaluations.all(),
    }
    return render(request, "internships/student.html", context, status=status)


def _evaluation_forms(
    due: list[str], bound: EvaluationForm | None
) -> list[tuple[StrOrPromise, EvaluationForm]]:
    result: list[tuple[StrOrPromise, EvaluationForm]] = []
    for stage in due:
        form = bound if bound is not None and bound.data.get("stage") == stage else None
        form = form or EvaluationForm(initial={"stage": stage}, auto_id=f"{stage}_%s")
        result.append((Evaluation.Stage(stage).label, form))
    return result


def _posted_evaluation(request: AuthenticatedRequest) -> EvaluationForm:
    stage = request.POST.get("stage", "")
    return EvaluationForm(
        request.POST, auto_id=f"{stage if stage in Evaluation.Stage.values else 'evaluation'}_%s"
    )


@role_required(STUDENT)
def student(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _student_page(request, access_placement(request.user, pk))


@require_POST
@role_required(STUDENT)
def student_log(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    placement = access_placement(request.user, pk)
    return _act(
        request,
        placement,
        _student_page,
        "log_form",
        WeeklyLogForm(request.POST),
        lambda data: journal.write_log(placement, data["text"], by=request.user),
        _("This week's log is saved."),
    )


@require_POST
@role_required(STUDENT)
def student_evaluate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    placement = access_placement(request.user, pk)
    return _act(
        request,
        placement,
        _student_page,
        "evaluation_form",
        _posted_evaluation(request),
        lambda data: journal.evaluate(
            placement, data["stage"], data["rating"], data["comments"], by=request.user
        ),
        _("Thank you: your evaluation is saved."),
    )


@require_POST
@role_required(STUDENT)
def student_problem(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    placement = access_placement(request.user, pk)
    return _act(
        request,
        placement,
        _student_page,
        "problem_form",
        ProblemForm(request.POST),
        lambda data: journal.raise_problem(placement, data["text"], by=request.user),
        _("Your university supervisor has been told."),
    )


@require_POST
@role_required(STUDENT)
def student_close_problem(request: AuthenticatedRequest, pk: int, problem: int) -> HttpResponse:
    placement = access_placement(request.user, pk)
    journal.close_problem(journal.access_problem(placement, problem), by=request.user)
    messages.success(request, _("Problem closed."))
    return redirect("internships:student", pk=placement.pk)


# --- the company ----------------------------------------------------------------------------------


def _company_page(
    request: AuthenticatedRequest, placement: Placement, status: int = 200, **forms: Any
) -> HttpResponse:
    weeks = journal.nights_weeks(placement) if placement.state != Placement.State.PLANNED else []
    due = journal.open_evaluations(placement, request.user)
    context = {
        "placement": placement,
        "confirm_form": forms.get("confirm_form") or ConfirmPlacementForm(instance=placement),
        "nights_form": forms.get("nights_form") or NightsForm(weeks=weeks),
        "end_form": forms.get("end_form") or EndEarlyForm(initial={"ended_on": today()}),
        "evaluation_forms": _evaluation_forms(due, forms.get("evaluation_form")),
        "nights": placement.accommodation_weeks.all(),
        "can_record_nights": placement.accommodation_provided and bool(weeks),
        "logs": placement.logs.all()[:20],
        "evaluations": placement.evaluations.all(),
    }
    return render(request, "internships/company.html", context, status=status)


@role_required(RECRUITER)
def company(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _company_page(request, access_placement(request.user, pk))


@require_POST
@role_required(RECRUITER)
def company_confirm(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    placement = access_placement(request.user, pk)
    form = ConfirmPlacementForm(request.POST, instance=Placement(pk=placement.pk))
    return _act(
        request,
        placement,
        _company_page,
        "confirm_form",
        form,
        lambda data: confirm_placement(placement, by=request.user, **data),
        _("Placement confirmed; the intern and the university have been told."),
    )


@require_POST
@role_required(RECRUITER)
def company_nights(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    placement = access_placement(request.user, pk)
    form = NightsForm(request.POST, weeks=journal.nights_weeks(placement))
    return _act(
        request,
        placement,
        _company_page,
        "nights_form",
        form,
        lambda data: journal.record_nights(placement, data["week"], data["nights"], by=request.user),
        _("Accommodation recorded."),
    )


@require_POST
@role_required(RECRUITER)
def company_evaluate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    placement = access_placement(request.user, pk)
    return _act(
        request,
        placement,
        _company_page,
        "evaluation_form",
        _posted_evaluation(request),
        lambda data: journal.evaluate(
            placement, data["stage"], data["rating"], data["comments"], by=request.user
        ),
        _("Thank you: your evaluation is saved."),
    )


@require_POST
@role_required(RECRUITER)
def company_end(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    placement = access_placement(request.user, pk)
    return _act(
        request,
        placement,
        _company_page,
        "end_form",
        EndEarlyForm(request.POST),
        lambda data: end_early(placement, on=data["ended_on"], reason=data["reason"], by=request.user),
        _("The placement has ended."),
    )


# --- the university -------------------------------------------------------------------------------


def _university_page(
    request: AuthenticatedRequest, placement: Placement, status: int = 200, **forms: Any
) -> HttpResponse:
    context = {
        "placement": placement,
        "supervisor_form": forms.get("supervisor_form")
        or SupervisorForm(
            university_id=placement.university_id, initial={"supervisor": placement.supervisor_id}
        ),
        "response_form": forms.get("response_form") or ResponseForm(),
        "problems": placement.problems.select_related("responded_by"),
        "logs": placement.logs.all()[:20],
        "evaluations": placement.evaluations.all(),
        "nights": placement.accommodation_weeks.all(),
        "now": timezone.now(),
    }
    return render(request, "internships/university.html", context, status=status)


@role_required(STAFF)
def university(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _university_page(request, access_placement(request.user, pk))


@require_POST
@role_required(STAFF)
def university_supervisor(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    placement = access_placement(request.user, pk)
    form = SupervisorForm(request.POST, university_id=placement.university_id)
    return _act(
        request,
        placement,
        _university_page,
        "supervisor_form",
        form,
        lambda data: assign_supervisor(placement, data["supervisor"], by=request.user),
        _("Supervisor assigned."),
    )


@require_POST
@role_required(STAFF)
def university_answer(request: AuthenticatedRequest, pk: int, problem: int) -> HttpResponse:
    placement = access_placement(request.user, pk)
    found = journal.access_problem(placement, problem)
    return _act(
        request,
        placement,
        _university_page,
        "response_form",
        ResponseForm(request.POST),
        lambda data: journal.answer_problem(found, data["response"], by=request.user),
        _("Answer sent to the intern."),
    )


# --- the department -------------------------------------------------------------------------------


@role_required(REVIEWER)
def department(request: AuthenticatedRequest) -> HttpResponse:
    user: User = request.user
    placements = Placement.objects.all()
    codes = region_codes(user.organisation.region) if user.organisation else []
    if codes is not None:
        placements = placements.filter(application__job__region_id__in=codes)
    this_monday = monday_of(today())
    mondays = [this_monday - dt.timedelta(weeks=n) for n in range(DEPARTMENT_WEEKS)]
    rows = figures.weekly_rows(placements, mondays)
    return render(request, "internships/department.html", {"rows": rows, "unit": user.organisation})
