"""Signed tokens: tampered, expired and cross-purpose tokens are refused, each with its own reason."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from livestream.services.share import join_url
from livestream.tests.conftest import make_session
from qr.tokens import TokenError, make_token, read_token
from tests.factories import make_company, make_job

HOUR = dt.timedelta(hours=1)


def test_a_token_reads_back_for_its_purpose():
    token = make_token("ticket", {"r": 42}, valid_for=HOUR)
    assert read_token("ticket", token).value == {"r": 42}


@pytest.mark.parametrize("position", [0, 10, -1, -5])
def test_a_tampered_token_is_refused(position):
    token = make_token("ticket", {"r": 42}, valid_for=HOUR)
    flipped = "A" if token[position] != "A" else "B"
    tampered = token[:position] + flipped + (token[position + 1 :] if position != -1 else "")
    with pytest.raises(TokenError) as caught:
        read_token("ticket", tampered)
    assert caught.value.reason == "tampered"


@pytest.mark.parametrize("garbage", ["", "abc", "a:b:c", "😀" * 10, "x" * 5000])
def test_garbage_is_refused_as_tampered(garbage):
    with pytest.raises(TokenError) as caught:
        read_token("ticket", garbage)
    assert caught.value.reason == "tampered"


def test_an_expired_token_says_it_expired():
    token = make_token("ticket", {"r": 42}, valid_for=HOUR)
    later = timezone.now() + HOUR + dt.timedelta(seconds=1)
    with time_machine.travel(later), pytest.raises(TokenError) as caught:
        read_token("ticket", token)
    assert caught.value.reason == "expired"


def test_a_token_made_for_one_purpose_is_refused_for_another():
    token = make_token("ticket", {"r": 42}, valid_for=HOUR)
    with pytest.raises(TokenError) as caught:
        read_token("live.join", token)
    assert caught.value.reason == "wrong_purpose"


def test_unknown_purposes_cannot_be_minted():
    with pytest.raises(ValueError):
        make_token("anything", 1, valid_for=HOUR)


@pytest.fixture
def session(db):
    company = make_company()
    return make_session(company, [make_job(company)])


def test_a_join_link_opens_its_session(client, session):
    url = join_url(session, "http://testserver")
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 302 and response["Location"] == f"/live/{session.pk}/"


@pytest.mark.parametrize(
    ("make", "text"),
    [
        (lambda s: join_url(s, "")[:-3] + "xyz", "链接或二维码无效"),
        (lambda s: "/join/" + make_token("ticket", {"s": s.pk}, valid_for=HOUR), "不能在这里使用"),
    ],
)
def test_bad_join_links_get_a_clear_400_page(client, session, make, text):
    response = client.get(make(session))
    assert response.status_code == 400
    assert text in response.content.decode()


def test_an_expired_join_link_says_it_expired(client, session):
    url = join_url(session, "")
    with time_machine.travel(session.ends_at + dt.timedelta(days=8)):
        response = client.get(url)
    assert response.status_code == 400 and "已过期" in response.content.decode()
