"""Text messages (SMS) through a backend chosen by setting, like Django's e-mail backends.

``SMS_BACKEND`` names a class with ``send_code(phone, code)`` (a one-time code) and
``send_notice(phone, text)`` (a notification):
- ``accounts.sms.console.SmsBackend`` (the default) prints the message, for development;
- ``accounts.sms.filebased.SmsBackend`` appends it to a file under ``SMS_FILE_PATH``;
- ``accounts.sms.aliyun.SmsBackend`` sends it through Aliyun SMS (dysmsapi ``SendSms``).
"""

from __future__ import annotations

from typing import Any, Protocol

from django.conf import settings
from django.utils.module_loading import import_string


class SmsError(Exception):
    """The provider did not accept the message."""


class SmsBackend(Protocol):
    def send_code(self, phone: str, code: str) -> None: ...

    def send_notice(self, phone: str, text: str) -> None: ...


def get_backend(path: str | None = None, **kwargs: Any) -> SmsBackend:
    return import_string(path or settings.SMS_BACKEND)(**kwargs)


def send_code(phone: str, code: str) -> None:
    """Send a one-time sign-in code to ``phone`` through the configured backend."""
    get_backend().send_code(phone, code)
