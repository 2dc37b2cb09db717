"""A placement's life: proposed when an internship application is hired, confirmed by the company,
supervised by the university, completed after both end evaluations or ended early.

``access_*`` fetch a placement for a user or raise Http404 (another company's, university's or
student's placement does not exist for them); ``propose``/``confirm``/... change state, write an
audit entry and tell the people concerned."""

from __future__ import annotations

import calendar
import datetime as dt
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from audit.services import record, snapshot
from events_server.errors import Conflict, DomainError
from internships.models import Evaluation, Placement
from jobs.models import Application, JobPosting
from notifications.services import lazy_text, notify, notify_members

SHANGHAI = ZoneInfo("Asia/Shanghai")
DEFAULT_MONTHS = 3
RUNNING = (Placement.State.PLANNED, Placement.State.ACTIVE)


def today() -> dt.date:
    return timezone.now().astimezone(SHANGHAI).date()


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def default_period(job: JobPosting, start: dt.date) -> tuple[dt.date, dt.date]:
    """From ``start`` for the posting's months (three if it names none), last day inclusive."""
    months = job.internship_months or DEFAULT_MONTHS
    return start, add_months(start, months) - dt.timedelta(days=1)


def _url(name: str, placement: Placement) -> str:
    return reverse(f"internships:{name}", args=[placement.pk])


# --- who may open which placement -------------------------------------------------------------


def placements_of(user: User) -> QuerySet[Placement]:
    """The placements ``user`` works with in their role; none for other roles."""
    placements = Placement.objects.select_related(
        "application__job", "application__profile", "company", "university", "supervisor"
    )
    if user.role == User.Role.STUDENT:
        return placements.filter(student=user)
    if user.role == User.Role.RECRUITER and user.organisation_id:
        return placements.filter(company_id=user.organisation_id)
    if user.role == User.Role.UNIVERSITY_STAFF and user.organisation_id:
        return placements.filter(university_id=user.organisation_id)
    return placements.none()


def access_placement(user: User, placement_id: int) -> Placement:
    try:
        return placements_of(user).get(pk=placement_id)
    except Placement.DoesNotExist:
        raise Http404 from None


# --- the placement's life -------------------------------------------------------------------------


@transaction.atomic
def propose_placement(application: Application, *, by: User) -> Placement | None:
    """Called on every status change: a hired internship application becomes a planned placement."""
    job = application.job
    if application.status != Application.Status.HIRED or job.kind != JobPosting.Kind.INTERNSHIP:
        return None
    existing = Placement.objects.filter(application=application).first()
    if existing:
        return existing
    starts_on, ends_on = default_period(job, today())
    placement = Placement.objects.create(
        application=application,
        student=application.student,
        company=job.company,
        university=application.profile.university,
        starts_on=starts_on,
        ends_on=ends_on,
        accommodation_provided=job.accommodation,
    )
    record("internships.placement.proposed", actor=by, obj=placement, after=_snapshot(placement))
    notify(
        application.student,
        "internships.placement.proposed",
        lazy_text(gettext_lazy("Your internship at %(company)s is being arranged"), company=job.company.name),
        gettext_lazy("The company confirms the dates and your mentor next."),
        _url("student", placement),
    )
    title = lazy_text(
        gettext_lazy("Confirm the internship of %(student)s"), student=application.profile.full_name
    )
    body = gettext_lazy("Set the dates and name the mentor; the placement starts once confirmed.")
    if by.role == User.Role.RECRUITER:
        notify(by, "internships.placement.to_confirm", title, body, _url("company", placement))
    else:  # hired when the student accepted the offer: the company's recruiters confirm it
        notify_members(
            job.company, "internships.placement.to_confirm", title, body, _url("company", placement)
        )
    return placement


def lock(placement: Placement) -> Placement:
    """The placement's row, locked until the transaction ends: one change at a time per placement."""
    return Placement.objects.select_for_update().get(pk=placement.pk)


def _snapshot(placement: Placement) -> dict[str, object]:
    return snapshot(
        placement,
        ["state", "starts_on", "ends_on", "mentor_name", "mentor_title", "accommodation_provided"],
    )


def _check_dates(starts_on: dt.date, ends_on: dt.date) -> None:
    if ends_on < starts_on:
        raise DomainError(_("The last day cannot be before the first day."), field="ends_on")


