import pytest
from django.urls import reverse

from jobs.search import JobFilters, document_tokens, query_tokens
from jobs.services import search_public_jobs
from tests.factories import make_company, make_job


def test_it_indexes_chinese_as_unigrams_and_bigrams_and_latin_as_words():
    tokens = document_tokens("软件工程师 Java/C++")
    assert {"软件", "件工", "工程", "程师", "软", "java", "c++"} <= set(tokens)


def test_a_keyword_needs_all_its_bigrams():
    assert query_tokens("软件工程") == ["件工", "工程", "软件"]
    assert query_tokens("销") == ["销"]
    assert query_tokens("AI 产品") == ["ai", "产品"]


@pytest.fixture
def catalogue(db):
    suzhou = make_company("苏州芯测半导体有限公司", region="320500", industry="integrated-circuits")
    nanjing = make_company("南京云翼无人机有限公司", region="320100", industry="low-altitude-economy")
    chengdu = make_company("成都康源生物医药有限公司", region="510100", industry="biomedicine")
    return {
        "ic": make_job(suzhou, "芯片验证工程师", fields=("integrated-circuits",)),
        "drone_intern": make_job(
            nanjing,
            "无人机飞手实习生",
            kind="internship",
            accommodation=True,
            fields=("low-altitude-economy",),
        ),
        "bio_intern": make_job(chengdu, "药物研发助理", kind="internship", fields=("biomedicine",)),
        "draft": make_job(suzhou, "芯片设计工程师", publish=False, fields=("integrated-circuits",)),
        "suzhou": suzhou,
    }


def titles(filters):
    return sorted(job.title for job in search_public_jobs(filters))


def test_it_finds_jobs_by_chinese_keyword_without_drafts(catalogue):
    assert titles(JobFilters(keyword="芯片")) == ["芯片验证工程师"]
    assert titles(JobFilters(keyword="工程师")) == ["芯片验证工程师"]


def test_keyword_matches_the_company_name_too(catalogue):
    assert titles(JobFilters(keyword="康源")) == ["药物研发助理"]


def test_non_adjacent_characters_do_not_match(catalogue):
    assert titles(JobFilters(keyword="芯工")) == []


def test_a_province_includes_its_cities(catalogue):
    assert titles(JobFilters(region_code="320000")) == ["无人机飞手实习生", "芯片验证工程师"]
    assert titles(JobFilters(region_code="320100")) == ["无人机飞手实习生"]


def test_it_filters_by_field_internship_accommodation_and_company(catalogue):
    assert titles(JobFilters(field_code="biomedicine")) == ["药物研发助理"]
    assert titles(JobFilters(internship=True)) == ["无人机飞手实习生", "药物研发助理"]
    assert titles(JobFilters(internship=True, accommodation=True)) == ["无人机飞手实习生"]
    assert titles(JobFilters(company_id=catalogue["suzhou"].pk)) == ["芯片验证工程师"]


def test_the_search_page_lists_matches(client, catalogue):
    response = client.get(reverse("jobs:search"), {"q": "无人机", "internship": "on", "accommodation": "on"})
    assert response.status_code == 200
    assert "无人机飞手实习生" in response.content.decode()
    assert "芯片验证工程师" not in response.content.decode()


def test_an_unknown_region_code_gets_a_clear_error(client, catalogue):
    response = client.get(reverse("jobs:search"), {"region": "999999"})
    assert response.status_code == 400
    assert "999999" in response.content.decode()


@pytest.mark.postgres
def test_postgres_answers_keyword_search_from_the_gin_index(catalogue):
    from django.db import connection

    plan_rows = search_public_jobs(JobFilters(keyword="芯片验证")).explain()
    assert catalogue["ic"] in search_public_jobs(JobFilters(keyword="芯片验证"))
    assert connection.vendor == "postgresql"
    assert "@>" in plan_rows


def test_the_search_page_query_count_does_not_grow_with_results(client, catalogue):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(reverse("jobs:search"))
    for i in range(10):
        make_job(catalogue["suzhou"], f"测试工程师{i}", fields=("ai", "integrated-circuits"))
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("jobs:search"))
    assert len(many) == len(few)
