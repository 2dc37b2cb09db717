"""Partner API keys: made (the secret shown once), rotated, revoked, and checked on each request."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.roles import is_platform_admin
from audit.services import record
from directory.models import Organisation
from events_server.errors import DomainError, NotAllowed
from partners.models import ApiKey

KEY_PREFIX = "shk"


@dataclass(frozen=True)
class IssuedKey:
    key: ApiKey
    secret: str  # the whole key, to show once


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def check_manager(user: User, partner: Organisation) -> None:
    """Administrators, and the partner's own staff, manage its keys."""
    if is_platform_admin(user):
        return
    if user.role != User.Role.PARTNER_STAFF or user.organisation_id != partner.pk:
        raise NotAllowed(_("Only the partner platform's staff and administrators manage its keys."))


def _new_key(
    partner: Organisation, *, name: str, can_read: bool, can_write: bool, by: User | None
) -> IssuedKey:
    if partner.kind != Organisation.Kind.PARTNER_PLATFORM:
        raise DomainError(_("API keys are for partner platforms only."))
    if not (can_read or can_write):
        raise DomainError(_("A key needs at least one scope: read or write."), field="can_read")
    name = name.strip()[:80] or _("API key")
    prefix = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    key = ApiKey.objects.create(
        partner=partner,
        name=name,
        prefix=prefix,
        secret_hash=hash_secret(secret),
        can_read=can_read,
        can_write=can_write,
        created_by=by if by is not None and by.pk else None,
    )
    return IssuedKey(key, f"{KEY_PREFIX}_{prefix}_{secret}")


@transaction.atomic
def create_key(partner: Organisation, *, name: str, can_read: bool, can_write: bool, by: User) -> IssuedKey:
    check_manager(by, partner)
    issued = _new_key(partner, name=name, can_read=can_read, can_write=can_write, by=by)
    record("partners.key.created", actor=by, obj=issued.key, after=_state(issued.key))
    return issued


@transaction.atomic
def rotate_key(key_id: int, *, by: User) -> IssuedKey:
    """A new key with the same name and scopes; the old one keeps working for the grace period."""
    old = ApiKey.objects.select_for_update().select_related("partner").get(pk=key_id)
    check_manager(by, old.partner)
    if not old.is_active():
        raise DomainError(_("Only an active key can be rotated."))
    if hasattr(old, "replaced_by"):
        raise DomainError(_("This key has already been rotated."))
    issued = _new_key(old.partner, name=old.name, can_read=old.can_read, can_write=old.can_write, by=by)
    issued.key.replaces = old
    issued.key.rate_per_minute = old.rate_per_minute
    issued.key.save(update_fields=["replaces", "rate_per_minute"])
    grace = timezone.now() + dt.timedelta(hours=settings.PARTNERS_KEY_ROTATION_GRACE_HOURS)
    old.expires_at = min(old.expires_at, grace) if old.expires_at else grace
    old.save(update_fields=["expires_at"])
    record("partners.key.rotated", actor=by, obj=old, after={"replaced_by": issued.key.prefix, **_state(old)})
    return issued


@transaction.atomic
def revoke_key(key_id: int, *, by: User) -> ApiKey:
    key = ApiKey.objects.select_for_update().select_related("partner").get(pk=key_id)
    check_manager(by, key.partner)
    if key.revoked_at is None:
        before = _state(key)
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at"])
        record("partners.key.revoked", actor=by, obj=key, before=before, after=_state(key))
    return key


def _state(key: ApiKey) -> dict[str, object]:
    return {
        "partner": key.partner_id,
        "prefix": key.prefix,
        "scopes": key.scopes,
        "expires_at": key.expires_at.isoformat() if key.expires_at else None,
        "revoked_at": key.revoked_at.isoformat() if key.revoked_at else None,
    }


def authenticate(raw: str) -> ApiKey | None:
    """The active key ``raw`` is, or None. Compared in constant time after the lookup by prefix."""
    parts = raw.strip().split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX or not parts[1] or len(parts[1]) > 12:
        return None
    key = ApiKey.objects.select_related("partner").filter(prefix=parts[1]).first()
    if key is None or not hmac.compare_digest(key.secret_hash, hash_secret(parts[2])):
        return None
    if not key.is_active():
        return None
    now = timezone.now()
    if key.last_used_at is None or now - key.last_used_at > dt.timedelta(minutes=1):
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)  # at most once a minute
    return key


def keys_of(partner: Organisation) -> list[ApiKey]:
    return list(ApiKey.objects.filter(partner=partner).select_related("replaces").order_by("-created_at"))
