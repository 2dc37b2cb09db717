"""Link attribution, the one owner of "credit the link for what follows": scans and clicks of a
link, and what its visitors do next (register, book an event, watch a live session, apply).

Following a link leaves a signed cookie holding only the link's id, for QR_ATTRIBUTION_DAYS;
who the visitor is never reaches the counts. Domain code says what happened (``REGISTRATION``,
``BOOKING``, ``VIEWER``, ``APPLICATION``) and passes the visitor's cookies (``via``); only this
module names ``LinkDailyCount.Metric`` when it writes a count.

Later steps happen without the visitor's cookies (a recruiter invites to an interview, makes an
offer, the student accepts): the first credit names a ``subject`` (the domain's opaque key, e.g.
``application:42``), which remembers the link; ``credit_step(subject, INTERVIEW)`` then credits
that link once per subject and step (``STEPS``), however often it is reported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from events_server.ids import parse_id
from qr.models import CreditedStep, CreditedSubject, LinkDailyCount, ShortLink

COOKIE = "via"
SALT = "qr.via"
ONCE_SECONDS = 2 * 24 * 3600

Metric = LinkDailyCount.Metric
REGISTRATION = Metric.REGISTRATION
BOOKING = Metric.BOOKING
VIEWER = Metric.VIEWER
APPLICATION = Metric.APPLICATION
INTERVIEW = Metric.INTERVIEW
OFFER = Metric.OFFER
HIRE = Metric.HIRE
OUTCOMES = (REGISTRATION, BOOKING, VIEWER, APPLICATION)
STEPS = (INTERVIEW, OFFER, HIRE)
# The per-link funnel, in order: each step's total on the link page.
FUNNEL = (REGISTRATION, VIEWER, APPLICATION, INTERVIEW, OFFER, HIRE)
SCANS = {"qr": Metric.SCAN_QR, "poster": Metric.SCAN_POSTER}


def max_age() -> int:
    return settings.QR_ATTRIBUTION_DAYS * 24 * 3600


def signer() -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=SALT)


def remember(response: HttpResponse, link_id: int) -> HttpResponse:
    response.set_cookie(
        COOKIE,
        signer().sign(str(link_id)),
        max_age=max_age(),
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response


def link_id_from_cookie(value: str | None) -> int | None:
    """The link id in a ``via`` cookie value, or None when absent, forged or too old."""
    if not value:
        return None
    try:
        text = signer().unsign(value, max_age=max_age())
    except signing.BadSignature:
        return None
    return parse_id(text)


def followed_link(via: Mapping[str, str]) -> int | None:
    """The id of the existing link the visitor followed, from their cookies (``via``)."""
    link_id = link_id_from_cookie(via.get(COOKIE))
    if link_id is None or not ShortLink.objects.filter(pk=link_id).exists():
        return None
    return link_id


def count(link_id: int, metric: str, *, day: dt.date | None = None) -> None:
    """Add one to the link's count of ``metric`` for ``day`` (today in Asia/Shanghai by default)."""
    day = day or timezone.localdate()
    rows = LinkDailyCount.objects.filter(link_id=link_id, day=day, metric=metric)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            LinkDailyCount.objects.create(link_id=link_id, day=day, metric=metric, count=1)
    except IntegrityError:  # another request created the row first
        rows.update(count=F("count") + 1)


def scanned(link_id: int, source: str) -> None:
    """Count a scan of the QR code (``qr``), of a poster (``poster``) or a click (anything else)."""
    count(link_id, SCANS.get(source, Metric.CLICK))


def credit(via: Mapping[str, str], outcome: str, *, once_key: str = "", subject: str = "") -> bool:
    """Credit the link the visitor followed (their cookies, ``via``) with ``outcome``, one of
    ``OUTCOMES``; with ``once_key``, at most once per key; with ``subject``, remember the link for
    the subject's later steps (``credit_step``)."""
    if outcome not in OUTCOMES:
        raise ValueError(f"not an outcome a link is credited with: {outcome!r}")
    link_id = link_id_from_cookie(via.get(COOKIE))
    if link_id is None:
        return False
    if once_key and not cache.add(f"qr:once:{link_id}:{outcome}:{once_key}", 1, ONCE_SECONDS):
        return False
    if not ShortLink.objects.filter(pk=link_id).exists():
        return False
    count(link_id, outcome)
    if subject:
        remember_subject(subject, link_id)
    return True


def credit_request(request: HttpRequest, outcome: str, *, once_key: str = "", subject: str = "") -> bool:
    return credit(request.COOKIES, outcome, once_key=once_key, subject=subject)


def remember_subject(subject: str, link_id: int) -> None:
    """``subject``'s later steps credit ``link_id`` (the first link remembered for it wins)."""
    if len(subject) > 60:
        raise ValueError(f"subject key too long: {subject!r}")
    try:
        with transaction.atomic():
            CreditedSubject.objects.get_or_create(subject=subject, defaults={"link_id": link_id})
    except IntegrityError:  # a concurrent first credit won
        pass


def credit_step(subject: str, step: str) -> bool:
    """Credit the link remembered for ``subject`` with ``step`` (one of ``STEPS``), once per
    subject and step: a repeated or replayed report counts nothing. False when no link brought
    the subject or the step was credited before."""
    if step not in STEPS:
        raise ValueError(f"not a later step a link is credited with: {step!r}")
    credited = CreditedSubject.objects.filter(subject=subject).only("pk", "link_id").first()
    if credited is None:
        return False
    try:
        with transaction.atomic():
            CreditedStep.objects.create(subject=credited, metric=step)
    except IntegrityError:
        return False
    count(credited.link_id, step)
    return True
