"""A real ``manage.py worker`` killed with SIGKILL in the middle of a task: a second worker puts
the task back and completes it (PostgreSQL, as in production)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from background.tests import tasks as sample
from tests import servers

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def start_worker(log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": servers.test_database_url(),
        "PYTHONPATH": str(servers.ROOT),
        "BACKGROUND_BEAT_SECONDS": "1",
        "BACKGROUND_STALE_SECONDS": "3",
        "BACKGROUND_SCHEDULE": "false",
        "DB_POOL_MAX": "4",
    }
    return servers.spawn(
        [sys.executable, "manage.py", "worker", "--queue-name=*", "--interval=0.2", "--no-startup-delay"],
        cwd=servers.ROOT,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )


def wait_for(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_task_whose_worker_was_killed_is_completed_by_another(tmp_path):
    steps = tmp_path / "steps.log"
    result = sample.slow_step.enqueue(str(steps))
    first = start_worker(tmp_path / "worker1.log")
    second = None
    try:
        wait_for(lambda: steps.exists(), 30, "the first worker to start the task")
        row = DBTaskResult.objects.get(id=result.id)
        assert row.status == TaskResultStatus.RUNNING
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert steps.read_text() == "start\n"  # killed mid-task

        second = start_worker(tmp_path / "worker2.log")
        wait_for(
            lambda: DBTaskResult.objects.get(id=result.id).status == TaskResultStatus.SUCCESSFUL,
            30,
            "the second worker to complete the task",
        )
        row = DBTaskResult.objects.get(id=result.id)
        assert len(row.worker_ids) == 2 and row.worker_ids[0] != row.worker_ids[1]
        assert steps.read_text() == "start\nstart\ndone\n"
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
