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


def test_the_mobile_is_masked_until_asked_for_and_each_reveal_is_shown_to_the_student(db, client):
    make_campaign()
    company = make_company("灵思智能科技有限公司")
    job = make_job(company)
    alice = make_student("alice")
    profile = alice.graduate_profile
    profile.phone = "13812341234"
    profile.save(update_fields=["phone"])
    application = apply(alice, job).application
    page_url = reverse("jobs:recruit_application", args=[application.pk])
    reveal_url = reverse("jobs:recruit_application_mobile", args=[application.pk])

    bob = make_recruiter(company, "bob")
    client.force_login(bob)
    page = client.get(page_url, headers={"Accept-Language": "zh-hans"}).content.decode()
    assert "138****1234" in page and "13812341234" not in page
    assert "显示完整号码" in page and reveal_url in page
    assert not ResumeRead.objects.exists()  # looking at the page discloses nothing
    assert client.get(reveal_url).status_code == 405  # a reveal is a POST, never a link a crawler follows

    revealed = client.post(reveal_url, headers={"Accept-Language": "zh-hans"})
    assert revealed.status_code == 200 and "13812341234" in revealed.content.decode()
    read = ResumeRead.objects.get()
    assert (read.reader, read.organisation, read.item) == (bob, company, ResumeRead.Item.MOBILE)

    # Another company's recruiter and a student get nothing, and nothing is logged.
    client.force_login(make_recruiter(make_company("别家科技有限公司"), "eve"))
    refused = client.post(reveal_url)
    assert refused.status_code == 404 and "13812341234" not in refused.content.decode()
    client.force_login(make_student("mallory"))
    assert client.post(reveal_url).status_code in (403, 404)
    assert ResumeRead.objects.count() == 1

    client.force_login(alice)
    page = client.get(
        reverse("jobs:my_resume_reads"), headers={"Accept-Language": "zh-hans"}
    ).content.decode()
    assert "灵思智能科技有限公司" in page and 'data-item="mobile"' in page and "手机号码" in page
