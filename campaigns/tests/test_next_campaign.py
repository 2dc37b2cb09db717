"""Opening the next campaign from its page: validated phases, what carries over, the zone switching
by the calendar and the earlier campaign staying readable at its own address."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client

from accounts.models import User
from audit.models import AuditEntry
from campaigns.models import Campaign, CampaignOrganisation
from directory.models import Organisation
from livestream.models import LiveSession
from qr.models import LinkDailyCount, ShortLink
from qr.services import links
from reports.models import Contact
from tests.factories import make_campaign, make_company

SHANGHAI = ZoneInfo("Asia/Shanghai")
PASSWORD = "pw-campaigns-12345"
DURING_2025 = dt.datetime(2025, 12, 10, 10, 0, tzinfo=SHANGHAI)
FIRST_DAY_2026 = dt.datetime(2026, 4, 1, 9, 0, tzinfo=SHANGHAI)


def client_for(user: User) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert client.login(username=user.username, password=PASSWORD)
    return client


def form(slug: str = "test-2026", phases=None, source: str = "test-2025", **extra: str) -> dict[str, str]:
    phases = phases or [
        ("第一阶段", "2026-04-01", "2026-06-30"),
        ("第二阶段", "2026-10-08", "2026-12-31"),
    ]
    data = {
        "slug": slug,
        "name": "2026年全国中小企业网上百日招聘高校毕业生活动",
        "theme": "山海有约 职引未来",
        "notice_reference": "工信厅联企业〔2026〕12号",
        "summary": "",
        "carry_over_from": source,
        "phases-TOTAL_FORMS": "3",
        "phases-INITIAL_FORMS": "0",
        "phases-MIN_NUM_FORMS": "0",
        "phases-MAX_NUM_FORMS": "6",
        **extra,
    }
    for n, (name, first, last) in enumerate(phases):
        data |= {f"phases-{n}-name": name, f"phases-{n}-starts_on": first, f"phases-{n}-ends_on": last}
    return data


@pytest.fixture
def old(db):
    """The 2025 campaign with its organisations, links, a contact and an ended live session."""
    campaign = make_campaign()
    kind = Organisation.Kind
    ministry = Organisation.objects.create(kind=kind.SME_DEPARTMENT, name="工业和信息化部")
    partner = Organisation.objects.create(kind=kind.PARTNER_PLATFORM, name="智联招聘")
    university = Organisation.objects.create(kind=kind.UNIVERSITY, name="苏州示范大学", region_id="320500")
    role = CampaignOrganisation.Role
    CampaignOrganisation.objects.create(campaign=campaign, organisation=ministry, role=role.HOST, position=1)
    CampaignOrganisation.objects.create(
        campaign=campaign,
        organisation=partner,
        role=role.PARTNER,
        zone_url="https://zhaopin.example/zone",
        position=3,
    )
    CampaignOrganisation.objects.create(campaign=campaign, organisation=university, role=role.PARTICIPANT)
    links.attachment_links(campaign)  # the zone's, the partner's and every unit's link
    company = make_company()
    session = LiveSession.objects.create(
        campaign=campaign,
        company=company,
        title="2025 直播带岗：芯片专场",
        state=LiveSession.State.ENDED,
        starts_at=dt.datetime(2025, 10, 15, 14, 0, tzinfo=SHANGHAI),
        ends_at=dt.datetime(2025, 10, 15, 16, 0, tzinfo=SHANGHAI),
    )
    links.link_for_live_session(session)  # belongs to the session: not carried over
    Contact.objects.create(
        campaign=campaign,
        organisation=university,
        unit_name="苏州示范大学就业指导中心",
        person="李老师",
        mobile="13912345678",
        email="career@example.edu.cn",
    )
    User.objects.create_user("root", password=PASSWORD, role=User.Role.ADMIN)
    User.objects.create_user(
        "career", password=PASSWORD, role=User.Role.UNIVERSITY_STAFF, organisation=university
    )
    User.objects.create_user("jiangsu", password=PASSWORD, role=User.Role.REVIEWER, organisation=ministry)
    return campaign


def admin() -> Client:
    return client_for(User.objects.get(username="root"))


def test_an_admin_opens_the_next_campaign_and_the_zone_switches_when_its_first_phase_starts(old):
    with time_machine.travel(DURING_2025, tick=False):
        page = admin().get("/campaigns/new/")
        assert page.status_code == 200 and "test-2025" in page.text
        response = admin().post("/campaigns/new/", form())
        assert response.status_code == 302
        new = Campaign.objects.get(slug="test-2026")
        assert [(p.number, p.starts_on.isoformat()) for p in new.phases.all()] == [
            (1, "2026-04-01"),
            (2, "2026-10-08"),
        ]
        entry = AuditEntry.objects.get(action="campaigns.campaign.created")
        assert entry.after["carried_over_from"] == "test-2025" and entry.after["links"] >= 3
        # The 2025 campaign still has a phase running: the zone stays on it.
        assert "山海有约 奋楫扬帆" in Client().get("/").text
        listing = Client().get("/c/").text
        assert "2026年全国中小企业网上百日招聘高校毕业生活动" in listing

    with time_machine.travel(FIRST_DAY_2026, tick=False):
        zone = Client(HTTP_ACCEPT_LANGUAGE="zh-hans").get("/")
        assert "山海有约 职引未来" in zone.text and "奋楫扬帆" not in zone.text
        earlier = Client(HTTP_ACCEPT_LANGUAGE="zh-hans").get("/c/test-2025/")
        assert earlier.status_code == 200
        assert "本届活动已结束" in earlier.text and "山海有约 奋楫扬帆" in earlier.text
        assert "2025 直播带岗：芯片专场" in earlier.text  # its sessions stay, with their replays
        assert "data-counters-url" not in earlier.text  # no live counters of another campaign
        # The current campaign's own address leads to the zone.
        assert Client().get("/c/test-2026/").headers["Location"] == "/"
        assert Client().get("/c/no-such-campaign/").status_code == 404


def test_new_things_belong_to_the_campaign_that_is_current_by_the_calendar(old):
    admin().post("/campaigns/new/", form())
    recruiter = User.objects.create_user(
        "bob", password=PASSWORD, role=User.Role.RECRUITER, organisation=make_company("南京芯原微电子")
    )

    def schedule(title: str, when: dt.datetime) -> LiveSession:
        with time_machine.travel(when, tick=False):
            starts = when + dt.timedelta(days=1)
            data = {
                "title": title,
                "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
                "ends_at": (starts + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
                "moderated": "on",
            }
            assert client_for(recruiter).post("/recruit/live/new/", data).status_code == 302
        return LiveSession.objects.get(title=title)

    assert schedule("十二月直播", DURING_2025).campaign.slug == "test-2025"
    assert schedule("二月直播", dt.datetime(2026, 2, 1, 9, tzinfo=SHANGHAI)).campaign.slug == "test-2026"
    assert schedule("四月直播", FIRST_DAY_2026).campaign.slug == "test-2026"


def test_organisations_links_and_contacts_carry_over_with_new_codes(old):
    assert admin().post("/campaigns/new/", form()).status_code == 302
    new = Campaign.objects.get(slug="test-2026")
    members = lambda c: sorted(  # noqa: E731
        c.memberships.values_list("organisation__name", "role", "zone_url", "position")
    )
    assert members(new) == members(old) and len(members(new)) == 3

    carried = ShortLink.Purpose.ZONE, ShortLink.Purpose.PARTNER_ZONE
    key = lambda lk: (lk.organisation_id, lk.purpose, lk.target)  # noqa: E731
    before = {key(lk): lk.code for lk in old.short_links.filter(purpose__in=carried)}
    after = {key(lk): lk.code for lk in new.short_links.all()}
    assert set(after) == set(before)  # same owners, purposes and targets
    assert not set(after.values()) & set(before.values())  # every one with a new code
    assert not new.short_links.filter(purpose=ShortLink.Purpose.LIVE).exists()

    contacts = client_for(User.objects.get(username="career")).get("/reports/contacts/?campaign=test-2026")
    assert "李老师" in contacts.text and "data-to-confirm" in contacts.text


def test_a_scan_counts_for_the_campaign_of_the_link_scanned(old):
    admin().post("/campaigns/new/", form())
    university = Organisation.objects.get(name="苏州示范大学")
    old_link = ShortLink.objects.get(campaign__slug="test-2025", organisation=university, purpose="zone")
    new_link = ShortLink.objects.get(campaign__slug="test-2026", organisation=university, purpose="zone")
    with time_machine.travel(FIRST_DAY_2026, tick=False):
        assert Client().get(f"/q/{old_link.code}?via=qr").status_code == 302
        assert Client().get(f"/q/{new_link.code}?via=qr").status_code == 302
        assert Client().get(f"/q/{new_link.code}?via=poster").status_code == 302
    scans = {
        slug: sum(LinkDailyCount.objects.filter(link__campaign__slug=slug).values_list("count", flat=True))
        for slug in ("test-2025", "test-2026")
    }
    assert scans == {"test-2025": 1, "test-2026": 2}


@pytest.mark.parametrize(
    ("phases", "message"),
    [
        ([("第一阶段", "2026-04-01", "2026-06-30"), ("第二阶段", "2026-06-15", "2026-12-31")], "第二阶段"),
        ([("第一阶段", "2026-04-01", "2026-03-01")], "第一阶段"),
        ([("第一阶段", "2025-12-01", "2026-06-30")], "奋楫扬帆"),
    ],
    ids=["phases-overlap", "ends-before-it-starts", "overlaps-the-earlier-campaign"],
)
def test_bad_phases_are_refused_with_a_reason(old, phases, message):
    response = admin().post("/campaigns/new/", form(phases=phases))
    assert response.status_code == 400
    assert not Campaign.objects.filter(slug="test-2026").exists()
    assert 'class="message error"' in response.text


def test_a_duplicate_slug_or_no_phase_is_refused(old):
    response = admin().post("/campaigns/new/", form(slug="test-2025"))
    assert response.status_code == 400 and Campaign.objects.count() == 1
    response = admin().post("/campaigns/new/", form(phases=[("", "", "")]))
    assert response.status_code == 400 and Campaign.objects.count() == 1


def test_only_admins_open_campaigns(old):
    assert client_for(User.objects.get(username="jiangsu")).get("/campaigns/new/").status_code == 403
    assert client_for(User.objects.get(username="career")).post("/campaigns/new/", form()).status_code == 403
    assert Client().get("/campaigns/new/").status_code == 302
    assert Campaign.objects.count() == 1
