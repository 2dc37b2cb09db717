"""Benchmark: the partner API's posting feed on PostgreSQL (targets: a full export of 100,000
postings in <= 60 s; incremental sync of 1,000 changes at p95 <= 100 ms per page).

Loads the postings into a database of its own (dropped and made again), all published, makes a
partner key, starts one daphne process (as in production, with a connection pool) and, as a
partner's client would, over HTTP:

* pages through GET /api/v1/postings/ (page_size 1000) and times the whole export;
* changes 1,000 postings (700 edited, 300 closed, each with a fresh updated_at), then runs the
  incremental sync GET /api/v1/postings/?updated_since=… (page_size 100) several times and
  reports per-page latency p50/p95/max.

The server's CPU (user + system seconds of the daphne process) is printed for each part, with
the machine.

    DATABASE_SERVER=postgres://postgres@127.0.0.1:5432 .venv/bin/python bench/api_feed.py \\
        [--postings 100000] [--changes 1000] [--rounds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH_DB = "partners"


def get(url: str, secret: str) -> tuple[dict, float]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {secret}"})  # noqa: S310 - own server
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 - own server
        body = json.loads(response.read())
    return body, time.perf_counter() - started


def sync(base: str, secret: str, query: dict[str, str | int]) -> tuple[int, int, list[float]]:
    """All pages of one listing: (results, tombstones, seconds per page)."""
    results = tombstones = 0
    times: list[float] = []
    cursor = None
    while True:
        params = {**query, **({"cursor": cursor} if cursor else {})}
        body, seconds = get(f"{base}/api/v1/postings/?{urllib.parse.urlencode(params)}", secret)
        times.append(seconds)
        results += len(body["results"])
        tombstones += len(body["tombstones"])
        cursor = body["next_cursor"]
        if cursor is None:
            return results, tombstones, times


def cpu(process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postings", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=1_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--reuse", action="store_true", help="keep the database of the last run")
    args = parser.parse_args()

    from bench._machine import describe_machine
    from bench._postgres import configure, fresh_database

    server = os.environ.get("DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432")
    database_url = f"{server}/{BENCH_DB}" if args.reuse else fresh_database(server, BENCH_DB)
    configure(database_url, "benchmark-only-secret-key-0123456789-abcdefghij")

    import psutil
    from django.core.management import call_command
    from django.utils import timezone

    from accounts.models import User
    from bench.generate import generate_postings
    from directory.models import Organisation
    from jobs.models import JobPosting
    from partners import keys
    from tests.servers import DaphneServer

    call_command("migrate", verbosity=0)
    missing = args.postings - JobPosting.objects.count()
    if missing > 0:
        print(f"loading {missing} postings …", flush=True)
        generate_postings(missing, progress=lambda done: None)
    JobPosting.objects.update(status=JobPosting.Status.PUBLISHED, expires_on=None)
    partner, _ = Organisation.objects.get_or_create(kind=Organisation.Kind.PARTNER_PLATFORM, name="基准平台")
    staff = User.objects.filter(username="bench").first() or User.objects.create_user(
        "bench", role=User.Role.PARTNER_STAFF, organisation=partner
    )
    issued = keys.create_key(partner, name="bench", can_read=True, can_write=False, by=staff)
    issued.key.rate_per_minute = 10_000_000
    issued.key.save()

    daphne = DaphneServer(env={"DJANGO_SETTINGS_MODULE": "events_server.settings", "DEBUG": "false",
                                "SECRET_KEY": os.environ["SECRET_KEY"], "SECURE_SSL_REDIRECT": "false",
                                "ALLOWED_HOSTS": "127.0.0.1", "DB_POOL_MAX": "10"})  # fmt: skip
    daphne.env["DATABASE_URL"] = database_url
    daphne.start(timeout=60)
    process = psutil.Process(daphne.process.pid)
    try:
        get(f"{daphne.url}/api/v1/postings/?page_size=10", issued.secret)  # warm up
        before, started = cpu(process), time.perf_counter()
        results, _tombstones, pages = sync(daphne.url, issued.secret, {"page_size": 1000})
        export_seconds, export_cpu = time.perf_counter() - started, cpu(process) - before
        print(
            f"full export: {results} postings in {len(pages)} pages, {export_seconds:.1f} s "
            f"(page p50 {statistics.median(pages) * 1000:.0f} ms), server CPU {export_cpu:.1f} s"
        )

        since = timezone.now()
        ids = list(JobPosting.objects.order_by("?").values_list("pk", flat=True)[: args.changes])
        closed = ids[: len(ids) * 3 // 10]
        edited = ids[len(closed) :]
        JobPosting.objects.filter(pk__in=edited).update(headcount=99, updated_at=timezone.now())
        JobPosting.objects.filter(pk__in=closed).update(
            status=JobPosting.Status.CLOSED, updated_at=timezone.now()
        )

        times: list[float] = []
        before = cpu(process)
        for _round in range(args.rounds):
            results, tombstones, page_times = sync(
                daphne.url, issued.secret, {"page_size": 100, "updated_since": since.isoformat()}
            )
            assert (results, tombstones) == (len(edited), len(closed)), (results, tombstones)
            times += page_times
        sync_cpu = cpu(process) - before
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(
            f"incremental sync of {len(ids)} changes ({len(edited)} edited, {len(closed)} closed), "
            f"{args.rounds} rounds, {len(times)} pages of 100: p50 {statistics.median(times) * 1000:.1f} ms, "
            f"p95 {p95 * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms; server CPU {sync_cpu:.1f} s"
        )
    finally:
        daphne.stop()
    print(f"machine: {describe_machine()}")


if __name__ == "__main__":
    main()
