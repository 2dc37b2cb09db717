"""What ``partners`` keeps about a person: the log of their profile shared with partner
platforms (only while their sharing consent was in force). The log is the record of each
disclosure, so it is exported, not erased; it names the person only by their account."""

from __future__ import annotations

from typing import Any

from partners.models import GraduateShare
from privacy.exports import Section, register, rows


def shares(user: Any) -> Section:
    found = GraduateShare.objects.filter(graduate=user).select_related("partner").order_by("at")
    return Section(rows(found, ["partner__name", "at"]))


register("partner_shares", shares)
