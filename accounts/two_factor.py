"""Two-factor sign-in (TOTP, django-otp) for the roles that see many people's data: reviewers,
university and department staff, and administrators. Recovery codes are django-otp's static device.

``RequireTwoFactorMiddleware`` (after django-otp's ``OTPMiddleware``) sends such a user, signed in
by password or SMS code, to set up or enter a code before any other page.
``SocketTwoFactorMiddleware`` does the same for WebSockets (which pass no Django middleware): a
socket of such a user whose session has not passed the second step is anonymous.
"""

from __future__ import annotations

import io
from base64 import b32encode, b64encode
from collections.abc import Callable
from typing import Any

import django_otp
from channels.db import database_sync_to_async
from channels.middleware import BaseMiddleware
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from accounts.http import AuthenticatedRequest
from accounts.models import User

RECOVERY_CODES = 10
EXEMPT_PREFIXES = ("/accounts/2fa/", "/accounts/logout/", "/static/", "/i18n/", "/metrics", "/healthz")


def required_for(user: User) -> bool:
    return bool(
        user.is_authenticated
        and (user.is_superuser or user.is_staff or user.role in settings.TWO_FACTOR_ROLES)
    )


def confirmed_totp(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_totp(user: User) -> TOTPDevice:
    """The unconfirmed authenticator being set up (one per user, made on first visit)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return device


def secret_text(device: TOTPDevice) -> str:
    """The key in base32, grouped by four, for typing into an authenticator app."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_data_uri(device: TOTPDevice) -> str:
    out = io.BytesIO()
    write_qrcode_image(device.config_url, out)
    return "data:image/svg+xml;base64," + b64encode(out.getvalue()).decode()


@transaction.atomic
def confirm(request: AuthenticatedRequest, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm the new authenticator with its first code; returns fresh recovery codes."""
    if django_otp.verify_token(request.user, device.persistent_id, token) is None:
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = new_recovery_codes(request.user)
    django_otp.login(request, device)
    return codes


def new_recovery_codes(user: User) -> list[str]:
    """Replace the user's recovery codes: each works once instead of an authenticator code."""
    static, _ = StaticDevice.objects.get_or_create(user=user, name="recovery", defaults={"confirmed": True})
    static.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return codes


def verify(request: AuthenticatedRequest, token: str) -> bool:
    """Check an authenticator code, or use up a recovery code; marks the session verified."""
    token = "".join(token.split())
    # Six digits go to the authenticator, anything else to the recovery codes: a failure counts
    # (django-otp throttles each device) only against the device that was meant.
    if token.isdigit() and len(token) == 6:
        device = confirmed_totp(request.user)
    else:
        device = StaticDevice.objects.filter(user=request.user).first()
    if device is None:
        return False
    matched = django_otp.verify_token(request.user, device.persistent_id, token.lower())
    if matched is None:
        return False
    django_otp.login(request, matched)
    return True


class RequireTwoFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and required_for(user)
            and not user.is_verified()
            and not request.path.startswith(EXEMPT_PREFIXES)
        ):
            return redirect(
                f"{reverse('accounts:two_factor')}?{urlencode({'next': request.get_full_path()})}"
            )
        return self.get_response(request)


def session_verified(user: User, session: Any) -> bool:
    """Whether ``session`` (a Django session) passed the second step for ``user``: it names a
    confirmed device of theirs, as django-otp's ``OTPMiddleware`` checks for requests."""
    device_id = session.get(DEVICE_ID_SESSION_KEY) if session is not None else None
    if not device_id:
        return False
    device = Device.from_persistent_id(device_id)
    return bool(device is not None and device.user_id == user.pk and device.confirmed)


@database_sync_to_async
def socket_user(scope: dict[str, Any]) -> Any:
    user = scope["user"]
    return user if session_verified(user, scope.get("session")) else AnonymousUser()


class SocketTwoFactorMiddleware(BaseMiddleware):
    """Inside Channels' ``AuthMiddlewareStack``: staff whose session has not entered a code are
    anonymous on every socket (they may watch what the public may watch, never moderate). Only
    staff sockets pay the trip to a thread for the session and device: ``required_for`` reads
    attributes of the user the auth middleware already loaded."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> Any:
        user = scope.get("user")
        if user is not None and required_for(user):
            scope = dict(scope, user=await socket_user(scope))
        return await super().__call__(scope, receive, send)
