"""Attachment 3 for a seeded week, against figures counted independently from the seed itself."""

from __future__ import annotations

import datetime as dt

import pytest

from booking.models import Event
from jobs.models import Application, JobPosting
from livestream.models import LiveSession
from reports.services import figures
from reports.services.weeks import week_of
from reports.tests.conftest import application, live, offline, posting, sh

WEEK_START, WEEK_END = sh("2025-10-13 00:00"), sh("2025-10-20 00:00")
PHASE_START = sh("2025-10-01 00:00")
JIANGSU = {"320500", "320100"}

# (company, region, published_at, headcount, status)
POSTINGS = [
    ("suzhou", "320500", "2025-10-14 10:00:00", 3, "published"),
    ("nanjing", "320100", "2025-10-19 23:59:59", 5, "closed"),
    ("suzhou", "320500", "2025-10-08 09:00:00", 2, "published"),
    ("suzhou", "320500", "2025-10-20 00:00:00", 7, "published"),  # next week
    ("shanghai", "310000", "2025-10-14 10:00:00", 9, "published"),  # another province
    ("suzhou", "320500", "2025-09-20 10:00:00", 4, "published"),  # before the phase
    ("nanjing", "320100", None, 6, "pending"),  # never published
]
# (company, starts_at, state, peak, unique)
SESSIONS = [
    ("suzhou", "2025-10-15 19:00:00", "ended", 120, 300),
    ("nanjing", "2025-10-09 19:00:00", "ended", 500, 800),
    ("suzhou", "2025-10-16 19:00:00", "scheduled", 0, 0),
    ("shanghai", "2025-10-15 19:00:00", "ended", 900, 1000),
]
# (kind, organiser, university, starts_at, status)
EVENTS = [
    ("campus", "nanjing", "university", "2025-10-14 14:00:00", "approved"),
    ("visit", "suzhou", None, "2025-10-16 09:00:00", "approved"),
    ("fair", "university", "university", "2025-10-10 09:00:00", "approved"),
    ("campus", "suzhou", "university", "2025-10-15 14:00:00", "requested"),
    ("visit", "shanghai", None, "2025-10-15 09:00:00", "approved"),
]
# (index of the posting applied to, created_at, [(status, at)])
APPLICATIONS = [
    (0, "2025-10-14 11:00:00", [("interview", "2025-10-15 10:00:00"), ("offer", "2025-10-17 10:00:00")]),
    (0, "2025-10-19 23:59:59", []),
    (1, "2025-10-13 00:00:00", [("interview", "2025-10-20 00:00:01")]),  # interview next week
    (2, "2025-10-09 12:00:00", [("interview", "2025-10-10 10:00:00"), ("hired", "2025-10-14 09:00:00")]),
    (2, "2025-10-12 23:59:59", [("rejected", "2025-10-13 09:00:00")]),
    (3, "2025-10-20 00:00:00", []),
    (4, "2025-10-14 12:00:00", [("interview", "2025-10-15 12:00:00")]),  # Shanghai job
]


def when(text: str | None) -> dt.datetime | None:
    return sh(text) if text else None


def in_phase(moment: dt.datetime | None) -> bool:
    return moment is not None and PHASE_START <= moment < WEEK_END


def in_week(moment: dt.datetime | None) -> bool:
    return moment is not None and WEEK_START <= moment < WEEK_END


def expected() -> dict[str, dict[str, int | None]]:
    """The figures counted by hand from the seed, not from the database."""
    result: dict[str, dict[str, int | None]] = {"week": {}, "cumulative": {}}
    for part, test in (("week", in_week), ("cumulative", in_phase)):
        jobs = [
            p for p in POSTINGS if p[1] in JIANGSU and p[4] in ("published", "closed") and test(when(p[2]))
        ]
        sessions = [s for s in SESSIONS if s[0] != "shanghai" and s[2] == "ended" and test(when(s[1]))]
        events = [e for e in EVENTS if e[1] != "shanghai" and e[4] == "approved" and test(when(e[3]))]
        companies = (
            {p[0] for p in jobs} | {s[0] for s in sessions} | {e[1] for e in events if e[1] != "university"}
        )
        apps = [a for a in APPLICATIONS if POSTINGS[a[0]][1] in JIANGSU and test(when(a[1]))]
        every_app = [a for a in APPLICATIONS if POSTINGS[a[0]][1] in JIANGSU]
        result[part] = {
            "companies": len(companies),
            "postings": len(jobs),
            "headcount": sum(p[3] for p in jobs),
            "events_live": len(sessions),
            "events_online": None,
            "events_campus": sum(e[0] == "campus" for e in events),
            "events_visit": sum(e[0] == "visit" for e in events),
            "events_fair": sum(e[0] == "fair" for e in events),
            "viewers_peak": max([s[3] for s in sessions], default=0),
            "viewers_unique": sum(s[4] for s in sessions),
            "applications": len(apps),
            "interviews": sum(any(s == "interview" and test(when(t)) for s, t in a[2]) for a in every_app),
            "offers": sum(any(s in ("offer", "hired") and test(when(t)) for s, t in a[2]) for a in every_app),
            "hires": sum(any(s == "hired" and test(when(t)) for s, t in a[2]) for a in every_app),
            "intern_places": 0,  # no placements in this seed: internships/tests/test_figures.py counts them
            "intern_nights": 0,
        }
    return result


