"""Registrations per second through HTTP on PostgreSQL, across 200 slots and on one hot slot.

Two daphne processes (production settings, a pool of 10 connections each, sessions and cache in
Redis, sessions created as a login creates them) serve a database of the benchmark's own
(shanhai_bench_booking, created if missing). Client threads with keep-alive connections press
"register" (joining the waiting list when full) for distinct students:
  * across slots: 200 company visits of 10 places, 2,000 students, one each, over 32 connections
    sending as fast as answers come back (closed loop: the server is saturated);
  * hot slot, saturated: one visit of 100 places, 400 students over the same 32 connections. At
    saturation latency is queueing: p50 is about connections / throughput;
  * hot slot, paced: another visit of 100 places, 400 students arriving at 250/s (the throughput
    target; --rate), whatever the server is doing (open loop), with latency counted from each
    student's arrival.
Prints successful registrations per second, p50/p99 latency and how many places were overbooked.
The client threads run on the same 2 cores as the servers and PostgreSQL.

Targets: >= 250/s across slots, hot-slot p99 <= 100 ms, 0 overbooked.

.venv/bin/python bench/booking.py [--clients 32] [--rate 250] [--server postgres://postgres@127.0.0.1:5432]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import http.client
import os
import queue
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import _postgres  # noqa: E402
from bench._production_server import production_environment, start_daphne  # noqa: E402

BENCH_DB = "shanhai_bench_booking"
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")  # sessions and cache, as in production
CACHE_PREFIX = "bench-booking"
SECRET = "benchmark-only-secret-key-0123456789-abcdefghij-booking"  # noqa: S105 - benchmark database only


def configure(database_url: str) -> None:
    """Django on the benchmark database, with the servers' Redis cache: sessions are created the
    way a login creates them, in the database and in the cache (``cached_db``)."""
    os.environ.update(REDIS_URL=REDIS_URL, CACHE_PREFIX=CACHE_PREFIX)
    _postgres.configure(database_url, SECRET)


def fresh_database(server_url: str) -> str:
    return _postgres.fresh_database(server_url, BENCH_DB)


def create_world(students: int, slots: int):
    """A campaign, a verified company, ``slots`` visits of 10 places and two hot ones of 100."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.core.management import call_command
    from django.utils import timezone

    from accounts.models import User
    from booking.models import Event
    from campaigns.models import Campaign
    from directory.models import Organisation

    call_command("migrate", verbosity=0)
    campaign = Campaign.objects.create(slug="bench", name="基准测试活动", theme="山海有约")
    company = Organisation.objects.create(
        kind="company",
        name="基准科技",
        region_id="320500",
        credit_code="91320500MA1XXXXX0X",
        verification="verified",
    )
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=7)
    common = {
        "campaign": campaign,
        "kind": "visit",
        "status": "approved",
        "organiser": company,
        "address": "园区",
    }
    visits = Event.objects.bulk_create(
        [
            Event(
                title=f"参观 {i}",
                starts_at=start,
                ends_at=start + dt.timedelta(hours=1),
                capacity=10,
                **common,
            )
            for i in range(slots)
        ]
    )
    hots = [
        Event.objects.create(
            title=f"热门场次 {i}",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=1),
            capacity=100,
            **common,
        )
        for i in (1, 2)
    ]
    users = User.objects.bulk_create([User(username=f"bench{i}", role="student") for i in range(students)])
    SessionStore = import_module(settings.SESSION_ENGINE).SessionStore
    sessions = []
    for user in users:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append(session.session_key)
    return visits, hots, sessions


def server_environment(database_url: str) -> dict[str, str]:
    """Production settings for a server process on the benchmark database."""
    return production_environment(database_url, REDIS_URL, CACHE_PREFIX=CACHE_PREFIX)


def start_servers(database_url: str, ports: list[int]) -> list[subprocess.Popen]:
    return start_daphne(server_environment(database_url), ports)


