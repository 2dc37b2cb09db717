"""Business rules for interviews: invite, pick a slot, reschedule, cancel, reminders, outcomes,
the calendar file and who may enter the 1:1 video room when.

Views, the socket consumer and tasks call these; none of them writes a rule again. Every change
that concerns the other side tells them through ``notifications.services.notify``.

Double booking: a recruiter's booked slots never overlap. ``book`` writes first (the interview's
status, then the slot), so on SQLite the transaction holds the database's write lock before it
checks the recruiter's diary, and two bookings cannot both pass the check; on PostgreSQL the
exclusion constraint ``interview_booked_slots_of_a_recruiter_never_overlap`` refuses the second
write (``IntegrityError``), whatever any check saw."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, connection, transaction
from django.db.models import F, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.roles import is_platform_admin
from audit.services import record
from booking.ics import CalendarEvent, build_calendar, stable_uid
from events_server.errors import Conflict, DomainError, NotAllowed
from interviews.models import Interview, Slot
from jobs.models import Application
from jobs.services import access_company_application, change_application_status, check_company_member
from livestream.turn import mint
from notifications.services import lazy_text, notify

MAX_SLOTS = 10
# Where an interview may be invited from: the application is still open.
INVITABLE = {Application.Status.RECEIVED, Application.Status.VIEWED, Application.Status.INTERVIEW}
OPEN = {Interview.Status.INVITED, Interview.Status.SCHEDULED, Interview.Status.CHANGE_REQUESTED}


class Side(StrEnum):
    RECRUITER = "recruiter"
    STUDENT = "student"


class Before(StrEnum):
    """Which reminder: a day or an hour before the start."""

    DAY = "day"
    HOUR = "hour"


REMINDER_LEAD = {Before.DAY: dt.timedelta(hours=24), Before.HOUR: dt.timedelta(hours=1)}
REMINDER_FIELD = {Before.DAY: "reminded_day_before", Before.HOUR: "reminded_hour_before"}


class SlotTaken(Conflict):
    code = "slot_taken"


class LoginRequired(NotAllowed):
    status_code = 401
    code = "login"


class OutsideWindow(Conflict):
    code = "outside_window"


@dataclass(frozen=True)
class Invitation:
    """What the recruiter sends: how, how long, where, and the times offered (one when fixed)."""

    mode: str
    minutes: int
    times: Sequence[dt.datetime]
    fixed: bool = False
    venue: str = ""
    address: str = ""
    note: str = ""


# ---- who sees what ---------------------------------------------------------------------------


def _interviews() -> QuerySet[Interview]:
    return Interview.objects.select_related(
        "application", "application__job", "application__job__company", "application__profile", "recruiter"
    )


def access(user: User, interview_id: int) -> tuple[Interview, Side]:
    """The interview and the side ``user`` is on: the applicant, or a recruiter of the job's
    company (an administrator sees it as a recruiter). Anyone else: it does not exist (404)."""
    interview = _interviews().filter(pk=interview_id).first()
    if interview is None:
        raise Http404
    if interview.application.student_id == user.pk:
        return interview, Side.STUDENT
    company_id = interview.application.job.company_id
    if is_platform_admin(user) or (user.role == User.Role.RECRUITER and user.organisation_id == company_id):
        return interview, Side.RECRUITER
    raise Http404


def access_as_recruiter(user: User, interview_id: int) -> Interview:
    interview, side = access(user, interview_id)
    if side != Side.RECRUITER:
        raise NotAllowed(_("Only the company's recruiters can do that."))
    check_company_member(user, interview.application.job.company)
    return interview


def access_as_student(user: User, interview_id: int) -> Interview:
    interview, side = access(user, interview_id)
    if side != Side.STUDENT:
        raise NotAllowed(_("Only the applicant can do that."))
    return interview


def for_student(user: User) -> QuerySet[Interview]:
    return _interviews().filter(application__student=user).order_by(F("starts_at").desc(nulls_first=True))


def for_company(user: User) -> QuerySet[Interview]:
    queryset = _interviews()
    if not is_platform_admin(user):
        queryset = queryset.filter(application__job__company_id=user.organisation_id)
    return queryset.order_by(F("starts_at").asc(nulls_first=True), "-created_at")


def open_slots(interview: Interview) -> list[Slot]:
    """The slots the applicant may still pick (in the future, not taken in the recruiter's diary)."""
    now = timezone.now()
    slots = list(interview.slots.filter(booked=False, starts_at__gt=now))
    return [slot for slot in slots if not clashes(slot.recruiter_id, slot.starts_at, slot.ends_at).exists()]


def clashes(
    recruiter_id: int, starts_at: dt.datetime, ends_at: dt.datetime, *, exclude: int | None = None
) -> QuerySet[Slot]:
    """The recruiter's booked slots that overlap [starts_at, ends_at)."""
    found = Slot.objects.filter(
        recruiter_id=recruiter_id, booked=True, starts_at__lt=ends_at, ends_at__gt=starts_at
    )
    return found.exclude(pk=exclude) if exclude else found


def url_of(interview: Interview) -> str:
    return reverse("interviews:detail", args=[interview.pk])


def when(interview: Interview) -> str:
    if interview.starts_at is None:
        return ""
    return date_format(timezone.localtime(interview.starts_at), "Y-m-d H:i")


# ---- the invitation and its times ----------------------------------------------------------------


def _clean(invitation: Invitation) -> list[tuple[dt.datetime, dt.datetime]]:
    if invitation.mode not in Interview.Mode.values:
        raise DomainError(_("Choose how the interview is held."), field="mode")
    if not 5 <= invitation.minutes <= 480:
        raise DomainError(_("An interview lasts between 5 minutes and 8 hours."), field="minutes")
    if invitation.mode == Interview.Mode.ONSITE and not invitation.address.strip():
        raise DomainError(_("Give the address of an on-site interview."), field="address")
    times = sorted(set(invitation.times))
    if not times:
        raise DomainError(_("Offer at least one time."), field="time")
    if invitation.fixed and len(times) != 1:
        raise DomainError(_("A fixed time is one time; offer several as slots instead."), field="time")
    if len(times) > MAX_SLOTS:
        raise DomainError(_("Offer at most %(n)d times.") % {"n": MAX_SLOTS}, field="time")
    now = timezone.now()
    length = dt.timedelta(minutes=invitation.minutes)
    ranges: list[tuple[dt.datetime, dt.datetime]] = []
    for start in times:
        if start.utcoffset() is None:
            raise DomainError(_("Enter each time with a date and a time."), field="time")
        if start <= now:
            raise DomainError(_("Every time offered must be in the future."), field="time")
        if start > now + dt.timedelta(days=366):
            raise DomainError(_("Offer times within the next year."), field="time")
        if ranges and start < ranges[-1][1]:
            raise DomainError(_("The times offered overlap each other."), field="time")
        ranges.append((start, start + length))
    return ranges


def _offer(interview: Interview, ranges: list[tuple[dt.datetime, dt.datetime]], by: User) -> list[Slot]:
    """New slots in ``by``'s diary; a time the diary already has booked is refused."""
    for start, end in ranges:
        if clashes(by.pk, start, end).exists():
            local = date_format(timezone.localtime(start), "Y-m-d H:i")
            raise SlotTaken(
                _("You already have an interview at %(time)s; offer another time.") % {"time": local},
                field="time",
            )
    return Slot.objects.bulk_create(
        Slot(interview=interview, recruiter=by, starts_at=start, ends_at=end) for start, end in ranges
    )


@transaction.atomic
def invite(application_id: int, invitation: Invitation, *, by: User) -> Interview:
    """Invite the applicant: slots to choose from, or a fixed time booked at once. The application
    moves to "Interview" through the jobs rules (the applicant's history shows it)."""
    application = access_company_application(by, application_id)
    check_company_member(by, application.job.company)
    if by.role != User.Role.RECRUITER:
        raise NotAllowed(_("Only the company's recruiters invite to interviews."))
    if application.status not in INVITABLE:
        raise Conflict(
            _("An application that is “%(status)s” cannot be invited to an interview.")
            % {"status": application.get_status_display()}
        )
    ranges = _clean(invitation)
    interview = Interview.objects.create(
        application=application,
        recruiter=by,
        mode=invitation.mode,
        minutes=invitation.minutes,
        venue=invitation.venue.strip()[:100],
        address=invitation.address.strip()[:200],
        note=invitation.note.strip()[:500],
        changed_by=by,
    )
    slots = _offer(interview, ranges, by)
    if application.status != Application.Status.INTERVIEW:
        change_application_status(application, Application.Status.INTERVIEW, by=by, tell=False)
    if invitation.fixed:
        book(interview, slots[0])
    title = lazy_text(gettext_lazy("Interview invitation: %(job)s"), job=application.job.title)
    if invitation.fixed:
        body = lazy_text(
            gettext_lazy("%(company)s invites you to an interview at %(time)s."),
            company=application.job.company.name,
            time=when(interview),
        )
    else:
        body = lazy_text(
            gettext_lazy("%(company)s invites you to an interview. Choose one of the times offered."),
            company=application.job.company.name,
        )
    notify(application.student, "interviews.invited", title, body, url_of(interview))
    return interview


def book(interview: Interview, slot: Slot) -> None:
    """Make ``slot`` the interview's time (inside the caller's transaction). Raises ``SlotTaken``
    when the interview was booked meanwhile or the recruiter's diary has that time taken."""
    updated = Interview.objects.filter(pk=interview.pk, status=Interview.Status.INVITED).update(
        status=Interview.Status.SCHEDULED,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        sequence=F("sequence") + 1,
        updated_at=timezone.now(),
    )
    if not updated:
        raise SlotTaken(_("This interview already has its time, or it changed. Reload the page."))
    try:
        with transaction.atomic():  # a savepoint: the constraint's error leaves the rest usable
            taken = Slot.objects.filter(pk=slot.pk, interview=interview, booked=False).update(booked=True)
            if not taken:
                raise SlotTaken(_("That time is no longer offered."))
            if (
                connection.vendor != "postgresql"
                and clashes(slot.recruiter_id, slot.starts_at, slot.ends_at, exclude=slot.pk).exists()
            ):
                raise SlotTaken(_("That time was just taken by another interview. Choose another one."))
    except IntegrityError:  # PostgreSQL's exclusion constraint: another booking won the race
        raise SlotTaken(_("That time was just taken by another interview. Choose another one.")) from None
    interview.refresh_from_db()
    schedule_reminders(interview)


def pick(user: User, interview_id: int, slot_id: int) -> Interview:
    """The applicant takes one of the offered times (one tap). The checks read before the
    transaction opens, so its first statement is ``book``'s write (on SQLite a transaction that
    read first could not take the write lock while another booking holds it)."""
    interview = access_as_student(user, interview_id)
    if interview.status != Interview.Status.INVITED:
        raise Conflict(_("This interview is not waiting for you to choose a time."))
    slot = interview.slots.filter(pk=slot_id, booked=False).first()
    if slot is None:
        raise DomainError(_("That time is not one of those offered."), field="slot")
    if slot.starts_at <= timezone.now():
        raise Conflict(_("That time has passed. Choose another one."))
    with transaction.atomic():
        book(interview, slot)
        profile = interview.application.profile
        notify(
            interview.recruiter,
            "interviews.scheduled",
            lazy_text(gettext_lazy("%(name)s chose an interview time"), name=profile.full_name),
            lazy_text(
                gettext_lazy("%(name)s will attend the interview for %(job)s at %(time)s."),
                name=profile.full_name,
                job=interview.application.job.title,
                time=when(interview),
            ),
            url_of(interview),
        )
    return interview


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise DomainError(_("Give a reason: the other side sees it."), field="reason")
    return reason[:300]


def _release(interview: Interview) -> None:
    """Free the interview's times in the recruiter's diary."""
    Slot.objects.filter(interview=interview).delete()


@transaction.atomic
def reschedule(user: User, interview_id: int, invitation: Invitation, reason: str) -> Interview:
    """The recruiter moves the interview: new slots, or a new fixed time. Reminders already queued
    for the old time find it changed and do nothing."""
    interview = access_as_recruiter(user, interview_id)
    reason = _reason(reason)
    locked = Interview.objects.select_for_update().get(pk=interview.pk)
    if locked.status not in OPEN:
        raise Conflict(_("A cancelled or finished interview cannot be rescheduled."))
    ranges = _clean(invitation)
    _release(locked)
    Interview.objects.filter(pk=locked.pk).update(
        status=Interview.Status.INVITED,
        mode=invitation.mode,
        minutes=invitation.minutes,
        venue=invitation.venue.strip()[:100],
        address=invitation.address.strip()[:200],
        note=invitation.note.strip()[:500] or locked.note,
        starts_at=None,
        ends_at=None,
        sequence=F("sequence") + 1,
        reason=reason,
        changed_by=user,
        updated_at=timezone.now(),
    )
    slots = _offer(locked, ranges, locked.recruiter)  # the interviewer's diary
    record(
        "interviews.interview.rescheduled",
        actor=user,
        obj=locked,
        before={"status": locked.status, "starts_at": str(locked.starts_at or "")},
        after={"times": [str(start) for start, _end in ranges], "fixed": invitation.fixed},
        reason=reason,
    )
    if invitation.fixed:
        book(locked, slots[0])
    locked.refresh_from_db()
    title = lazy_text(gettext_lazy("Interview rescheduled: %(job)s"), job=locked.application.job.title)
    if invitation.fixed:
        body = lazy_text(
            gettext_lazy("New time: %(time)s. Reason: %(reason)s"), time=when(locked), reason=reason
        )
    else:
        body = lazy_text(gettext_lazy("Choose one of the new times. Reason: %(reason)s"), reason=reason)
    notify(locked.application.student, "interviews.rescheduled", title, body, url_of(locked))
    return locked


@transaction.atomic
def request_change(user: User, interview_id: int, reason: str) -> Interview:
    """The applicant cannot make it: the time is released and the recruiter asked for another."""
    interview = access_as_student(user, interview_id)
    reason = _reason(reason)
    updated = Interview.objects.filter(
        pk=interview.pk, status__in=[Interview.Status.INVITED, Interview.Status.SCHEDULED]
    ).update(
        status=Interview.Status.CHANGE_REQUESTED,
        starts_at=None,
        ends_at=None,
        sequence=F("sequence") + 1,
        reason=reason,
        changed_by=user,
        updated_at=timezone.now(),
    )
    if not updated:
        raise Conflict(_("This interview can no longer be moved."))
    _release(interview)
    record(
        "interviews.interview.change_requested",
        actor=user,
        obj=interview,
        before={"status": interview.status},
        after={"status": Interview.Status.CHANGE_REQUESTED.value},
        reason=reason,
    )
    profile = interview.application.profile
    notify(
        interview.recruiter,
        "interviews.change_requested",
        lazy_text(gettext_lazy("%(name)s asks for another interview time"), name=profile.full_name),
        lazy_text(gettext_lazy("Reason: %(reason)s"), reason=reason),
        url_of(interview),
    )
    interview.refresh_from_db()
    return interview


@transaction.atomic
def cancel(user: User, interview_id: int, reason: str) -> Interview:
    """Either side calls the interview off, with a reason the other side is told."""
    interview, side = access(user, interview_id)
    if side == Side.RECRUITER:
        check_company_member(user, interview.application.job.company)
    reason = _reason(reason)
    updated = Interview.objects.filter(pk=interview.pk, status__in=OPEN).update(
        status=Interview.Status.CANCELLED,
        sequence=F("sequence") + 1,
        reason=reason,
        changed_by=user,
        updated_at=timezone.now(),
    )
    if not updated:
        raise Conflict(_("This interview is already cancelled or finished."))
    _release(interview)
    record(
        "interviews.interview.cancelled",
        actor=user,
        obj=interview,
        before={"status": interview.status},
        after={"status": Interview.Status.CANCELLED.value, "by": side.value},
        reason=reason,
    )
    job = interview.application.job.title
    if side == Side.RECRUITER:
        recipient = interview.application.student
        title = lazy_text(gettext_lazy("Interview cancelled: %(job)s"), job=job)
    else:
        recipient = interview.recruiter
        title = lazy_text(
            gettext_lazy("%(name)s cancelled the interview for %(job)s"),
            name=interview.application.profile.full_name,
            job=job,
        )
    notify(
        recipient,
        "interviews.cancelled",
        title,
        lazy_text(gettext_lazy("Reason: %(reason)s"), reason=reason),
        url_of(interview),
    )
    interview.refresh_from_db()
    return interview


class Outcome(StrEnum):
    HELD = "held"
    NO_SHOW = "no_show"


@transaction.atomic
def mark(user: User, interview_id: int, outcome: str) -> Interview:
    """After the start, the recruiter records that the interview was held or the applicant did not come."""
    interview = access_as_recruiter(user, interview_id)
    if outcome not in Outcome.__members__.values():
        raise DomainError(_("Choose held or did not attend."), field="outcome")
    if interview.status != Interview.Status.SCHEDULED or interview.starts_at is None:
        raise Conflict(_("Only a scheduled interview can be marked."))
    if interview.starts_at > timezone.now():
        raise Conflict(_("The interview has not started yet."))
    Interview.objects.filter(pk=interview.pk).update(
        status=Outcome(outcome).value, changed_by=user, updated_at=timezone.now()
    )
    record(
        f"interviews.interview.{outcome}",
        actor=user,
        obj=interview,
        before={"status": interview.status},
        after={"status": Outcome(outcome).value},
    )
    if outcome == Outcome.NO_SHOW:
        notify(
            interview.application.student,
            "interviews.no_show",
            lazy_text(gettext_lazy("Marked as not attending: %(job)s"), job=interview.application.job.title),
            lazy_text(
                gettext_lazy("The recruiter recorded that you did not attend the interview at %(time)s."),
                time=when(interview),
            ),
            url_of(interview),
        )
    interview.refresh_from_db()
    return interview


# ---- reminders -------------------------------------------------------------------------------------


def schedule_reminders(interview: Interview) -> None:
    """Queue the day-before and hour-before reminders for the interview's current start (inside the
    caller's transaction, so they exist exactly when the time does). Leads already past are skipped."""
    from interviews.tasks import remind

    if interview.starts_at is None:
        return
    now = timezone.now()
    for before, lead in REMINDER_LEAD.items():
        run_at = interview.starts_at - lead
        if run_at > now:
            remind.using(run_after=run_at).enqueue(
                interview.pk, interview.starts_at.isoformat(), before.value
            )


@transaction.atomic
def send_reminder(interview_id: int, starts_at: dt.datetime, before: Before) -> bool:
    """Remind both sides, if the interview is still scheduled at ``starts_at`` and this reminder was
    not sent for that start yet (a task may run twice). Returns whether it reminded."""
    interview = Interview.objects.select_for_update().filter(pk=interview_id).first()
    if (
        interview is None
        or interview.status != Interview.Status.SCHEDULED
        or interview.starts_at != starts_at
    ):
        return False
    field = REMINDER_FIELD[before]
    if getattr(interview, field) == starts_at:
        return False
    setattr(interview, field, starts_at)
    interview.save(update_fields=[field])
    interview = _interviews().get(pk=interview.pk)
    lead = gettext_lazy("tomorrow") if before == Before.DAY else gettext_lazy("in one hour")
    details = {"job": interview.application.job.title, "time": when(interview), "lead": lead}
    title = lazy_text(gettext_lazy("Interview %(lead)s: %(job)s"), **details)
    body = lazy_text(gettext_lazy("Your interview for %(job)s starts at %(time)s."), **details)
    for person in (interview.application.student, interview.recruiter):
        notify(person, f"interviews.reminder.{before.value}", title, body, url_of(interview))
    return True


# ---- the calendar file -------------------------------------------------------------------------------


def where_text(interview: Interview) -> str:
    if interview.mode == Interview.Mode.ONSITE:
        return " ".join(part for part in (interview.venue, interview.address) if part)
    if interview.mode == Interview.Mode.PHONE:
        return _("Phone interview: the recruiter calls you")
    return _("Online video interview")


def calendar(user: User, interview_id: int) -> bytes:
    """The interview as an .ics for either side (``booking.ics`` builds it): cancelled interviews
    come as CANCELLED with a higher sequence, so calendars take them out."""
    interview, _side = access(user, interview_id)
    if interview.starts_at is None or interview.ends_at is None:
        raise Conflict(_("This interview has no time yet."))
    job = interview.application.job
    title = _("Interview: %(job)s, %(company)s") % {"job": job.title, "company": job.company.name}
    url = settings.SITE_URL + url_of(interview)
    event = CalendarEvent(
        uid=stable_uid("interview", interview.pk),
        title=title,
        start=interview.starts_at,
        end=interview.ends_at,
        location=where_text(interview),
        description="\n".join(part for part in (interview.note, url) if part),
        url=url,
        status="CANCELLED" if interview.status == Interview.Status.CANCELLED else "CONFIRMED",
        sequence=interview.sequence,
    )
    return build_calendar([event], name=title)


# ---- the video room --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomPass:
    """Who entered the room: the interview, their side, and when the room closes for them."""

    interview_id: int
    user_id: int
    side: Side
    closes_at: dt.datetime


def join_window(interview: Interview) -> tuple[dt.datetime, dt.datetime] | None:
    if interview.starts_at is None or interview.ends_at is None:
        return None
    early = dt.timedelta(minutes=settings.INTERVIEW_JOIN_EARLY_MINUTES)
    late = dt.timedelta(minutes=settings.INTERVIEW_JOIN_LATE_MINUTES)
    return interview.starts_at - early, interview.ends_at + late


def participant_side(user: User, interview: Interview) -> Side | None:
    """Only two people are in the room: the applicant and the interviewing recruiter."""
    if user.pk == interview.application.student_id:
        return Side.STUDENT
    if user.pk == interview.recruiter_id and user.role == User.Role.RECRUITER:
        return Side.RECRUITER
    return None


def enter_room(user: User | AnonymousUser, interview_id: int, now: dt.datetime | None = None) -> RoomPass:
    """Let one of the two participants into the video room during its join window; anyone else is
    refused (anonymous: 401, others: 403, unknown interview: 404, outside the window: 409)."""
    if not isinstance(user, User) or not user.is_authenticated:
        raise LoginRequired(_("Log in to join the interview."))
    interview = _interviews().filter(pk=interview_id).first()
    if interview is None:
        raise Http404
    side = participant_side(user, interview)
    if side is None:
        raise NotAllowed(_("Only the applicant and the interviewer can join this interview."))
    if interview.mode != Interview.Mode.VIDEO or interview.status != Interview.Status.SCHEDULED:
        raise Conflict(_("This interview has no video room open."))
    window = join_window(interview)
    now = now or timezone.now()
    if window is None or not window[0] <= now <= window[1]:
        raise OutsideWindow(
            _("The room opens %(early)d minutes before the interview and closes %(late)d minutes after it.")
            % {"early": settings.INTERVIEW_JOIN_EARLY_MINUTES, "late": settings.INTERVIEW_JOIN_LATE_MINUTES}
        )
    return RoomPass(interview.pk, user.pk, side, window[1])


def ice_servers(room: RoomPass, now: float | None = None) -> list[dict[str, object]]:
    """STUN as configured; TURN with credentials minted for this participant of this interview,
    valid until the room closes (at most ``TURN_CREDENTIAL_SECONDS``). Call only with a pass."""
    servers: list[dict[str, object]] = [{"urls": url} for url in settings.RTC_STUN_URLS]
    if settings.TURN_URLS and settings.TURN_SECRET:
        stamp = now if now is not None else timezone.now().timestamp()
        valid = max(60, min(settings.TURN_CREDENTIAL_SECONDS, int(room.closes_at.timestamp() - stamp)))
        credential = mint(
            settings.TURN_SECRET, f"i{room.interview_id}u{room.user_id}", valid_for=valid, now=stamp
        )
        servers.append(
            {"urls": settings.TURN_URLS, "username": credential.username, "credential": credential.password}
        )
    return servers


def still_open(room: RoomPass, now: dt.datetime | None = None) -> bool:
    """Whether the room is still open for this pass (the window, and the interview not cancelled)."""
    if (now or timezone.now()) > room.closes_at:
        return False
    return Interview.objects.filter(pk=room.interview_id, status=Interview.Status.SCHEDULED).exists()
