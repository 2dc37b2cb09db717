"""How services announce room changes: after the database commit, numbered, to an audience."""

from __future__ import annotations

import json
from typing import Any

from django.db import transaction

from livestream.realtime.backends import EVERYONE
from livestream.realtime.outbox import get_outbox

MODERATORS = "m"


def user_audience(user_id: int) -> str:
    return f"u{user_id}"


def moderators_and(user_id: int) -> str:
    return f"{MODERATORS},{user_audience(user_id)}"


def encode_body(payload: dict[str, Any]) -> str:
    """The payload as JSON text without its opening brace, so the sequence number can lead."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str)[1:]


def broadcast_on_commit(room: int, payload: dict[str, Any], audience: str = EVERYONE) -> None:
    """Publish ``payload`` to the room once the current transaction commits (now if there is none)."""
    body = encode_body(payload)
    transaction.on_commit(lambda: get_outbox().publish(room, audience, body))
