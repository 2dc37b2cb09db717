"""Benchmark: notifications to 10,000 people, made and delivered by a real worker process.

Builds a database of its own (shanhai_bench_notify, dropped and recreated) with 1,000
universities of 10 staff each (10,000 people with an e-mail address, none has filed the week)
and one upcoming live session those 10,000 subscribed to. Then, with ``manage.py worker``
running as a subprocess (all queues, mail through Django's dummy backend so nothing leaves the
machine, SMS: nobody has a phone number):

1. the weekly-return reminder of Friday 09:00: ``background.schedule.tick`` enqueues the batch
   task (time to enqueue), the worker makes the 10,000 notifications (time until the last inbox
   shows it: the 10,000th row is in the table the inbox page reads) and their mail tasks (time
   until the queue is empty, every mail marked sent);
2. the live-session reminder: ``livestream.services.reminders.plan`` queues the task for
   10 minutes before the start, here a start 10 minutes from now (so it is due at once); the
   same timings.

Worker CPU is the subprocess's user+system time (/proc) over each batch. Prints the machine.

    .venv/bin/python bench/notify.py [--server postgres://postgres@127.0.0.1:5432] [--database NAME]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import _postgres  # noqa: E402
from bench._machine import describe_machine  # noqa: E402

BENCH_DB = "shanhai_bench_notify"
SECRET = "benchmark-only-secret-key-0123456789-abcdefghij-notify"  # noqa: S105 - benchmark database only
UNITS, STAFF_PER_UNIT = 1_000, 10
SH = ZoneInfo("Asia/Shanghai")
FRIDAY = dt.datetime(2025, 10, 17, 9, 0, 5, tzinfo=SH)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def build() -> tuple[int, list[int]]:
    from accounts.models import User
    from campaigns.models import Campaign, Phase
    from directory.models import Organisation
    from livestream.models import LiveSession, Subscription

    campaign = Campaign.objects.create(slug="bench", name="bench", theme="bench")
    Phase.objects.create(
        campaign=campaign, number=1, name="p", starts_on=dt.date(2025, 10, 1), ends_on=dt.date(2026, 12, 31)
    )
    units = Organisation.objects.bulk_create(
        [Organisation(kind=Organisation.Kind.UNIVERSITY, name=f"大学{i}") for i in range(UNITS)]
    )
    users = User.objects.bulk_create(
        [
            User(
                username=f"staff{u.pk}-{n}",
                password="!",  # noqa: S106 - unusable
                email=f"staff{u.pk}-{n}@example.edu.cn",
                role=User.Role.UNIVERSITY_STAFF,
                organisation=u,
            )
            for u in units
            for n in range(STAFF_PER_UNIT)
        ],
        batch_size=2000,
    )
    from tests.factories import make_company

    company = make_company()
    now = dt.datetime.now(dt.UTC)
    session = LiveSession.objects.create(
        campaign=campaign,
        company=company,
        title="灵思智能校招直播",
        starts_at=now + dt.timedelta(hours=2),
        ends_at=now + dt.timedelta(hours=3),
    )
    Subscription.objects.bulk_create([Subscription(session=session, user=u) for u in users], batch_size=2000)
    return session.pk, [u.pk for u in users]


def queue_empty() -> bool:
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    return not DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
    ).exists()


def measure(label: str, kind: str, enqueue, pid: int) -> None:  # type: ignore[no-untyped-def]
    from notifications.models import Notification

    cpu_before = cpu_seconds(pid)
    started = time.perf_counter()
    enqueue()
    enqueued = time.perf_counter() - started
    target = UNITS * STAFF_PER_UNIT
    while Notification.objects.filter(kind=kind).count() < target:
        time.sleep(0.1)
    shown = time.perf_counter() - started
    while not queue_empty():
        time.sleep(0.1)
    drained = time.perf_counter() - started
    cpu = cpu_seconds(pid) - cpu_before
    mailed = Notification.objects.filter(kind=kind, emailed_at__isnull=False).count()
    print(
        f"{label}: enqueue {enqueued * 1000:.1f} ms; "
        f"last of {target:,} inboxes shows it after {shown:.1f} s; "
        f"queue empty (all {mailed:,} mails sent) after {drained:.1f} s; worker CPU {cpu:.1f} s "
        f"({cpu / drained * 100:.0f} % of a core)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default=BENCH_DB, help="dropped and recreated (default: %(default)s)")
    args = parser.parse_args()
    url = _postgres.fresh_database(args.server, args.database)
    os.environ.update(
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend", BACKGROUND_SCHEDULE="false"
    )
    _postgres.configure(url, SECRET)
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    session_id, _users = build()
    print(f"database built in {time.perf_counter() - started:.0f} s", flush=True)

    worker = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "worker",
            "--queue-name=*",
            "--interval=0.1",
            "--no-startup-delay",
            "-v",
            "0",
        ],
        cwd=ROOT,
        env={**os.environ, "DB_POOL_MAX": "4"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(2)  # the worker is up
        from background import schedule
        from livestream.models import LiveSession
        from livestream.services import reminders

        weekly = {"reports.weekly.due": schedule.JOBS["reports.weekly.due"]}
        measure(
            "weekly-return reminder (10,000 staff of 1,000 units)",
            "reports.weekly.due",
            lambda: schedule.tick(FRIDAY, "bench", weekly),
            worker.pid,
        )

        def live() -> None:
            session = LiveSession.objects.get(pk=session_id)
            session.starts_at = dt.datetime.now(dt.UTC) + reminders.REMIND_BEFORE
            session.ends_at = session.starts_at + dt.timedelta(hours=1)
            session.save()
            reminders.plan(session)

        measure("live-session reminder (10,000 subscribers)", "livestream.reminder", live, worker.pid)
    finally:
        worker.terminate()
        worker.wait(30)
    print(f"machine: {describe_machine()}")


if __name__ == "__main__":
    main()
