"""Real daphne processes for tests that need what ``WebsocketCommunicator`` bypasses:
several server processes, restarts, and Chromium talking to the live room."""

from __future__ import annotations

import ctypes
import gc
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
DAPHNE = str(Path(sys.executable).with_name("daphne"))


PR_SET_PDEATHSIG = 1  # linux/prctl.h
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
# The kernel signals a child when the *thread* that forked it ends, so children started from a
# short-lived thread (``asyncio.to_thread``) are forked from this one, which lives as long as the run.
_SPAWNER = ThreadPoolExecutor(1, thread_name_prefix="test-spawner")


def _dies_with_parent(sig: int) -> Callable[[], None] | None:
    """A ``preexec_fn``: the child gets ``sig`` when the test process dies, however it dies."""
    if _LIBC is None:
        return None
    prctl, parent = _LIBC.prctl, os.getpid()

    def preexec() -> None:
        if prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG)")
        if os.getppid() != parent:  # the test process died before the prctl
            os.kill(os.getpid(), sig)

    return preexec


def spawn(
    command: list[str], *, on_parent_death: int = signal.SIGKILL, **options: Any
) -> subprocess.Popen[Any]:
    """``subprocess.Popen`` for a test's long-lived process (a server, a crowd, a worker): it dies
    with the test process (``on_parent_death``, Linux's parent-death signal), so a pytest killed
    mid-run leaves no orphan holding a port, a Redis or the test database's sessions (the next run
    could not drop and create it). SIGKILL by default; a process with children of its own (nginx's
    master and its workers) wants SIGTERM, on which it stops them."""

    def start() -> subprocess.Popen[Any]:
        return subprocess.Popen(command, preexec_fn=_dies_with_parent(on_parent_death), **options)  # noqa: S603

    if threading.current_thread() is threading.main_thread():
        return start()
    return _SPAWNER.submit(start).result()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Database connections opened by threads other than the test's own: asgiref's executor behind
# sync_to_async (AsyncClient, async tests' ORM calls), the ASGI handler's workers, the media hub's.
# Django keeps each in its thread, where nothing closes it once the thread is idle for good.
_THREAD_CONNECTIONS: weakref.WeakSet[Any] = weakref.WeakSet()


def remember_thread_connection(sender: Any, connection: Any, **kwargs: Any) -> None:
    """A ``connection_created`` receiver (conftest.py connects it)."""
    if threading.current_thread() is not threading.main_thread():
        _THREAD_CONNECTIONS.add(connection)


def close_thread_connections() -> int:
    """Close the connections other threads opened and left open (the thread reconnects if it
    queries again); how many. Run before the test database is dropped."""
    gc.collect()  # a connection whose thread has ended closes when its wrapper is collected
    closed = 0
    for wrapper in list(_THREAD_CONNECTIONS):
        if wrapper.connection is None:
            continue
        wrapper.inc_thread_sharing()  # Django's own permission to close it from this thread
        try:
            wrapper.close()
            closed += 1
        finally:
            wrapper.dec_thread_sharing()
    return closed


def test_database_url() -> str:
    """The URL of the database pytest-django created, for a server process to share it."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    return "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(**settings)


class DaphneServer:
    """One daphne process on the test database; ``redis`` chooses the cross-process backend."""

    def __init__(
        self,
        *,
        redis_url: str = "",
        prefix: str = "",
        port: int | None = None,
        env: dict[str, str] | None = None,
        args: list[str] | None = None,
    ) -> None:
        self.port = port or free_port()
        self.args = args or []  # more daphne options, such as production's --proxy-headers
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DATABASE_URL": test_database_url(),
            "REDIS_URL": redis_url,
            "LIVE_ROOM_PREFIX": prefix,
            "PYTHONPATH": str(ROOT),
            "DB_POOL_MAX": "10",  # as in production, bounded connections per process
            **(env or {}),
        }
        self.process: subprocess.Popen[bytes] | None = None
        self.log = ROOT / "var" / "test" / f"daphne-{self.port}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20) -> DaphneServer:
        command = [
            DAPHNE,
            "-b",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-v",
            "0",
            *self.args,
            "events_server.asgi:application",
        ]
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.process = spawn(command, cwd=ROOT, env=self.env, stdout=log, stderr=log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1):  # noqa: S310 - our own http URL
                    return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"daphne exited: {self.log.read_text()[-2000:]}") from None
                time.sleep(0.2)
        raise RuntimeError(f"daphne did not start: {self.log.read_text()[-2000:]}")

    def gauge(self, series: str) -> float:
        """A series' value in this process's /metrics, such as ``shanhai_rtc_peers{role="viewer"}``
        (0 when the process has not reported it yet)."""
        with urllib.request.urlopen(self.url + "/metrics", timeout=5) as response:  # noqa: S310 - our own URL
            for line in response.read().decode().splitlines():
                if line.startswith(series + " "):
                    return float(line.rsplit(" ", 1)[1])
        return 0.0

    def kill(self) -> None:
        """As a crash would: SIGKILL, no goodbye to any socket."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


class PrivateRedis:
    """A redis-server of the test's own, so restarting it disturbs nothing else."""

    def __init__(self) -> None:
        self.port = free_port()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> PrivateRedis:
        command = [
            "redis-server",
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ]
        self.process = spawn(command, stdout=subprocess.DEVNULL)
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
