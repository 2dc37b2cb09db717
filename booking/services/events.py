"""Campus sessions requested by companies and decided by universities, company visits, fairs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.roles import is_platform_admin, signed_in
from audit import services as audit
from booking.models import Event, Venue
from booking.services import rules
from campaigns.services import current_campaign
from directory.models import Organisation
from events_server import metrics
from events_server.errors import Conflict, DomainError, NotAllowed
from events_server.ids import parse_id
from notifications import services as notifications

FAIR_ORGANISER_ROLES = (User.Role.UNIVERSITY_STAFF, User.Role.REVIEWER)


@dataclass(frozen=True)
class EventDraft:
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    capacity: int
    description: str = ""
    venue: Venue | None = None
    address: str = ""
    booth_count: int = 0


def campaign_or_error():
    campaign = current_campaign()
    if campaign is None:
        raise DomainError(_("No campaign is running."))
    return campaign


def check_company(user: User) -> Organisation:
    if user.role != User.Role.RECRUITER or user.organisation is None:
        raise NotAllowed(_("Only company recruiters can do this."))
    if user.organisation.verification != Organisation.Verification.VERIFIED:
        raise NotAllowed(_("Your company must be verified by a department reviewer first."))
    return user.organisation


def check_capacity(draft: EventDraft) -> None:
    if draft.capacity < 1:
        raise DomainError(_("There must be at least one place."), field="capacity")
    if draft.venue and draft.capacity > draft.venue.capacity:
        raise DomainError(
            _("The venue seats %(seats)d; ask for at most that many places.")
            % {"seats": draft.venue.capacity},
            field="capacity",
        )


def request_campus_session(user: User, draft: EventDraft) -> Event:
    """A company asks a university for a venue and time; the university decides."""
    company = check_company(user)
    if draft.venue is None:
        raise DomainError(_("Choose a venue."), field="venue")
    rules.check_times(draft.starts_at, draft.ends_at)
    rules.check_book_ahead(rules.rules_for(draft.venue.university), draft.starts_at)
    check_capacity(draft)
    rules.check_venue_slot(draft.venue, draft.starts_at, draft.ends_at)
    event = Event.objects.create(
        campaign=campaign_or_error(),
        kind=Event.Kind.CAMPUS,
        status=Event.Status.REQUESTED,
        organiser=company,
        university=draft.venue.university,
        created_by=user,
        **event_fields(draft),
    )
    audit.record("booking.campus.requested", actor=user, obj=event, after={"venue": str(draft.venue)})
    for staff in draft.venue.university.members.filter(role=User.Role.UNIVERSITY_STAFF, is_active=True):
        notifications.notify(
            staff,
            "booking.campus.requested",
            notifications.lazy_text(gettext_lazy("New campus session request: %s"), event.title),
            company.name,
            reverse("booking:requests"),
        )
    return event


def event_fields(draft: EventDraft) -> dict[str, object]:
    return {
        "title": draft.title,
        "description": draft.description,
        "starts_at": draft.starts_at,
        "ends_at": draft.ends_at,
        "capacity": draft.capacity,
        "venue": draft.venue,
        "address": draft.address,
        "booth_count": draft.booth_count,
    }


def can_manage(user: User | AnonymousUser, event: Event) -> bool:
    """The organiser's people, the host university's staff, and administrators."""
    if not signed_in(user):
        return False
    if is_platform_admin(user):
        return True
    return user.organisation_id is not None and user.organisation_id in (
        event.organiser_id,
        event.university_id,
    )


def decide_campus_session(user: User, event_id: int, *, approve: bool, reason: str = "") -> Event:
    """Approve (the venue must still be free) or reject with a reason; the company is told."""
    reason = reason.strip()
    if not approve and not reason:
        raise DomainError(_("Give the company a reason for the rejection."), field="reason")
    with transaction.atomic():
        event = (
            Event.objects.select_for_update(of=("self",))
            .select_related("venue", "organiser")
            .filter(pk=parse_id(event_id) or 0)  # 0: no such row
            .first()
        )
        if event is None:  # an unknown id (or none at all) is a message, not a 500
            raise DomainError(_("There is no such event."))
        if not (is_platform_admin(user) or user.organisation_id == event.university_id):
            raise NotAllowed(_("Only the university's career office can decide this request."))
        if event.status != Event.Status.REQUESTED:
            raise Conflict(_("This request has already been decided."))
        if approve:
            # One decision per venue at a time (campus sessions are always requested for a venue).
            venue = Venue.objects.select_for_update().get(pk=event.venue_id or 0)
            rules.check_venue_slot(venue, event.starts_at, event.ends_at, exclude=event.pk)
        before = {"status": event.status}
        event.status = Event.Status.APPROVED if approve else Event.Status.REJECTED
        event.decision_reason, event.decided_by, event.decided_at = reason, user, timezone.now()
        save_decision(event)
        audit.record(
            "booking.campus.decided",
            actor=user,
            obj=event,
            before=before,
            after={"status": event.status},
            reason=reason,
        )
        tell_company_of_decision(event)
    return event


def save_decision(event: Event) -> None:
    try:
        with transaction.atomic():
            event.save(update_fields=["status", "decision_reason", "decided_by", "decided_at"])
    except IntegrityError:  # PostgreSQL's exclusion constraint caught an overlap the check missed
        metrics.BOOKING_CONFLICTS.labels("venue_overlap").inc()
        raise Conflict(_("The venue was booked for an overlapping time in the meantime.")) from None


def tell_company_of_decision(event: Event) -> None:
    url = reverse("booking:event", args=[event.pk])
    if event.status == Event.Status.APPROVED:
        title = _("Campus session confirmed: %s") % event.title
        body = _("%(university)s confirmed %(venue)s for your session.") % {
            "university": str(event.university),  # its name
            "venue": event.venue,
        }
    else:
        title = _("Campus session not accepted: %s") % event.title
        body = _("Reason: %s") % event.decision_reason
    kind = "booking.campus.approved" if event.status == Event.Status.APPROVED else "booking.campus.declined"
    notifications.notify_members(event.organiser, kind, title, body, url)


def publish_visit(user: User, draft: EventDraft) -> Event:
    """A company opens a visit slot (入企体验) that students register for at once."""
    company = check_company(user)
    rules.check_times(draft.starts_at, draft.ends_at)
    check_capacity(draft)
    if not draft.address.strip():
        raise DomainError(_("Say where students should come."), field="address")
    event = Event.objects.create(
        campaign=campaign_or_error(),
        kind=Event.Kind.VISIT,
        status=Event.Status.APPROVED,
        organiser=company,
        created_by=user,
        **event_fields(draft),
    )
    audit.record("booking.visit.published", actor=user, obj=event)
    return event


def create_fair(user: User, draft: EventDraft) -> Event:
    """A university (at one of its venues) or a department (at an address) organises a fair."""
    if not user.has_role(*FAIR_ORGANISER_ROLES, User.Role.ADMIN) or user.organisation is None:
        raise NotAllowed(_("Only university or department staff can organise a fair."))
    rules.check_times(draft.starts_at, draft.ends_at)
    check_capacity(draft)
    if not 1 <= draft.booth_count <= 500:
        raise DomainError(_("A fair has between 1 and 500 booths."), field="booth_count")
    if draft.venue is None and not draft.address.strip():
        raise DomainError(_("Choose a venue or give an address."), field="venue")
    if draft.venue and draft.venue.university_id != user.organisation_id:
        raise NotAllowed(_("Fairs can only use your own university's venues."))
    with transaction.atomic():
        if draft.venue:
            Venue.objects.select_for_update().get(pk=draft.venue.pk)
            rules.check_venue_slot(draft.venue, draft.starts_at, draft.ends_at)
        is_university = user.organisation.kind == Organisation.Kind.UNIVERSITY
        event = Event(
            campaign=campaign_or_error(),
            kind=Event.Kind.FAIR,
            status=Event.Status.APPROVED,
            organiser=user.organisation,
            university=user.organisation if is_university else None,
            created_by=user,
            **event_fields(draft),
        )
        try:
            with transaction.atomic():
                event.save()
        except IntegrityError:
            raise Conflict(_("The venue was booked for an overlapping time in the meantime.")) from None
        audit.record("booking.fair.created", actor=user, obj=event)
    return event


def upcoming(kind: str | None = None) -> QuerySet[Event]:
    """Confirmed events students can still register for; visits of 专精特新 companies first."""
    events = Event.objects.filter(status=Event.Status.APPROVED, ends_at__gt=timezone.now()).select_related(
        "organiser", "university", "venue"
    )
    if kind:
        events = events.filter(kind=kind)
    if kind == Event.Kind.VISIT:
        return events.order_by("-organiser__specialised", "starts_at")
    return events.order_by("starts_at")
