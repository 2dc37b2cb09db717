"""Accounts' background work: sending one-time SMS codes (queue ``sms``).

The code travels to the worker in the task's arguments encrypted (Fernet, keyed from
``SECRET_KEY``), so the task table never holds a usable code; the worker sends it only while the
code can still be used (not expired, not used), so a rerun after a crash or a late worker sends
nothing stale."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.utils import timezone
from django_tasks import task

from accounts import sms
from accounts.models import PhoneCode


def _fernet() -> Fernet:
    key = hashlib.sha256(f"accounts.tasks.sms-code:{settings.SECRET_KEY}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(code: str) -> str:
    return _fernet().encrypt(code.encode()).decode()


@task(queue_name="sms")
def send_code(phone_code_id: int, sealed: str) -> bool:
    record = PhoneCode.objects.filter(pk=phone_code_id).first()
    if record is None or record.used_at is not None:
        return False
    if timezone.now() - record.created_at > dt.timedelta(seconds=settings.SMS_CODE_SECONDS):
        return False
    try:
        code = _fernet().decrypt(sealed.encode()).decode()
    except InvalidToken:  # SECRET_KEY rotated since: the person asks for a new code
        return False
    sms.send_code(record.phone, code)
    return True
