"""Periodic jobs start on time, each period once whichever worker ticks, and old task rows go."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from background import schedule
from background.models import ScheduledRun
from background.testing import drain
from background.tests import tasks as sample
from background.worker import BeatingWorker

SH = ZoneInfo("Asia/Shanghai")
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sh(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=SH)


def test_a_weekly_job_is_due_at_its_latest_slot_in_shanghai():
    job = schedule.Job("t", sample.record_due, weekdays=(4, 0), at=dt.time(9))
    assert job.latest_due(sh("2025-10-17 08:59")) == sh("2025-10-13 09:00")  # Friday morning: Monday's
    assert job.latest_due(sh("2025-10-17 09:00")) == sh("2025-10-17 09:00")
    assert job.latest_due(sh("2025-10-19 23:00").astimezone(dt.UTC)) == sh("2025-10-17 09:00")
    every = schedule.Job("e", sample.record_due, every=dt.timedelta(minutes=15))
    assert every.latest_due(sh("2025-10-17 09:14")) == sh("2025-10-17 09:00")


def test_two_workers_ticking_start_one_period_once():
    sample.SEEN.clear()
    jobs = {"t": schedule.Job("t", sample.record_due, weekdays=(4,), at=dt.time(9))}
    assert schedule.tick(sh("2025-10-17 09:00:05"), "w1", jobs) == ["t"]
    assert schedule.tick(sh("2025-10-17 09:00:06"), "w2", jobs) == []
    assert schedule.tick(sh("2025-10-17 11:00"), "w2", jobs) == []
    assert ScheduledRun.objects.get().worker_id == "w1"
    drain()
    assert [sh("2025-10-17 09:00").isoformat()] == sample.SEEN
    # A period missed for longer than its grace (no worker ran) is skipped, the next one runs.
    assert schedule.tick(sh("2025-10-24 16:00"), "w1", jobs) == []
    assert schedule.tick(sh("2025-10-31 09:01"), "w1", jobs) == ["t"]


def test_the_worker_beat_starts_due_jobs(settings):
    settings.BACKGROUND_SCHEDULE = True
    worker = BeatingWorker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="beater",
        excluded_queue_names=[],
    )
    worker.beat_once()
    assert ScheduledRun.objects.filter(name="background.prune").exists() == (
        timezone.now() - schedule.JOBS["background.prune"].latest_due(timezone.now()) <= dt.timedelta(hours=6)
    )
    settings.BACKGROUND_SCHEDULE = False
    ScheduledRun.objects.all().delete()
    worker.beat_once()
    assert not ScheduledRun.objects.exists()


def test_prune_deletes_finished_rows_older_than_the_setting(settings):
    from background.tasks import prune

    settings.BACKGROUND_PRUNE_DAYS = 14
    old = sample.record.enqueue("old")
    new = sample.record.enqueue("new")
    drain()
    DBTaskResult.objects.filter(id=old.id).update(finished_at=timezone.now() - dt.timedelta(days=15))
    waiting = sample.record.using(run_after=timezone.now() + dt.timedelta(days=1)).enqueue("waiting")
    assert prune.call()["tasks"] == 1
    assert set(DBTaskResult.objects.values_list("id", flat=True)) == {
        DBTaskResult.objects.get(id=new.id).id,
        DBTaskResult.objects.get(id=waiting.id).id,
    }
    assert DBTaskResult.objects.get(id=waiting.id).status == TaskResultStatus.READY
