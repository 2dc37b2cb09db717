"""Benchmark: Attachment 3 for a province on PostgreSQL (target <= 10 s, bounded query count).

Builds a database of its own (shanhai_bench_reports, dropped and recreated) holding, in Jiangsu
(320000) and its cities: 10,000 companies, 100,000 postings published over phase 2 (October to
December 2025), 100,000 graduates and 1,000,000 applications (10 each, to distinct postings),
plus one more each to a posting elsewhere,
with interviews for 10 % and offers for 3 %, 2,000 live sessions and 3,000 offline events; and
10 % more of everything in other provinces so the region filter has work to do. Rows are made
by generate_series inside PostgreSQL (a few minutes at most), then ANALYZE.

Then times ``reports.services.figures.compute`` for the Jiangsu SME department and a week in
the middle of the phase (week and phase-to-date figures), five runs after a cold first one, and
counts its queries. Prints the figures, the timings, the query count and the machine.

    .venv/bin/python bench/attachment3.py [--server postgres://postgres@127.0.0.1:5432] [--keep]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import _postgres  # noqa: E402

BENCH_DB = "shanhai_bench_reports"
SECRET = "benchmark-only-secret-key-0123456789-abcdefghij-reports"  # noqa: S105 - benchmark database only

COMPANIES, POSTINGS, STUDENTS, PER_STUDENT = 10_000, 100_000, 100_000, 10
SESSIONS, EVENTS = 2_000, 3_000
PHASE_START = "2025-10-01 00:00:00+08"
PHASE_SECONDS = 92 * 86400  # October to December


def configure(database_url: str) -> None:
    _postgres.configure(database_url, SECRET)


def fresh_database(server_url: str) -> str:
    return _postgres.fresh_database(server_url, BENCH_DB)


def step(label: str, sql: str, params: dict | None = None) -> None:
    """Run one statement; with ``params``, a bare ``%`` (modulo) is escaped for the driver."""
    from django.db import connection

    if params is not None:
        sql = re.sub(r"%(?!\()", "%%", sql.replace("%%", "%"))

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.rowcount
    print(f"  {label}: {rows:,} rows in {time.perf_counter() - started:.1f} s", flush=True)


def generate() -> int:
    """Everything in SQL; returns the campaign id. Each block inserts one table."""
    from django.core.management import call_command

    from demo.campaign import load_campaign
    from directory.models import Organisation

    call_command("migrate", verbosity=0)
    campaign = load_campaign()
    Organisation.objects.create(kind="sme_department", name="江苏省中小企业主管部门", region_id="320000")
    university = Organisation.objects.create(kind="university", name="江苏基准大学", region_id="320100")
    p = {
        "campaign": campaign.pk,
        "university": university.pk,
        "companies": COMPANIES,
        "outside": COMPANIES // 10,
        "postings": POSTINGS,
        "outside_postings": POSTINGS // 10,
        "students": STUDENTS,
        "per_student": PER_STUDENT,
        "start": PHASE_START,
        "seconds": PHASE_SECONDS,
        "sessions": SESSIONS,
        "events": EVENTS,
    }
    # Cities of Jiangsu, and of every other province, numbered for picking by modulo.
    step(
        "regions",
        """CREATE TEMP TABLE bench_city AS
           SELECT row_number() OVER (ORDER BY code) - 1 AS n, code, parent_id = '320000' AS inside
           FROM directory_region WHERE level = 'city'""",
    )
    step(
        "companies",
        """INSERT INTO directory_organisation (kind, name, credit_code, specialised, website, description,
               created_at, industry_id, region_id, licence, verification)
           SELECT 'company', '基准企业' || i, 'B' || lpad(i::text, 17, '0'), i % 5 = 0, '', '', now(),
               (ARRAY['ai','smart-manufacturing','integrated-circuits','biomedicine','new-energy','manufacturing'])[1 + i % 6],
               c.code, '', 'verified'
           FROM generate_series(1, %(companies)s + %(outside)s) AS i
           JOIN LATERAL (
               SELECT code FROM bench_city
               WHERE inside = (i <= %(companies)s)
               ORDER BY n OFFSET i %% (SELECT count(*) FROM bench_city WHERE inside = (i <= %(companies)s)) LIMIT 1
           ) c ON true""",
        p,
    )
    step(
        "postings",
        """INSERT INTO jobs_jobposting (kind, title, description, education, majors, headcount, salary_min,
               salary_max, working_hours, rest_days, accommodation, contact_name, contact_phone, contact_email,
               status, published_at, created_at, updated_at, search_document, search_tokens, campaign_id,
               company_id, region_id, version)
           SELECT 'full_time', '基准岗位' || i, '', 'bachelor', '', 1 + i % 10, 6000, 9000, '', '', false,
               '人事部', '0512-66668888', '',
               CASE WHEN i % 20 = 0 THEN 'pending' WHEN i % 10 = 0 THEN 'closed' ELSE 'published' END,
               CASE WHEN i % 20 = 0 THEN NULL
                    ELSE %(start)s::timestamptz + make_interval(secs => (i * 7919) %% %(seconds)s) END,
               now(), now(), '', '[]'::jsonb, %(campaign)s, o.id, o.region_id, 1
           FROM generate_series(1, %(postings)s + %(outside_postings)s) AS i
           JOIN directory_organisation o ON o.credit_code = 'B' || lpad((CASE WHEN i <= %(postings)s
               THEN 1 + i %% %(companies)s ELSE %(companies)s + 1 + i %% %(outside)s END)::text, 17, '0')""",
        p,
    )
    step(
        "posting fields",
        """INSERT INTO jobs_jobposting_fields (jobposting_id, industry_id)
           SELECT j.id, o.industry_id FROM jobs_jobposting j JOIN directory_organisation o ON o.id = j.company_id""",
    )
    step(
        "students",
        """INSERT INTO accounts_user (password, is_superuser, username, first_name, last_name, email, is_staff,
               is_active, date_joined, role)
           SELECT '!', false, 'bench-student-' || i, '', '', '', false, true, now(), 'student'
           FROM generate_series(1, %(students)s) AS i""",
        p,
    )
    step(
        "graduate profiles",
        """INSERT INTO accounts_graduateprofile (full_name, major, degree, graduation_year, phone, resume,
               seeking_employment, updated_at, university_id, user_id)
           SELECT '基准毕业生', '计算机科学与技术', 'bachelor', 2025, '13900000000', '', true, now(), %(university)s, u.id
           FROM accounts_user u WHERE u.username LIKE 'bench-student-%%'""",
        p,
    )
    step(
        "job numbering",
        """CREATE TEMP TABLE bench_job AS
           SELECT row_number() OVER (PARTITION BY inside ORDER BY id) - 1 AS n, id, inside
           FROM (SELECT j.id, r.parent_id = '320000' AS inside
                 FROM jobs_jobposting j JOIN directory_region r ON r.code = j.region_id) AS numbered""",
    )
    step("job numbering index", "CREATE UNIQUE INDEX ON bench_job (inside, n)")
    step(
        "applications",
        """INSERT INTO jobs_application (status, source, source_ref, note, created_at, updated_at, campaign_id,
               profile_id, student_id, job_id)
           SELECT CASE WHEN (g.id + k) % 33 = 0 THEN 'offer' WHEN (g.id + k) % 10 = 0 THEN 'interview'
                       ELSE 'received' END,
               CASE WHEN k = 0 THEN 'live' ELSE 'zone' END, '', '',
               %(start)s::timestamptz + make_interval(secs => ((g.id * 10 + k) * 104729) %% %(seconds)s),
               now(), %(campaign)s, g.id, g.user_id, j.id
           FROM accounts_graduateprofile g
           CROSS JOIN generate_series(0, %(per_student)s - 1) AS k
           JOIN bench_job j ON j.inside AND j.n = (g.id * 31 + k * 10007) %% %(postings)s""",
        p,
    )
    step(
        "applications elsewhere",
        """INSERT INTO jobs_application (status, source, source_ref, note, created_at, updated_at, campaign_id,
               profile_id, student_id, job_id)
           SELECT 'received', 'zone', '', '',
               %(start)s::timestamptz + make_interval(secs => (g.id * 104729) %% %(seconds)s),
               now(), %(campaign)s, g.id, g.user_id, j.id
           FROM accounts_graduateprofile g
           JOIN bench_job j ON NOT j.inside AND j.n = g.id %% %(outside_postings)s""",
        p,
    )
    step(
        "interviews",
        """INSERT INTO jobs_applicationevent (status, at, application_id)
           SELECT 'interview', a.created_at + interval '2 days', a.id FROM jobs_application a
           WHERE a.status IN ('interview', 'offer')""",
    )
    step(
        "offers",
        """INSERT INTO jobs_applicationevent (status, at, application_id)
           SELECT 'offer', a.created_at + interval '5 days', a.id FROM jobs_application a WHERE a.status = 'offer'""",
    )
    step(
        "live sessions",
        """INSERT INTO livestream_livesession (title, description, starts_at, ends_at, state, campaign_id, company_id,
               ended_at, login_to_watch, moderated, peak_viewers, unique_viewers, went_live_at)
           SELECT '基准直播' || i, '', t, t + interval '2 hours', 'ended', %(campaign)s, o.id, t + interval '2 hours',
               false, true, i % 900, i % 3000, t
           FROM generate_series(1, %(sessions)s + %(sessions)s / 10) AS i
           CROSS JOIN LATERAL (SELECT %(start)s::timestamptz + make_interval(secs => (i * 7919) %% %(seconds)s) AS t) s
           JOIN directory_organisation o ON o.credit_code = 'B' || lpad((CASE WHEN i <= %(sessions)s
               THEN 1 + i %% %(companies)s ELSE %(companies)s + 1 + i %% %(outside)s END)::text, 17, '0')""",
        p,
    )
    step(
        "offline events",
        """INSERT INTO booking_event (kind, title, description, address, starts_at, ends_at, capacity, taken,
               booth_count, status, decision_reason, created_at, campaign_id, organiser_id, university_id)
           SELECT (ARRAY['campus','visit','fair'])[1 + i % 3], '基准活动' || i, '', '', t, t + interval '2 hours', 100, 0,
               0, CASE WHEN i % 7 = 0 THEN 'requested' ELSE 'approved' END, '', now(), %(campaign)s, o.id,
               CASE WHEN i % 3 = 0 THEN %(university)s END
           FROM generate_series(1, %(events)s + %(events)s / 10) AS i
           CROSS JOIN LATERAL (SELECT %(start)s::timestamptz + make_interval(secs => (i::bigint * 15485863) %% %(seconds)s) AS t) s
           JOIN directory_organisation o ON o.credit_code = 'B' || lpad((CASE WHEN i <= %(events)s
               THEN 1 + i %% %(companies)s ELSE %(companies)s + 1 + i %% %(outside)s END)::text, 17, '0')""",
        p,
    )
    step("analyze", "ANALYZE")
    return campaign.pk


def measure(campaign_id: int, runs: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from campaigns.models import Campaign
    from directory.models import Organisation
    from jobs.models import Application
    from reports.services.figures import compute
    from reports.services.weeks import week_of

    campaign = Campaign.objects.prefetch_related("phases").get(pk=campaign_id)
    unit = Organisation.objects.select_related("region").get(name="江苏省中小企业主管部门")
    week = week_of(campaign, dt.date(2025, 11, 10))
    inside = Application.objects.filter(job__region__parent_id="320000").count()
    print(f"Applications to Jiangsu postings: {inside:,} (all: {Application.objects.count():,})")
    timings = []
    for _ in range(runs + 1):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            figures = compute(unit, week)
            timings.append(time.perf_counter() - started)
    cold, warm = timings[0], timings[1:]
    print(f"Week {week}: {figures['week']}")
    print(f"Phase to date: {figures['cumulative']}")
    print(
        f"Attachment 3, Jiangsu, on PostgreSQL: cold {cold:.2f} s; then over {runs} runs "
        f"median {statistics.median(warm):.2f} s, max {max(warm):.2f} s; {len(queries)} queries per return"
    )
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    from bench._machine import describe_machine

    print(f"Machine: {describe_machine()}, PostgreSQL {version}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="reuse the database of an earlier run")
    args = parser.parse_args()
    if args.keep:
        configure(f"{args.server}/{BENCH_DB}")
        from campaigns.models import Campaign

        campaign_id = Campaign.objects.get().pk
    else:
        configure(fresh_database(args.server))
        started = time.perf_counter()
        print("Generating (all in PostgreSQL):", flush=True)
        campaign_id = generate()
        print(f"Generated in {time.perf_counter() - started:.0f} s", flush=True)
    measure(campaign_id, args.runs)


if __name__ == "__main__":
    main()
