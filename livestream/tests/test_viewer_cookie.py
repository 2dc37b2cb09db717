"""The live page hands out the anonymous viewer id: signed by the server, so a script cannot
choose who it counts as, and an altered or home-made cookie is replaced."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from livestream.models import LiveSession
from livestream.services import sessions
from tests.factories import make_campaign, make_company

pytestmark = pytest.mark.django_db


@pytest.fixture
def live(db):
    now = timezone.now()
    return LiveSession.objects.create(
        campaign=make_campaign(),
        company=make_company(),
        title="直播带岗",
        state="live",
        starts_at=now - dt.timedelta(minutes=5),
        ends_at=now + dt.timedelta(hours=1),
    )


def test_a_first_visit_gets_a_viewer_id_the_server_signed(client, live):
    cookie = client.get(f"/live/{live.pk}/").cookies["lv"].value
    assert sessions.verified_viewer_id(cookie)


def test_a_signed_viewer_id_is_kept(client, live):
    cookie = sessions.issue_viewer_id()
    client.cookies["lv"] = cookie
    assert "lv" not in client.get(f"/live/{live.pk}/").cookies


@pytest.mark.parametrize("forged", ["0123456789abcdef", "x" * 40, sessions.issue_viewer_id()[:-2] + "zz"])
def test_a_home_made_or_altered_viewer_id_is_replaced(client, live, forged):
    client.cookies["lv"] = forged
    issued = client.get(f"/live/{live.pk}/").cookies["lv"].value
    assert issued != forged and sessions.verified_viewer_id(issued)
