"""Periodic work: a small registry of jobs the workers start on time, each period once.

A job is a task (``django_tasks.task``) with a timetable: weekdays and a time of day in
Asia/Shanghai (``weekly``), or every N minutes (``every``). Apps register their jobs in their
``AppConfig.ready``. Every worker calls ``tick()`` from its beat thread; ``tick`` enqueues the
task of each job whose latest period has begun and not been started, inserting a
``ScheduledRun(name, due_at)`` row in the same transaction: the row is unique, so when two
workers tick together one of them enqueues and the other skips. The task receives the period as
``due_at`` (ISO 8601) and must be idempotent (a worker can die mid-task; the task runs again).

A period missed while no worker ran is started late if it began less than ``grace`` ago (for
weekly jobs six hours by default; for ``every`` jobs one period); older ones are skipped.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks.base import Task

from background.models import ScheduledRun

logger = logging.getLogger(__name__)

SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Job:
    name: str
    task: Task
    weekdays: tuple[int, ...] = ()  # 0 = Monday
    at: dt.time | None = None  # Shanghai time of day
    every: dt.timedelta | None = None
    grace: dt.timedelta = field(default=dt.timedelta(hours=6))

    def latest_due(self, now: dt.datetime) -> dt.datetime | None:
        """The start of the latest period at or before ``now`` (an aware instant)."""
        if self.every is not None:
            step = int(self.every.total_seconds())
            epoch = int(now.timestamp())
            return dt.datetime.fromtimestamp(epoch - epoch % step, tz=dt.UTC)
        if self.at is None:
            return None
        local = now.astimezone(SHANGHAI)
        for back in range(8):
            day = local.date() - dt.timedelta(days=back)
            if day.weekday() in self.weekdays:
                moment = dt.datetime.combine(day, self.at, tzinfo=SHANGHAI)
                if moment <= local:
                    return moment
        return None


JOBS: dict[str, Job] = {}


def weekly(
    name: str, task: Task, *, weekdays: tuple[int, ...], at: dt.time, grace: dt.timedelta | None = None
) -> Job:
    job = Job(name, task, weekdays=weekdays, at=at, grace=grace or dt.timedelta(hours=6))
    JOBS[name] = job
    return job


def every(name: str, task: Task, *, minutes: int) -> Job:
    period = dt.timedelta(minutes=minutes)
    job = Job(name, task, every=period, grace=period)
    JOBS[name] = job
    return job


def tick(
    now: dt.datetime | None = None, worker_id: str = "", jobs: dict[str, Job] | None = None
) -> list[str]:
    """Enqueue every job whose latest period is due and unclaimed; returns the names enqueued."""
    now = now or timezone.now()
    started = []
    for job in (jobs if jobs is not None else JOBS).values():
        due = job.latest_due(now)
        if due is None or now - due > job.grace:
            continue
        if ScheduledRun.objects.filter(name=job.name, due_at=due).exists():
            continue
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(name=job.name, due_at=due, worker_id=worker_id[:64])
                job.task.enqueue(due_at=due.isoformat())
        except IntegrityError:
            continue  # another worker claimed this period first
        logger.info("scheduled job %s enqueued for %s", job.name, due.isoformat())
        started.append(job.name)
    return started
