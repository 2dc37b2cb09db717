"""What the printable pages say: a live session's poster and the Attachment 1 sheet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from campaigns.models import Campaign
from livestream.models import LiveSession
from qr.models import ShortLink
from qr.posters import PosterText, SheetEntry
from qr.services.links import AttachmentSection, link_for_event, link_for_live_session
from qr.tokens import make_token

JOIN_LINK_GRACE = dt.timedelta(days=7)  # join links keep working this long after the session ends


def public_base_url(request: HttpRequest) -> str:
    """The public address codes point to: SITE_URL, else the one this request came in on."""
    return settings.SITE_URL or f"{request.scheme}://{request.get_host()}"


@dataclass(frozen=True)
class ShareLinks:
    short_url: str
    link: ShortLink
    join_url: str


def share_links(session: LiveSession, base_url: str) -> ShareLinks:
    """What a host hands out: the trackable short link and a signed join link."""
    link = link_for_live_session(session)
    return ShareLinks(f"{base_url}{link.path}", link, join_url(session, base_url))


def session_time(session: LiveSession) -> str:
    start = timezone.localtime(session.starts_at)
    end = timezone.localtime(session.ends_at)
    return f"{start:%Y年%m月%d日 %H:%M}–{end:%H:%M}"


def live_poster_text(session: LiveSession, base_url: str) -> PosterText:
    link = link_for_live_session(session)
    jobs = session.jobs.visible_to_students().select_related("region").order_by("title")[:5]
    return PosterText(
        campaign=session.campaign.name,
        title=session.title,
        company=session.company.name,
        when=session_time(session),
        lines=[f"{job.title} · {job.region.name}" for job in jobs],
        url=f"{base_url}{link.path}",
        code_url=f"{base_url}{link.path}?via=poster",
        call_to_action=_("Scan with your phone to join the live session"),
    )


def poster_copy(text: PosterText) -> str:
    """The words a poster prints, which reviewers approve before it can be downloaded."""
    return "\n".join([text.title, text.company, text.when, *text.lines])


def sheet_entries(sections: list[AttachmentSection], base_url: str) -> list[SheetEntry]:
    return [
        SheetEntry(section.title, link.label, f"{base_url}{link.path}", f"{base_url}{link.path}?via=qr")
        for section in sections
        for link in section.links
    ]


def sheet_title(campaign: Campaign) -> str:
    return _("Attachment 1: links and QR codes of %(campaign)s") % {"campaign": campaign.name}


def join_url(session: LiveSession, base_url: str) -> str:
    """A signed link to the session that stops working a week after its planned end."""
    valid_for = max(session.ends_at, timezone.now()) + JOIN_LINK_GRACE - timezone.now()
    return f"{base_url}/join/{make_token('live.join', {'s': session.pk}, valid_for=valid_for)}"


def event_poster_text(event, owner, base_url: str) -> PosterText:
    """A poster for a campus session, visit or fair, with ``owner``'s trackable link."""
    link = link_for_event(event, owner)
    place = f"{event.university.name} · {event.venue}" if event.venue else event.address
    if event.kind == "fair":
        booths = event.booths.filter(status="approved").select_related("company").order_by("booth_number")[:5]
        lines = [f"{booth.booth_number} · {booth.company.name}" for booth in booths]
    else:
        from jobs.services import public_jobs

        lines = [
            f"{job.title} · {job.region.name}"
            for job in public_jobs().filter(company=event.organiser).select_related("region")[:5]
        ]
    return PosterText(
        campaign=event.campaign.name,
        title=event.title,
        company=f"{event.organiser.name} · {place}",
        when=session_time(event),
        lines=lines,
        url=f"{base_url}{link.path}",
        code_url=f"{base_url}{link.path}?via=poster",
        call_to_action=_("Scan with your phone to register"),
    )
