"""Signed, time-limited tokens for join links and tickets.

A token names its purpose inside the signed payload, so a token made for one purpose is
recognised and refused for another (rather than looking merely tampered with)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core import signing
from django.utils.translation import gettext_lazy as _

from events_server.errors import DomainError

SALT = "shanhai.token"
PURPOSES = {"live.join", "live.job", "ticket"}


class TokenError(DomainError):
    """A token that cannot be used; ``reason`` is one of tampered, expired, wrong_purpose."""

    code = "token"
    template = "qr/token_error.html"
    messages = {
        "tampered": _("This link or code is not valid: it was changed or copied incompletely."),
        "expired": _("This link or code has expired."),
        "wrong_purpose": _("This code is for something else and cannot be used here."),
    }

    def __init__(self, reason: str) -> None:
        super().__init__(self.messages[reason])
        self.reason = reason


@dataclass(frozen=True)
class Token:
    purpose: str
    value: Any
    expires_at: dt.datetime


def make_token(purpose: str, value: Any, *, valid_for: dt.timedelta) -> str:
    """A URL-safe token for ``value`` that ``read_token(purpose, …)`` accepts for ``valid_for``."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown token purpose {purpose!r}")
    expires = int((dt.datetime.now(dt.UTC) + valid_for).timestamp())
    return signing.dumps({"p": purpose, "v": value, "e": expires}, salt=SALT, compress=True)


def read_token(purpose: str, token: str) -> Token:
    """The token's payload, or ``TokenError`` saying why it is refused."""
    try:
        data = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        raise TokenError("tampered") from None
    if not isinstance(data, dict) or not {"p", "v", "e"} <= data.keys():
        raise TokenError("tampered")
    if data["p"] != purpose:
        raise TokenError("wrong_purpose")
    if data["e"] <= dt.datetime.now(dt.UTC).timestamp():
        raise TokenError("expired")
    return Token(purpose=purpose, value=data["v"], expires_at=dt.datetime.fromtimestamp(data["e"], dt.UTC))


def read_payload(purpose: str, token: str, keys: set[str]) -> dict:
    """The token's payload, a dict holding ``keys``; a ``TokenError`` says why it is refused."""
    value = read_token(purpose, token).value
    if not isinstance(value, dict) or not keys <= value.keys():
        raise TokenError("tampered")
    return value
