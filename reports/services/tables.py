"""Rows of the Attachment 3 table, from a return (filed: frozen figures; draft: fresh ones)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from directory.models import Organisation
from reports.columns import FIGURE_KEYS, partner_remark
from reports.models import WeeklyReturn
from reports.services.weeks import SHANGHAI, Week


def return_row(number: int, unit: Organisation, week: Week, ret: WeeklyReturn) -> dict[str, Any]:
    row: dict[str, Any] = {
        "number": number,
        "unit_name": unit.name,
        "region": unit.region.full_name if unit.region else _("Nationwide"),
        "period": str(week),
        "phase": week.phase.name,
        "status": ret.get_status_display(),
        "filed_at": timezone.localtime(ret.filed_at, SHANGHAI).strftime("%Y-%m-%d %H:%M")
        if ret.filed_at
        else "",
        "remarks": " ".join(part for part in (ret.remarks, partner_remark(ret.figures or {})) if part),
    }
    for part in ("week", "cumulative"):
        values = ret.figures.get(part, {})
        for key in FIGURE_KEYS:
            row[f"{part}.{key}"] = values.get(key)
    return row
