"""What ``reports`` keeps about a person: the career offices' contacts of Attachment 2 (name,
phones, e-mail). They are the units' own staff, shown to the organisers; after a campaign has
ended for the retention period they are anonymised (``privacy.retention``)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from privacy.erasure import pseudonym, register_campaign_eraser
from reports.models import Contact


def erase_campaign(campaign: Any) -> dict[str, int]:
    """The rows stay (how many units named a contact); the person becomes a pseudonym, the
    phones and e-mail go."""
    changed = 0
    found = Contact.objects.filter(campaign=campaign).filter(
        ~Q(office_phone="") | ~Q(mobile="") | ~Q(email="") | ~Q(person__startswith="[联系人#")
    )
    for contact in found:
        contact.person = pseudonym(contact.person)
        contact.title = contact.office_phone = contact.mobile = contact.email = ""
        contact.save(update_fields=["person", "title", "office_phone", "mobile", "email"])
        changed += 1
    return {"contacts": changed}


register_campaign_eraser("contacts", erase_campaign)
