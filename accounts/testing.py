"""Test helpers for signing in (installed by the root ``conftest.py``; never imported by the product).

- ``Client.login(username=..., password=...)`` calls ``authenticate()`` without a request, which
  django-axes refuses (it counts failures per client address): here it gets an empty request, so
  the tests' password logins keep working and still go through axes.
- Staff who must use two-factor sign-in (``accounts.two_factor.required_for``): a test client's
  ``login()`` / ``force_login()`` (and the async ones) also records a verified authenticator in
  the session, as if the person had entered a TOTP code, so tests of other features sign staff in
  as before. The product check is unchanged: a session without a verified device is still sent
  to the second step. Tests of two-factor sign-in itself carry ``@pytest.mark.real_two_factor``,
  which turns this off. ``totp_device`` and ``totp_token`` let a test (or a browser test typing
  into the form) pass the real check.
"""

from __future__ import annotations

import time
from typing import Any

from asgiref.sync import sync_to_async
from django.http import HttpRequest
from django.test.client import ClientMixin

_original_login = ClientMixin.login
# Client._login/_alogin (what login() and force_login() share) are not in django-stubs.
_original_sync_login = ClientMixin._login  # type: ignore[attr-defined]
_original_async_login = ClientMixin._alogin  # type: ignore[attr-defined]


def login_with_request(self: ClientMixin, **credentials: Any) -> bool:
    credentials.setdefault("request", HttpRequest())
    return _original_login(self, **credentials)


def totp_device(user: Any) -> Any:
    """The user's confirmed authenticator (made if there is none)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="test authenticator", confirmed=True)


def totp_token(device: Any, at: float | None = None) -> str:
    """The code an authenticator app shows for ``device`` now (RFC 6238, django-otp's ``totp``)."""
    now = int(at if at is not None else time.time())
    return f"{_token(device, now):0{device.digits}d}"


def _token(device: Any, now: int) -> int:
    from django_otp.oath import TOTP

    generator = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    generator.time = now
    return generator.token()


def _mark_verified(session: Any, user: Any) -> bool:
    from django_otp import DEVICE_ID_SESSION_KEY

    from accounts.two_factor import required_for

    if not required_for(user):
        return False
    session[DEVICE_ID_SESSION_KEY] = totp_device(user).persistent_id
    return True


def _sync_login(self: ClientMixin, user: Any, backend: Any = None) -> None:
    _original_sync_login(self, user, backend)
    session = self.session
    if _mark_verified(session, user):
        session.save()


async def _async_login(self: ClientMixin, user: Any, backend: Any = None) -> None:
    await _original_async_login(self, user, backend)
    session = await self.asession()
    if await sync_to_async(_mark_verified)(session, user):
        await session.asave()


def install(*, staff_verified: bool = True) -> None:
    ClientMixin.login = login_with_request  # type: ignore[method-assign]
    ClientMixin._login = _sync_login if staff_verified else _original_sync_login  # type: ignore[attr-defined]
    ClientMixin._alogin = _async_login if staff_verified else _original_async_login  # type: ignore[attr-defined]


def enter_totp(page: Any, device: Any) -> None:
    """In a Playwright page just sent to the second step, type the authenticator's current code.
    Make ``device`` (``totp_device``) before Playwright starts: the ORM is not used here."""
    import re

    page.wait_for_url(re.compile(r"/accounts/2fa/"))
    page.get_by_label(re.compile("身份验证器|authenticator")).fill(totp_token(device))
    page.locator("main").get_by_role("button", name=re.compile("继续|Continue")).click()
