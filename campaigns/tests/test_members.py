"""An administrator names a campaign's hosts, organisers, partner platforms and participants on
a page (each change audited); a partner's zone link appears in Attachment 1's partner section."""

from __future__ import annotations

import pytest

from accounts.models import User
from audit.models import AuditEntry
from campaigns.models import CampaignOrganisation
from directory.models import Organisation
from tests.factories import make_campaign

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    campaign = make_campaign()
    admin = User.objects.create_user("root", password="pw-root-12345", role=User.Role.ADMIN)
    ministry = Organisation.objects.create(
        kind=Organisation.Kind.SME_DEPARTMENT, name="工业和信息化部", region_id="110000"
    )
    platform = Organisation.objects.create(
        kind=Organisation.Kind.PARTNER_PLATFORM, name="实习僧网", region_id="110000"
    )
    return campaign, admin, ministry, platform


def test_an_admin_adds_a_host_and_a_partner_with_its_zone_and_removes_one(client, world):
    campaign, admin, ministry, platform = world
    client.force_login(admin)
    url = f"/c/{campaign.slug}/organisations/"
    assert client.post(url, {"organisation": ministry.pk, "role": "host"}).status_code == 302
    zone = "https://www.shixiseng.com/shanhai"
    assert (
        client.post(url, {"organisation": platform.pk, "role": "partner", "zone_url": zone}).status_code
        == 302
    )
    page = client.get(url).content.decode()
    assert "工业和信息化部" in page and "实习僧网" in page and zone in page
    member = CampaignOrganisation.objects.get(campaign=campaign, organisation=platform)
    assert member.role == "partner" and member.zone_url == zone
    attachment = client.get("/links/").content.decode()
    assert "实习僧网" in attachment
    assert client.post(f"{url}{member.pk}/remove/").status_code == 302
    assert not CampaignOrganisation.objects.filter(pk=member.pk).exists()
    codes = list(
        AuditEntry.objects.filter(action__startswith="campaigns.member.").values_list("action", flat=True)
    )
    assert sorted(codes) == ["campaigns.member.added", "campaigns.member.added", "campaigns.member.removed"]


@pytest.mark.parametrize(
    ("role", "who", "zone", "message"),
    [
        ("partner", "ministry", "", "只有招聘平台可以作为参与平台"),
        ("boss", "ministry", "", "选择一个有效的选项"),
    ],
)
def test_a_wrong_role_is_refused_with_a_reason(client, world, role, who, zone, message):
    campaign, admin, ministry, platform = world
    client.force_login(admin)
    data = {
        "organisation": {"ministry": ministry, "platform": platform}[who].pk,
        "role": role,
        "zone_url": zone,
    }
    response = client.post(f"/c/{campaign.slug}/organisations/", data, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 400 and message in response.content.decode()
    assert not CampaignOrganisation.objects.exists()


def test_the_same_role_twice_is_refused(client, world):
    campaign, admin, ministry, _platform = world
    client.force_login(admin)
    url = f"/c/{campaign.slug}/organisations/"
    client.post(url, {"organisation": ministry.pk, "role": "host"})
    response = client.post(url, {"organisation": ministry.pk, "role": "host"}, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 400 and "已经担任这一角色" in response.content.decode()


def test_only_admins_manage_a_campaigns_organisations(client, world):
    campaign, _admin, ministry, _platform = world
    staff = User.objects.create_user(
        "dept", password="pw-dept-12345", role=User.Role.REVIEWER, organisation=ministry
    )
    client.force_login(staff)
    assert client.get(f"/c/{campaign.slug}/organisations/").status_code == 403
    assert (
        client.post(
            f"/c/{campaign.slug}/organisations/", {"organisation": ministry.pk, "role": "host"}
        ).status_code
        == 403
    )
    client.logout()
    assert client.get(f"/c/{campaign.slug}/organisations/").status_code == 302
