"""An application keeps the resume it was sent with; every read is logged and shown to the student."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.urls import reverse

from accounts import services as accounts_services
from jobs.models import Application, ResumeRead
from jobs.services import apply
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_student

V1 = b"%PDF-1.4\n% version one\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
V2 = b"%PDF-1.4\n% version two\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def download(client, application):
    response = client.get(reverse("jobs:recruit_application_resume", args=[application.pk]))
    return response.status_code, b"".join(response.streaming_content) if response.status_code == 200 else b""


def test_the_company_sees_the_resume_as_sent_and_the_student_sees_who_read_it(db, client):
    make_campaign()
    company = make_company("灵思智能科技有限公司")
    rival = make_company("别家科技有限公司")
    job = make_job(company)
    alice = make_student("alice")
    profile = alice.graduate_profile
    profile.resume.save("cv.pdf", ContentFile(V1))
    application = apply(alice, job).application
    # A new resume afterwards replaces the profile's file (the old one is deleted from storage)...
    profile.resume = ContentFile(V2, name="cv2.pdf")
    accounts_services.save_profile(profile, [], [])
    # ...but the company still gets the version sent with the application.
    bob = make_recruiter(company, "bob")
    client.force_login(bob)
    assert download(client, application) == (200, V1)
    read = ResumeRead.objects.get()
    assert read.reader == bob and read.organisation == company and read.reader_role == "recruiter"

    # Another company's recruiter sees nothing, and nothing is logged.
    client.force_login(make_recruiter(rival, "eve"))
    assert download(client, application)[0] == 404
    assert ResumeRead.objects.count() == 1

    client.force_login(alice)
    page = client.get(
        reverse("jobs:my_resume_reads"), headers={"Accept-Language": "zh-hans"}
    ).content.decode()
    assert "谁看过我的简历" in page and "灵思智能科技有限公司" in page and "别家科技有限公司" not in page


def test_an_administrators_read_is_logged_too(db, client):
    from accounts.models import User

    make_campaign()
    job = make_job(make_company())
    alice = make_student("alice")
    alice.graduate_profile.resume.save("cv.pdf", ContentFile(V1))
    application = apply(alice, job).application
    root = User.objects.create_superuser("root", password="x", role=User.Role.ADMIN)
    client.force_login(root)
    assert download(client, application) == (200, V1)
    assert ResumeRead.objects.get().reader_role == "admin"
    client.force_login(alice)
    page = client.get(
        reverse("jobs:my_resume_reads"), headers={"Accept-Language": "zh-hans"}
    ).content.decode()
    assert "平台管理员" in page


def test_an_application_without_a_resume_keeps_none(db):
    make_campaign()
    job = make_job(make_company())
    application = apply(make_student("alice"), job).application
    assert not Application.objects.get(pk=application.pk).resume
