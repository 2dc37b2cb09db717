"""Prometheus metrics of this process, served at /metrics to the addresses in METRICS_ALLOWED_IPS.

Each daphne process counts for itself: Prometheus scrapes every process on its own port
(see docs/operations.md), so no shared files or locks between processes are needed."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

REQUEST_SECONDS = Histogram(
    "shanhai_http_request_duration_seconds",
    "Time from the first middleware to the response, by view.",
    ["method", "view", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
LIVE_SOCKETS = Gauge("shanhai_live_sockets", "Open live-room sockets in this process, by room.", ["room"])
LIVE_DELIVERIES = Counter("shanhai_live_deliveries_total", "Room event frames handed to sockets.")
LIVE_DIRECT_WRITES = Counter(
    "shanhai_live_direct_writes_total",
    "Room frames written to uvicorn's transport as bytes encoded once per tick (not through its send).",
)
LIVE_DROPPED = Counter(
    "shanhai_live_dropped_deliveries_total",
    "Frames dropped because their socket fell behind and was closed (4008).",
)
RTC_PEERS = Gauge("shanhai_rtc_peers", "WebRTC peer connections open in this process, by role.", ["role"])
MEDIA_SESSIONS = Gauge(
    "shanhai_media_worker_sessions", "Live sessions this process broadcasts (encoders running)."
)
BOOKING_CONFLICTS = Counter(
    "shanhai_booking_conflicts_total",
    "Bookings refused because something was taken: full events, overlapping venues, booths.",
    ["kind"],
)
RATE_LIMIT_FAILED_OPEN = Counter(
    "shanhai_rate_limit_failed_open_total",
    "Requests a rate limit let through unchecked because its store (the cache's Redis) did not answer.",
    ["limit"],
)


class RequestTimingMiddleware:
    """Times every request; the view label is the URL name, never the path (no personal data).

    Sync-only, like every middleware in the chain: ``events_server.handlers`` runs the chain and
    the view in one worker thread, as under WSGI."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        observe(request, response, started)
        return response


def observe(request: HttpRequest, response: HttpResponse, started: float) -> None:
    match = getattr(request, "resolver_match", None)
    view = match.view_name if match else "unmatched"
    status = f"{response.status_code // 100}xx"
    REQUEST_SECONDS.labels(request.method, view, status).observe(time.perf_counter() - started)


def allowed(request: HttpRequest) -> bool:
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(net, strict=False) for net in settings.METRICS_ALLOWED_IPS)


def metrics_view(request: HttpRequest) -> HttpResponse:
    if not allowed(request):
        return HttpResponse(
            "metrics are served to the monitoring network only\n", status=403, content_type="text/plain"
        )
    return HttpResponse(generate_latest(), content_type=CONTENT_TYPE_LATEST)