@transaction.atomic
def confirm_placement(
    placement: Placement,
    *,
    starts_on: dt.date,
    ends_on: dt.date,
    mentor_name: str,
    mentor_title: str,
    by: User,
) -> Placement:
    """The company confirms dates and mentor; the placement is then under way."""
    locked = lock(placement)
    if locked.state != Placement.State.PLANNED:
        raise Conflict(_("This placement has already been confirmed."))
    _check_dates(starts_on, ends_on)
    if not mentor_name.strip():
        raise DomainError(_("Name the company mentor."), field="mentor_name")
    before = _snapshot(locked)
    locked.starts_on, locked.ends_on = starts_on, ends_on
    locked.mentor_name, locked.mentor_title = mentor_name.strip(), mentor_title.strip()
    locked.state = Placement.State.ACTIVE
    locked.save()
    record("internships.placement.started", actor=by, obj=locked, before=before, after=_snapshot(locked))
    body = lazy_text(
        gettext_lazy("%(start)s to %(end)s, mentor %(mentor)s."),
        start=starts_on,
        end=ends_on,
        mentor=locked.mentor_name,
    )
    notify(
        locked.student,
        "internships.placement.confirmed",
        gettext_lazy("Your internship is confirmed"),
        body,
        _url("student", locked),
    )
    notify_members(
        locked.university,
        "internships.placement.confirmed",
        lazy_text(
            gettext_lazy("%(student)s starts an internship at %(company)s"),
            student=locked.application.profile.full_name,
            company=locked.company.name,
        ),
        body,
        _url("university", locked),
    )
    placement.refresh_from_db()
    return placement


@transaction.atomic
def assign_supervisor(placement: Placement, supervisor: User, *, by: User) -> None:
    if supervisor.role != User.Role.UNIVERSITY_STAFF or supervisor.organisation_id != placement.university_id:
        raise DomainError(_("The supervisor must be career-office staff of the student's university."))
    if placement.state not in RUNNING:
        raise Conflict(_("This placement has ended."))
    before = {"supervisor": placement.supervisor_id}
    placement.supervisor = supervisor
    placement.save(update_fields=["supervisor", "updated_at"])
    record(
        "internships.supervisor.assigned",
        actor=by,
        obj=placement,
        before=before,
        after={"supervisor": supervisor.pk},
    )
    notify(
        supervisor,
        "internships.placement.supervisor",
        gettext_lazy("You supervise an internship"),
        str(placement),
        _url("university", placement),
    )


@transaction.atomic
def end_early(placement: Placement, *, on: dt.date, reason: str, by: User) -> None:
    locked = lock(placement)
    if locked.state != Placement.State.ACTIVE:
        raise Conflict(_("Only a placement under way can end early."))
    if not locked.starts_on <= on <= locked.ends_on:
        raise DomainError(_("The last day must be inside the placement's period."), field="ended_on")
    if not reason.strip():
        raise DomainError(_("Say why the placement ends early."), field="reason")
    locked.state, locked.ended_on = Placement.State.ENDED_EARLY, on
    locked.save(update_fields=["state", "ended_on", "updated_at"])
    record(
        "internships.placement.ended_early",
        actor=by,
        obj=locked,
        after={"ended_on": str(on)},
        reason=reason.strip()[:500],
    )
    for person in {p for p in (locked.student, locked.supervisor) if p is not None} - {by}:
        notify(
            person,
            "internships.placement.ended_early",
            gettext_lazy("An internship ended early"),
            reason.strip(),
            _url(_side_page(person), locked),
        )
    placement.state, placement.ended_on = locked.state, locked.ended_on


def complete_if_evaluated(placement: Placement, *, by: User) -> bool:
    """Both end evaluations in: the placement is completed."""
    ends = placement.evaluations.filter(stage=Evaluation.Stage.END).count()
    if ends < len(Evaluation.Side) or placement.state != Placement.State.ACTIVE:
        return False
    placement.state = Placement.State.COMPLETED
    placement.save(update_fields=["state", "updated_at"])
    record("internships.placement.completed", actor=by, obj=placement)
    for person in {p for p in (placement.student, placement.supervisor) if p is not None}:
        notify(
            person,
            "internships.placement.completed",
            gettext_lazy("An internship is completed"),
            str(placement),
            _url(_side_page(person), placement),
        )
    return True


def _side_page(user: User) -> str:
    return "student" if user.role == User.Role.STUDENT else "university"
