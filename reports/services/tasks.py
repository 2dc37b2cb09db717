"""Long exports run as a ``ReportTask`` on the task queue (``reports.tasks.run_export``, queue
``exports``); the page polls its progress and offers the file when it is done.

The worker writes ``done``/``total`` after each unit, so the bar moves with real work. The queue
task is written in the transaction that creates the ``ReportTask``; a restart loses nothing: a
worker that dies mid-export is noticed by the others and the export runs again from the start.
``STALE_AFTER`` still marks an export nobody has taken for that long (no worker running)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from accounts.models import User
from campaigns.models import Campaign
from events_server.errors import DomainError, NotAllowed
from events_server.ratelimit import allow
from reports import columns
from reports.models import ReportTask
from reports.services import exports, returns
from reports.services.scope import oversees, visible_units
from reports.services.tables import return_row
from reports.services.weeks import Week

log = logging.getLogger(__name__)
STALE_AFTER = dt.timedelta(minutes=30)
FORMATS = ("xlsx", "csv")


def start_week_summary(user: User, campaign: Campaign, week: Week, fmt: str, language: str) -> ReportTask:
    if not oversees(user):
        raise NotAllowed(_("Only departments and administrators export every unit's return."))
    if fmt not in FORMATS:
        raise DomainError(_("Choose xlsx or csv."), field="format")
    if not allow(f"reports-task:{user.pk}", 10, 600):
        raise DomainError(_("Too many exports started; wait a few minutes."))
    task = ReportTask.objects.create(
        kind=ReportTask.Kind.WEEK_SUMMARY,
        requested_by=user,
        params={
            "campaign": campaign.pk,
            "week": week.monday.isoformat(),
            "format": fmt,
            "language": language,
        },
    )
    from reports.tasks import run_export  # the task module imports this one

    run_export.enqueue(task.pk)
    return task


def run(task_id: int) -> None:
    """Do the work of a task, updating its progress; failures are recorded on the task."""
    try:
        task = ReportTask.objects.select_related("requested_by__organisation").get(pk=task_id)
        with override(task.params.get("language") or None):
            _run_week_summary(task)
    except Exception as error:
        log.exception("report task %s failed", task_id)
        ReportTask.objects.filter(pk=task_id).update(
            state=ReportTask.State.FAILED, error=str(error)[:300], finished_at=timezone.now()
        )


def week_summary(
    user: User, campaign: Campaign, week: Week, fmt: str, progress: Callable[[int, int], None]
) -> tuple[str, bytes]:
    """Attachment 3 of every unit ``user`` sees for ``week``: filed returns as filed, the others
    with fresh draft figures. ``progress(done, total)`` is called before the first unit and after each."""
    units = list(visible_units(user).order_by("kind", "name"))
    progress(0, len(units))
    rows = []
    for number, unit in enumerate(units, 1):
        rows.append(return_row(number, unit, week, returns.preview(unit, week)))
        progress(number, len(units))
    table = columns.attachment_3_columns()
    title = f"{columns.ATTACHMENT_3_TITLE} · {week}"
    content = exports.to_xlsx(title, table, rows) if fmt == "xlsx" else exports.to_csv(table, rows)
    return f"attachment-3-{week.monday:%Y-%m-%d}.{fmt}", content


def _run_week_summary(task: ReportTask) -> None:
    campaign = Campaign.objects.prefetch_related("phases").get(pk=task.params["campaign"])
    week = returns.parse_week(campaign, task.params["week"])

    def progress(done: int, total: int) -> None:
        ReportTask.objects.filter(pk=task.pk).update(state=ReportTask.State.RUNNING, done=done, total=total)

    filename, content = week_summary(task.requested_by, campaign, week, task.params["format"], progress)
    task.filename = filename
    task.result.save(filename, ContentFile(content), save=False)
    task.state = ReportTask.State.DONE
    task.refresh_from_db(fields=["total"])
    task.done = task.total
    task.finished_at = timezone.now()
    task.save(update_fields=["filename", "result", "state", "done", "total", "finished_at"])


def access_task(user: User, pk: int) -> ReportTask:
    task = ReportTask.objects.filter(pk=pk, requested_by=user).first()
    if task is None:
        raise NotAllowed(_("There is no such export of yours."))
    return task


def is_stale(task: ReportTask, now: dt.datetime | None = None) -> bool:
    return task.state in (ReportTask.State.QUEUED, ReportTask.State.RUNNING) and (
        (now or timezone.now()) - task.created_at > STALE_AFTER
    )
