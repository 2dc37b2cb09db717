"""SMS backend that appends each message to ``SMS_FILE_PATH/messages.log`` (tests, staging)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils import timezone

from accounts.sms.console import message_text

_lock = threading.Lock()


class SmsBackend:
    def __init__(self, file_path: str | None = None, **kwargs: Any) -> None:
        self.path = Path(file_path or settings.SMS_FILE_PATH)

    def send_code(self, phone: str, code: str) -> None:
        self.send_notice(phone, message_text(code))

    def send_notice(self, phone: str, text: str) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        line = f"{timezone.now().isoformat()}\t{phone}\t{text}\n"
        with _lock, open(self.path / "messages.log", "a", encoding="utf-8") as out:
            out.write(line)
