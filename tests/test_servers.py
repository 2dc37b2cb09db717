"""A test run leaves no session on the test database, which would stop pytest-django dropping it
and the next run creating it: a test's server processes die with the test process
(``tests.servers.spawn``), however pytest ends, and the connections other threads of the test
process left open are closed before the database is dropped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from tests import servers
from tests.servers import ROOT

# A stand-in for pytest: starts a long-lived child as a fixture would (from the main thread, or
# from a short-lived thread as ``asyncio.to_thread(server.start)`` does), prints its pid, waits.
PARENT = """
import sys, threading, time
from tests.servers import spawn

started = []
if sys.argv[1] == "thread":
    worker = threading.Thread(target=lambda: started.append(spawn(["sleep", "120"])))
    worker.start()
    worker.join()  # the thread that started the child is gone
else:
    started.append(spawn(["sleep", "120"]))
print(started[0].pid, flush=True)
time.sleep(120)
"""


def gone(pid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().split(") ")[1].startswith("Z"):  # a zombie awaiting init's reaping
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("started_from", ["main", "thread"])
def test_a_server_process_dies_when_the_test_process_is_killed(started_from):
    parent = subprocess.Popen(  # noqa: S603 - our own code
        [sys.executable, "-c", PARENT, started_from], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    child = 0
    try:
        child = int(parent.stdout.readline())  # type: ignore[union-attr]
        time.sleep(0.3)
        assert not gone(child, timeout=0), "the child outlives its own start, while its parent runs"
        parent.send_signal(signal.SIGKILL)  # as a CI job's timeout or a second Ctrl-C would
        parent.wait()
        assert gone(child), f"process {child} outlived the test process that started it"
    finally:
        parent.kill()
        parent.wait()
        if child and not gone(child, timeout=0):
            os.kill(child, signal.SIGKILL)


def backend_pid() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def session_alive(pid: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")  # a transaction keeps its first look otherwise
        cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [pid])
        return cursor.fetchone()[0] == 1


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_connection_an_idle_thread_left_open_is_closed_before_the_database_is_dropped():
    with ThreadPoolExecutor(1) as pool:  # a thread that lives on, idle, as asgiref's executor does
        pid = pool.submit(backend_pid).result()
        assert session_alive(pid)
        assert servers.close_thread_connections() >= 1  # what conftest's django_db_setup does last
        deadline = time.monotonic() + 10
        while session_alive(pid):
            assert time.monotonic() < deadline, "the thread's session is still open"
            time.sleep(0.05)
        assert pool.submit(backend_pid).result() != pid  # the thread reconnects if it queries again
