"""Registrations: capacity that never overflows, a waiting list promoted on cancellation,
tickets checked in once, no-shows that suspend.

The event row is the scarce resource. Registering locks it (``select_for_update``) and takes
a place with a conditional ``UPDATE … SET taken = taken + 1 WHERE taken < capacity``; a check
constraint (taken ≤ capacity) and a partial unique index (one live registration per student
and event) back this in the database."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from booking.models import Event, Registration
from booking.services import notify, rules
from events_server.errors import DomainError, NotAllowed

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8


@dataclass(frozen=True)
class Outcome:
    status: str  # confirmed | waitlisted | full | already
    registration: Registration | None = None


def new_ticket_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    return "".join(char for char in text.upper() if char.isalnum())


def register(student: User, event_id: int, *, join_waitlist: bool = False) -> Outcome:
    """Take a place, or join the waiting list when asked to; ``full`` offers the waiting list."""
    if not student.is_authenticated or student.role != User.Role.STUDENT:
        raise NotAllowed(_("Only students and graduates can register."))
    with transaction.atomic():
        event = lock(event_id)
        check_open(event)
        check_not_suspended(student, event)
        existing = (
            Registration.objects.filter(event=event, student=student).exclude(status="cancelled").first()
        )
        if existing:
            return Outcome("already", existing)
        if take_place(event):
            return Outcome("confirmed", create(event, student, Registration.Status.CONFIRMED))
        if not join_waitlist:
            return Outcome("full")
        return Outcome("waitlisted", create(event, student, Registration.Status.WAITLISTED))


def locking() -> bool:
    """Always on, except in the concurrency test's control run (tests.settings, BOOKING_LOCKING=false),
    which shows that the test does catch overbooking."""
    return getattr(settings, "BOOKING_LOCKING", True)


def lock(event_id: int) -> Event:
    events = Event.objects.select_for_update() if locking() else Event.objects
    try:
        return events.get(pk=event_id)
    except Event.DoesNotExist:
        raise DomainError(_("There is no such event.")) from None


def take_place(event: Event) -> bool:
    """One place, if any is left."""
    if not locking():  # the naive read-check-write the control run demonstrates
        if event.taken >= event.capacity:
            return False
        event.taken += 1
        event.save(update_fields=["taken"])
        return True
    taken = Event.objects.filter(pk=event.pk, taken__lt=F("capacity")).update(taken=F("taken") + 1)
    if taken:
        event.taken += 1
    return bool(taken)


def create(event: Event, student: User, status: str) -> Registration:
    now = timezone.now()
    for _attempt in range(3):
        try:
            with transaction.atomic():
                return Registration.objects.create(
                    event=event,
                    student=student,
                    status=status,
                    ticket_code=new_ticket_code(),
                    confirmed_at=now if status == Registration.Status.CONFIRMED else None,
                )
        except IntegrityError as error:
            if "ticket_code" not in str(error):
                raise DomainError(_("You are already registered for this event.")) from None
    raise DomainError(_("Could not issue a ticket; please try again."))


def check_open(event: Event) -> None:
    if event.status != Event.Status.APPROVED:
        raise DomainError(_("This event is not open for registration."))
    if event.starts_at <= timezone.now():
        raise DomainError(_("This event has already started; registration is closed."))


def check_not_suspended(student: User, event: Event) -> None:
    until = suspended_until(student, event)
    if until:
        raise NotAllowed(
            _("You missed too many booked events without cancelling; you can register again from %s.")
            % timezone.localtime(until).strftime("%Y-%m-%d")
        )


def suspended_until(student: User, event: Event) -> dt.datetime | None:
    """The end of a suspension for no-shows under the host university's rules, if one runs."""
    limit = rules.rules_for(event.university)
    if limit.no_show_limit == 0:
        return None
    window = dt.timedelta(days=limit.suspension_days)
    missed = (
        Registration.objects.filter(student=student, no_show=True, event__university=event.university)
        .filter(event__ends_at__gt=timezone.now() - window)
        .order_by("-event__ends_at")
        .values_list("event__ends_at", flat=True)
    )
    if len(missed) < limit.no_show_limit:
        return None
    return missed[0] + window


def cancel(student: User, registration_id: int) -> Registration:
    """Give a place back before the deadline; the first on the waiting list gets it."""
    with transaction.atomic():
        registration = (
            Registration.objects.select_related("event").filter(pk=registration_id, student=student).first()
        )
        if registration is None:
            raise DomainError(_("There is no such registration."))
        event = lock(registration.event_id)
        registration.refresh_from_db()
        if registration.status == Registration.Status.CANCELLED:
            return registration
        deadline = rules.cancel_deadline(rules.rules_for(event.university), event)
        if timezone.now() > deadline:
            raise DomainError(
                _("Cancellation closed at %s; if you cannot come, tell the organiser.")
                % timezone.localtime(deadline).strftime("%Y-%m-%d %H:%M")
            )
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status, registration.cancelled_at = Registration.Status.CANCELLED, timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if was_confirmed:
            Event.objects.filter(pk=event.pk).update(taken=F("taken") - 1)
            event.taken -= 1
            promote_waiting(event)
    return registration


def promote_waiting(event: Event) -> list[Registration]:
    """Fill free places from the waiting list, first come first served (caller holds the lock)."""
    promoted = []
    waiting = Registration.objects.filter(event=event, status=Registration.Status.WAITLISTED).order_by(
        "created_at", "id"
    )
    for registration in waiting[: max(event.capacity - event.taken, 0)]:
        if not take_place(event):
            break
        registration.status, registration.confirmed_at = Registration.Status.CONFIRMED, timezone.now()
        registration.save(update_fields=["status", "confirmed_at"])
        notify.notify(
            registration.student,
            _("A place came free: you are confirmed for %s") % event.title,
            _("Your ticket is ready."),
            reverse("booking:ticket", args=[registration.pk]),
        )
        promoted.append(registration)
    return promoted
