"""Credit a link for what its visitors do next: register, watch a live session, apply.

Following a link leaves a signed cookie holding only the link's id, for QR_ATTRIBUTION_DAYS;
who the visitor is never reaches the counts."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from events_server.ids import parse_id
from qr.services.links import count

COOKIE = "via"
SALT = "qr.via"
ONCE_SECONDS = 2 * 24 * 3600


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


def credit(cookies: dict[str, str], metric: str, *, once_key: str = "") -> bool:
    """Count ``metric`` for the link in ``cookies``; with ``once_key``, at most once per key."""
    link_id = link_id_from_cookie(cookies.get(COOKIE))
    if link_id is None:
        return False
    if once_key and not cache.add(f"qr:once:{link_id}:{metric}:{once_key}", 1, ONCE_SECONDS):
        return False
    from qr.models import ShortLink

    if not ShortLink.objects.filter(pk=link_id).exists():
        return False
    count(link_id, metric)
    return True


def credit_request(request: HttpRequest, metric: str, *, once_key: str = "") -> bool:
    return credit(request.COOKIES, metric, once_key=once_key)
