"""Search by pay range, the graduate's education, 专精特新 companies, and in three orders."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from jobs.models import JobPosting
from jobs.search import JobFilters
from jobs.services import search_public_jobs
from tests.factories import make_company, make_job


@pytest.fixture
def catalogue(db):
    plain = make_company("普通制造有限公司")
    specialised = make_company("精工传感有限公司", specialised=True)
    today = timezone.localdate()
    jobs = {
        "junior": make_job(plain, "设备运维", salary_min=4000, salary_max=6000, education="junior_college"),
        "bachelor": make_job(
            specialised,
            "嵌入式工程师",
            salary_min=9000,
            salary_max=14000,
            education="bachelor",
            expires_on=today + dt.timedelta(days=30),
        ),
        "master": make_job(
            specialised,
            "算法研究员",
            salary_min=20000,
            salary_max=30000,
            education="master",
            expires_on=today + dt.timedelta(days=5),
        ),
        "any": make_job(plain, "质检员", salary_min=5000, salary_max=7000, education="any"),
    }
    # Published one after another, so "newest" has a defined order.
    for minutes, key in enumerate(["junior", "bachelor", "master", "any"]):
        JobPosting.objects.filter(pk=jobs[key].pk).update(
            published_at=timezone.now() - dt.timedelta(minutes=10 - minutes)
        )
    make_job(specialised, "未审核岗位", publish=False, salary_min=50000, salary_max=60000)
    return jobs


def titles(**filters) -> list[str]:
    return [job.title for job in search_public_jobs(JobFilters(**filters))]


def test_a_pay_range_finds_postings_whose_range_overlaps_it(catalogue):
    assert set(titles(salary_low=10000)) == {"嵌入式工程师", "算法研究员"}
    assert set(titles(salary_high=6000)) == {"设备运维", "质检员"}
    assert set(titles(salary_low=6500, salary_high=9000)) == {"质检员", "嵌入式工程师"}


def test_a_graduate_finds_postings_open_to_their_education(catalogue):
    assert set(titles(education="junior_college")) == {"设备运维", "质检员"}
    assert set(titles(education="bachelor")) == {"设备运维", "质检员", "嵌入式工程师"}
    assert len(titles(education="doctor")) == 4


def test_specialised_smes_only(catalogue):
    assert set(titles(specialised=True)) == {"嵌入式工程师", "算法研究员"}


def test_three_sort_orders(catalogue):
    assert titles() == ["质检员", "算法研究员", "嵌入式工程师", "设备运维"]
    assert titles(sort="salary") == ["算法研究员", "嵌入式工程师", "质检员", "设备运维"]
    assert titles(sort="closing")[:2] == ["算法研究员", "嵌入式工程师"]  # then those with no closing date


def test_the_search_page_combines_the_new_filters_with_a_keyword(client, catalogue):
    response = client.get(
        "/jobs/", {"q": "工程师", "salary_low": "8000", "education": "bachelor", "specialised": "on"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "嵌入式工程师" in page and "算法研究员" not in page and "设备运维" not in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"salary_low": "12000", "salary_high": "8000"}, "薪资范围的上限低于下限"),
        ({"salary_low": "-1"}, "确保该值大于或等于0"),
        ({"salary_low": "10" * 20}, "确保该值小于或等于1000000"),
        ({"salary_low": "八千"}, "输入整数"),
        ({"education": "phd"}, "未知的学历"),
        ({"sort": "random"}, "未知的排序方式"),
    ],
)
def test_bad_filter_values_get_a_clear_message(client, catalogue, query, message):
    response = client.get("/jobs/", query, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 400
    assert message in response.content.decode()
