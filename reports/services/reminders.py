"""Reminders to file the weekly return (Attachment 3): on Friday and Monday at 09:00 Shanghai to
the units that have not filed the week due next, and after the Monday 12:00 deadline to those
still missing. The unit's staff (the people who file) are told; each person once per reminder."""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from accounts.models import User
from campaigns.services import current_campaign
from notifications.services import notify_many
from reports.models import WeeklyReturn
from reports.services.scope import UNIT_KINDS, UNIT_ROLES
from reports.services.weeks import SHANGHAI, WEEKLY_DUE_TIME, Week, WeekError, monday_of, week_of


def week_due_after(moment: dt.datetime) -> dt.date:
    """The Monday of the week whose return is due next after ``moment`` (due Monday 12:00)."""
    local = moment.astimezone(SHANGHAI)
    this_monday = monday_of(local.date())
    deadline = dt.datetime.combine(this_monday, WEEKLY_DUE_TIME, tzinfo=SHANGHAI)
    return this_monday - dt.timedelta(days=7) if local < deadline else this_monday


def week_due_before(moment: dt.datetime) -> dt.date:
    """The Monday of the week whose deadline passed last before ``moment``."""
    return week_due_after(moment) - dt.timedelta(days=7)


def missing_filers(week: Week) -> QuerySet[User]:
    """Staff of the reporting units that have not filed ``week``."""
    filed = WeeklyReturn.objects.filter(
        campaign_id=week.phase.campaign_id, week_start=week.monday, status=WeeklyReturn.Status.FILED
    ).values("organisation_id")
    return (
        User.objects.filter(is_active=True, role__in=UNIT_ROLES, organisation__kind__in=UNIT_KINDS)
        .exclude(organisation_id__in=filed)
        .order_by("pk")
    )


def _week(monday: dt.date) -> Week | None:
    campaign = current_campaign(monday)
    if campaign is None:
        return None
    try:
        return week_of(campaign, monday)
    except WeekError:
        return None


def remind_due(moment: dt.datetime) -> int:
    week = _week(week_due_after(moment))
    if week is None:
        return 0
    local_due = week.due_at.astimezone(SHANGHAI)
    return notify_many(
        missing_filers(week).iterator(chunk_size=2000),
        "reports.weekly.due",
        format_lazy(
            gettext_lazy("Weekly return due {due}: week {week}"),
            due=f"{local_due:%m-%d %H:%M}",
            week=str(week),
        ),
        gettext_lazy("Your unit has not filed this week's return (Attachment 3) yet."),
        reverse("reports:weekly_return", args=[week.monday.isoformat()]),
        event_key=f"reports.weekly.due:{week.phase.campaign_id}:{week.monday}:{moment.astimezone(SHANGHAI):%Y-%m-%d}",
    )


def remind_overdue(moment: dt.datetime) -> int:
    week = _week(week_due_before(moment))
    if week is None:
        return 0
    return notify_many(
        missing_filers(week).iterator(chunk_size=2000),
        "reports.weekly.overdue",
        format_lazy(gettext_lazy("Weekly return overdue: week {week}"), week=str(week)),
        gettext_lazy("The deadline (Monday 12:00) has passed; file your unit's return now."),
        reverse("reports:weekly_return", args=[week.monday.isoformat()]),
        event_key=f"reports.weekly.overdue:{week.phase.campaign_id}:{week.monday}",
    )
