"""Development SMS backend: writes each message to standard output (like Django's console e-mail)."""

from __future__ import annotations

import sys
from typing import IO, Any

from django.utils.translation import gettext as _


def message_text(code: str) -> str:
    return _("Your Shanhai verification code is %(code)s. It is valid for 5 minutes.") % {"code": code}


class SmsBackend:
    def __init__(self, stream: IO[str] | None = None, **kwargs: Any) -> None:
        self.stream = stream or sys.stdout

    def send_code(self, phone: str, code: str) -> None:
        self.stream.write(f"SMS to {phone}: {message_text(code)}\n")
        self.stream.flush()

    def send_notice(self, phone: str, text: str) -> None:
        self.stream.write(f"SMS to {phone}: {text}\n")
        self.stream.flush()
