import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from jobs import services
from jobs.models import JobPosting
from livestream.models import LiveSession
from tests.factories import make_campaign, make_company, make_job, make_student

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def zone(db):
    campaign = make_campaign()
    company = make_company(specialised=True)
    jobs = [make_job(company, f"算法工程师{i}") for i in range(6)]
    make_job(
        make_company("芯测", industry="integrated-circuits"),
        "芯片验证工程师",
        fields=("integrated-circuits",),
    )
    now = timezone.now()
    LiveSession.objects.create(
        campaign=campaign,
        company=company,
        title="直播带岗：AI 专场",
        state="live",
        starts_at=now - dt.timedelta(minutes=5),
        ends_at=now + dt.timedelta(hours=1),
    )
    LiveSession.objects.create(
        campaign=campaign,
        company=company,
        title="下周宣讲",
        starts_at=now + dt.timedelta(days=7),
        ends_at=now + dt.timedelta(days=7, hours=1),
    )
    services.apply(make_student(), jobs[0])
    return campaign


def test_the_zone_shows_theme_phases_events_fields_and_counters(client, zone):
    html = client.get("/").content.decode()
    for text in [
        "山海有约 奋楫扬帆",
        "第一阶段",
        "第二阶段",
        "直播带岗：AI 专场",
        "下周宣讲",
        "芯片验证工程师",
        "集成电路",
    ]:
        assert text in html
    assert 'data-counter="jobs">7<' in html
    assert 'data-counter="applications">1<' in html


def test_the_zone_shows_at_most_four_jobs_per_field(client, zone):
    html = client.get("/").content.decode()
    assert sum(f"算法工程师{i}" in html for i in range(6)) == 4


def test_the_zone_query_count_does_not_grow_with_jobs(client, zone):
    with CaptureQueriesContext(connection) as before:
        client.get("/")
    make_job(make_company("又一家"), "新岗位")
    from django.core.cache import cache, caches

    cache.clear()
    caches["local"].clear()
    with CaptureQueriesContext(connection) as after:
        client.get("/")
    assert len(after) == len(before) <= 14


def test_a_crowd_renders_the_featured_jobs_once_per_process_and_language(client, zone, settings):
    """The featured section comes from the process's cache for ZONE_FEATURED_CACHE_SECONDS: the
    next visitors run neither its queries nor its job cards; the live sessions and counters
    around it are read every time."""
    from django.core.cache import cache, caches

    company = JobPosting.objects.get(title="算法工程师0").company
    with CaptureQueriesContext(connection) as first:
        first_html = client.get("/").content.decode()
    newest = make_job(company, "刚发布的算法岗")
    LiveSession.objects.filter(title="直播带岗：AI 专场").update(title="改名后的直播")
    cache.clear()  # the counters (cached in the shared cache for 10 s) are counted again
    with CaptureQueriesContext(connection) as second:
        second_html = client.get("/").content.decode()
    assert "刚发布的算法岗" not in second_html  # featured: as rendered a moment ago
    assert "改名后的直播" in second_html  # live sessions: read again
    assert len(second) == len(first) - 2  # the featured jobs and their fields were not queried
    assert first_html.count('class="job-card"') == second_html.count('class="job-card"') > 0

    client.cookies.load({"django_language": "en"})
    english = client.get("/").content.decode()
    assert "Featured jobs in emerging fields" in english and "刚发布的算法岗" in english  # its own copy
    client.cookies.load({"django_language": "zh-hans"})

    settings.ZONE_FEATURED_CACHE_SECONDS = 0  # as in a process started with 0: rendered on every visit
    caches["local"].clear()
    assert newest.title in client.get("/").content.decode()
    another = make_job(company, "又一个新岗位")
    assert another.title in client.get("/").content.decode()


def test_counters_are_json(client, zone):
    assert client.get(reverse("frontend:counters")).json() == {
        "companies": 2,
        "jobs": 7,
        "headcount": 21,
        "applications": 1,
    }


def test_the_zone_speaks_english_on_request(client, zone):
    client.cookies.load({"django_language": "en"})
    html = client.get("/").content.decode()
    assert 'lang="en"' in html and "Featured jobs in emerging fields" in html


def test_the_zone_is_chinese_by_default(client, zone):
    html = client.get("/").content.decode()
    assert 'lang="zh-hans"' in html and "新兴领域" in html


def test_healthz_reports_the_database_the_cache_and_the_live_room_redis(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "live_room": "ok"},
    }


def test_phase_follows_from_the_date(db):
    from campaigns.services import phase_at

    campaign = make_campaign()
    assert phase_at(campaign, dt.date(2025, 5, 10)).number == 1
    assert phase_at(campaign, dt.date(2025, 7, 15)) is None
    assert (
        phase_at(campaign, dt.datetime(2025, 9, 30, 17, 0, tzinfo=dt.UTC)).number == 2
    )  # 01:00 on 1 Oct in Shanghai


def test_healthz_says_when_the_live_room_redis_is_down(client, db, settings):
    settings.LIVE_ROOM_REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["database"] == "ok" and body["checks"]["cache"] == "ok"
    assert body["checks"]["live_room"].startswith("error")


def test_healthz_says_when_the_cache_redis_is_down(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "events_server.cache.SharedRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_timeout": 0.2, "socket_connect_timeout": 0.2},
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"].startswith("error")


def test_the_zone_marks_the_current_phase_or_says_what_comes_next(client, zone):
    with time_machine.travel(dt.datetime(2025, 5, 10, 9, 0, tzinfo=SHANGHAI), tick=False):
        assert "进行中" in client.get("/").content.decode()
    with time_machine.travel(dt.datetime(2025, 7, 15, 9, 0, tzinfo=SHANGHAI), tick=False):
        assert "第二阶段将于 2025-10-01 开始" in client.get("/").content.decode()
    with time_machine.travel(dt.datetime(2026, 3, 1, 9, 0, tzinfo=SHANGHAI), tick=False):
        assert "两个阶段均已结束" in client.get("/").content.decode()
