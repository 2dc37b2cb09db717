"""Deleting an account: personal data erased or anonymised at once, statistics kept.

The account row stays as an anonymous tombstone, because applications, placements and problems
``PROTECT`` their student and the filed weekly returns (Attachment 3) count them: the rows remain,
pointing at a person nobody can identify. Each app erases what it keeps in its own
``personal_data.py`` (``register_eraser``); the account itself is erased last, by ``accounts``.
The deletion is written to the audit log without the person's name or contacts.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Replace
from django.utils import timezone

from audit import services as audit
from audit.models import AuditEntry
from privacy.exports import exporters

Eraser = Callable[[Any], dict[str, int]]
_erasers: dict[str, Eraser] = {}
_last: dict[str, Eraser] = {}
_campaign_erasers: dict[str, Eraser] = {}
#: Set by a dry run (``privacy.retention``): files are counted, not destroyed; the rows' changes
#: are rolled back by the caller.
keep_files: ContextVar[bool] = ContextVar("keep_files", default=False)


def register_eraser(name: str, eraser: Eraser, *, last: bool = False) -> None:
    """``eraser(user)`` removes or anonymises what the app keeps about ``user``; returns counts.
    ``last`` erasers (the account itself) run after all others."""
    (_last if last else _erasers)[name] = eraser


def register_campaign_eraser(name: str, eraser: Eraser) -> None:
    """``eraser(campaign)`` anonymises what the app keeps about the people of an ended campaign
    (``privacy.retention``); returns counts of the rows it changed (0 when run again)."""
    _campaign_erasers[name] = eraser


def campaign_erasers() -> list[tuple[str, Eraser]]:
    exporters()  # discovers the apps' personal_data modules
    return sorted(_campaign_erasers.items())


def pseudonym(text: str, label: str = "联系人") -> str:
    """A keyed hash in place of a name or contact: the same person gets the same pseudonym (the
    log stays readable: "the same contact changed twice"), nobody can reverse it without the
    secret key. Already pseudonymous text is returned as it is (idempotent)."""
    if text.startswith(f"[{label}#"):
        return text
    digest = hmac.new(settings.SECRET_KEY.encode(), text.encode(), hashlib.sha256).hexdigest()
    return f"[{label}#{digest[:6]}]"


def destroy_file(field: Any) -> int:
    """Delete a stored file (a resume copy); 1 if there was one. A dry run only counts it."""
    if not field.name:
        return 0
    if not keep_files.get():
        field.storage.delete(field.name)
    return 1


def erasers() -> list[tuple[str, Eraser]]:
    exporters()  # discovers the apps' personal_data modules, which register erasers too
    return sorted(_erasers.items()) + sorted(_last.items())


def names_of(user: Any) -> list[str]:
    """Strings that identify the person in free text (audit entries' object names)."""
    profile = getattr(user, "graduate_profile", None)
    names = [user.get_username(), user.get_full_name(), user.email, user.phone or ""]
    if profile is not None:
        names += [profile.full_name, profile.phone]
    return [n for n in names if n and len(n) >= 2]


@transaction.atomic
def delete_account(user: Any, *, actor: Any = None, reason: str = "") -> dict[str, dict[str, int]]:
    """Erase ``user``'s personal data now. Returns what each app erased (counts only)."""
    identifying = names_of(user)
    pk = user.pk
    done = {name: eraser(user) for name, eraser in erasers()}
    # Audit entries written before name the person in their object names (e.g. "王小丽 → 岗位").
    for text in identifying:
        AuditEntry.objects.filter(object_repr__contains=text).update(
            object_repr=Replace("object_repr", Value(text), Value("[已注销]"))
        )
    audit.record(
        "privacy.account.deleted",
        actor=actor if actor is not None and getattr(actor, "pk", None) != pk else None,
        obj=user,
        after={"erased": done, "at": timezone.now().isoformat()},
        reason=reason,
    )
    return done


def _withdraw_consents(user: Any) -> dict[str, int]:
    """Consent records stay as evidence of what was agreed; any still active is withdrawn."""
    from privacy.models import Consent

    return {
        "consents_withdrawn": Consent.objects.filter(user=user, withdrawn_at__isnull=True).update(
            withdrawn_at=timezone.now()
        )
    }


register_eraser("consents", _withdraw_consents)
