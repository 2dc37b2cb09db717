"""Benchmark: job search over 100,000 postings on PostgreSQL (target p95 <= 100 ms).

Loads the postings once into a database of its own (shanhai_bench, created if
missing), then times what the search page does for a mix of Chinese keywords
and filters: the count and the first page of 20 with companies, regions and
field tags. Prints p50/p95/p99 and the machine.

    .venv/bin/python bench/job_search.py [--jobs 100000] [--queries 400]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH_DB = "shanhai_bench"
KEYWORDS = [
    "工程师",
    "算法",
    "芯片",
    "实习",
    "无人机",
    "新能源",
    "数据",
    "软件测试",
    "电池研发",
    "销售",
    "嵌入式",
    "生物",
    "Java",
    "Python",
    "产品经理",
    "质量",
    "运维",
    "飞控",
    "光伏",
    "机器人",
]


def configure(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-0123456789-abcdefghij")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "events_server.settings")
    import django

    django.setup()


def ensure_database(server_url: str) -> str:
    import psycopg

    with psycopg.connect(server_url + "/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{BENCH_DB}"')
    return f"{server_url}/{BENCH_DB}"


def load_postings(target: int) -> None:
    from django.core.management import call_command

    from bench.generate import generate_postings
    from jobs.models import JobPosting

    call_command("migrate", verbosity=0)
    have = JobPosting.objects.count()
    if have >= target:
        print(f"postings already loaded: {have}")
        return
    generate_postings(
        target - have, progress=lambda done: print(f"  loaded {have + done}/{target}", flush=True)
    )
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def random_filters(rng: random.Random):
    from directory.models import Industry, Region
    from jobs.search import JobFilters

    provinces = list(Region.objects.filter(level="province").values_list("code", flat=True))
    cities = list(Region.objects.filter(level="city").values_list("code", flat=True))
    fields = list(Industry.objects.values_list("code", flat=True))
    while True:
        region = rng.choice([""] * 3 + [rng.choice(provinces), rng.choice(cities)])
        yield JobFilters(
            keyword=rng.choice([*KEYWORDS, ""]),
            region_code=region,
            field_code=rng.choice([""] * 3 + fields[:8]),
            internship=rng.random() < 0.3,
            accommodation=rng.random() < 0.15,
        )


def time_searches(count: int) -> list[float]:
    from django.core.paginator import Paginator

    from jobs.services import search_public_jobs

    rng = random.Random(7)
    filters = random_filters(rng)
    timings = []
    for i in range(count + 20):
        chosen = next(filters)
        start = time.perf_counter()
        page = Paginator(search_public_jobs(chosen), 20).get_page(1)
        list(page.object_list)
        elapsed = time.perf_counter() - start
        if i >= 20:  # the first few warm the caches
            timings.append(elapsed * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument(
        "--server", default=os.environ.get("BENCH_PG_SERVER", "postgres://postgres@127.0.0.1:5432")
    )
    args = parser.parse_args()
    configure(ensure_database(args.server))
    load_postings(args.jobs)
    timings = time_searches(args.queries)
    quantiles = statistics.quantiles(timings, n=100)
    from bench._machine import describe_machine
    from jobs.models import JobPosting

    print(
        f"job search over {JobPosting.objects.count():,} postings, {len(timings)} searches "
        f"(keyword + filters, count + first page of 20)"
    )
    print(
        f"p50 {statistics.median(timings):.1f} ms  p95 {quantiles[94]:.1f} ms  p99 {quantiles[98]:.1f} ms  "
        f"max {max(timings):.1f} ms   target p95 <= 100 ms"
    )
    print(f"machine: {describe_machine()}")


if __name__ == "__main__":
    main()
