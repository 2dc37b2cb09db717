"""A test's server processes die with the test process (``tests.servers.spawn``): a pytest killed
mid-run leaves no daphne holding the test database's sessions, which would stop the next run from
dropping and creating it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

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
