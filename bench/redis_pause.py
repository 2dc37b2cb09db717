"""Pages while Redis is paused: 50 clients browsing one daphne process, Redis answering and stalled.

One daphne process (production settings, a pool of 10 connections, the cache and sessions on a
redis-server of the benchmark's own) serves a database of its own (shanhai_bench_redis_pause)
loaded with ``load_demo``. Each of ``--clients`` threads visits the zone, a job search and a
logged-in student's applications page, one after another, as the Redis-outage test does
(``livestream/tests/test_redis_outage.py``); with ``--seconds`` they keep doing so for that long,
which crosses ``REDIS_RETRY_SECONDS`` (5 s), when the cache tries Redis again. Two phases:
Redis answering, then Redis stopped with SIGSTOP (connections open, no answers; every cache call
gives up after ``REDIS_SOCKET_TIMEOUT_MS``, 500 ms). Prints, per phase, pages, pages/s, p50, p99
and the slowest page, each page's median time when it is the only one asked for, and the machine.
The client threads run on the same cores as the server.

Target: under a paused Redis, p99 <= 3 s with 50 clients.

    .venv/bin/python bench/redis_pause.py [--clients 50] [--seconds 0] [--server postgres://postgres@127.0.0.1:5432]
"""

from __future__ import annotations

import argparse
import io
import math
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import _postgres  # noqa: E402
from bench._machine import describe_machine  # noqa: E402
from bench._production_server import production_environment, start_daphne  # noqa: E402
from tests.servers import PrivateRedis, free_port  # noqa: E402

BENCH_DB = "shanhai_bench_redis_pause"
SECRET = "benchmark-only-secret-key-0123456789-abcdefghij-redispause"  # noqa: S105 - benchmark database only
PAGES = (
    "/",
    "/jobs/?q=%E7%AE%97%E6%B3%95",
    "/me/applications/",
)  # the zone, a search for 算法, a student's page


def load_world() -> str:
    """The demo campaign in the benchmark database; a demo student's session cookie."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.core.management import call_command

    from accounts.models import User

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # production settings serve hashed names
    call_command("load_demo", verbosity=0, stdout=io.StringIO())  # not its list of demo accounts
    student = User.objects.filter(role="student", applications__isnull=False).order_by("pk").first()
    if student is None:
        raise RuntimeError("load_demo made no student with applications")
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(student.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = student.get_session_auth_hash()
    session.create()
    return f"sessionid={session.session_key}"


def start_server(database_url: str, redis_url: str, port: int) -> subprocess.Popen:
    env = production_environment(
        database_url, redis_url, LOG_LEVEL="ERROR", REDIS_SOCKET_TIMEOUT_MS="500", BACKGROUND_SCHEDULE="false"
    )
    return start_daphne(env, [port])[0]


def get(url: str, cookie: str) -> tuple[int, float]:
    request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310 - loopback
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - loopback
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.monotonic() - started


def browse(base: str, cookie: str, clients: int, seconds: float) -> tuple[list[float], list[int], float]:
    """Every client visits the three pages in turn, once, or again and again for ``seconds``."""
    took: list[float] = []
    bad: list[int] = []
    lock = threading.Lock()
    started = time.monotonic()

    def client(_: int) -> None:
        while True:
            for path in PAGES:
                status, seconds_taken = get(base + path, cookie if path.startswith("/me/") else "")
                with lock:
                    took.append(seconds_taken)
                    if status != 200:
                        bad.append(status)
            if time.monotonic() - started >= seconds:
                return

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    return took, bad, time.monotonic() - started


def one_at_a_time(base: str, cookie: str, phase: str, times: int = 20) -> None:
    """Each page alone, ``times`` times: its own cost, without the queue 50 clients make."""
    medians = []
    for path in PAGES:
        took = [get(base + path, cookie if path.startswith("/me/") else "")[1] for _ in range(times)]
        medians.append(f"{path} {statistics.median(took) * 1000:.1f} ms")
    print(f"{phase:15} one at a time, median of {times}: " + ", ".join(medians), flush=True)


def report(phase: str, took: list[float], bad: list[int], wall: float) -> None:
    ordered = sorted(took)
    p50, p99 = statistics.median(ordered), ordered[math.ceil(len(ordered) * 0.99) - 1]  # nearest rank
    print(
        f"{phase:15} {len(took):5} pages  {len(took) / wall:6.1f} pages/s  p50 {p50:5.2f} s"
        f"  p99 {p99:5.2f} s  slowest {ordered[-1]:5.2f} s  not 200: {len(bad)}",
        flush=True,
    )
    if bad:
        raise SystemExit(f"{len(bad)} pages did not answer 200 (statuses {sorted(set(bad))})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=0, help="browse this long (0: once)")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    args = parser.parse_args()
    print(describe_machine(), flush=True)

    redis, server_port = PrivateRedis().start(), free_port()
    redis_url = redis.url
    server = None
    try:
        database_url = _postgres.fresh_database(args.server, BENCH_DB)
        os.environ.update(REDIS_URL=redis_url)
        _postgres.configure(database_url, SECRET)
        print("Loading the demo campaign…", flush=True)
        cookie = load_world()
        server = start_server(database_url, redis_url, server_port)
        base = f"http://127.0.0.1:{server_port}"
        browse(base, cookie, 4, 0)  # warm: pools, templates, caches
        print(
            f"{args.clients} clients, each: {', '.join(PAGES)}"
            + (f" for {args.seconds:g} s" if args.seconds else "")
        )
        one_at_a_time(base, cookie, "Redis answering")
        report("Redis answering", *browse(base, cookie, args.clients, args.seconds))
        os.kill(redis.process.pid, signal.SIGSTOP)
        try:
            report("Redis paused", *browse(base, cookie, args.clients, args.seconds))
            one_at_a_time(base, cookie, "Redis paused")
        finally:
            os.kill(redis.process.pid, signal.SIGCONT)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        redis.stop()


if __name__ == "__main__":
    main()
