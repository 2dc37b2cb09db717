"""Short links: scans counted by day and source, bad codes and targets refused, arrivals attributed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from campaigns.models import CampaignOrganisation
from directory.models import Organisation
from livestream.tests.conftest import make_session
from qr.models import LinkDailyCount, ShortLink
from qr.services import links
from tests.factories import make_company, make_job, make_student

pytestmark = pytest.mark.django_db


def counts(link: ShortLink) -> dict[str, int]:
    return {row.metric: row.count for row in link.daily_counts.filter(day=timezone.localdate())}


def test_a_scan_redirects_to_the_zone_and_is_counted_by_source(client, uni_link):
    response = client.get(f"/q/{uni_link.code}?via=qr")
    assert response.status_code == 302 and response["Location"] == "/"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    client.get(f"/q/{uni_link.code}?via=qr")
    client.get(f"/q/{uni_link.code}?via=poster")
    client.get(f"/q/{uni_link.code}")
    client.get(f"/q/{uni_link.code}?via=somethingelse")
    assert counts(uni_link) == {"scan.qr": 2, "scan.poster": 1, "scan.link": 2}


def test_nothing_about_who_scanned_is_stored(client, uni_link):
    client.get(f"/q/{uni_link.code}?via=qr", HTTP_USER_AGENT="Mozilla/5.0 iPhone", REMOTE_ADDR="10.1.2.3")
    row = LinkDailyCount.objects.get()
    assert {field.name for field in row._meta.fields} == {"id", "link", "day", "metric", "count"}


@pytest.mark.parametrize("code", ["nosuchcode", "ab3k9mx2q0", "x" * 300, "%3Cscript%3E"])
def test_an_unknown_code_gets_a_clear_404(client, code):
    response = client.get(f"/q/{code}")
    assert response.status_code == 404
    assert "没有这个链接" in response.content.decode()


def test_a_disabled_or_expired_link_says_so_with_410(client, uni_link, staff):
    links.set_state(uni_link, actor=staff, enabled=False, expires_at=None)
    response = client.get(f"/q/{uni_link.code}")
    assert response.status_code == 410 and "已被所有者关闭" in response.content.decode()
    assert "no-cache" in response["Cache-Control"]  # switched on again, it must not stay hidden
    ShortLink.objects.filter(pk=uni_link.pk).update(
        disabled_at=None, expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    response = client.get(f"/q/{uni_link.code}")
    assert response.status_code == 410 and "已过期" in response.content.decode()
    assert counts(uni_link) == {}


def test_codes_are_unguessable_and_distinct(campaign):
    drawn = {links.new_code() for _ in range(2000)}
    assert len(drawn) == 2000
    assert all(len(code) == 10 and set(code) <= set(links.ALPHABET) for code in drawn)
    assert len(links.ALPHABET) ** links.CODE_LENGTH > 2**48


@pytest.mark.parametrize(
    ("target", "offsite", "message"),
    [
        ("javascript:alert(1)", False, "http 或 https"),
        ("ftp://example.cn/file", True, "http 或 https"),
        ("https://evil.example.com/", False, "只能指向本站页面"),
        ("//evil.example.com/", False, "须为本站页面"),
        ("jobs/", False, "须为本站页面"),
        ("/jobs/\\evil", False, "反斜杠"),
        ("/" + "a" * 600, False, "过长"),
    ],
)
def test_bad_targets_are_refused_with_a_reason(campaign, target, offsite, message):
    with pytest.raises(links.LinkError, match=message):
        links.create_link(
            campaign, organisation=None, purpose="custom", label="x", target=target, allow_offsite=offsite
        )


def test_a_partner_platform_zone_may_point_to_its_own_site(client, campaign):
    partner = Organisation.objects.create(
        kind=Organisation.Kind.PARTNER_PLATFORM, name="国家大学生就业服务平台"
    )
    CampaignOrganisation.objects.create(
        campaign=campaign,
        organisation=partner,
        role=CampaignOrganisation.Role.PARTNER,
        zone_url="https://www.ncss.cn/zone",
    )
    sections = links.attachment_links(campaign)
    (partner_link,) = sections[1].links
    response = client.get(f"/q/{partner_link.code}?via=qr")
    assert response.status_code == 302 and response["Location"] == "https://www.ncss.cn/zone"


def test_attachment_links_are_made_once_for_every_university_and_department(campaign, university, department):
    first = links.attachment_links(campaign)
    second = links.attachment_links(campaign)
    assert [[link.pk for link in s.links] for s in first] == [[link.pk for link in s.links] for s in second]
    assert [s.links[0].label for s in first if s.links] == [campaign.name, university.name, department.name]


def test_a_registration_after_a_scan_is_credited_to_the_link(client, uni_link):
    client.get(f"/q/{uni_link.code}?via=qr")
    response = client.post(
        "/accounts/register/",
        {
            "username": "newgrad",
            "email": "g@example.cn",
            "password1": "Pw-newgrad-2025!",
            "password2": "Pw-newgrad-2025!",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert counts(uni_link)["registration"] == 1


def test_a_forged_attribution_cookie_credits_nobody(client, uni_link):
    client.cookies["via"] = f"{uni_link.pk}:forged:signature"
    client.post(
        "/accounts/register/",
        {
            "username": "newgrad",
            "email": "g@example.cn",
            "password1": "Pw-newgrad-2025!",
            "password2": "Pw-newgrad-2025!",
        },
    )
    assert "registration" not in counts(uni_link)


def test_a_live_viewer_is_credited_once_per_browser_and_session(client, uni_link):
    company = make_company()
    session = make_session(company, [make_job(company)])
    client.get(f"/q/{uni_link.code}?via=poster")
    for _ in range(3):
        assert client.get(f"/live/{session.pk}/").status_code == 200
    assert counts(uni_link)["viewer"] == 1


def test_an_application_after_a_scan_is_credited(client, uni_link):
    company = make_company()
    job = make_job(company)
    client.force_login(make_student())
    client.get(f"/q/{uni_link.code}?via=qr")
    client.post(f"/jobs/{job.pk}/apply/")
    client.post(f"/jobs/{job.pk}/apply/")  # a second tap is the same application
    assert counts(uni_link)["application"] == 1


@pytest.mark.parametrize(
    ("target", "offsite", "message"),
    [("//evil.example/", False, "开头"), ("https://example.com/", False, "本站"), (" /a b", False, "空格")],
)
def test_the_admin_form_checks_the_target_as_the_service_does(campaign, target, offsite, message):
    from qr.forms import ShortLinkForm

    data = {"code": "abc", "campaign": campaign.pk, "purpose": "custom", "label": "x", "target": target}
    form = ShortLinkForm(data | ({"allow_offsite": "on"} if offsite else {}))
    assert not form.is_valid()
    assert message in " ".join(form.errors["target"])


def test_the_admin_form_keeps_a_good_target_stripped(campaign):
    from qr.forms import ShortLinkForm

    data = {"code": "abc", "campaign": campaign.pk, "purpose": "custom", "label": "x", "target": " /jobs/ "}
    form = ShortLinkForm(data)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["target"] == "/jobs/"
