"""What a poster says: a live session's or an event's title, time, jobs or booths and its
owner's trackable link. The words go to review before a poster can be downloaded."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from booking.models import Event
from jobs.services import public_jobs
from livestream.models import LiveSession
from qr.posters import PosterText
from qr.services.links import link_for_event, link_for_live_session


def session_time(session: LiveSession | Event) -> str:
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


def event_poster_text(event: Event, owner, base_url: str) -> PosterText:
    """A poster for a campus session, visit or fair, with ``owner``'s trackable link."""
    link = link_for_event(event, owner)
    place = f"{event.university.name} · {event.venue}" if event.venue and event.university else event.address
    if event.kind == "fair":
        booths = event.booths.filter(status="approved").select_related("company").order_by("booth_number")[:5]
        lines = [f"{booth.booth_number} · {booth.company.name}" for booth in booths]
    else:
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
