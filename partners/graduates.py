"""Graduate profiles for partners: only of graduates whose sharing consent is in force
(``privacy.services.sharing_allowed`` owns the rule; withdrawing it stops sharing at once), and
every profile handed over is logged (``GraduateShare``)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet

from accounts.models import GraduateProfile
from partners.models import ApiKey, GraduateShare
from privacy.models import Consent


def shareable() -> QuerySet[GraduateProfile]:
    """Profiles whose graduate agreed to share and has not withdrawn (the query form of
    ``privacy.services.sharing_allowed``)."""
    consent = Consent.objects.filter(
        user=OuterRef("user_id"), kind=Consent.Kind.SHARING, withdrawn_at__isnull=True
    )
    return (
        GraduateProfile.objects.filter(Exists(consent))
        .select_related("university")
        .prefetch_related("preferred_regions", "preferred_fields")
    )


def log_shares(key: ApiKey, profiles: list[GraduateProfile]) -> None:
    """Called with exactly the profiles put in a response, before it is sent."""
    GraduateShare.objects.bulk_create(
        [
            GraduateShare(partner_id=key.partner_id, graduate_id=profile.user_id, key=key)
            for profile in profiles
        ]
    )
