"""Tickets with signed QR codes, checked in at the door exactly once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from booking.models import Event, Registration
from booking.services.events import can_manage
from booking.services.registrations import normalise_code
from events_server.ids import parse_id
from qr.tokens import TokenError, make_token, read_token

TICKET_GRACE = dt.timedelta(hours=2)  # a ticket still works this long after the event's end


def ticket_token(registration: Registration) -> str:
    valid_until = registration.event.ends_at + TICKET_GRACE
    valid_for = max(valid_until - timezone.now(), dt.timedelta(minutes=1))
    return make_token("ticket", {"r": registration.pk, "c": registration.ticket_code}, valid_for=valid_for)


@dataclass(frozen=True)
class CheckIn:
    class Outcome(StrEnum):
        CHECKED_IN = "checked_in"
        ALREADY = "already"
        REFUSED = "refused"

    outcome: Outcome
    message: str
    registration: Registration | None = None
    at: dt.datetime | None = None
    by: str = ""


def refused(message: str, registration: Registration | None = None) -> CheckIn:
    return CheckIn(CheckIn.Outcome.REFUSED, message, registration)


def ticket_registration(value: object) -> Registration | None:
    """The registration a ticket token's payload names, if the payload is well formed."""
    if not isinstance(value, dict) or not isinstance(value.get("c"), str):
        return None
    pk = parse_id(value.get("r"))
    if pk is None:
        return None
    return Registration.objects.filter(pk=pk, ticket_code=value["c"]).select_related("event").first()


def find_registration(text: str) -> Registration | CheckIn:
    """A registration from a scanned ticket URL/token or a typed ticket code."""
    text = text.strip()
    if "/t/" in text:
        text = text.rsplit("/t/", 1)[1].strip("/")
    if ":" in text:
        try:
            value = read_token("ticket", text).value
        except TokenError as error:
            return refused(error.message)
        registration = ticket_registration(value)
    else:
        code = normalise_code(text)
        registration = Registration.objects.filter(ticket_code=code).first() if code else None
    return registration or refused(_("No ticket has this code. Check it and type it again."))


def check_in(staff: User, event: Event, text: str, *, now: dt.datetime | None = None) -> CheckIn:
    if not can_manage(staff, event):
        raise PermissionError("not the organiser")
    now = now or timezone.now()
    found = find_registration(text)
    if isinstance(found, CheckIn):
        return found
    registration = found
    if registration.event_id != event.pk:
        return refused(_("This ticket is for another event: %s.") % registration.event.title, registration)
    if registration.status == Registration.Status.CANCELLED:
        return refused(_("This registration was cancelled."), registration)
    if registration.status == Registration.Status.WAITLISTED:
        return refused(_("This student is still on the waiting list, without a place."), registration)
    if now > event.ends_at + TICKET_GRACE:
        return refused(_("This event is over; the ticket has expired."), registration)
    updated = Registration.objects.filter(Q(pk=registration.pk), Q(checked_in_at__isnull=True)).update(
        checked_in_at=now, checked_in_by=staff, no_show=False
    )
    registration.refresh_from_db()
    if updated:
        return CheckIn(CheckIn.Outcome.CHECKED_IN, _("Checked in."), registration, now, display_name(staff))
    return CheckIn(
        CheckIn.Outcome.ALREADY,
        _("Already checked in."),
        registration,
        registration.checked_in_at,
        display_name(registration.checked_in_by),
    )


@dataclass(frozen=True)
class OfflineScan:
    """A check-in the door phone recorded while it had no network, sent when it is back."""

    code: str
    at: dt.datetime


MAX_OFFLINE_SCANS = 500  # per sync request; the page sends its queue in batches of this size
OFFLINE_EARLIEST = dt.timedelta(hours=12)  # before the start: doors open early, clocks drift


def door_list(staff: User, event: Event) -> list[dict[str, object]]:
    """What a door phone keeps for working offline: each confirmed ticket's code and whether it
    is checked in. No names or contacts: the code is all the door needs to match."""
    if not can_manage(staff, event):
        raise PermissionError("not the organiser")
    rows = Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).values_list(
        "ticket_code", "checked_in_at"
    )
    return [{"code": code, "checked_in": at is not None} for code, at in rows.order_by("ticket_code")]


def sync_offline(staff: User, event: Event, scans: list[OfflineScan]) -> list[CheckIn]:
    """Check in what the door recorded offline, each at the time it was scanned (a time in the
    future counts as now; one long before the event is refused). The database decides, so two
    door phones that let the same ticket in offline get one check-in and one "already"."""
    now = timezone.now()
    results = []
    for scan in scans[:MAX_OFFLINE_SCANS]:
        at = min(scan.at, now)
        if at < event.starts_at - OFFLINE_EARLIEST:
            results.append(refused(_("This scan is dated long before the event; check the phone's clock.")))
            continue
        results.append(check_in(staff, event, scan.code, now=at))
    return results


def display_name(user: User | None) -> str:
    if user is None:
        return "—"
    return user.get_full_name() or user.username


def mark_no_shows(now: dt.datetime | None = None) -> int:
    """Confirmed registrations for events that ended without a check-in become no-shows."""
    now = now or timezone.now()
    finished = Event.objects.filter(
        status=Event.Status.APPROVED, ends_at__lt=now - TICKET_GRACE, no_shows_marked_at=None
    )
    marked = 0
    for event in finished:
        marked += Registration.objects.filter(
            event=event, status=Registration.Status.CONFIRMED, checked_in_at__isnull=True
        ).update(no_show=True)
        Event.objects.filter(pk=event.pk).update(no_shows_marked_at=now)
    return marked
