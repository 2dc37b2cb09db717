"""Attachment 2: each unit keeps its campaign contacts current; overseers export the table."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import User
from audit.services import record, snapshot
from campaigns.models import Campaign
from events_server.errors import DomainError, NotAllowed
from reports.models import Contact
from reports.services.scope import own_unit, visible_units

FIELDS = ["unit_name", "person", "title", "office_phone", "mobile", "email"]
MAX_PER_UNIT = 10


def carry_over(source: Campaign, campaign: Campaign, **_signal: object) -> dict[str, int]:
    """The next campaign starts from ``source``'s Attachment 2 contacts, to be confirmed; a
    receiver of ``campaigns.signals.carried_over``."""
    contacts = Contact.objects.bulk_create(
        Contact(
            campaign=campaign,
            organisation_id=c.organisation_id,
            unit_name=c.unit_name,
            person=c.person,
            title=c.title,
            office_phone=c.office_phone,
            mobile=c.mobile,
            email=c.email,
            position=c.position,
            updated_by=None,  # nobody has confirmed it for this campaign yet
        )
        for c in source.report_contacts.all()
    )
    return {"contacts": len(contacts)}


def unit_contacts(campaign: Campaign, user: User):
    return Contact.objects.filter(campaign=campaign, organisation=own_unit(user))


def access_contact(campaign: Campaign, user: User, pk: int) -> Contact:
    contact = unit_contacts(campaign, user).filter(pk=pk).first()
    if contact is None:
        raise NotAllowed(_("There is no such contact in your unit's table."))
    return contact


@transaction.atomic
def save_contact(
    campaign: Campaign, user: User, data: dict[str, Any], contact: Contact | None = None
) -> Contact:
    """Add a contact to the user's unit, or change one of its contacts (audited either way)."""
    unit = own_unit(user)
    # From the database: a bound ModelForm has already written the new values onto ``contact``.
    before = snapshot(Contact.objects.get(pk=contact.pk), FIELDS) if contact else {}
    if contact is None:
        if Contact.objects.filter(campaign=campaign, organisation=unit).count() >= MAX_PER_UNIT:
            raise DomainError(_("A unit can list at most %(n)d contacts.") % {"n": MAX_PER_UNIT})
        contact = Contact(campaign=campaign, organisation=unit)
    for name in FIELDS:
        setattr(contact, name, data[name])
    contact.updated_by = user
    contact.full_clean()
    contact.save()
    record(
        "reports.contact.changed" if before else "reports.contact.added",
        actor=user,
        obj=contact,
        before=before,
        after=snapshot(contact, FIELDS),
        region_code=unit.region_id or "",
    )
    return contact


@transaction.atomic
def delete_contact(campaign: Campaign, user: User, pk: int) -> None:
    contact = access_contact(campaign, user, pk)
    record(
        "reports.contact.removed",
        actor=user,
        obj=contact,
        before=snapshot(contact, FIELDS),
        region_code=contact.organisation.region_id or "",
    )
    contact.delete()


def table(campaign: Campaign, user: User) -> list[dict[str, Any]]:
    """The Attachment 2 rows ``user`` may see (own unit; a department's region; everything for admins)."""
    contacts = (
        Contact.objects.filter(campaign=campaign, organisation__in=visible_units(user))
        .select_related("organisation__region__parent")
        .order_by("organisation__kind", "organisation__name", "position", "id")
    )
    rows = []
    for number, contact in enumerate(contacts, 1):
        org = contact.organisation
        rows.append(
            {
                "number": number,
                "unit_name": contact.unit_name,
                "unit_kind": org.get_kind_display(),
                "region": org.region.full_name if org.region else _("Nationwide"),
                "person": contact.person,
                "title": contact.title,
                "office_phone": contact.office_phone,
                "mobile": contact.mobile,
                "email": contact.email,
                "contact": contact,
            }
        )
    return rows
