import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from accounts.models import GraduateProfile, User
from directory.models import Organisation
from tests.factories import make_credit_code, make_student, make_university

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def english(client):
    client.cookies.load({"django_language": "en"})
    return client


def company_form(**changes):
    data = {
        "username": "hr_zhang",
        "email": "hr@example.com",
        "password1": "Str0ng-pass-2025",
        "password2": "Str0ng-pass-2025",
        "company_name": "苏州协创机器人有限公司",
        "credit_code": make_credit_code(777),
        "region": "320500",
        "industry": "smart-manufacturing",
        "specialised": "on",
        "licence": SimpleUploadedFile("营业执照.pdf", PDF, content_type="application/pdf"),
    }
    data.update(changes)
    return data


def test_a_recruiter_registers_a_company(db, client):
    response = client.post(reverse("accounts:register_company"), company_form())
    assert response.status_code == 302
    user = User.objects.get(username="hr_zhang")
    assert user.role == "recruiter"
    assert (user.organisation.kind, user.organisation.specialised, user.organisation.region_id) == (
        "company",
        True,
        "320500",
    )


def test_an_invalid_credit_code_is_refused_on_its_field(db, english):
    bad = make_credit_code(777)[:-1] + ("0" if make_credit_code(777)[-1] != "0" else "1")
    response = english.post(reverse("accounts:register_company"), company_form(credit_code=bad))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["credit_code"]
    assert "credit code" in errors["credit_code"][0]
    assert not User.objects.filter(username="hr_zhang").exists()


def test_a_second_registration_of_the_same_company_is_refused(db, english):
    english.post(reverse("accounts:register_company"), company_form())
    english.logout()
    english.cookies.load({"django_language": "en"})
    response = english.post(reverse("accounts:register_company"), company_form(username="other_hr"))
    assert "already registered" in response.context["form"].errors["credit_code"][0]
    assert Organisation.objects.filter(kind="company").count() == 1


def profile_form(**changes):
    data = {
        "full_name": "王小丽",
        "major": "软件工程",
        "degree": "bachelor",
        "graduation_year": "2025",
        "phone": "13912345678",
        "preferred_regions": ["310000", "320500"],
        "preferred_fields": ["ai"],
        "seeking_employment": "on",
    }
    data.update(changes)
    return data


def test_a_student_signs_up_and_completes_the_profile_with_a_pdf(db, client):
    university = make_university()
    response = client.post(
        reverse("accounts:register"),
        {
            "username": "xiaoli",
            "password1": "Str0ng-pass-2025",
            "password2": "Str0ng-pass-2025",
            "next": "/jobs/1/",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile") + "?next=%2Fjobs%2F1%2F"
    resume = SimpleUploadedFile("我的简历.pdf", PDF, content_type="application/pdf")
    response = client.post(
        reverse("accounts:profile"),
        {**profile_form(university=university.pk), "resume": resume, "next": "/jobs/1/"},
    )
    assert response.status_code == 302 and response["Location"] == "/jobs/1/"
    profile = GraduateProfile.objects.get(user__username="xiaoli")
    assert profile.resume.name.startswith("resumes/") and "简历" not in profile.resume.name
    assert sorted(profile.preferred_regions.values_list("code", flat=True)) == ["310000", "320500"]
    assert client.get(reverse("accounts:resume")).getvalue() == PDF


def test_a_resume_that_is_not_a_pdf_is_refused(db, english):
    english.force_login(make_student(profile=False))
    university = make_university()
    fake = SimpleUploadedFile("cv.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = english.post(
        reverse("accounts:profile"), {**profile_form(university=university.pk), "resume": fake}
    )
    assert "must be a PDF" in response.context["form"].errors["resume"][0]
    assert not GraduateProfile.objects.exists()


@override_settings(RESUME_MAX_BYTES=1024)
def test_a_resume_over_the_size_limit_is_refused(db, english):
    english.force_login(make_student(profile=False))
    university = make_university()
    big = SimpleUploadedFile("cv.pdf", PDF + b"0" * 2048, content_type="application/pdf")
    response = english.post(
        reverse("accounts:profile"), {**profile_form(university=university.pk), "resume": big}
    )
    assert "larger than" in response.context["form"].errors["resume"][0]


def test_a_bad_phone_number_is_refused(db, english):
    english.force_login(make_student(profile=False))
    response = english.post(
        reverse("accounts:profile"), profile_form(university=make_university().pk, phone="12345")
    )
    assert "phone" in response.context["form"].errors


def test_staff_roles_need_an_organisation_of_their_kind(db):
    from django.core.exceptions import ValidationError

    user = User(username="u1", role=User.Role.UNIVERSITY_STAFF, organisation=make_university())
    user.clean()
    user.role = User.Role.RECRUITER
    with pytest.raises(ValidationError):
        user.clean()
