"""Booths at special fairs: one application per company per fair, numbered on approval."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.models import User
from audit import services as audit
from booking.models import BoothApplication, Event
from booking.services.events import can_manage, check_company
from events_server import metrics
from events_server.errors import Conflict, DomainError, NotAllowed
from notifications import services as notifications
from review import materials
from review.models import Material


def apply_for_booth(user: User, fair_id: int, note: str = "") -> BoothApplication:
    company = check_company(user)
    fair = Event.objects.filter(pk=fair_id, kind=Event.Kind.FAIR, status=Event.Status.APPROVED).first()
    if fair is None:
        raise DomainError(_("There is no such fair open for booths."))
    try:
        with transaction.atomic():
            application = BoothApplication.objects.create(fair=fair, company=company, note=note.strip()[:300])
    except IntegrityError:
        metrics.BOOKING_CONFLICTS.labels("booth").inc()
        raise Conflict(_("Your company has already applied for a booth at this fair.")) from None
    audit.record("booking.booth.applied", actor=user, obj=application)
    if application.note:
        materials.submit(Material.Kind.BOOTH_COPY, f"booth:{application.pk}", company, application.note)
    return application


def decide_booth(
    user: User, application_id: int, *, approve: bool, number: int | None = None, reason: str = ""
) -> BoothApplication:
    with transaction.atomic():
        application = (
            BoothApplication.objects.select_for_update()
            .select_related("fair", "company")
            .get(pk=application_id)
        )
        fair = Event.objects.select_for_update().get(pk=application.fair_id)
        if not can_manage(user, fair):
            raise NotAllowed(_("Only the fair's organiser can decide booth applications."))
        if application.status != BoothApplication.Status.PENDING:
            raise Conflict(_("This application has already been decided."))
        if approve:
            application.booth_number = number or first_free_booth(fair)
            if not 1 <= application.booth_number <= fair.booth_count:
                raise DomainError(_("Booth numbers run from 1 to %d.") % fair.booth_count, field="number")
            application.status = BoothApplication.Status.APPROVED
        else:
            if not reason.strip():
                raise DomainError(_("Give the company a reason for the rejection."), field="reason")
            application.status = BoothApplication.Status.REJECTED
        application.decision_reason = reason.strip()[:300]
        try:
            with transaction.atomic():
                application.save()
        except IntegrityError:
            metrics.BOOKING_CONFLICTS.labels("booth").inc()
            raise Conflict(_("Booth %d is already taken.") % application.booth_number) from None
        audit.record(
            "booking.booth.decided", actor=user, obj=application, after={"status": application.status}
        )
        tell_company(application)
    return application


def first_free_booth(fair: Event) -> int:
    taken = set(fair.booths.exclude(booth_number=None).values_list("booth_number", flat=True))
    free = next((n for n in range(1, fair.booth_count + 1) if n not in taken), None)
    if free is None:
        raise Conflict(_("All %d booths are taken.") % fair.booth_count)
    return free


def tell_company(application: BoothApplication) -> None:
    url = reverse("booking:event", args=[application.fair_id])
    if application.status == BoothApplication.Status.APPROVED:
        title = _("Booth %(number)d confirmed at %(fair)s") % {
            "number": application.booth_number,
            "fair": application.fair.title,
        }
        notifications.notify_members(application.company, "booking.booth.approved", title, "", url)
    else:
        title = _("Booth application not accepted: %s") % application.fair.title
        notifications.notify_members(
            application.company,
            "booking.booth.declined",
            title,
            _("Reason: %s") % application.decision_reason,
            url,
        )
