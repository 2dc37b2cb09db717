"""Password sign-in is locked per account and per client address (django-axes), with the wait."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_student

PASSWORD = "Str0ng-pass-2025"


@pytest.fixture
def alice(db):
    user = make_student("alice")
    user.set_password(PASSWORD)
    user.save()
    return user


def attempt(client, username: str, password: str, address: str = "203.0.113.5"):
    return client.post(
        reverse("accounts:login"),
        {"username": username, "password": password},
        headers={"X-Real-IP": address, "Accept-Language": "zh-hans"},
    )


def test_an_account_is_locked_after_five_failures_with_the_time_to_wait(alice, client):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for n in range(4):
            # From different addresses: the account's own count locks it.
            assert attempt(client, "alice", "wrong", address=f"203.0.113.{n + 1}").status_code == 200
        assert attempt(client, "alice", "wrong", address="203.0.113.9").status_code == 429  # the fifth
        response = attempt(client, "alice", PASSWORD, address="198.51.100.9")
        assert response.status_code == 429
        text = response.content.decode()
        assert "登录失败次数过多" in text and "15 分钟" in text, text[text.find("alert") :][:200]
        assert response["Retry-After"] == "900"
        assert "_auth_user_id" not in client.session
        clock.shift(dt.timedelta(minutes=5))
        assert "10 分钟" in attempt(client, "alice", PASSWORD, address="198.51.100.9").content.decode()
        clock.shift(dt.timedelta(minutes=11))
        response = attempt(client, "alice", PASSWORD, address="198.51.100.9")
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == alice.pk


def test_an_address_is_locked_after_five_failures_on_any_accounts(alice, client):
    make_student("bob")
    for n in range(5):
        attempt(client, f"nobody{n}", "wrong", address="203.0.113.50")
    assert attempt(client, "alice", PASSWORD, address="203.0.113.50").status_code == 429
    # Another client behind the same nginx signs in: the address counted is the real client's.
    response = attempt(client, "alice", PASSWORD, address="203.0.113.51")
    assert response.status_code == 302


def test_an_untrusted_peer_cannot_dodge_the_lock_by_forging_x_real_ip(alice, client):
    for n in range(5):
        client.post(
            reverse("accounts:login"),
            {"username": f"nobody{n}", "password": "wrong"},
            REMOTE_ADDR="198.51.100.77",
            headers={"X-Real-IP": f"10.0.0.{n}"},
        )
    response = client.post(
        reverse("accounts:login"),
        {"username": "alice", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.77",
        headers={"X-Real-IP": "10.0.0.99"},
    )
    assert response.status_code == 429


def test_ipv6_clients_are_counted_by_their_64_and_stored_as_an_address(alice, client):
    from axes.models import AccessAttempt

    for n in range(5):
        attempt(client, f"nobody{n}", "wrong", address=f"2001:db8:1:2::{n + 1}")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"2001:db8:1:2::"}
    assert attempt(client, "alice", PASSWORD, address="2001:db8:1:2::99").status_code == 429
    assert attempt(client, "alice", PASSWORD, address="2001:db8:1:3::1").status_code == 302
