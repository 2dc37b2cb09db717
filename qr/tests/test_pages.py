"""Attachment 1, the owner's link page and posters, as the people who use them see them."""

from __future__ import annotations

import pytest

from accounts.models import User
from qr.services import links
from qr.tests.decoding import assert_decodes_to, pdf_page_images
from tests.factories import make_company, make_recruiter, make_student

pytestmark = pytest.mark.django_db


def test_organisers_see_attachment_1_with_every_organisation(client, staff, department, campaign):
    client.force_login(staff)
    response = client.get("/links/")
    assert response.status_code == 200
    page = response.content.decode()
    for name in (campaign.name, staff.organisation.name, department.name):
        assert name in page
    assert page.count('/qr.svg?size=240"') >= 3


def test_students_and_recruiters_cannot_open_attachment_1(client, campaign):
    client.force_login(make_student())
    assert client.get("/links/").status_code == 403
    assert client.get("/links/attachment-1.pdf").status_code == 403


def test_attachment_1_downloads_as_an_a4_pdf_whose_codes_decode(client, staff, department, campaign):
    client.force_login(staff)
    response = client.get("/links/attachment-1.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert b"/MediaBox [ 0 0 595.2 841.92 ]" in response.content  # A4 in points
    (page,) = pdf_page_images(response.content)
    zone, university, department = [link for s in links.attachment_links(campaign) for link in s.links]
    for link, box in zip((zone, university, department), [(180, 420), (1260, 420), (180, 1420)], strict=True):
        cell = page.crop((box[0], box[1], box[0] + 700, box[1] + 700))
        assert_decodes_to(cell, f"http://testserver/q/{link.code}?via=qr")


def test_the_code_image_of_a_link_decodes_to_its_scan_address(client, uni_link):
    for query in ("size=600", "size=600&logo=1", "size=300&level=L"):
        response = client.get(f"/q/{uni_link.code}/qr.png?{query}")
        assert response.status_code == 200 and response["Content-Type"] == "image/png"
        assert_decodes_to(response.content, f"http://testserver/q/{uni_link.code}?via=qr")


@pytest.mark.parametrize("query", ["size=abc", "size=5", "level=Z", "level=M&logo=1"])
def test_bad_code_requests_get_a_400_with_the_reason(client, uni_link, query):
    response = client.get(f"/q/{uni_link.code}/qr.png?{query}")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_site_url_setting_decides_what_codes_point_to(client, uni_link, settings):
    settings.SITE_URL = "https://zhaopin.example.edu.cn"
    response = client.get(f"/q/{uni_link.code}/qr.png")
    assert_decodes_to(response.content, f"https://zhaopin.example.edu.cn/q/{uni_link.code}?via=qr")


def test_the_owner_sees_scans_per_day_and_can_switch_the_link_off(client, staff, uni_link):
    client.get(f"/q/{uni_link.code}?via=qr")
    client.get(f"/q/{uni_link.code}?via=poster")
    client.force_login(staff)
    page = client.get(f"/links/{uni_link.code}/").content.decode()
    assert page.count("data-metric-total>1<") == 2
    response = client.post(f"/links/{uni_link.code}/", {"enabled": "", "expires_at": ""})
    assert response.status_code == 302
    assert client.get(f"/q/{uni_link.code}").status_code == 410
    client.post(f"/links/{uni_link.code}/", {"enabled": "on", "expires_at": ""})
    assert client.get(f"/q/{uni_link.code}").status_code == 302


def test_an_expiry_in_the_past_is_refused(client, staff, uni_link):
    client.force_login(staff)
    response = client.post(f"/links/{uni_link.code}/", {"enabled": "on", "expires_at": "2020-01-01T08:00"})
    assert response.status_code == 400
    uni_link.refresh_from_db()
    assert uni_link.expires_at is None


def test_other_organisations_cannot_see_a_links_figures(client, uni_link, campaign):
    client.force_login(make_recruiter(make_company()))
    assert client.get(f"/links/{uni_link.code}/").status_code == 404


def test_attachment_pdf_has_a_page_per_six_organisations(client, staff, campaign):
    from directory.models import Organisation

    for i in range(10):
        Organisation.objects.create(
            kind=Organisation.Kind.UNIVERSITY, name=f"示范大学{i}", region_id="310000"
        )
    client.force_login(staff)
    content = client.get("/links/attachment-1.pdf").content
    entries = len([link for s in links.attachment_links(campaign) for link in s.links])
    assert len(pdf_page_images(content)) == (entries + 5) // 6


def test_admin_may_manage_every_link(uni_link):
    admin = User.objects.create_user("root", password="pw-root-12345", role=User.Role.ADMIN)
    assert links.can_manage(admin, uni_link)