@pytest.fixture
def seeded(world):
    orgs = {
        "suzhou": world.suzhou,
        "nanjing": world.nanjing,
        "shanghai": world.shanghai,
        "university": world.university,
    }
    jobs = [posting(world, orgs[c], when(t), headcount=h, status=s, region=r) for c, r, t, h, s in POSTINGS]
    for c, t, state, peak, unique in SESSIONS:
        live(world, orgs[c], sh(t), state=state, peak=peak, unique=unique)
    for kind, organiser, university, t, status in EVENTS:
        offline(world, kind, orgs[organiser], sh(t), university=orgs.get(university or ""), status=status)
    for index, created, steps in APPLICATIONS:
        application(world, jobs[index], sh(created), steps=tuple((s, sh(t)) for s, t in steps))
    return world


def test_the_seeded_week_matches_the_figures_counted_by_hand(seeded, django_assert_max_num_queries):
    week = week_of(seeded.campaign, dt.date(2025, 10, 13))
    seeded.department.region  # noqa: B018 - loaded outside the count
    with django_assert_max_num_queries(9):
        result = figures.compute(seeded.department, week)
    assert result == expected()
    # Spot checks, so a mistake in expected() cannot hide one in the service.
    assert result["week"]["postings"] == 2 and result["cumulative"]["postings"] == 3
    assert result["week"]["applications"] == 3 and result["cumulative"]["applications"] == 5
    assert result["week"]["offers"] == 2 and result["cumulative"]["interviews"] == 2


def test_the_query_count_does_not_grow_with_the_data(seeded, django_assert_max_num_queries):
    for n in range(20):
        job = posting(seeded, seeded.nanjing, sh("2025-10-15 10:00"), headcount=2)
        application(seeded, job, sh("2025-10-15 11:00"), steps=(("interview", sh("2025-10-16 10:00")),))
        live(seeded, seeded.suzhou, sh("2025-10-17 19:00") + dt.timedelta(minutes=n), peak=n, unique=n)
    week = week_of(seeded.campaign, dt.date(2025, 10, 13))
    seeded.department.region  # noqa: B018
    with django_assert_max_num_queries(9):
        result = figures.compute(seeded.department, week)
    assert result["week"]["postings"] == 22
    assert result["week"]["interviews"] == 21


def test_a_university_counts_what_happened_through_it(seeded):
    week = week_of(seeded.campaign, dt.date(2025, 10, 13))
    result = figures.compute(seeded.university, week)
    # Campus session of Nanjing's company on 14 Oct; the fair on 10 Oct counts for the phase.
    assert result["week"]["events_campus"] == 1
    assert result["cumulative"]["events_fair"] == 1
    assert result["week"]["companies"] == 1  # Nanjing's company (the university itself is no company)
    assert result["week"]["postings"] == 1  # Nanjing's closed posting of 19 Oct
    # Every application in the seed came from this university's graduates.
    assert result["week"]["applications"] == sum(in_week(sh(a[1])) for a in APPLICATIONS)
    assert LiveSession.objects.count() == 4 and Event.objects.count() == 5 and JobPosting.objects.count() == 7
    assert Application.objects.count() == len(APPLICATIONS)


def test_a_nationwide_department_sees_every_region(seeded):
    ministry = type(seeded.department).objects.create(kind="sme_department", name="工业和信息化部")
    week = week_of(seeded.campaign, dt.date(2025, 10, 13))
    result = figures.compute(ministry, week)
    assert result["week"]["postings"] == 3  # Suzhou, Nanjing and Shanghai
    assert result["week"]["viewers_peak"] == 900
