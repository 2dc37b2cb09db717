"""Webhooks: partners register URLs; postings and sessions changing state become deliveries,
written in the transaction of the change and sent by the worker (``partners.tasks``).

Each delivery is signed: ``X-Shanhai-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>``
with ``X-Shanhai-Timestamp``; ``Idempotency-Key`` is the delivery's id, the same on every retry."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import json
import secrets
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.services import record
from directory.models import Organisation
from events_server.errors import DomainError
from jobs.models import JobPosting
from livestream.models import LiveSession
from partners.models import ApiKey, Attempt, Delivery, WebhookEndpoint, WebhookEvent

MAX_ENDPOINTS = 10
MAX_BACKOFF = dt.timedelta(hours=1)
USER_AGENT = "shanhai-webhooks/1"
SESSION_EVENTS = {
    LiveSession.State.SCHEDULED: WebhookEvent.SESSION_SCHEDULED,
    LiveSession.State.LIVE: WebhookEvent.SESSION_LIVE,
    LiveSession.State.ENDED: WebhookEvent.SESSION_ENDED,
}


def check_url(url: str) -> str:
    """https to a public host, unless PARTNERS_WEBHOOK_ALLOW_LOCAL (tests, development)."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise DomainError(_("A webhook URL is an https:// address."), field="url")
    if settings.PARTNERS_WEBHOOK_ALLOW_LOCAL:
        return url
    if parts.scheme != "https":
        raise DomainError(_("A webhook URL is an https:// address."), field="url")
    try:
        address = ipaddress.ip_address(parts.hostname)
    except ValueError:
        return url  # a name: checked again when it is resolved for each delivery
    if not address.is_global:
        raise DomainError(_("A webhook URL must point to a public address."), field="url")
    return url


def _public_address(host: str) -> bool:
    if settings.PARTNERS_WEBHOOK_ALLOW_LOCAL:
        return True
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


@dataclass(frozen=True)
class NewEndpoint:
    endpoint: WebhookEndpoint
    secret: str


@transaction.atomic
def register(key: ApiKey, url: str, events: list[str]) -> NewEndpoint:
    check_url(url)
    partner = key.partner
    if WebhookEndpoint.objects.filter(partner=partner, active=True).count() >= MAX_ENDPOINTS:
        raise DomainError(_("At most %(n)d webhook URLs per partner.") % {"n": MAX_ENDPOINTS})
    secret = secrets.token_hex(32)
    endpoint = WebhookEndpoint.objects.create(
        partner=partner, url=url, events=sorted(set(events)), secret=secret
    )
    record(
        "partners.webhook.registered",
        actor=None,
        obj=endpoint,
        after={"partner": partner.pk, "key": key.prefix, "url": url, "events": endpoint.events},
    )
    return NewEndpoint(endpoint, secret)


def endpoints_of(partner: Organisation) -> Any:
    return WebhookEndpoint.objects.filter(partner=partner, active=True)


@transaction.atomic
def remove(key: ApiKey, endpoint_id: int) -> None:
    endpoint = WebhookEndpoint.objects.filter(partner=key.partner, pk=endpoint_id, active=True).first()
    if endpoint is None:
        raise DomainError(_("No such webhook."), status=404)
    endpoint.active = False
    endpoint.save(update_fields=["active"])
    Delivery.objects.filter(endpoint=endpoint, state=Delivery.State.PENDING).update(
        state=Delivery.State.FAILED
    )
    record(
        "partners.webhook.removed",
        actor=None,
        obj=endpoint,
        before={"active": True},
        after={"active": False, "key": key.prefix},
    )


# --- events ----------------------------------------------------------------------------------


def posting_payload(job: JobPosting) -> dict[str, Any]:
    return {
        "id": job.pk,
        "title": job.title,
        "status": job.status,
        "company_id": job.company_id,
        "url": f"{settings.SITE_URL}/jobs/{job.pk}/",
        "api_url": f"{settings.SITE_URL}/api/v1/postings/{job.pk}/",
    }


def session_payload(session: LiveSession) -> dict[str, Any]:
    return {
        "id": session.pk,
        "title": session.title,
        "state": session.state,
        "company_id": session.company_id,
        "starts_at": session.starts_at.isoformat(),
        "api_url": f"{settings.SITE_URL}/api/v1/sessions/{session.pk}/",
    }


