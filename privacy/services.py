"""Consent: which notice is in force, who has agreed to it, and the revocable sharing consent."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from privacy.models import Consent, PrivacyNotice


def current_notice() -> PrivacyNotice | None:
    return (
        PrivacyNotice.objects.filter(published_at__isnull=False, published_at__lte=timezone.now())
        .order_by("-published_at")
        .first()
    )


def needs_consent(user: object) -> PrivacyNotice | None:
    """The notice in force if ``user`` has not agreed to this version yet, else None."""
    notice = current_notice()
    if notice is None:
        return None
    agreed = Consent.objects.filter(
        user=user, kind=Consent.Kind.NOTICE, notice=notice, withdrawn_at__isnull=True
    )
    return None if agreed.exists() else notice


def record_consent(user: object, notice: PrivacyNotice, kind: str = Consent.Kind.NOTICE) -> Consent:
    return Consent.objects.create(user=user, notice=notice, kind=kind)


def sharing_allowed(user: object) -> bool:
    """Whether the graduate agreed (and has not withdrawn) to share the profile with universities'
    matching and partner platforms. Anything that shares a profile must ask this first."""
    return Consent.objects.filter(user=user, kind=Consent.Kind.SHARING, withdrawn_at__isnull=True).exists()


@transaction.atomic
def set_sharing(user: object, allowed: bool) -> None:
    active = Consent.objects.select_for_update().filter(
        user=user, kind=Consent.Kind.SHARING, withdrawn_at__isnull=True
    )
    if allowed and not active.exists():
        notice = current_notice()
        if notice is None:
            raise ValueError("no privacy notice is published")
        record_consent(user, notice, Consent.Kind.SHARING)
    elif not allowed:
        active.update(withdrawn_at=timezone.now())
