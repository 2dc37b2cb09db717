"""What ``offers`` keeps about a person (the offers they received and their answers): export
and erasure."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from offers.models import Offer
from privacy.erasure import register_campaign_eraser, register_eraser
from privacy.exports import Section, register, rows


def offers(user: Any) -> Section:
    found = Offer.objects.filter(application__student=user).select_related("application__job__company")
    return Section(
        rows(
            found.order_by("created_at"),
            [
                "application_id",
                "application__job__title",
                "application__job__company__name",
                "salary",
                "starts_on",
                "terms",
                "reply_by",
                "status",
                "answered_at",
                "agreement_signed_on",
                "created_at",
            ],
        )
    )


register("offers", offers)


def erase_terms(found: QuerySet[Offer]) -> dict[str, int]:
    """Salary, start date and terms go; the offer's status and dates stay as an anonymous row
    (the university's count of destinations, like the applications they belong to)."""
    found = found.filter(Q(salary__isnull=False) | Q(starts_on__isnull=False) | ~Q(terms=""))
    return {"offers": found.update(salary=None, starts_on=None, terms="")}


def erase(user: Any) -> dict[str, int]:
    return erase_terms(Offer.objects.filter(application__student=user))


def erase_campaign(campaign: Any) -> dict[str, int]:
    return erase_terms(Offer.objects.filter(application__campaign=campaign))


register_eraser("offers", erase)
register_campaign_eraser("offers", erase_campaign)
