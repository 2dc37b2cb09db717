"""Reviewer-written rules run on RE2: linear time whatever the pattern, patterns RE2 cannot run are
refused when saved with an explanation in Chinese, and reviewers' free text is capped."""

from __future__ import annotations

import contextlib
import signal
import time
from collections.abc import Iterator

import pytest

from directory.models import Organisation
from review.models import REASON_MAX, Material, Rule
from review.tests.test_review import make_reviewer
from tests.factories import make_campaign, make_company, make_recruiter

pytestmark = pytest.mark.django_db
CATASTROPHIC = "(a+)+$"  # exponential backtracking on "aaa…ab" in Python's re


@contextlib.contextmanager
def within(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging) when the block runs longer; Python's re checks signals as it runs."""

    def too_slow(signum: int, frame: object) -> None:
        raise TimeoutError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def rule_form(**changes: str) -> dict[str, str]:
    data = {
        "code": "custom",
        "family": "age",
        "kind": "discrimination",
        "pattern": "生肖",
        "exceptions": "",
        "explanation": "以生肖筛选求职者与岗位无关",
        "active": "on",
        "action": "save",
    }
    data.update(changes)
    return data


@pytest.fixture
def reviewer(db, client):
    make_campaign()
    user = make_reviewer()
    client.force_login(user)
    return user


@pytest.mark.parametrize(
    ("field", "pattern"),
    [("pattern", "(?<!满)35岁"), ("pattern", "(男|女)\\1"), ("exceptions", "男(?=女)")],
)
def test_a_pattern_re2_cannot_run_is_refused_with_a_chinese_explanation(client, reviewer, field, pattern):
    response = client.post("/review/rules/new/", rule_form(**{field: pattern}))
    page = response.content.decode()
    assert response.status_code == 400
    assert "RE2 不支持反向引用" in page and "环视" in page
    assert not Rule.objects.filter(code="custom").exists()


def test_a_catastrophic_rule_is_tried_and_saved_and_checks_a_long_posting_in_linear_time(client, reviewer):
    sample = "a" * 1990 + "b"
    with within(5):
        started = time.perf_counter()
        tried = client.post(
            "/review/rules/new/", rule_form(pattern=CATASTROPHIC, action="try", sample=sample)
        )
        assert tried.status_code == 200
        assert client.post("/review/rules/new/", rule_form(pattern=CATASTROPHIC)).status_code == 302
        client.force_login(make_recruiter(make_company()))
        checked = client.post("/recruit/jobs/check/", {"description": "a" * 4990 + "b"})
        assert checked.status_code == 200
        assert time.perf_counter() - started < 2


def test_rules_keep_pythons_unicode_digits_and_spaces_and_ignore_case(client, reviewer):
    client.post("/review/rules/new/", rule_form(pattern=r"年龄\s*\d+岁以下|QQ群"))
    client.force_login(make_recruiter(make_company()))
    found = client.post(
        "/recruit/jobs/check/", {"description": "年龄\u3000３５岁以下，加qq群"}
    ).content.decode()
    assert "年龄\u3000３５岁以下" in found and "qq群" in found


def test_a_decision_reason_or_note_over_the_cap_is_refused_not_stored(client, reviewer):
    company = make_company(verification=Organisation.Verification.PENDING)
    response = client.post(
        f"/review/companies/{company.pk}/", {"outcome": "rejected", "reason": "营业执照模糊" * 200}
    )
    assert response.status_code == 400 and str(REASON_MAX) in response.content.decode()
    company.refresh_from_db()
    assert company.verification == Organisation.Verification.PENDING


def test_a_rule_explanation_over_the_cap_is_refused(client, reviewer):
    response = client.post("/review/rules/new/", rule_form(explanation="说明" * 600))
    assert response.status_code == 400 and "1000" in response.content.decode()
    assert not Rule.objects.filter(code="custom").exists()


def test_a_material_reason_over_its_cap_is_refused_instead_of_cut(client, reviewer):
    material = Material.objects.create(
        kind="poster", subject="live:1", organisation=make_company(), text="直播海报", text_hash="x"
    )
    response = client.post(f"/review/materials/{material.pk}/", {"decision": "reject", "reason": "字" * 301})
    assert response.status_code == 400 and "300" in response.content.decode()
    material.refresh_from_db()
    assert material.status == Material.Status.PENDING and material.reason == ""


def test_a_stored_rule_re2_cannot_run_is_skipped_and_flagged_on_the_rules_page(client, reviewer):
    Rule.objects.create(
        code="old-style", family="age", kind="discrimination", pattern="(?<!满)35岁", explanation="x"
    )
    assert "RE2 无法运行" in client.get("/review/rules/").content.decode()
    client.force_login(make_recruiter(make_company()))
    checked = client.post("/recruit/jobs/check/", {"description": "限男性，35岁"})
    assert checked.status_code == 200 and "<mark>限男性</mark>" in checked.content.decode()
