"""Run what is queued, in the test's own process and database connection."""

from __future__ import annotations

from django.db import transaction
from django.utils.crypto import get_random_string
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from background.worker import BeatingWorker


def drain(max_tasks: int | None = None) -> int:
    """Run every task that is ready now (and those they enqueue), one at a time as the worker
    does, in the test's transaction; returns how many ran. Tasks whose ``run_after`` is in the
    future stay queued. (The worker's own loop closes old connections between tasks, which
    would close a test case's connection in the middle of its transaction.)"""
    worker = BeatingWorker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id=get_random_string(32),
        excluded_queue_names=[],
    )
    ran = 0
    while max_tasks is None or ran < max_tasks:
        with transaction.atomic():
            row = DBTaskResult.objects.ready().filter(backend_name="default").get_locked()
            if row is None:
                break
            row.claim(worker.worker_id)
        worker.run_task(row)
        ran += 1
    return ran


def failed() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(status=TaskResultStatus.FAILED))
