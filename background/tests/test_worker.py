"""The queue loses nothing: a task enqueued in a transaction that rolls back never runs, one
whose worker died mid-task runs again, and the worker runs what is ready."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from background.models import WorkerBeat
from background.testing import drain
from background.tests import tasks as sample
from background.worker import beat, recover

pytestmark = pytest.mark.django_db


def test_a_task_runs_once_when_its_transaction_commits():
    sample.SEEN.clear()
    with transaction.atomic():
        sample.record.enqueue("committed")
    try:
        with transaction.atomic():
            sample.record.enqueue("rolled back")
            raise RuntimeError
    except RuntimeError:
        pass
    assert drain() == 1
    assert sample.SEEN == ["committed"]
    assert drain() == 0


def test_a_task_claimed_by_a_dead_worker_goes_back_and_runs(settings):
    settings.BACKGROUND_STALE_SECONDS = 30
    sample.SEEN.clear()
    result = sample.record.enqueue("again")
    row = DBTaskResult.objects.get(id=result.id)
    row.claim("dead-worker")
    WorkerBeat.objects.create(worker_id="dead-worker", seen_at=timezone.now() - timedelta(minutes=5))
    beat("live-worker")
    row_live = DBTaskResult.objects.get(id=sample.record.enqueue("busy").id)
    row_live.claim("live-worker")

    assert recover() == 1
    assert DBTaskResult.objects.get(id=result.id).status == TaskResultStatus.READY
    assert DBTaskResult.objects.get(id=row_live.id).status == TaskResultStatus.RUNNING
    drain()
    assert sample.SEEN == ["again"]


def test_a_task_for_later_waits(settings):
    sample.SEEN.clear()
    sample.record.using(run_after=timezone.now() + timedelta(hours=1)).enqueue("later")
    assert drain() == 0
    assert sample.SEEN == []
