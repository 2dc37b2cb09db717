"""The worker process: the library's database worker plus a heartbeat and recovery.

``django_tasks_db``'s worker claims a task by marking it RUNNING with its id; if the process is
killed mid-task the row stays RUNNING forever. Here every worker writes a ``WorkerBeat`` every
``BACKGROUND_BEAT_SECONDS`` from a thread of its own (so a long task does not silence it), and
each worker, when it starts and then at every beat, puts back to READY the tasks claimed by
workers whose beat is older than ``BACKGROUND_STALE_SECONDS``. Tasks must therefore be
idempotent: a task that was killed half-way runs again from the start.

At every beat the worker also starts the periodic jobs that are due (``background.schedule``;
``BACKGROUND_SCHEDULE=false`` leaves that to other workers).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from background import schedule
from background.models import WorkerBeat

logger = logging.getLogger(__name__)


def beat(worker_id: str) -> None:
    WorkerBeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={"hostname": socket.gethostname()[:200], "pid": os.getpid(), "seen_at": timezone.now()},
    )


def recover(now=None) -> int:
    """Put back in the queue the tasks whose worker stopped beating; returns how many."""
    now = now or timezone.now()
    stale_before = now - timedelta(seconds=settings.BACKGROUND_STALE_SECONDS)
    alive = set(WorkerBeat.objects.filter(seen_at__gte=stale_before).values_list("worker_id", flat=True))
    recovered = 0
    with transaction.atomic():
        skip_locked = connection.features.has_select_for_update_skip_locked
        running = DBTaskResult.objects.select_for_update(skip_locked=skip_locked).filter(
            status=TaskResultStatus.RUNNING
        )
        for row in running:
            claimed_by = row.worker_ids[-1] if row.worker_ids else ""
            if claimed_by in alive:
                continue
            row.status = TaskResultStatus.READY
            row.started_at = None
            row.save(update_fields=["status", "started_at"])
            recovered += 1
            logger.warning("task %s (%s) put back: worker %s stopped", row.id, row.task_path, claimed_by)
    WorkerBeat.objects.filter(seen_at__lt=now - timedelta(days=1)).delete()
    return recovered


class BeatingWorker(Worker):
    """The library's worker, which also beats and recovers before each look for work."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._stop = threading.Event()

    def _beat_forever(self) -> None:
        while not self._stop.wait(settings.BACKGROUND_BEAT_SECONDS):
            self.beat_once()

    def beat_once(self) -> None:
        """Say this worker is alive, put back the tasks of dead workers, start what is due."""
        try:
            beat(self.worker_id)
            recover()
            if settings.BACKGROUND_SCHEDULE:
                schedule.tick(worker_id=self.worker_id)
        except Exception:
            logger.exception("worker beat failed")
        finally:
            close_old_connections()

    def run(self) -> None:
        beat(self.worker_id)
        recover()
        if settings.BACKGROUND_SCHEDULE:
            schedule.tick(worker_id=self.worker_id)
        thread = threading.Thread(target=self._beat_forever, name="worker-beat", daemon=True)
        thread.start()
        try:
            super().run()
        finally:
            self._stop.set()
            WorkerBeat.objects.filter(worker_id=self.worker_id).delete()
