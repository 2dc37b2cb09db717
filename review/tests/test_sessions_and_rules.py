"""Students report live sessions into the regional queue; reviewers write screening rules
themselves, try them on a phrase, and the next check uses them."""

from __future__ import annotations

import pytest

from audit.models import AuditEntry
from livestream.tests.conftest import make_session
from review.models import Report, Rule
from review.tests.test_review import make_reviewer
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_student

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(db):
    make_campaign()
    company = make_company(region="320500")
    return make_session(company, [make_job(company)])


def test_a_student_reports_a_live_session_and_a_reviewer_of_its_region_closes_it(client, session):
    client.force_login(make_student())
    assert "举报这场直播" in client.get(f"/live/{session.pk}/").content.decode()
    response = client.post(
        f"/live/{session.pk}/report/", {"reason": "discrimination", "text": "主播说只要男生"}
    )
    assert response["Location"] == f"/live/{session.pk}/"
    client.post(f"/live/{session.pk}/report/", {"reason": "other"})  # a second report by the same student
    assert Report.objects.filter(live_session=session).count() == 1

    reviewer = make_reviewer()
    client.force_login(reviewer)
    queue = client.get("/review/").content.decode()
    assert f"/review/sessions/{session.pk}/" in queue
    page = client.get(f"/review/sessions/{session.pk}/").content.decode()
    assert "主播说只要男生" in page
    assert client.post(f"/review/sessions/{session.pk}/", {"note": ""}).status_code == 400
    client.post(f"/review/sessions/{session.pk}/", {"note": "已提醒企业，直播中不得提出性别要求"})
    assert not Report.objects.filter(live_session=session, handled=False).exists()
    entry = AuditEntry.objects.get(action="review.session.reports_handled")
    assert entry.reason == "已提醒企业，直播中不得提出性别要求" and entry.actor == reviewer
    assert f"/review/sessions/{session.pk}/" not in client.get("/review/").content.decode()


def test_reviewers_elsewhere_do_not_see_the_session(client, session):
    Report.objects.create(live_session=session, student=make_student(), reason="other")
    client.force_login(make_reviewer("sichuan", region="510000"))
    assert f"/review/sessions/{session.pk}/" not in client.get("/review/").content.decode()
    assert client.get(f"/review/sessions/{session.pk}/").status_code == 404


def test_only_students_report_and_a_flood_is_rate_limited(client, session):
    client.force_login(make_recruiter(make_company("别家科技有限公司"), "carol"))
    assert client.get(f"/live/{session.pk}/report/").status_code == 403
    student = make_student("flooder")
    client.force_login(student)
    company = session.company
    for i in range(6):
        other = make_session(company, [])
        response = client.post(f"/live/{other.pk}/report/", {"reason": "other", "text": str(i)})
    assert response.status_code == 400 and "举报次数过多" in response.content.decode()
    assert Report.objects.filter(student=student).count() == 5


def test_a_reviewer_adds_a_rule_tries_it_and_the_next_check_uses_it(client, session):
    reviewer = make_reviewer()
    client.force_login(reviewer)
    data = {
        "code": "zodiac",
        "family": "appearance",
        "kind": "discrimination",
        "pattern": "属(鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|猪)",
        "exceptions": "",
        "explanation": "以生肖筛选求职者与岗位无关。",
        "legal_basis": "《就业促进法》第三条",
        "active": "on",
        "sample": "限属龙的应聘者，五险一金",
    }
    tried = client.post("/review/rules/new/", {**data, "action": "try"}).content.decode()
    assert "<mark>属龙</mark>" in tried and not Rule.objects.filter(code="zodiac").exists()
    assert client.post("/review/rules/new/", {**data, "action": "save"}).status_code == 302
    assert AuditEntry.objects.filter(action="review.rule.created", actor=reviewer).exists()

    client.force_login(make_recruiter(session.company))
    found = client.post(
        "/recruit/jobs/check/", {"title": "销售", "description": "限属龙的应聘者"}
    ).content.decode()
    assert "以生肖筛选求职者与岗位无关" in found


@pytest.mark.parametrize(
    ("pattern", "message"),
    [("限(男", "不是有效的正则表达式"), ("x*", "会匹配空文本"), ("a" * 501, "500")],
)
def test_bad_rules_are_refused_with_the_reason(client, session, pattern, message):
    client.force_login(make_reviewer())
    data = {
        "code": "bad",
        "family": "gender",
        "kind": "discrimination",
        "pattern": pattern,
        "explanation": "x",
        "action": "save",
    }
    response = client.post("/review/rules/new/", data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not Rule.objects.filter(code="bad").exists()


def test_changing_a_rule_is_audited_with_before_and_after(client, session):
    rule = Rule.objects.filter(active=True).first()
    client.force_login(make_reviewer())
    data = {
        field: getattr(rule, field)
        for field in ("code", "family", "kind", "pattern", "exceptions", "explanation", "legal_basis")
    }
    client.post(f"/review/rules/{rule.pk}/", {**data, "active": "", "action": "save"})
    rule.refresh_from_db()
    entry = AuditEntry.objects.get(action="review.rule.changed")
    assert rule.active is False and entry.before["active"] is True and entry.after["active"] is False


def test_students_and_recruiters_cannot_edit_rules(client, session):
    client.force_login(make_student())
    assert client.get("/review/rules/").status_code == 403
