"""A student downloads everything kept about them: the zip holds each section and the resume."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

from django.core.files.base import ContentFile
from django.urls import reverse

from booking.models import Event, Registration
from jobs.models import ApplicationEvent
from jobs.services import apply
from livestream.models import ChatMessage, LiveSession, Question
from privacy import services
from privacy.models import PrivacyNotice
from tests.factories import make_campaign, make_company, make_job, make_student, make_university

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_the_export_zip_holds_everything_kept_about_the_student(db, client):
    from django.utils import timezone

    campaign = make_campaign()
    company = make_company()
    job = make_job(company)
    alice = make_student("alice")
    alice.phone = "13912345678"
    alice.email = "alice@example.com"
    alice.save()
    profile = alice.graduate_profile
    profile.resume.save("cv.pdf", ContentFile(PDF))
    application = apply(alice, job).application
    other = make_student("bob")
    apply(other, job)
    notice = PrivacyNotice.objects.create(version="2026.1", body="政策", published_at=timezone.now())
    services.record_consent(alice, notice)
    services.set_sharing(alice, True)
    event = Event.objects.create(
        campaign=campaign,
        kind=Event.Kind.CAMPUS,
        organiser=make_university("示范大学二"),
        title="宣讲会",
        starts_at=timezone.now(),
        ends_at=timezone.now() + dt.timedelta(hours=1),
        capacity=10,
    )
    Registration.objects.create(event=event, student=alice, status="confirmed", ticket_code="T1234567")
    session = LiveSession.objects.create(
        campaign=campaign,
        company=company,
        title="直播宣讲",
        starts_at=timezone.now(),
        ends_at=timezone.now() + dt.timedelta(hours=1),
    )
    ChatMessage.objects.create(session=session, author=alice, body="你好，请问实习多久？")
    Question.objects.create(session=session, author=alice, body="是否提供住宿？")

    client.force_login(alice)
    response = client.post(reverse("privacy:export"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = set(archive.namelist())
    for section in (
        "account",
        "profile",
        "applications",
        "registrations",
        "live_chat",
        "consents",
        "manifest",
    ):
        assert f"{section}.json" in names
    load = lambda name: json.loads(archive.read(name))  # noqa: E731
    assert load("account.json")["phone"] == "13912345678"
    assert load("profile.json")["full_name"] == profile.full_name
    (applied,) = load("applications.json")
    assert applied["job__title"] == job.title
    statuses = list(ApplicationEvent.objects.filter(application=application).values_list("status", flat=True))
    assert [h["status"] for h in applied["history"]] == statuses
    assert load("registrations.json")[0]["ticket_code"] == "T1234567"
    chat = load("live_chat.json")
    assert (
        chat["messages"][0]["body"] == "你好，请问实习多久？"
        and chat["questions"][0]["body"] == "是否提供住宿？"
    )
    assert {c["kind"] for c in load("consents.json")} == {"notice", "sharing"}
    (resume,) = [n for n in names if n.startswith("files/resume/")]
    assert archive.read(resume) == PDF
    # Nothing of another student.
    assert "bob" not in json.dumps([load(n) for n in names if n.endswith(".json")], ensure_ascii=False)


def test_the_export_needs_sign_in_and_a_post(db, client):
    assert client.post(reverse("privacy:export")).status_code == 302
    client.force_login(make_student("alice"))
    assert client.get(reverse("privacy:export")).status_code == 302
