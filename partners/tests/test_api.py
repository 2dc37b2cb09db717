"""The partner API through HTTP: keys and scopes, rate limits, feeds, pagination, ETags,
inbound postings through review, weekly figures into Attachment 3, graduate sharing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from accounts.models import User
from audit.models import AuditEntry
from directory.models import Organisation
from events_server.errors import NotAllowed
from jobs.models import JobPosting
from jobs.services import close_job
from livestream.models import LiveSession
from partners import keys
from partners.models import GraduateShare
from partners.tests.conftest import Api
from privacy.exports import exporters
from privacy.models import PrivacyNotice
from privacy.services import set_sharing
from qr.models import ShortLink
from review.services import decide_posting
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_student

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


# --- keys ------------------------------------------------------------------------------------


def test_requests_without_a_valid_key_are_refused(api, issued):
    anonymous = Client()
    assert anonymous.get("/api/v1/postings/").status_code == 401
    wrong = Api(issued.secret[:-2] + "xx")
    response = wrong.get("/api/v1/postings/")
    assert response.status_code == 401
    assert response.json()["error"] == "authentication_failed"
    assert Api("shk_nothing").get("/api/v1/me/").status_code == 401
    assert api.get("/api/v1/me/").json()["scopes"] == ["read", "write"]


def test_only_the_hash_of_a_key_is_stored(issued):
    secret = issued.secret.split("_", 2)[2]
    issued.key.refresh_from_db()
    assert secret not in issued.key.secret_hash
    assert issued.key.secret_hash == keys.hash_secret(secret)


def test_a_read_only_key_cannot_write(partner, partner_staff):
    reader = keys.create_key(partner, name="read", can_read=True, can_write=False, by=partner_staff)
    api = Api(reader.secret)
    assert api.get("/api/v1/postings/").status_code == 200
    response = api.post(
        "/api/v1/webhooks/", {"url": "https://example.com/h", "events": ["posting.published"]}
    )
    assert response.status_code == 403


def test_revoked_keys_stop_and_rotated_keys_overlap(api, issued, partner_staff):
    rotated = keys.rotate_key(issued.key.pk, by=partner_staff)
    assert api.get("/api/v1/me/").status_code == 200  # the old key works during the grace period
    assert Api(rotated.secret).get("/api/v1/me/").status_code == 200
    issued.key.refresh_from_db()
    assert issued.key.expires_at is not None
    keys.revoke_key(issued.key.pk, by=partner_staff)
    assert api.get("/api/v1/me/").status_code == 401
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"partners.key.created", "partners.key.rotated", "partners.key.revoked"} <= actions


def test_another_partners_staff_cannot_touch_a_key(issued):
    other = Organisation.objects.create(kind=Organisation.Kind.PARTNER_PLATFORM, name="前程无忧")
    stranger = User.objects.create_user("51job", role=User.Role.PARTNER_STAFF, organisation=other)
    with pytest.raises(NotAllowed, match="只有该合作平台的工作人员"):
        keys.revoke_key(issued.key.pk, by=stranger)


def test_the_rate_limit_answers_429_with_retry_after(api, issued):
    issued.key.rate_per_minute = 3
    issued.key.save()
    codes = [api.get("/api/v1/me/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    response = api.get("/api/v1/me/")
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response.json()["error"] == "throttled"


def test_staff_page_shows_a_new_key_once_and_revokes(partner_staff, partner):
    client = Client()
    client.force_login(partner_staff)
    page = client.post("/partners/keys/", {"action": "create", "name": "ERP", "can_read": "on"})
    assert page.status_code == 200
    secret = page.context["issued"].secret
    assert secret in page.content.decode()
    assert Api(secret).get("/api/v1/me/").status_code == 200
    again = client.get("/partners/keys/")
    assert secret not in again.content.decode()
    key = partner.api_keys.get()
    client.post("/partners/keys/", {"action": "revoke", "key": str(key.pk)})
    assert Api(secret).get("/api/v1/me/").status_code == 401
    assert client.post("/partners/keys/", {"action": "revoke", "key": "999999"}).status_code == 404


def test_students_cannot_open_the_keys_page():
    client = Client()
    client.force_login(make_student())
    assert client.get("/partners/keys/").status_code == 403


# --- outbound --------------------------------------------------------------------------------


def test_postings_feed_pages_with_a_cursor_and_json_ld(api):
    company = make_company(specialised=True)
    jobs = [make_job(company, f"岗位{i}") for i in range(5)]
    make_job(company, "草稿", publish=False)
    seen, cursor = [], None
    while True:
        response = api.get("/api/v1/postings/", {"page_size": 2, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200
        body = response.json()
        seen += body["results"]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert sorted(p["id"] for p in seen) == sorted(j.pk for j in jobs)
    first = seen[0]
    assert first["json_ld"]["@type"] == "JobPosting"
    assert first["company"]["specialised"] is True and first["company"]["verified"] is True
    assert first["region"]["code"] == "320500" and first["field_codes"] == ["ai"]
    assert first["campaign"]["slug"] == "test-2025"
    assert api.get("/api/v1/postings/", {"cursor": "garbage!"}).status_code == 400
    assert api.get("/api/v1/postings/", {"page_size": "0"}).status_code == 400


def test_etag_answers_304_when_nothing_changed(api):
    make_job(make_company())
    first = api.get("/api/v1/postings/")
    etag = first["ETag"]
    again = api.get("/api/v1/postings/", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again["ETag"] == etag
    JobPosting.objects.update(title="新标题")
    assert api.get("/api/v1/postings/", headers={"If-None-Match": etag}).status_code == 200


def test_incremental_sync_returns_tombstones_for_closed_postings(api):
    company = make_company()
    recruiter = make_recruiter(company)
    keep, gone = make_job(company, "保留"), make_job(company, "关闭")
    since = timezone.now()
    close_job(gone, by=recruiter)
    body = api.get("/api/v1/postings/", {"updated_since": since.isoformat()}).json()
    assert body["results"] == []
    assert [(t["id"], t["status"]) for t in body["tombstones"]] == [(gone.pk, "closed")]
    assert keep.pk not in [t["id"] for t in body["tombstones"]]
    assert api.get("/api/v1/postings/", {"updated_since": "yesterday"}).status_code == 400
    assert api.get(f"/api/v1/postings/{gone.pk}/").status_code == 404


def test_sessions_and_events_carry_the_partners_own_tracked_link(api, partner):
    company = make_company()
    now = timezone.now()
    session = LiveSession.objects.create(
        campaign=make_campaign(),
        company=company,
        title="直播带岗",
        starts_at=now,
        ends_at=now + dt.timedelta(hours=1),
    )
    item = api.get("/api/v1/sessions/").json()["results"][0]
    link = ShortLink.objects.get(organisation=partner, purpose=ShortLink.Purpose.LIVE)
    assert item["join_url"] == f"http://testserver/q/{link.code}"
    followed = Client().get(f"/q/{link.code}")
    assert followed.status_code == 302 and followed["Location"].endswith(f"/live/{session.pk}/")
    assert api.get("/api/v1/sessions/", {"state": "bogus"}).status_code == 400
    assert api.get("/api/v1/companies/").json()["results"][0]["id"] == company.pk


# --- inbound ---------------------------------------------------------------------------------


def posting_body(company: Organisation, **extra: object) -> dict[str, object]:
    return {
        "company_credit_code": company.credit_code,
        "title": "前端工程师",
        "description": "负责小程序开发。",
        "region_code": "320500",
        "field_codes": ["ai"],
        "headcount": 2,
        "salary_min": 9000,
        "salary_max": 15000,
        "contact_name": "人事部",
        "contact_phone": "0512-66668888",
        **extra,
    }


def test_inbound_posting_is_idempotent_and_published_only_when_approved(api, partner):
    company = make_company()
    reviewer = User.objects.create_superuser("root", password="pw", role=User.Role.ADMIN)
    created = api.put("/api/v1/inbound/postings/ZL-1/", posting_body(company))
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["status"] == "pending" and body["created"] is True and body["url"] is None
    again = api.put("/api/v1/inbound/postings/ZL-1/", posting_body(company))
    assert again.status_code == 200 and again.json()["version"] == body["version"]
    assert JobPosting.objects.count() == 1
    assert api.get("/api/v1/postings/").json()["results"] == []  # not before review

    job = JobPosting.objects.get()
    decide_posting(job.pk, version=job.version, outcome="rejected", reason="薪资描述不清", by=reviewer)
    state = api.get("/api/v1/inbound/postings/ZL-1/").json()
    assert state["status"] == "rejected" and state["decisions"][0]["reason"] == "薪资描述不清"

    fixed = api.put("/api/v1/inbound/postings/ZL-1/", posting_body(company, salary_min=10000))
    assert fixed.json()["status"] == "pending" and fixed.json()["version"] == 2
    job.refresh_from_db()
    decide_posting(job.pk, version=job.version, outcome="approved", reason="", by=reviewer)
    assert [p["id"] for p in api.get("/api/v1/postings/").json()["results"]] == [job.pk]
    assert AuditEntry.objects.filter(action="partners.posting.created").count() == 1
    assert AuditEntry.objects.filter(action="partners.posting.updated").count() == 1


def test_inbound_posting_shows_screening_findings_and_refuses_bad_input(api):
    company = make_company()
    response = api.put("/api/v1/inbound/postings/ZL-2/", posting_body(company, region_code="999999"))
    assert response.status_code == 400 and response.json()["fields"] == {
        "region_code": ["不是有效的 GB/T 2260 行政区划代码。"]
    }
    assert (
        api.put("/api/v1/inbound/postings/ZL-2/", posting_body(company, salary_min=20000)).status_code == 400
    )
    unknown = posting_body(company, company_credit_code="91310000MA1FL0000X")
    assert api.put("/api/v1/inbound/postings/ZL-2/", unknown).status_code == 400
    assert api.get("/api/v1/inbound/postings/nothing/").status_code == 404


# --- figures ---------------------------------------------------------------------------------


def test_weekly_figures_fill_the_partners_attachment_3_marked(api, partner, partner_staff):
    response = api.put(
        "/api/v1/figures/2025-10-13/", {"registrations": 120, "postings": 40, "applications": 300}
    )
    assert response.status_code == 201, response.content
    api.put("/api/v1/figures/2025-10-06/", {"registrations": 10, "postings": 4, "applications": 30})
    assert (
        api.put(
            "/api/v1/figures/2025-10-14/", {"registrations": 1, "postings": 1, "applications": 1}
        ).status_code
        == 400
    )
    assert (
        api.put(
            "/api/v1/figures/2031-01-06/", {"registrations": 1, "postings": 1, "applications": 1}
        ).status_code
        == 400
    )

    client = Client()
    client.force_login(partner_staff)
    page = client.get("/reports/weekly/2025-10-13/")
    assert page.status_code == 200, page.content[:300]
    rows = {str(label): (week, total) for label, week, total in page.context["figures"]}
    assert rows["发布岗位数（含合作平台自报）"] == (40, 44)
    assert rows["投递（含合作平台自报）"] == (300, 330)
    assert rows["合作平台站内注册人数（合作平台自报）"] == (120, 130)
    assert "合作平台自报" in page.content.decode()
    assert AuditEntry.objects.filter(action="partners.figures.submitted").count() == 2


# --- graduates -------------------------------------------------------------------------------


def test_graduates_are_shared_only_with_consent_and_every_share_is_logged(api, partner):
    PrivacyNotice.objects.create(version="1", body="…", published_at=timezone.now())
    agreed, silent = make_student("agreed"), make_student("silent")
    set_sharing(agreed, True)
    shared = api.get("/api/v1/graduates/").json()["results"]
    assert [g["id"] for g in shared] == [agreed.pk]
    assert "phone" not in shared[0]
    assert list(GraduateShare.objects.values_list("graduate_id", "partner_id")) == [(agreed.pk, partner.pk)]
    set_sharing(agreed, False)
    assert api.get("/api/v1/graduates/").json()["results"] == []
    exported = exporters()["partner_shares"](agreed).data  # the graduate's own data export
    assert [row["partner__name"] for row in exported] == ["智联招聘"]
    assert silent.pk not in [g["id"] for g in shared]


# --- the document ----------------------------------------------------------------------------


def test_the_committed_openapi_document_is_current(tmp_path):
    generated = tmp_path / "openapi.yaml"
    call_command("spectacular", "--file", str(generated), "--lang", "zh-hans", "--validate", "--fail-on-warn")
    committed = ROOT / "docs" / "openapi.yaml"
    assert yaml.safe_load(generated.read_text()) == yaml.safe_load(committed.read_text()), (
        "docs/openapi.yaml is stale: run "
        "DEBUG=true python manage.py spectacular --lang zh-hans --file docs/openapi.yaml"
    )


def test_the_schema_and_the_reference_page_are_public():
    client = Client()
    schema = client.get("/api/v1/schema/")
    assert schema.status_code == 200
    assert "/api/v1/postings/" in yaml.safe_load(schema.content)["paths"]
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "GET /api/v1/postings/" in html and "cdn" not in html.lower()


def test_the_fast_posting_form_equals_the_serializer(settings):
    from rest_framework.renderers import JSONRenderer

    from partners import feeds
    from partners.api.serializers import PostingSerializer, posting_dict

    settings.SITE_URL = "https://shanhai.example"
    company = make_company(specialised=True)
    make_job(company, "实习生", kind=JobPosting.Kind.INTERNSHIP, accommodation=True, internship_months=3)
    make_job(company, "工程师", expires_on=dt.date(2030, 1, 31), education=JobPosting.Education.ANY)
    render = JSONRenderer().render
    jobs = list(feeds.postings(None))
    codes, phases = feeds.field_codes(jobs), feeds.phase_names(jobs)
    assert len(jobs) == 2
    for job in jobs:
        by_hand = render(posting_dict(job, settings.SITE_URL, codes[job.pk], phases[job.pk]))
        assert json.loads(by_hand) == json.loads(render(PostingSerializer(job).data))
