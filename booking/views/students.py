"""What students see: the event list, an event's page, registering, tickets, notifications."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from booking.forms import KIND_FILTER, BoothApplicationForm
from booking.models import BoothApplication, Event, Registration
from booking.services import checkin, events, registrations, rules
from booking.services.registrations import Result
from events_server.errors import DomainError
from jobs.services import public_jobs
from qr import attribution, codes
from qr.services.pages import public_base_url
from qr.tokens import TokenError, read_payload
from review import materials


@require_GET
def event_list(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    if kind not in Event.Kind.values:
        kind = ""
    context = {"events": events.upcoming(kind or None)[:200], "kind": kind, "kinds": KIND_FILTER}
    return render(request, "booking/list.html", context)


@require_GET
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event.objects.select_related("organiser", "university", "venue"), pk=pk)
    user = request.user
    manager = events.can_manage(user, event)
    if event.status != Event.Status.APPROVED and not manager:
        return render(
            request, "frontend/error.html", {"message": _("This event is not published.")}, status=404
        )
    mine = None
    if user.is_authenticated:
        mine = (
            Registration.objects.filter(event=event, student=user)
            .exclude(status=Registration.Status.CANCELLED)
            .first()
        )
    context = {
        "event": event,
        "mine": mine,
        "manager": manager,
        "booths": fair_booths(event),
        "booth_form": BoothApplicationForm() if can_apply_for_booth(user, event) else None,
        "started": event.starts_at <= timezone.now(),
        "window": rules.request_window(event) if manager and event.status == Event.Status.REQUESTED else None,
        "at_the_fair": event.status == Event.Status.APPROVED
        and user.is_authenticated
        and event.booths.filter(
            company_id=user.organisation_id, status=BoothApplication.Status.APPROVED
        ).exists(),
    }
    return render(request, "booking/event.html", context)


def fair_booths(event: Event) -> list[tuple[BoothApplication, list, str]]:
    """The fair's confirmed companies, each with up to ten open jobs and its booth copy once
    approved; three queries whatever the number of booths."""
    if event.kind != Event.Kind.FAIR:
        return []
    booths = list(event.booths.filter(status=BoothApplication.Status.APPROVED).select_related("company"))
    jobs: dict[int, list] = {}
    for job in public_jobs().filter(company__in=[b.company_id for b in booths]).order_by("title"):
        jobs.setdefault(job.company_id, []).append(job)
    copies = {f"booth:{b.pk}": b.note for b in booths if b.note}
    approved = materials.approved_subjects("booth_copy", copies)
    return [
        (booth, jobs.get(booth.company_id, [])[:10], booth.note if f"booth:{booth.pk}" in approved else "")
        for booth in booths
    ]


def can_apply_for_booth(user, event: Event) -> bool:
    return (
        event.kind == Event.Kind.FAIR
        and event.status == Event.Status.APPROVED
        and user.is_authenticated
        and user.role == User.Role.RECRUITER
        and not event.booths.filter(company_id=user.organisation_id).exists()
    )


@require_POST
def register(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(f"/events/{pk}/")
    try:
        outcome = registrations.register(request.user, pk, join_waitlist=request.POST.get("waitlist") == "1")
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(f"/events/{pk}/")
    if outcome.status in (Result.CONFIRMED, Result.WAITLISTED):
        attribution.credit_request(request, attribution.BOOKING)
    if outcome.status == Result.FULL:
        messages.warning(request, _("All places are taken. You can join the waiting list below."))
        return redirect(f"/events/{pk}/?full=1")
    text = {
        Result.CONFIRMED: _("You are registered. Your ticket is below."),
        Result.WAITLISTED: _("You are on the waiting list. We will tell you when a place comes free."),
        Result.ALREADY: _("You are already registered for this event."),
    }[outcome.status]
    messages.success(request, text)
    registration = outcome.registration  # confirmed, waitlisted and already carry one
    return redirect("booking:ticket", pk=registration.pk if registration else 0)


@role_required(User.Role.STUDENT)
@require_POST
def cancel(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    try:
        registration = registrations.cancel(request.user, pk)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("booking:ticket", pk=pk)
    messages.success(request, _("Your registration for %s is cancelled.") % registration.event.title)
    return redirect("booking:tickets")


@login_required
@require_GET
def tickets(request: AuthenticatedRequest) -> HttpResponse:
    mine = (
        Registration.objects.filter(student=request.user)
        .select_related("event", "event__venue")
        .order_by("-event__starts_at")
    )
    return render(request, "booking/tickets.html", {"registrations": mine})


@login_required
@require_GET
def ticket(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    registration = get_object_or_404(
        Registration.objects.select_related("event", "event__venue", "event__organiser"),
        pk=pk,
        student=request.user,
    )
    token = checkin.ticket_token(registration) if registration.status == Registration.Status.CONFIRMED else ""
    return render(
        request,
        "booking/ticket.html",
        {"registration": registration, "event": registration.event, "token": token},
    )


@require_GET
def ticket_check(request: HttpRequest, token: str) -> HttpResponse:
    """What a ticket's QR code opens: whether it is valid, with no personal data."""
    value = read_payload("ticket", token, {"r", "c"})
    registration = checkin.ticket_registration(value)
    if registration is None:
        raise TokenError("tampered")
    event = registration.event
    # Staff of the event who scan the ticket with WeChat or the phone's camera land here: one tap
    # checks it in (the scanner page does the check-in); anyone else sees whether it is valid.
    staff = events.can_manage(request.user, event)
    context = {"registration": registration, "event": event, "staff": staff, "token": token}
    return render(request, "booking/ticket_check.html", context)


@login_required
@require_GET
def ticket_qr(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The ticket's signed code as SVG (personal: never cached by proxies)."""
    registration = get_object_or_404(
        Registration.objects.select_related("event"),
        pk=pk,
        student=request.user,
        status=Registration.Status.CONFIRMED,
    )
    url = f"{public_base_url(request)}/t/{checkin.ticket_token(registration)}"
    svg = codes.render(codes.CodeSpec(url, "svg", 480, "Q"))
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Cache-Control"] = "private, no-store"
    return response