def register_once(connection: http.client.HTTPConnection, event_id: int, session: str) -> int:
    """Press "register" (joining the waiting list when full) as the student of ``session``."""
    body = "waitlist=1&csrfmiddlewaretoken=" + "b" * 32
    headers = {
        "Cookie": f"sessionid={session}; csrftoken={'b' * 32}",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    connection.request("POST", f"/events/{event_id}/register/", body=body, headers=headers)
    response = connection.getresponse()
    response.read()
    return response.status


def press_all(
    ports: list[int], jobs: list[tuple[int, str]], clients: int
) -> tuple[float, list[float], list[int]]:
    """Closed loop: ``clients`` connections send every (event id, session) registration as fast
    as answers come back; returns wall seconds, latencies and statuses."""
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    chunks = [jobs[i::clients] for i in range(clients)]
    barrier = threading.Barrier(clients)

    def worker(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", ports[index % len(ports)], timeout=60)
        barrier.wait()
        for event_id, session in chunks[index]:
            started = time.perf_counter()
            status = register_once(connection, event_id, session)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                statuses.append(status)

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(worker, range(clients)))
    return time.perf_counter() - started, latencies, statuses


def press_at_rate(
    ports: list[int], jobs: list[tuple[int, str]], rate: float, connections: int = 64
) -> tuple[float, list[float], list[int]]:
    """Open loop: registration i is due ``i / rate`` seconds after the start, whatever the server
    is doing. Latency counts from when a registration was due, so one that waited for a free
    client connection is charged for the wait."""
    due: queue.SimpleQueue = queue.SimpleQueue()
    for index, job in enumerate(jobs):
        due.put((index / rate, job))
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    start = time.perf_counter() + 0.5

    def worker(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", ports[index % len(ports)], timeout=60)
        while True:
            try:
                offset, (event_id, session) = due.get_nowait()
            except queue.Empty:
                return
            time.sleep(max(start + offset - time.perf_counter(), 0))
            status = register_once(connection, event_id, session)
            elapsed = time.perf_counter() - (start + offset)
            with lock:
                latencies.append(elapsed)
                statuses.append(status)

    with ThreadPoolExecutor(connections) as pool:
        list(pool.map(worker, range(connections)))
    return time.perf_counter() - start, latencies, statuses


@contextlib.contextmanager
def cpu_use(servers: list[subprocess.Popen]):
    """CPU seconds used by the server processes, this process and PostgreSQL's backends."""
    import psutil

    def sample() -> dict[str, float]:
        postgres = sum(
            sum(p.cpu_times()[:2])
            for p in psutil.process_iter(["name"])
            if p.info["name"] in ("postgres", "postgresql")
        )
        return {
            "servers": sum(sum(psutil.Process(s.pid).cpu_times()[:2]) for s in servers),
            "client": sum(psutil.Process().cpu_times()[:2]),
            "postgres": postgres,
        }

    used: dict[str, float] = {}
    before = sample()
    yield used
    after = sample()
    used.update({key: after[key] - before[key] for key in before})


def print_cpu(used: dict[str, float]) -> None:
    parts = ", ".join(f"{name} {seconds:.1f}" for name, seconds in used.items())
    print(f"  CPU seconds: {parts}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * share) - 1, 0)] * 1000


def report(name: str, events, wall: float, latencies: list[float], statuses: list[int]) -> None:
    from booking.models import Event, Registration

    ids = [e.pk for e in events]
    confirmed = Registration.objects.filter(event_id__in=ids, status="confirmed").count()
    capacity = sum(Event.objects.filter(pk__in=ids).values_list("capacity", flat=True))
    overbooked = sum(
        max(Registration.objects.filter(event_id=i, status="confirmed").count() - c, 0)
        for i, c in Event.objects.filter(pk__in=ids).values_list("pk", "capacity")
    )
    bad = len([s for s in statuses if s != 302])
    print(
        f"{name}: {len(statuses)} requests in {wall:.2f} s, {confirmed} confirmed of {capacity} places "
        f"= {confirmed / wall:.0f} successful registrations/s ({len(statuses) / wall:.0f} requests/s); "
        f"p50 {percentile(latencies, 0.5):.1f} ms, p99 {percentile(latencies, 0.99):.1f} ms; "
        f"overbooked {overbooked}; non-302 responses {bad}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--rate", type=float, default=250, help="arrivals per second in the paced run")
    args = parser.parse_args()
    database_url = fresh_database(args.server)
    configure(database_url)
    from bench._machine import describe_machine

    print("setting up 2,800 students, 200 visits of 10 places and two hot ones of 100…", flush=True)
    visits, (hot, paced_hot), sessions = create_world(2800, 200)
    ports = [18101, 18102]
    servers = start_servers(database_url, ports)
    try:
        spread = [(visits[i // 10].pk, sessions[i]) for i in range(2000)]
        with cpu_use(servers) as used:
            report("across 200 slots", visits, *press_all(ports, spread, args.clients))
        print_cpu(used)
        crowd = [(hot.pk, session) for session in sessions[2000:2400]]
        with cpu_use(servers) as used:
            report(f"one hot slot, {args.clients} connections", [hot], *press_all(ports, crowd, args.clients))
        print_cpu(used)
        paced = [(paced_hot.pk, session) for session in sessions[2400:2800]]
        with cpu_use(servers) as used:
            label = f"one hot slot, arriving at {args.rate:.0f}/s"
            report(label, [paced_hot], *press_at_rate(ports, paced, args.rate))
        print_cpu(used)
    finally:
        for server in servers:
            server.terminate()
            server.wait()
    print(f"machine: {describe_machine()}")
    print("targets: >= 250 successful registrations/s across slots, hot-slot p99 <= 100 ms, 0 overbooked")


if __name__ == "__main__":
    main()
