"""The scanner page staff open on a phone at the door: camera or typed code, online or offline.

While the phone has a network, each scan posts as a form. The page also keeps the event's list
of ticket codes (``door_list``); without a network it checks codes against that list, queues
the check-ins and sends them to ``door_sync`` when the network is back."""

from __future__ import annotations

import datetime as dt
import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from booking.forms import CheckInForm
from booking.models import Event, Registration
from booking.services import checkin, events
from events_server.ratelimit import allow

SCANS_PER_MINUTE = 120


@role_required(User.Role.RECRUITER, User.Role.UNIVERSITY_STAFF, User.Role.REVIEWER, User.Role.ADMIN)
def scanner(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    if not events.can_manage(request.user, event):
        return render(request, "frontend/error.html", {"message": _("This is not your event.")}, status=404)
    form = CheckInForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        if not allow(f"checkin:{request.user.pk}", SCANS_PER_MINUTE, 60):
            result = checkin.refused(_("Too many scans in a minute; wait a moment."))
        else:
            result = checkin.check_in(request.user, event, form.cleaned_data["code"])
        if request.headers.get("Accept", "").startswith("application/json"):
            return JsonResponse(result_json(result), status=200)
        form = CheckInForm()
    context = {"event": event, "form": form, "result": result, "counts": door_counts(event)}
    return render(request, "booking/scanner.html", context)


def door_counts(event: Event) -> dict[str, int]:
    confirmed = event.registrations.filter(status=Registration.Status.CONFIRMED)
    return {"confirmed": confirmed.count(), "checked_in": confirmed.exclude(checked_in_at=None).count()}


def result_json(result: checkin.CheckIn) -> dict[str, object]:
    return {
        "outcome": result.outcome,
        "message": result.message,
        "ticket": result.registration.ticket_code if result.registration else "",
        "at": timezone.localtime(result.at).strftime("%H:%M:%S") if result.at else "",
        "by": result.by,
    }


DOOR_ROLES = (User.Role.RECRUITER, User.Role.UNIVERSITY_STAFF, User.Role.REVIEWER, User.Role.ADMIN)


def managed_event(request: AuthenticatedRequest, pk: int) -> Event | None:
    event = get_object_or_404(Event, pk=pk)
    return event if events.can_manage(request.user, event) else None


@never_cache
@require_GET
@role_required(*DOOR_ROLES)
def door_list(request: AuthenticatedRequest, pk: int) -> JsonResponse:
    """``/events/<pk>/checkin/list.json``: the ticket codes a door phone keeps for offline use."""
    event = managed_event(request, pk)
    if event is None:
        return JsonResponse({"error": _("This is not your event.")}, status=404)
    tickets = checkin.door_list(request.user, event)
    response = JsonResponse({"event": event.pk, "tickets": tickets, "at": timezone.now().isoformat()})
    response["Cache-Control"] = "private, no-store"
    return response


def parse_scans(body: bytes) -> list[checkin.OfflineScan]:
    """The queued scans from the page, or ``ValueError`` with a message for the page."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise ValueError(_("Send the scans as JSON.")) from None
    scans = data.get("scans") if isinstance(data, dict) else None
    if not isinstance(scans, list) or len(scans) > checkin.MAX_OFFLINE_SCANS:
        raise ValueError(_("Send at most %d scans at a time.") % checkin.MAX_OFFLINE_SCANS)
    parsed = []
    for scan in scans:
        code = scan.get("code") if isinstance(scan, dict) else None
        at = scan.get("at") if isinstance(scan, dict) else None
        if not isinstance(code, str) or not code or len(code) > 2000 or not isinstance(at, str):
            raise ValueError(_("Each scan needs its code and the time it was scanned."))
        try:
            when = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(_("Each scan needs its code and the time it was scanned.")) from None
        if when.tzinfo is None:
            raise ValueError(_("Each scan needs its code and the time it was scanned."))
        parsed.append(checkin.OfflineScan(code=code, at=when))
    return parsed


@require_POST
@role_required(*DOOR_ROLES)
def door_sync(request: AuthenticatedRequest, pk: int) -> JsonResponse:
    """``/events/<pk>/checkin/sync/``: check in what the door phone recorded offline."""
    event = managed_event(request, pk)
    if event is None:
        return JsonResponse({"error": _("This is not your event.")}, status=404)
    try:
        scans = parse_scans(request.body)
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    results = checkin.sync_offline(request.user, event, scans)
    return JsonResponse({"results": [result_json(r) for r in results], "counts": door_counts(event)})
