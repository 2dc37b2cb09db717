"""Consent: which notice is in force, who has agreed to it, and the revocable sharing consent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from privacy.models import Consent, PrivacyNotice

if TYPE_CHECKING:
    from accounts.models import User

NOTICE_CACHE_KEY = "privacy:notice"
NOTICE_CACHE_SECONDS = 60  # a notice published for a future time takes effect within this


def current_notice() -> PrivacyNotice | None:
    """The newest published notice. Read on every signed-in page, so kept in the cache (cleared
    when a notice is saved)."""
    cached = cache.get(NOTICE_CACHE_KEY)
    if cached is not None:
        return cached or None
    notice = (
        PrivacyNotice.objects.filter(published_at__isnull=False, published_at__lte=timezone.now())
        .order_by("-published_at")
        .first()
    )
    cache.set(NOTICE_CACHE_KEY, notice or False, NOTICE_CACHE_SECONDS)
    return notice


@receiver(post_save, sender=PrivacyNotice)
@receiver(post_delete, sender=PrivacyNotice)
def _notice_changed(**kwargs: object) -> None:
    cache.delete(NOTICE_CACHE_KEY)


def _agreed_key(user: User, notice: PrivacyNotice) -> str:
    return f"privacy:agreed:{user.pk}:{notice.pk}"


def needs_consent(user: User) -> PrivacyNotice | None:
    """The notice in force if ``user`` has not agreed to this version yet, else None."""
    notice = current_notice()
    if notice is None or cache.get(_agreed_key(user, notice)):
        return None
    agreed = Consent.objects.filter(
        user=user, kind=Consent.Kind.NOTICE, notice=notice, withdrawn_at__isnull=True
    ).exists()
    if agreed:
        cache.set(_agreed_key(user, notice), True, 24 * 3600)
        return None
    return notice


def record_consent(user: User, notice: PrivacyNotice, kind: str = Consent.Kind.NOTICE) -> Consent:
    return Consent.objects.create(user=user, notice=notice, kind=kind)


def sharing_allowed(user: User) -> bool:
    """Whether the graduate agreed (and has not withdrawn) to share the profile with universities'
    matching and partner platforms. Anything that shares a profile must ask this first."""
    return Consent.objects.filter(user=user, kind=Consent.Kind.SHARING, withdrawn_at__isnull=True).exists()


@transaction.atomic
def set_sharing(user: User, allowed: bool) -> None:
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
