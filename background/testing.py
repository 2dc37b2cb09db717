"""Run what is queued, in the test's own process and database connection."""

from __future__ import annotations

from unittest import mock

from django.db import connection
from django.utils.crypto import get_random_string
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from background.worker import BeatingWorker


def drain(max_tasks: int | None = None) -> int:
    """Run every task that is ready now (and those they enqueue), as the worker would; returns
    how many ran. Tasks whose ``run_after`` is in the future stay queued."""
    before = DBTaskResult.objects.exclude(status=TaskResultStatus.READY).count()
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
    if connection.in_atomic_block:
        # A test inside a transaction (pytest-django's default): the worker's connection checks
        # would close the test's connection (autocommit is off in there), so they are skipped.
        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            super(BeatingWorker, worker).run()
    else:
        super(BeatingWorker, worker).run()  # no beat thread: the test's connection is not shared
    return DBTaskResult.objects.exclude(status=TaskResultStatus.READY).count() - before


def failed() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(status=TaskResultStatus.FAILED))