def emit(event: str, subjects: Callable[[], list[dict[str, Any]]]) -> int:
    """One delivery per subject and endpoint subscribed to ``event``, each a task on the
    ``webhooks`` queue, written in the caller's transaction. Returns how many. ``subjects`` is
    only called when some endpoint listens."""
    from partners.tasks import deliver

    endpoints = [e for e in WebhookEndpoint.objects.filter(active=True) if event in e.events]
    if not endpoints:
        return 0
    subjects_now = subjects()
    occurred = timezone.now()
    deliveries = [
        Delivery(
            endpoint=endpoint,
            event=event,
            payload={"event": event, "occurred_at": occurred.isoformat(), "data": subject},
            next_attempt_at=occurred,
        )
        for endpoint in endpoints
        for subject in subjects_now
    ]
    Delivery.objects.bulk_create(deliveries)
    for delivery in deliveries:
        deliver.enqueue(delivery.pk)
    return len(deliveries)


# --- sending ---------------------------------------------------------------------------------


def sign(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"v1={digest}"


def backoff(attempts: int) -> dt.timedelta:
    """Wait after the ``attempts``-th failure: base × 2^(attempts-1), at most an hour."""
    seconds = settings.PARTNERS_WEBHOOK_BACKOFF_SECONDS * 2 ** (max(attempts, 1) - 1)
    return min(dt.timedelta(seconds=seconds), MAX_BACKOFF)


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str
    duration_ms: int

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a 3xx is an answer, not an address to follow


_OPENER = urllib.request.build_opener(_NoRedirects)


def post(endpoint: WebhookEndpoint, delivery: Delivery) -> Outcome:
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()
    timestamp = int(time.time())
    host = urlsplit(endpoint.url).hostname or ""
    started = time.monotonic()
    if not _public_address(host):
        return Outcome(None, "the URL does not resolve to a public address", 0)
    request = urllib.request.Request(  # noqa: S310 - http(s) only, checked by check_url
        endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": USER_AGENT,
            "X-Shanhai-Event": delivery.event,
            "X-Shanhai-Timestamp": str(timestamp),
            "X-Shanhai-Signature": sign(endpoint.secret, timestamp, body),
            "Idempotency-Key": str(delivery.key),
        },
    )
    try:
        with _OPENER.open(request, timeout=settings.PARTNERS_WEBHOOK_TIMEOUT_SECONDS) as response:
            response.read(1024)
            code, error = response.status, ""
    except urllib.error.HTTPError as failure:
        code, error = failure.code, f"HTTP {failure.code}"
    except (OSError, ValueError) as failure:  # refused, reset, timed out, bad address
        code, error = None, (str(failure) or type(failure).__name__)[:200]
    return Outcome(code, error, int((time.monotonic() - started) * 1000))


def attempt(delivery_id: int) -> Delivery | None:
    """One attempt of a pending delivery; on failure the next one is queued with backoff.

    Runs on the worker. The HTTP request is made outside any transaction; the result is written
    under the row's lock, so an attempt run twice (a worker crash) records one outcome."""
    delivery = Delivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None or delivery.state != Delivery.State.PENDING:
        return delivery
    if not delivery.endpoint.active:
        Delivery.objects.filter(pk=delivery.pk).update(state=Delivery.State.FAILED)
        return delivery
    outcome = post(delivery.endpoint, delivery)
    with transaction.atomic():
        locked = Delivery.objects.select_for_update().get(pk=delivery.pk)
        if locked.state != Delivery.State.PENDING:
            return locked
        locked.attempts += 1
        Attempt.objects.create(
            delivery=locked,
            number=locked.attempts,
            status_code=outcome.status_code,
            error=outcome.error,
            duration_ms=outcome.duration_ms,
        )
        now = timezone.now()
        if outcome.ok:
            locked.state, locked.delivered_at, locked.next_attempt_at = Delivery.State.DELIVERED, now, None
        elif locked.attempts >= settings.PARTNERS_WEBHOOK_MAX_ATTEMPTS:
            locked.state, locked.next_attempt_at = Delivery.State.FAILED, None
        else:
            from partners.tasks import deliver

            locked.next_attempt_at = now + backoff(locked.attempts)
            deliver.using(run_after=locked.next_attempt_at).enqueue(locked.pk)
        locked.save(update_fields=["state", "attempts", "delivered_at", "next_attempt_at"])
        return locked


def deliveries_of(partner: Organisation) -> Any:
    return (
        Delivery.objects.filter(endpoint__partner=partner)
        .select_related("endpoint")
        .prefetch_related("attempt_log")
    )
