"""Calendar files: one event, a person's own feed (secret address), a university's public feed."""

from __future__ import annotations

import secrets

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from accounts.http import AuthenticatedRequest
from booking.ics import CalendarEvent, build_calendar, stable_uid
from booking.models import CalendarFeed, Event, Registration
from directory.models import Organisation
from qr.services.pages import public_base_url


def as_calendar_event(event: Event, base_url: str) -> CalendarEvent:
    status = {"approved": "CONFIRMED", "requested": "TENTATIVE"}.get(event.status, "CANCELLED")
    return CalendarEvent(
        uid=stable_uid("event", event.pk),
        title=event.title,
        start=event.starts_at,
        end=event.ends_at,
        location=str(event.venue) if event.venue else event.address,
        description=event.description,
        url=f"{base_url}/events/{event.pk}/",
        status=status,
    )


def ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, max-age=300"
    return response


@require_GET
def event_ics(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk, status=Event.Status.APPROVED)
    body = build_calendar([as_calendar_event(event, public_base_url(request))], name=event.title)
    return ics_response(body, f"event-{event.pk}.ics")


@require_GET
def personal_feed(request: HttpRequest, key: str) -> HttpResponse:
    feed = CalendarFeed.objects.filter(key=key).select_related("user").first()
    if feed is None or not feed.user.is_active:
        raise Http404(_("There is no calendar at this address."))
    registrations = (
        Registration.objects.filter(student=feed.user)
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("event", "event__venue")
    )
    organised = (
        Event.objects.filter(organiser_id=feed.user.organisation_id)
        if feed.user.organisation_id
        else Event.objects.none()
    )
    events = {r.event for r in registrations} | set(organised.select_related("venue"))
    base = public_base_url(request)
    body = build_calendar(
        [as_calendar_event(e, base) for e in sorted(events, key=lambda e: e.starts_at)], name=_("My bookings")
    )
    return ics_response(body, "my-bookings.ics")


@require_GET
def university_feed(request: HttpRequest, pk: int) -> HttpResponse:
    university = get_object_or_404(Organisation, pk=pk, kind=Organisation.Kind.UNIVERSITY)
    events = Event.objects.filter(university=university, status=Event.Status.APPROVED).select_related("venue")
    base = public_base_url(request)
    body = build_calendar(
        [as_calendar_event(e, base) for e in events.order_by("starts_at")[:1000]], name=university.name
    )
    return ics_response(body, f"university-{university.pk}.ics")


@login_required
def calendar_settings(request: AuthenticatedRequest) -> HttpResponse:
    """Show the secret feed address; POST makes a new one (the old one stops working)."""
    feed = CalendarFeed.objects.filter(user=request.user).first()
    if request.method == "POST":
        key = secrets.token_urlsafe(18)
        feed, _created = CalendarFeed.objects.update_or_create(user=request.user, defaults={"key": key})
    url = f"{public_base_url(request)}/calendar/{feed.key}.ics" if feed else ""
    university = (
        request.user.organisation
        if request.user.organisation and request.user.organisation.kind == Organisation.Kind.UNIVERSITY
        else None
    )
    return render(request, "booking/calendar.html", {"feed_url": url, "university": university})
