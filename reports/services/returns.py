"""Attachment 3 returns: the draft a unit reviews, filing (frozen, audited) and the due/overdue board."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from audit.services import record
from campaigns.models import Campaign
from directory.models import Organisation
from events_server.errors import Conflict, DomainError
from reports.models import WeeklyReturn
from reports.services import figures as figures_service
from reports.services.scope import own_unit, visible_units
from reports.services.weeks import Week, WeekError, week_of

REMARKS_MAX = 2000


class BoardStatus:
    FILED = "filed"
    FILED_LATE = "filed_late"
    DUE = "due"
    OVERDUE = "overdue"

    LABELS = {
        FILED: gettext_lazy("Filed"),
        FILED_LATE: gettext_lazy("Filed late"),
        DUE: gettext_lazy("Due"),
        OVERDUE: gettext_lazy("Overdue"),
    }


def parse_week(campaign: Campaign, value: str) -> Week:
    """A week from its Monday as ``YYYY-MM-DD``, with a user message for anything else."""
    try:
        monday = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DomainError(
            _("Give the week as the date of its Monday, like 2025-10-06."), field="week"
        ) from None
    try:
        return week_of(campaign, monday)
    except WeekError:
        raise DomainError(
            _("%(day)s is not the Monday of a week in the campaign's phases.") % {"day": monday.isoformat()},
            field="week",
        ) from None


def status_of(ret: WeeklyReturn | None, week: Week, now: dt.datetime | None = None) -> str:
    now = now or timezone.now()
    if ret is not None and ret.status == WeeklyReturn.Status.FILED:
        on_time = ret.filed_at is not None and ret.filed_at <= week.due_at  # filed returns have a time
        return BoardStatus.FILED if on_time else BoardStatus.FILED_LATE
    return BoardStatus.OVERDUE if now >= week.due_at else BoardStatus.DUE


def week_has_ended(week: Week, now: dt.datetime | None = None) -> bool:
    return (now or timezone.now()) >= week.ends


def draft(unit: Organisation, week: Week) -> WeeklyReturn:
    """The unit's return for the week: the frozen one if filed, else a draft with fresh figures."""
    ret, _created = WeeklyReturn.objects.get_or_create(
        campaign_id=week.phase.campaign_id,
        organisation=unit,
        week_start=week.monday,
        defaults={"phase": week.phase},
    )
    if ret.status == WeeklyReturn.Status.DRAFT:
        ret.figures = figures_service.compute(unit, week)
        ret.computed_at = timezone.now()
        WeeklyReturn.objects.filter(pk=ret.pk, status=WeeklyReturn.Status.DRAFT).update(
            figures=ret.figures, computed_at=ret.computed_at
        )
    return ret


def preview(unit: Organisation, week: Week) -> WeeklyReturn:
    """Like ``draft`` but writes nothing: for units overseeing others and for exports."""
    ret = WeeklyReturn.objects.filter(
        campaign_id=week.phase.campaign_id, organisation=unit, week_start=week.monday
    ).first()
    if ret is not None and ret.status == WeeklyReturn.Status.FILED:
        return ret
    ret = ret or WeeklyReturn(
        campaign_id=week.phase.campaign_id, organisation=unit, week_start=week.monday, phase=week.phase
    )
    ret.figures = figures_service.compute(unit, week)
    ret.computed_at = timezone.now()
    return ret


@transaction.atomic
def file_return(user: User, week: Week, remarks: str, now: dt.datetime | None = None) -> WeeklyReturn:
    """File the user's unit's return for a week that has ended: figures recomputed and frozen."""
    unit = own_unit(user)
    now = now or timezone.now()
    remarks = (remarks or "").strip()
    if len(remarks) > REMARKS_MAX:
        raise DomainError(_("Remarks can be at most %(n)d characters.") % {"n": REMARKS_MAX}, field="remarks")
    if not week_has_ended(week, now):
        raise DomainError(_("A week can be filed once it has ended (Sunday 24:00, Beijing time)."))
    key = {"campaign_id": week.phase.campaign_id, "organisation": unit, "week_start": week.monday}
    WeeklyReturn.objects.get_or_create(**key, defaults={"phase": week.phase})
    ret = WeeklyReturn.objects.select_for_update().get(**key)
    if ret.status == WeeklyReturn.Status.FILED:
        raise Conflict(_("This week's return was already filed; the filed version cannot change."))
    before = {"status": ret.status, "remarks": ret.remarks}
    ret.figures = figures_service.compute(unit, week)
    ret.computed_at = now
    ret.remarks = remarks
    ret.status = WeeklyReturn.Status.FILED
    ret.filed_at = now
    ret.filed_by = user
    ret.save()
    record(
        "reports.weekly_return.filed",
        actor=user,
        obj=ret,
        before=before,
        after={"status": ret.status, "remarks": remarks, "figures": ret.figures, "week": str(week)},
        region_code=unit.region_id or "",
    )
    return ret


@dataclass
class BoardRow:
    unit: Organisation
    ret: WeeklyReturn | None
    status: str

    @property
    def label(self) -> str:
        return str(BoardStatus.LABELS[self.status])


def board(user: User, week: Week, now: dt.datetime | None = None) -> list[BoardRow]:
    """Every unit ``user`` oversees with its status for ``week``: two queries whatever the number."""
    units = list(visible_units(user).order_by("kind", "name"))
    returns = {
        ret.organisation_id: ret
        for ret in WeeklyReturn.objects.filter(
            campaign_id=week.phase.campaign_id, week_start=week.monday, organisation__in=[u.pk for u in units]
        )
    }
    now = now or timezone.now()
    order = {BoardStatus.OVERDUE: 0, BoardStatus.DUE: 1, BoardStatus.FILED_LATE: 2, BoardStatus.FILED: 3}
    rows = [
        BoardRow(unit, returns.get(unit.pk), status_of(returns.get(unit.pk), week, now)) for unit in units
    ]
    return sorted(rows, key=lambda row: order[row.status])
