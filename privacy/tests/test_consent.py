"""The privacy notice is versioned data; consent is recorded with version and time; a new version
asks again; the sharing consent is separate and revocable."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from privacy import services
from privacy.models import Consent, PrivacyNotice


@pytest.fixture
def notice(db):
    return PrivacyNotice.objects.create(
        version="2026.1",
        body="我们收集您的手机号和简历，用于求职。",
        published_at=timezone.now() - dt.timedelta(days=1),
    )


def sign_up(client):
    return client.post(
        reverse("accounts:register"),
        {
            "username": "xiaoming",
            "email": "",
            "password1": "Str0ng-pass-2025",
            "password2": "Str0ng-pass-2025",
        },
        follow=True,
    )


def test_sign_up_shows_the_notice_and_records_consent_with_version_and_time(notice, client):
    response = sign_up(client)
    assert response.redirect_chain[-1][0].startswith(reverse("privacy:consent"))
    assert "我们收集您的手机号和简历" in response.content.decode()
    user = User.objects.get(username="xiaoming")
    # Without agreeing, every page leads back to the notice.
    assert client.get(reverse("accounts:profile"))["Location"].startswith(reverse("privacy:consent"))
    refused = client.post(reverse("privacy:consent"), {"next": reverse("accounts:profile")})
    assert refused.status_code == 200 and not Consent.objects.exists()
    before = timezone.now()
    agreed = client.post(reverse("privacy:consent"), {"agree": "on", "next": reverse("accounts:profile")})
    assert agreed["Location"] == reverse("accounts:profile")
    consent = Consent.objects.get(user=user)
    assert consent.kind == "notice" and consent.notice.version == "2026.1" and consent.given_at >= before
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_a_new_version_asks_again_on_the_next_request(notice, client):
    user = User.objects.create_user("lihua", password="x")
    services.record_consent(user, notice)
    client.force_login(user)
    assert client.get(reverse("accounts:profile")).status_code == 200
    PrivacyNotice.objects.create(
        version="2026.2", body="新增：合作平台共享需单独同意。", published_at=timezone.now()
    )
    response = client.get(reverse("accounts:profile"))
    assert response["Location"].startswith(reverse("privacy:consent"))
    page = client.get(response["Location"]).content.decode()
    assert "新增：合作平台共享需单独同意" in page
    client.post(reverse("privacy:consent"), {"agree": "on"})
    assert set(Consent.objects.filter(user=user).values_list("notice__version", flat=True)) == {
        "2026.1",
        "2026.2",
    }


def test_a_notice_not_yet_published_asks_nobody(notice, client):
    user = User.objects.create_user("lihua", password="x")
    services.record_consent(user, notice)
    PrivacyNotice.objects.create(
        version="2027.1", body="future", published_at=timezone.now() + dt.timedelta(days=3)
    )
    client.force_login(user)
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_sharing_consent_is_separate_and_revocable(notice, client):
    user = User.objects.create_user("lihua", password="x")
    services.record_consent(user, notice)
    client.force_login(user)
    assert not services.sharing_allowed(user)  # agreeing to the notice does not share anything
    client.post(reverse("privacy:sharing"), {"share": "on"})
    assert services.sharing_allowed(user)
    client.post(reverse("privacy:sharing"), {})
    assert not services.sharing_allowed(user)
    rows = Consent.objects.filter(user=user, kind="sharing")
    assert rows.count() == 1 and rows.get().withdrawn_at is not None  # the history is kept


def test_the_notice_page_is_public(notice, client):
    assert "我们收集您的手机号和简历" in client.get(reverse("privacy:notice")).content.decode()


def test_hostile_next_and_sharing_without_a_notice_answer_without_a_server_error(db, client):
    # Found by tests/test_url_walk.py: a bare word as ``next`` was taken for a URL name (500), and
    # agreeing to share before any notice was published raised (500).
    user = User.objects.create_user("lihua", password="x")
    client.force_login(user)
    assert client.get(reverse("privacy:consent"), {"next": "text"}).status_code == 302
    assert client.post(reverse("privacy:sharing"), {"share": "on"}).status_code == 409
    assert not services.sharing_allowed(user)
