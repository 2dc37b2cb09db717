"""Attachment 1 per campaign: each campaign has its own codes; an earlier campaign's sheet stays
readable with ``?campaign=<slug>``, and an unknown campaign is said to be unknown."""

from __future__ import annotations

import datetime as dt

import pytest

from campaigns.models import Campaign, Phase
from qr.models import ShortLink
from qr.services import links


@pytest.fixture
def next_campaign(db):
    campaign = Campaign.objects.create(slug="test-2026", name="2026年百日招聘", theme="新一届")
    first, last = dt.date(2026, 4, 1), dt.date(2026, 6, 30)
    Phase.objects.create(campaign=campaign, number=1, name="第一阶段", starts_on=first, ends_on=last)
    return campaign


def zone_code(campaign: Campaign, university) -> str:
    return links.link_for(campaign, university, ShortLink.Purpose.ZONE, "/", university.name).code


def test_the_sheet_shows_the_current_campaigns_codes_and_an_earlier_one_on_request(
    client, staff, university, campaign, next_campaign
):
    old, new = zone_code(campaign, university), zone_code(next_campaign, university)
    client.force_login(staff)
    current = client.get("/links/").content.decode()
    assert new in current and old not in current
    earlier = client.get("/links/", {"campaign": campaign.slug}).content.decode()
    assert old in earlier and new not in earlier
    assert f'href="/links/attachment-1.pdf?campaign={campaign.slug}"' in earlier
    assert 'name="campaign"' in earlier  # the picker, with a button (no inline script)


def test_an_unknown_campaign_is_refused_with_its_name(client, staff, campaign):
    client.force_login(staff)
    response = client.get("/links/", {"campaign": "no-such"}, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code in (400, 404)
    assert "no-such" in response.content.decode()
