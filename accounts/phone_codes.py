"""One-time SMS codes: sending (with the resend wait and the per-phone and per-address limits)
and checking (with the expiry and the number of tries). Codes are stored as keyed hashes; the
message itself is sent by the worker (``accounts.tasks.send_code``, queue ``sms``), enqueued in
the transaction that records the code, so a slow SMS provider never holds up the request."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import cast

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from accounts import tasks
from accounts.models import PhoneCode


class CodeRefused(Exception):
    """No code was sent; ``message`` says why (for the user) and ``retry_after`` when to try again."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


def _hash(*parts: str) -> str:
    return salted_hmac("accounts.phone_codes", ":".join(parts), algorithm="sha256").hexdigest()


def address_hash(address: str) -> str:
    return _hash("address", address)


def _wait_message(seconds: int) -> str:
    if seconds <= 90:
        return _("Too many codes requested. Try again in %(seconds)d seconds.") % {"seconds": seconds}
    return _("Too many codes requested. Try again in %(minutes)d minutes.") % {"minutes": -(-seconds // 60)}


def send_code(phone: str, purpose: str, address: str) -> PhoneCode:
    """Send a new six-digit code to ``phone`` unless a limit says wait (then ``CodeRefused``)."""
    now = timezone.now()
    addr = address_hash(address)
    with transaction.atomic():
        recent = PhoneCode.objects.filter(phone=phone, created_at__gt=now - dt.timedelta(days=1))
        last = recent.order_by("-created_at").values_list("created_at", flat=True).first()
        if last and (now - last).total_seconds() < settings.SMS_RESEND_SECONDS:
            wait = settings.SMS_RESEND_SECONDS - int((now - last).total_seconds())
            raise CodeRefused(
                _("A code was just sent. You can ask for a new one in %(seconds)d seconds.")
                % {"seconds": wait},
                wait,
            )
        if recent.count() >= settings.SMS_CODES_PER_PHONE_PER_DAY:
            # Not None: the count above is not zero.
            oldest = cast(
                dt.datetime, recent.order_by("created_at").values_list("created_at", flat=True).first()
            )
            wait = int((oldest + dt.timedelta(days=1) - now).total_seconds()) + 1
            raise CodeRefused(_wait_message(wait), wait)
        hour = PhoneCode.objects.filter(address_hash=addr, created_at__gt=now - dt.timedelta(hours=1))
        if hour.count() >= settings.SMS_CODES_PER_ADDRESS_PER_HOUR:
            # Not None: the count above is not zero.
            oldest = cast(
                dt.datetime, hour.order_by("created_at").values_list("created_at", flat=True).first()
            )
            wait = int((oldest + dt.timedelta(hours=1) - now).total_seconds()) + 1
            raise CodeRefused(_wait_message(wait), wait)
        code = f"{secrets.randbelow(1_000_000):06d}"
        record = PhoneCode.objects.create(
            phone=phone,
            purpose=purpose,
            code_hash=_hash(phone, purpose, code),
            address_hash=addr,
            created_at=now,
        )
        tasks.send_code.enqueue(record.pk, tasks.seal(code))
    return record


def check_code(phone: str, purpose: str, code: str) -> bool:
    """True once for the right code of the latest unexpired code sent to ``phone`` for ``purpose``.

    Each wrong try counts; after ``SMS_CODE_TRIES`` the code is dead and a new one must be sent."""
    now = timezone.now()
    if not (len(code) == 6 and code.isascii() and code.isdigit()):
        return False
    with transaction.atomic():
        record = (
            PhoneCode.objects.select_for_update()
            .filter(phone=phone, purpose=purpose)
            .filter(created_at__gt=now - dt.timedelta(seconds=settings.SMS_CODE_SECONDS))
            .order_by("-created_at")
            .first()
        )
        if record is None or record.used_at is not None or record.attempts >= settings.SMS_CODE_TRIES:
            return False
        if constant_time_compare(record.code_hash, _hash(phone, purpose, code)):
            record.used_at = now
            record.save(update_fields=["used_at"])
            return True
        record.attempts += 1
        record.save(update_fields=["attempts"])
        return False
