"""What the Attachment 1 sheet says, and the public address codes point to."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _

from campaigns.models import Campaign
from qr.posters import SheetEntry
from qr.services.links import AttachmentSection


def public_base_url(request: HttpRequest) -> str:
    """The public address codes point to: SITE_URL, else the one this request came in on."""
    return settings.SITE_URL or f"{request.scheme}://{request.get_host()}"


def sheet_entries(sections: list[AttachmentSection], base_url: str) -> list[SheetEntry]:
    return [
        SheetEntry(section.title, link.label, f"{base_url}{link.path}", f"{base_url}{link.path}?via=qr")
        for section in sections
        for link in section.links
    ]


def sheet_title(campaign: Campaign) -> str:
    return _("Attachment 1: links and QR codes of %(campaign)s") % {"campaign": campaign.name}
