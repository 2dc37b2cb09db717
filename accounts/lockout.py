"""The page django-axes shows when sign-in is locked: a clear message and the time to wait."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _


def _unlocks_at(attempts: QuerySet[AccessAttempt], cool_off: dt.timedelta) -> dt.datetime | None:
    """When the failures still in the window drop below the limit: newest first, the attempt that
    brings the count to the limit is the one whose expiry unlocks."""
    counted = 0
    for attempt_time, failures in attempts.order_by("-attempt_time").values_list(
        "attempt_time", "failures_since_start"
    ):
        counted += failures
        if counted >= settings.AXES_FAILURE_LIMIT:
            return attempt_time + cool_off
    return None


def minutes_to_wait(request: HttpRequest, credentials: dict[str, Any] | None) -> int:
    """Whole minutes until neither this account nor this address is locked any more."""
    cool_off = get_cool_off(request)
    if cool_off is None:
        return 0
    now = timezone.now()
    recent = AccessAttempt.objects.filter(attempt_time__gt=now - cool_off)
    ends = [_unlocks_at(recent.filter(ip_address=getattr(request, "axes_ip_address", None)), cool_off)]
    username = get_client_username(request, credentials)
    if username:
        ends.append(_unlocks_at(recent.filter(username=username), cool_off))
    end = max((e for e in ends if e is not None), default=now + cool_off)
    return max(1, math.ceil((end - now).total_seconds() / 60))


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    minutes = minutes_to_wait(request, credentials)
    message = _(
        "Too many failed sign-ins for this account or from your network. Sign-in is locked: "
        "try again in %(minutes)d minutes, or sign in with an SMS code."
    ) % {"minutes": minutes}
    response = render(
        request, "accounts/locked_out.html", {"message": message, "minutes": minutes}, status=429
    )
    response["Retry-After"] = str(minutes * 60)
    return response
