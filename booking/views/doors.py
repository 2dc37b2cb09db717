"""The scanner page staff open on a phone at the door: camera or typed code."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import role_required
from booking.forms import CheckInForm
from booking.models import Event
from booking.services import checkin, events
from events_server.ratelimit import allow

SCANS_PER_MINUTE = 120


@role_required(User.Role.RECRUITER, User.Role.UNIVERSITY_STAFF, User.Role.REVIEWER, User.Role.ADMIN)
def scanner(request: HttpRequest, pk: int) -> HttpResponse:
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
    confirmed = event.registrations.filter(status="confirmed")
    return {"confirmed": confirmed.count(), "checked_in": confirmed.exclude(checked_in_at=None).count()}


def result_json(result: checkin.CheckIn) -> dict[str, object]:
    return {
        "outcome": result.outcome,
        "message": result.message,
        "ticket": result.registration.ticket_code if result.registration else "",
        "at": timezone.localtime(result.at).strftime("%H:%M:%S") if result.at else "",
        "by": result.by,
    }
