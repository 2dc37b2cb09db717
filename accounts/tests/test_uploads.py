"""Uploaded files are stored under names the server chooses and only ever leave as typed downloads."""

from __future__ import annotations

import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.tests.test_registration import PDF, company_form
from directory.models import Organisation
from jobs.models import Application
from review.tests.test_review import make_reviewer
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_student

pytestmark = pytest.mark.django_db

# A PDF by its first bytes, a web page by its name and the rest of its content.
PDF_THAT_IS_A_PAGE = (
    b"%PDF-1.4\n<html><body><h1 id=owned>Uploaded page</h1><script>alert(1)</script></body></html>"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def assert_is_a_typed_download(response, content_type: str, filename: str) -> None:
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def register_with_licence(client, name: str, content: bytes) -> Organisation:
    licence = SimpleUploadedFile(name, content, content_type="text/html")
    response = client.post(reverse("accounts:register_company"), company_form(licence=licence))
    assert response.status_code == 302
    return Organisation.objects.get(name="苏州协创机器人有限公司")


def test_a_licence_named_html_is_stored_under_a_random_name_with_the_extension_of_its_bytes(client):
    company = register_with_licence(client, "x.html", PDF_THAT_IS_A_PAGE)
    assert re.fullmatch(r"licences/[0-9a-f]{32}\.pdf", company.licence.name)


def test_the_reviewer_gets_the_licence_as_an_attachment_typed_from_its_bytes(client):
    company = register_with_licence(client, "x.html", PDF_THAT_IS_A_PAGE)
    client.force_login(make_reviewer())
    response = client.get(reverse("review:company_licence", args=[company.pk]))
    assert_is_a_typed_download(response, "application/pdf", f"licence-{company.pk}.pdf")
    assert response.getvalue() == PDF_THAT_IS_A_PAGE


def test_a_licence_stored_before_under_its_uploaded_name_is_served_typed_from_its_bytes(client):
    company = make_company()
    company.licence.name = default_storage.save("licences/0123abcd.html", ContentFile(PNG))
    company.save(update_fields=["licence"])
    client.force_login(make_reviewer())
    response = client.get(reverse("review:company_licence", args=[company.pk]))
    assert_is_a_typed_download(response, "image/png", f"licence-{company.pk}.png")


def test_a_file_of_no_accepted_type_saved_outside_the_forms_is_stored_and_served_as_bytes(client):
    company = make_company()
    company.licence.save("page.html", ContentFile(b"<html><script>alert(1)</script></html>"))
    assert re.fullmatch(r"licences/[0-9a-f]{32}\.bin", company.licence.name)
    client.force_login(make_reviewer())
    response = client.get(reverse("review:company_licence", args=[company.pk]))
    assert_is_a_typed_download(response, "application/octet-stream", f"licence-{company.pk}.bin")


def test_a_reviewer_of_another_region_cannot_download_the_licence(client):
    company = register_with_licence(client, "x.pdf", PDF)
    client.force_login(make_reviewer("zoe", region="110000"))
    assert client.get(reverse("review:company_licence", args=[company.pk])).status_code == 404


def test_the_recruiter_downloads_an_applicants_resume_and_no_other_company_can(client):
    make_campaign()
    company = make_company()
    job = make_job(company)
    student = make_student()
    profile = student.graduate_profile
    profile.resume.save("我的简历.pdf", ContentFile(PDF))
    assert re.fullmatch(r"resumes/[0-9a-f]{32}\.pdf", profile.resume.name)
    application = Application.objects.create(campaign=job.campaign, job=job, student=student, profile=profile)
    url = reverse("jobs:recruit_application_resume", args=[application.pk])

    client.force_login(make_recruiter(company))
    assert_is_a_typed_download(client.get(url), "application/pdf", f"resume-{application.pk}.pdf")
    client.force_login(make_recruiter(make_company("别家科技有限公司"), username="carol"))
    assert client.get(url).status_code == 404


def test_the_student_downloads_their_own_resume(client):
    student = make_student()
    student.graduate_profile.resume.save("cv.pdf", ContentFile(PDF))
    client.force_login(student)
    assert_is_a_typed_download(client.get(reverse("accounts:resume")), "application/pdf", "resume.pdf")
