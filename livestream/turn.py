"""Time-limited TURN credentials in coturn's REST-API scheme (``use-auth-secret``).

username = "<expiry as unix time>:<opaque user key>", password = base64(HMAC-SHA1(secret,
username)). coturn recomputes the password with the same secret and refuses it after expiry,
so no credential is stored anywhere and a leaked one stops working by itself."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class TurnCredential:
    username: str
    password: str
    expires_at: int


def mint(secret: str, user_key: str, *, valid_for: int, now: float | None = None) -> TurnCredential:
    if not secret:
        raise ValueError("TURN_SECRET is not set")
    if ":" in user_key:
        raise ValueError("the user key must not contain ':'")
    expires = int((now if now is not None else time.time()) + valid_for)
    username = f"{expires}:{user_key}"
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return TurnCredential(username, base64.b64encode(digest).decode(), expires)
