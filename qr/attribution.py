"""Link attribution, the one owner of "credit the link for what follows": scans and clicks of a
link, and what its visitors do next (register, book an event, watch a live session, apply).

Following a link leaves a signed cookie holding only the link's id, for QR_ATTRIBUTION_DAYS;
who the visitor is never reaches the counts. Domain code says what happened (``REGISTRATION``,
``BOOKING``, ``VIEWER``, ``APPLICATION``) and passes the visitor's cookies (``via``); only this
module names ``LinkDailyCount.Metric`` when it writes a count."""

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
from qr.models import LinkDailyCount, ShortLink

COOKIE = "via"
SALT = "qr.via"
ONCE_SECONDS = 2 * 24 * 3600

Metric = LinkDailyCount.Metric
REGISTRATION = Metric.REGISTRATION
BOOKING = Metric.BOOKING
VIEWER = Metric.VIEWER
APPLICATION = Metric.APPLICATION
OUTCOMES = (REGISTRATION, BOOKING, VIEWER, APPLICATION)
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


def credit(via: Mapping[str, str], outcome: str, *, once_key: str = "") -> bool:
    """Credit the link the visitor followed (their cookies, ``via``) with ``outcome``, one of
    ``OUTCOMES``; with ``once_key``, at most once per key."""
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
    return True


def credit_request(request: HttpRequest, outcome: str, *, once_key: str = "") -> bool:
    return credit(request.COOKIES, outcome, once_key=once_key)
