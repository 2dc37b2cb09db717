"""Two-factor sign-in (TOTP + recovery codes) is required for reviewers, university and department
staff and administrators; other roles sign in as before."""

from __future__ import annotations

import re
import time

import pytest
import time_machine
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import User
from accounts.testing import totp_device, totp_token
from directory.models import Organisation
from tests.factories import make_company, make_recruiter, make_student, make_university

PASSWORD = "Str0ng-pass-2025"


def user_with_role(role: str) -> User:
    organisation = {
        "reviewer": lambda: Organisation.objects.create(
            kind=Organisation.Kind.SME_DEPARTMENT, name="江苏省中小企业主管部门", region_id="320000"
        ),
        "university_staff": make_university,
        "partner_staff": lambda: Organisation.objects.create(
            kind=Organisation.Kind.PARTNER_PLATFORM, name="智联"
        ),
        "recruiter": make_company,
    }.get(role)
    user = User.objects.create_user(
        f"u-{role}", password=PASSWORD, role=role, organisation=organisation() if organisation else None
    )
    return user


def password_login(client, user: User):
    return client.post(reverse("accounts:login"), {"username": user.username, "password": PASSWORD})


@pytest.mark.real_two_factor
@pytest.mark.parametrize("role", ["reviewer", "university_staff", "admin"])
def test_staff_roles_must_set_up_and_use_a_second_factor(db, client, role):
    user = user_with_role(role)
    password_login(client, user)
    # Signed in by password, but every page leads to the second step first.
    home = client.get(reverse("accounts:home"))
    assert home.status_code == 302 and home["Location"].startswith(reverse("accounts:two_factor"))
    admin = client.get("/admin/")
    assert admin["Location"].startswith(reverse("accounts:two_factor"))
    setup = client.get(home["Location"], headers={"Accept-Language": "zh-hans"})
    assert "data:image/svg+xml;base64," in setup.content.decode() and "两步" in setup.content.decode()
    pending = TOTPDevice.objects.get(user=user, confirmed=False)
    wrong = "000000" if totp_token(pending) != "000000" else "111111"
    assert client.post(reverse("accounts:two_factor"), {"token": wrong}).status_code == 400
    time.sleep(1.1)  # django-otp throttles a device after a failure (1 s, then doubling)
    codes_page = client.post(reverse("accounts:two_factor"), {"token": totp_token(pending), "next": "/org/"})
    codes = re.findall(r"<li><code>(\w+)</code></li>", codes_page.content.decode())
    assert len(codes) == 10
    assert client.get(reverse("accounts:home")).status_code == 302  # home redirects by role, not to 2FA
    assert not client.get(reverse("accounts:home"))["Location"].startswith(reverse("accounts:two_factor"))

    # Next sign-in: a recovery code works once.
    client.post(reverse("accounts:logout"))
    password_login(client, user)
    assert client.get(reverse("accounts:home"))["Location"].startswith(reverse("accounts:two_factor"))
    assert client.post(reverse("accounts:two_factor"), {"token": codes[0]}).status_code == 302
    client.post(reverse("accounts:logout"))
    password_login(client, user)
    assert client.post(reverse("accounts:two_factor"), {"token": codes[0]}).status_code == 400
    # A failed recovery code does not throttle the authenticator; its next code (a code is
    # accepted once: the one used at set-up is refused in the same 30 s) signs in.
    with time_machine.travel(time.time() + 31):
        assert (
            client.post(reverse("accounts:two_factor"), {"token": totp_token(totp_device(user))}).status_code
            == 302
        )


@pytest.mark.real_two_factor
@pytest.mark.parametrize("role", ["student", "recruiter", "partner_staff"])
def test_other_roles_sign_in_without_a_second_factor(db, client, role):
    user = user_with_role(role)
    password_login(client, user)
    response = client.get(reverse("accounts:home"))
    assert not response["Location"].startswith(reverse("accounts:two_factor"))


@pytest.mark.real_two_factor
def test_a_session_without_a_verified_device_is_refused_even_with_a_confirmed_device(db, client):
    reviewer = user_with_role("reviewer")
    totp_device(reviewer)
    client.force_login(reviewer)  # no second step taken in this session
    assert client.get("/admin/")["Location"].startswith(reverse("accounts:two_factor"))
    page = client.get(reverse("accounts:two_factor")).content.decode()
    assert "data:image/svg" not in page  # asks for the code, does not offer a new set-up


def test_the_test_helper_signs_staff_in_with_a_verified_device(db, client):
    """Without the marker, tests of other features sign staff in as before (accounts/testing.py)."""
    reviewer = user_with_role("reviewer")
    client.force_login(reviewer)
    assert not client.get(reverse("accounts:home"))["Location"].startswith(reverse("accounts:two_factor"))
    make_recruiter(make_company("另一家公司"), "bob")
    make_student()
