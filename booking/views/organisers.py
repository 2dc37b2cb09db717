"""Companies request sessions, publish visits and apply for booths; universities keep venues and
rules, decide requests and organise fairs; organisers see who registered."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from booking.forms import (
    BoothApplicationForm,
    BoothDecisionForm,
    CampusSessionForm,
    ClosureForm,
    DecisionForm,
    FairForm,
    RulesForm,
    VenueForm,
    VisitForm,
)
from booking.models import BookingRules, BoothApplication, Event, Registration, Venue
from booking.services import booths, events, rules
from events_server.errors import DomainError
from events_server.ids import parse_id

STAFF = (User.Role.UNIVERSITY_STAFF, User.Role.ADMIN)


def submit_event(
    request: HttpRequest, form, create, template: str, title: str, extra: dict | None = None
) -> HttpResponse:
    """Validate the form, then let the service decide; its message lands on the right field."""
    if request.method == "POST" and form.is_valid():
        try:
            event = create(request.user, form.draft())
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            messages.success(request, _("Saved: %s") % event.title)
            return redirect("booking:event", pk=event.pk)
    status = 400 if form.errors else 200
    return render(request, template, {"form": form, "title": title, **(extra or {})}, status=status)


@role_required(User.Role.RECRUITER)
@require_http_methods(["GET", "POST"])
def request_campus_session(request: AuthenticatedRequest) -> HttpResponse:
    form = CampusSessionForm(request.POST or None)
    return submit_event(
        request,
        form,
        events.request_campus_session,
        "booking/event_form.html",
        _("Request a campus session"),
        {"windows": rules.booking_windows(timezone.localdate())},
    )


@role_required(User.Role.RECRUITER)
@require_http_methods(["GET", "POST"])
def publish_visit(request: AuthenticatedRequest) -> HttpResponse:
    form = VisitForm(request.POST or None)
    return submit_event(
        request, form, events.publish_visit, "booking/event_form.html", _("Open a company visit")
    )


@role_required(User.Role.UNIVERSITY_STAFF, User.Role.REVIEWER, User.Role.ADMIN)
@require_http_methods(["GET", "POST"])
def create_fair(request: AuthenticatedRequest) -> HttpResponse:
    form = FairForm(request.POST or None, organisation=request.user.organisation)
    return submit_event(
        request, form, events.create_fair, "booking/event_form.html", _("Organise a special fair")
    )


@role_required(User.Role.RECRUITER, User.Role.UNIVERSITY_STAFF, User.Role.REVIEWER, User.Role.ADMIN)
def my_events(request: AuthenticatedRequest) -> HttpResponse:
    """Events the user's organisation organises or hosts, newest first, with booth applications."""
    org = request.user.organisation_id
    mine = Event.objects.filter(organiser_id=org) | Event.objects.filter(university_id=org)
    booth_apps = BoothApplication.objects.filter(company_id=org).select_related("fair")
    context = {
        "events": mine.select_related("venue", "organiser").order_by("-starts_at")[:200],
        "booth_apps": booth_apps,
    }
    return render(request, "booking/mine.html", context)


@role_required(*STAFF)
def venues(request: AuthenticatedRequest) -> HttpResponse:
    form = VenueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        venue = form.save(commit=False)
        venue.university = request.user.organisation
        venue.save()
        messages.success(request, _("Venue added: %s") % venue)
        return redirect("booking:venues")
    mine = Venue.objects.filter(university_id=request.user.organisation_id).prefetch_related("closures")
    return render(
        request, "booking/venues.html", {"form": form, "venues": mine}, status=400 if form.errors else 200
    )


@role_required(*STAFF)
def venue_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    venue = get_object_or_404(Venue, pk=pk, university_id=request.user.organisation_id)
    form = VenueForm(request.POST or None, instance=venue, prefix="venue")
    closure = ClosureForm(request.POST or None, prefix="closure")
    if request.method == "POST":
        if "closure-day" in request.POST and closure.is_valid():
            if not venue.closures.filter(day=closure.cleaned_data["day"]).exists():
                closure.instance.venue = venue
                closure.save()
            return redirect("booking:venue", pk=venue.pk)
        if "venue-name" in request.POST and form.is_valid():
            form.save()
            messages.success(request, _("Saved."))
            return redirect("booking:venue", pk=venue.pk)
    errors = (form.errors if "venue-name" in request.POST else None) or (
        closure.errors if "closure-day" in request.POST else None
    )
    context = {
        "venue": venue,
        "form": form,
        "closure_form": closure,
        "closures": venue.closures.filter(day__gte=timezone.localdate()),
    }
    return render(request, "booking/venue.html", context, status=400 if errors else 200)


