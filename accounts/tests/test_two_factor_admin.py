"""The admin site lists two-factor devices and can remove one (a staff member who lost their phone
enrols again on the product's own page), but no administrator sees another person's TOTP secret,
its QR code or their recovery codes; and no device URL answers with a server error."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import User
from tests.factories import make_university

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    admin = User.objects.create_superuser("root", password="pw", role=User.Role.ADMIN)
    client.force_login(admin)
    return client


@pytest.fixture
def reviewer_devices():
    reviewer = User.objects.create_user(
        "career", password="pw", role=User.Role.UNIVERSITY_STAFF, organisation=make_university()
    )
    totp = TOTPDevice.objects.create(user=reviewer, name="手机", confirmed=True)
    static = StaticDevice.objects.create(user=reviewer, name="backup", confirmed=True)
    StaticToken.objects.create(device=static, token="q7rk2mzx")
    return totp, static


def secrets_of(totp: TOTPDevice) -> list[str]:
    return [totp.key, totp.config_url.split("secret=")[1].split("&")[0]]


def test_the_qr_code_and_config_pages_of_another_persons_authenticator_are_gone(
    admin_client, reviewer_devices
):
    totp, _ = reviewer_devices
    for name in ("admin:otp_totp_totpdevice_qrcode", "admin:otp_totp_totpdevice_config"):
        with pytest.raises(NoReverseMatch):
            reverse(name, args=[totp.pk])
    for url in (
        f"/admin/otp_totp/totpdevice/{totp.pk}/qrcode/",
        f"/admin/otp_totp/totpdevice/{totp.pk}/config/",
        f"/admin/otp_totp/totpdevice/{2**63}/qrcode/",
        f"/admin/otp_totp/totpdevice/{10**30}/config/",
        "/admin/otp_totp/totpdevice/text/qrcode/",
    ):
        response = admin_client.get(url, follow=True)
        assert response.status_code == 200  # the admin's "does not exist" redirect to the index
        assert response.get("Content-Type", "").startswith("text/html")
        assert all(secret not in response.content.decode() for secret in secrets_of(totp))


def test_the_device_pages_show_no_secret_and_cannot_add_or_edit_one(admin_client, reviewer_devices):
    totp, static = reviewer_devices
    pages = [
        reverse("admin:otp_totp_totpdevice_changelist"),
        reverse("admin:otp_totp_totpdevice_change", args=[totp.pk]),
        reverse("admin:otp_static_staticdevice_changelist"),
        reverse("admin:otp_static_staticdevice_change", args=[static.pk]),
        reverse("admin:otp_totp_totpdevice_delete", args=[totp.pk]),
        reverse("admin:otp_static_staticdevice_delete", args=[static.pk]),  # lists the tokens it deletes
    ]
    for url in pages:
        response = admin_client.get(url)
        assert response.status_code == 200
        body = response.content.decode()
        assert "手机" in body or "backup" in body or "career" in body
        for secret in [*secrets_of(totp), "q7rk2mzx"]:
            assert secret not in body, url
    # An administrator cannot mint a device (and so know its secret) for someone else, nor edit one.
    assert admin_client.get(reverse("admin:otp_totp_totpdevice_add")).status_code == 403
    assert admin_client.get(reverse("admin:otp_static_staticdevice_add")).status_code == 403
    key = totp.key
    admin_client.post(
        reverse("admin:otp_totp_totpdevice_change", args=[totp.pk]),
        {"user": totp.user_id, "name": "x", "key": "00" * 20, "step": 30, "t0": 0, "digits": 6},
    )
    totp.refresh_from_db()
    assert (totp.key, totp.name) == (key, "手机")


def test_an_administrator_can_remove_a_lost_authenticator(admin_client, reviewer_devices):
    totp, static = reviewer_devices
    response = admin_client.post(reverse("admin:otp_totp_totpdevice_delete", args=[totp.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(pk=totp.pk).exists()
    admin_client.post(reverse("admin:otp_static_staticdevice_delete", args=[static.pk]), {"post": "yes"})
    assert not StaticDevice.objects.filter(pk=static.pk).exists()
    assert not StaticToken.objects.exists()
