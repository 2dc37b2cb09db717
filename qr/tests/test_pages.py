"""Attachment 1, the owner's link page and posters, as the people who use them see them."""

from __future__ import annotations

import asyncio
import io
import time

import pytest
from asgiref.sync import sync_to_async
from django.db import connections
from django.test import AsyncClient
from PIL import Image

from accounts.models import User
from livestream.tests.conftest import make_session
from qr.models import ShortLink
from qr.services import links
from qr.tests.decoding import assert_decodes_to
from tests.factories import make_company, make_job, make_recruiter, make_student

pytestmark = pytest.mark.django_db


def pdf_page_images(content: bytes) -> list[Image.Image]:
    """The page images embedded in one of our PDFs (one JPEG per page)."""
    assert content.startswith(b"%PDF-")
    images, start = [], content.find(b"\xff\xd8\xff")
    while start != -1:
        images.append(Image.open(io.BytesIO(content[start:])))
        images[-1].load()
        start = content.find(b"\xff\xd8\xff", start + 1)
    return images


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


@pytest.fixture
def live(db):
    company = make_company()
    return make_session(company, [make_job(company), make_job(company, "数据分析师")]), make_recruiter(
        company
    )


def approve_materials() -> None:
    """As a reviewer would, in the review queue (its own tests cover that flow)."""
    from review.models import Material

    Material.objects.update(status=Material.Status.APPROVED)


def test_a_host_downloads_a_poster_whose_code_decodes_at_print_resolution(client, live):
    session, host = live
    client.force_login(host)
    waiting = client.get(f"/live/{session.pk}/poster.png")
    assert waiting.status_code == 202 and 'data-material="pending"' in waiting.content.decode()
    approve_materials()
    response = client.get(f"/live/{session.pk}/poster.png")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.size == (2480, 3508) and round(image.info["dpi"][0]) == 300
    link = ShortLink.objects.get(purpose=ShortLink.Purpose.LIVE)
    assert_decodes_to(image, f"http://testserver/q/{link.code}?via=poster")
    pdf = client.get(f"/live/{session.pk}/poster.pdf")
    assert pdf.status_code == 200
    (page,) = pdf_page_images(pdf.content)
    assert_decodes_to(page, f"http://testserver/q/{link.code}?via=poster")


def test_posters_are_only_for_the_hosts(client, live):
    session, _host = live
    assert client.get(f"/live/{session.pk}/poster.pdf").status_code == 302  # to the login page
    client.force_login(make_recruiter(make_company("别家科技有限公司"), username="carol"))
    assert client.get(f"/live/{session.pk}/poster.pdf").status_code == 404
    client.force_login(make_student())
    assert client.get(f"/live/{session.pk}/poster.png").status_code == 404


def test_the_host_console_offers_the_share_links(client, live):
    session, host = live
    client.force_login(host)
    page = client.get(f"/live/{session.pk}/host/").content.decode()
    link = ShortLink.objects.get(purpose=ShortLink.Purpose.LIVE)
    assert f"/q/{link.code}" in page and "/join/" in page and "poster.pdf" in page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_drawing_a_poster_does_not_block_the_event_loop(live):
    """A heartbeat on the serving loop keeps ticking while posters are drawn."""
    session, host = live
    client = AsyncClient()
    await sync_to_async(client.force_login)(host)
    await client.get(f"/live/{session.pk}/poster.png")  # submits the poster's text for review
    await sync_to_async(approve_materials)()
    await client.get(f"/live/{session.pk}/poster.png")  # warm up fonts and caches

    gaps: list[float] = []

    async def heartbeat(stop: asyncio.Event) -> None:
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    started = time.perf_counter()
    try:
        for _ in range(3):
            assert (await client.get(f"/live/{session.pk}/poster.png")).status_code == 200
    finally:
        drawing = (time.perf_counter() - started) / 3
        stop.set()
        await beat
        await sync_to_async(
            connections.close_all
        )()  # the worker thread's connection, not left to later tests
    assert max(gaps) < drawing / 2, (
        f"the loop stalled {max(gaps) * 1000:.0f} ms; a poster takes {drawing * 1000:.0f} ms"
    )


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