@role_required(*STAFF)
@require_POST
def closure_delete(request: AuthenticatedRequest, pk: int, closure: int) -> HttpResponse:
    venue = get_object_or_404(Venue, pk=pk, university_id=request.user.organisation_id)
    venue.closures.filter(pk=closure).delete()
    return redirect("booking:venue", pk=venue.pk)


@role_required(*STAFF)
def booking_rules(request: AuthenticatedRequest) -> HttpResponse:
    if request.user.organisation_id is None:  # an administrator of no university
        message = _("Booking rules belong to a university, and your account belongs to none.")
        return render(request, "frontend/error.html", {"message": message}, status=403)
    rules, _created = BookingRules.objects.get_or_create(university_id=request.user.organisation_id)
    form = RulesForm(request.POST or None, instance=rules)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Rules saved."))
        return redirect("booking:rules")
    return render(request, "booking/rules.html", {"form": form}, status=400 if form.errors else 200)


@role_required(*STAFF)
def requests(request: AuthenticatedRequest) -> HttpResponse:
    pending = Event.objects.filter(
        university_id=request.user.organisation_id, kind=Event.Kind.CAMPUS, status=Event.Status.REQUESTED
    ).select_related("organiser", "venue")
    upcoming = Event.objects.filter(
        university_id=request.user.organisation_id, status=Event.Status.APPROVED, ends_at__gt=timezone.now()
    ).select_related("organiser", "venue")
    context = {"pending": pending, "upcoming": upcoming, "form": DecisionForm()}
    return render(request, "booking/requests.html", context)


@role_required(*STAFF)
@require_POST
def decide_request(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose approve or reject."))
        return redirect("booking:requests")
    try:
        event = events.decide_campus_session(
            request.user,
            pk,
            approve=form.cleaned_data["decision"] == "approve",
            reason=form.cleaned_data["reason"],
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("%(title)s: %(status)s") % {"title": event.title, "status": event.get_status_display()}
        )
    return redirect("booking:requests")


@role_required(User.Role.RECRUITER)
@require_POST
def apply_for_booth(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    form = BoothApplicationForm(request.POST)
    try:
        booths.apply_for_booth(request.user, pk, form.data.get("note", ""))
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Booth application sent to the organiser."))
    return redirect("booking:event", pk=pk)


@role_required(User.Role.UNIVERSITY_STAFF, User.Role.REVIEWER, User.Role.ADMIN)
def booth_applications(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    fair = get_object_or_404(Event, pk=pk, kind=Event.Kind.FAIR)
    if not events.can_manage(request.user, fair):
        return render(request, "frontend/error.html", {"message": _("This is not your fair.")}, status=404)
    if request.method == "POST":
        form = BoothDecisionForm(request.POST)
        application = parse_id(request.POST.get("application", ""))
        if form.is_valid():
            try:
                if application is None:
                    raise BoothApplication.DoesNotExist  # not an id: answered like an unknown one
                booths.decide_booth(
                    request.user,
                    application,
                    approve=form.cleaned_data["decision"] == "approve",
                    number=form.cleaned_data["number"],
                    reason=form.cleaned_data["reason"],
                )
            except (DomainError, BoothApplication.DoesNotExist) as error:
                messages.error(request, getattr(error, "message", _("There is no such application.")))
        return redirect("booking:booths", pk=fair.pk)
    applications = fair.booths.select_related("company")
    return render(
        request,
        "booking/booths.html",
        {"fair": fair, "applications": applications, "form": BoothDecisionForm()},
    )


@role_required(User.Role.RECRUITER, User.Role.UNIVERSITY_STAFF, User.Role.REVIEWER, User.Role.ADMIN)
def attendees(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    if not events.can_manage(request.user, event):
        return render(request, "frontend/error.html", {"message": _("This is not your event.")}, status=404)
    registrations = event.registrations.exclude(status=Registration.Status.CANCELLED).select_related(
        "student", "checked_in_by"
    )
    return render(request, "booking/attendees.html", {"event": event, "registrations": registrations})
