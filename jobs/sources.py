"""Where an application came from, believing only what the server can vouch for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import CharField, Exists, OuterRef, QuerySet, Value
from django.db.models.functions import Cast, Concat
from django.urls import reverse
from django.utils.http import urlencode

from jobs.models import Application, JobPosting
from livestream.models import LiveSession
from qr import attribution
from qr.models import ShortLink
from qr.tokens import TokenError, make_token, read_token

# A source is credited only when the server can vouch for it; what a request merely says
# (form fields, query strings) is never believed. Three sources are vouched for:
#   live  the student applied over the room's socket (the consumer knows the room), or through a
#         job link the server put in that room: ``?live=<token>``, signed, purpose-bound
#         ("live.job"), naming the session and the job, expiring after ROOM_LINK_VALID_FOR;
#   link  the student followed a campaign link: the ``via`` cookie (``qr.attribution``);
#   zone  anything else, including every token or cookie that does not check out.

ROOM_LINK_PARAM = "live"
ROOM_LINK_VALID_FOR = dt.timedelta(hours=24)
MAX_TOKEN_LENGTH = 400


MAX_ID = 2**63 - 1


def ref_id(source_ref: str, kind: str) -> int | None:
    """The id in a ``<kind>:<id>`` reference, or None for anything else (old rows may hold any
    text a form once sent: other digits, ids past 64 bits)."""
    prefix, _sep, ident = source_ref.partition(":")
    if prefix != kind or not (ident.isascii() and ident.isdigit()) or len(ident) > 19:
        return None
    number = int(ident)
    return number if 0 < number <= MAX_ID else None


def live_source(session_id: int) -> tuple[str, str]:
    return Application.Source.LIVE, f"live:{session_id}"


def live_session_id(source: str, source_ref: str) -> int | None:
    """The session a live credit names (the inverse of ``live_source``)."""
    return ref_id(source_ref, "live") if source == Application.Source.LIVE else None


def room_job_token(session_id: int, job_id: int) -> str:
    return make_token("live.job", {"s": session_id, "j": job_id}, valid_for=ROOM_LINK_VALID_FOR)


def room_job_url(session_id: int, job_id: int) -> str:
    """The job page as a live room links it: applying from there credits the session."""
    query = urlencode({ROOM_LINK_PARAM: room_job_token(session_id, job_id)})
    return f"{reverse('jobs:detail', args=[job_id])}?{query}"


def room_of_token(token: str, job: JobPosting) -> int | None:
    """The session whose room handed out ``token`` for ``job``, or None if it does not check out."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    try:
        value = read_token("live.job", token).value
    except TokenError:
        return None
    if not isinstance(value, dict) or value.get("j") != job.pk or not isinstance(value.get("s"), int):
        return None
    session_id: int = value["s"]
    if not LiveSession.objects.filter(pk=session_id, jobs=job).exists():
        return None
    return session_id


def vouched_source(job: JobPosting, *, room_token: str, cookies: dict[str, str]) -> tuple[str, str]:
    """(source, source_ref) for an application to ``job`` made over HTTP: see the rules above."""
    session_id = room_of_token(room_token, job)
    if session_id is not None:
        return live_source(session_id)
    link_id = attribution.followed_link(cookies)
    if link_id is not None:
        return Application.Source.LINK, f"link:{link_id}"
    return Application.Source.ZONE, ""


def source_names(refs: Iterable[str]) -> dict[str, str]:
    """Session titles and link labels for ``live:<id>`` and ``link:<id>`` references."""
    ids: dict[str, set[int]] = {"live": set(), "link": set()}
    for ref in refs:
        for kind, found in ids.items():
            if (number := ref_id(ref, kind)) is not None:
                found.add(number)
    sessions = LiveSession.objects.filter(pk__in=ids["live"]).values_list("pk", "title")
    links = ShortLink.objects.filter(pk__in=ids["link"]).values_list("pk", "label")
    return {f"live:{pk}": title for pk, title in sessions} | {f"link:{pk}": label for pk, label in links}


def source_label(application: Application, names: dict[str, str]) -> str:
    name = names.get(application.source_ref)
    kind = application.get_source_display()
    return f"{kind} · {name}" if name else str(kind)


def source_choices(company_id: int | None, applications: QuerySet[Application]) -> list[tuple[str, str]]:
    """Filter choices for a recruiter's applications: each source, each live session of the company
    and each campaign link that brought one of ``applications``."""
    live = str(Application.Source.LIVE.label)
    link = str(Application.Source.LINK.label)
    choices = [(value, str(label)) for value, label in Application.Source.choices]
    sessions = LiveSession.objects.filter(company_id=company_id).order_by("-starts_at")
    choices += [(f"live:{pk}", f"{live} · {title}") for pk, title in sessions.values_list("pk", "title")]
    refs = applications.filter(source=Application.Source.LINK).values_list("source_ref", flat=True).distinct()
    link_ids = [number for ref in refs if (number := ref_id(ref, "link")) is not None]
    links = ShortLink.objects.filter(pk__in=link_ids).order_by("label")
    choices += [(f"link:{pk}", f"{link} · {label}") for pk, label in links.values_list("pk", "label")]
    return choices


def filter_by_source(applications: QuerySet[Application], value: str) -> QuerySet[Application]:
    """Applications of one source (``live``) or one session or link (``live:12``, ``link:3``)."""
    if value in Application.Source.values:
        return applications.filter(source=value)
    for kind in ("live", "link"):
        if (number := ref_id(value, kind)) is not None:
            return applications.filter(source=kind, source_ref=f"{kind}:{number}")
    return applications


def unvouched_applications() -> QuerySet[Application]:
    """Live credits nothing on the server backs: every application made in a room (over its
    socket or through its signed job link) has a ``CardApplication`` row for that session;
    credits from before sources were vouched for that lack one came from a form field or a
    query string (see the ``uncredit_unvouched_sources`` command)."""
    from livestream.models import CardApplication

    backed = CardApplication.objects.annotate(
        ref=Concat(Value("live:"), Cast("session_id", CharField()))
    ).filter(application=OuterRef("pk"), ref=OuterRef("source_ref"))
    return Application.objects.filter(source=Application.Source.LIVE).exclude(Exists(backed))
