"""Which regions a region covers: the one rule, for reports (a unit's figures) and internships."""

from __future__ import annotations

from directory.models import Region


def region_codes(region: Region | None) -> list[str] | None:
    """The region codes inside ``region`` (itself and, for a province, its cities); None for nationwide."""
    if region is None:
        return None
    if region.level == Region.Level.PROVINCE:
        return [region.code, *Region.objects.filter(parent_id=region.code).values_list("code", flat=True)]
    return [region.code]
