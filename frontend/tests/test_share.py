"""Sharing from a phone: the zone, a job, a live session and an event carry the tags WeChat and
other apps read (title, description, an image of at least 300 × 300), a share panel with the
page's link and QR code, and the site has a favicon and a web-app manifest with its icons."""

from __future__ import annotations

import datetime as dt
import io
import re
from html import unescape

import pytest
from django.test import Client
from django.utils import timezone
from PIL import Image
from pyzbar import pyzbar

from livestream.models import LiveSession
from tests.factories import make_campaign, make_company, make_job

BASE = "http://testserver"


def meta(html: str, prop: str) -> str:
    found = re.search(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)"', html)
    assert found, f"no {prop} on the page"
    return unescape(found.group(1))


def static_bytes(client: Client, url: str) -> bytes:
    assert url.startswith(BASE), url
    response = client.get(url.removeprefix(BASE))
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


def assert_shareable(client: Client, path: str, title: str, description: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert title in meta(html, "og:title")
    assert description in meta(html, "og:description")
    assert meta(html, "og:url") == f"{BASE}{path}"
    image_url = meta(html, "og:image")
    with Image.open(io.BytesIO(static_bytes(client, image_url))) as image:
        assert image.width >= 300 and image.height >= 300
    # WeChat takes the first picture of at least 300 × 300 in the page itself.
    first = re.search(r'<img [^>]*src="([^"]+)"[^>]*width="(\d+)" height="(\d+)"', html)
    assert first and int(first.group(2)) >= 300 and int(first.group(3)) >= 300
    assert "data-share-url" in html and f'value="{BASE}{path}"' in html
    return html


@pytest.fixture
def pages(db, settings):
    settings.SITE_URL = ""
    campaign = make_campaign()
    company = make_company(specialised=True)
    job = make_job(company, "机器视觉算法工程师")
    now = timezone.now()
    session = LiveSession.objects.create(
        campaign=campaign,
        company=company,
        title="直播带岗：机器视觉专场",
        state="scheduled",
        starts_at=now + dt.timedelta(days=1),
        ends_at=now + dt.timedelta(days=1, hours=1),
    )
    return campaign, company, job, session


def test_the_zone_job_and_live_session_pages_carry_a_share_card(client, pages):
    campaign, company, job, session = pages
    assert_shareable(client, "/", campaign.theme, "")
    assert_shareable(client, f"/jobs/{job.pk}/", job.title, job.region.full_name)
    assert_shareable(client, f"/live/{session.pk}/", session.title, company.name)


def test_the_share_code_opens_the_page_it_was_shown_on(client, pages):
    _campaign, _company, job, _session = pages
    response = client.get("/share/qr.svg", {"path": f"/jobs/{job.pk}/"})
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    png = svg_to_png(response.content)
    decoded = [symbol.data.decode() for symbol in pyzbar.decode(png)]
    assert decoded == [f"{BASE}/jobs/{job.pk}/"]


@pytest.mark.parametrize(
    "path", ["", "jobs/1/", "//evil.example/", "/\\evil.example", "https://evil.example/", "/" + "a" * 400]
)
def test_the_share_code_is_only_for_pages_of_this_site(client, db, path):
    response = client.get("/share/qr.svg", {"path": path})
    assert response.status_code == 400
    assert "/jobs/12/" in response.content.decode()


def test_the_manifest_names_the_site_and_lists_icons_that_exist_at_their_size(client, db):
    response = client.get("/manifest.webmanifest", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["short_name"] == "山海有约"
    assert manifest["display"] == "standalone" and manifest["start_url"] == "/"
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}
    for icon in manifest["icons"]:
        with Image.open(io.BytesIO(static_bytes(client, BASE + icon["src"]))) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]


def test_every_page_links_the_favicon_and_the_manifest(client, pages):
    html = client.get("/").content.decode()
    favicon = re.search(r'<link rel="icon" type="image/png" sizes="32x32" href="([^"]+)"', html)
    assert favicon and static_bytes(client, BASE + favicon.group(1)).startswith(b"\x89PNG")
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html


def svg_to_png(svg: bytes) -> Image.Image:
    """Rasterise our one-path SVG (squares of ``M{x} {y}h1v1h-1z``) for the decoder."""
    text = svg.decode()
    modules = int(re.search(r'viewBox="0 0 (\d+) \d+"', text).group(1))
    scale = 8
    image = Image.new("L", (modules * scale, modules * scale), 255)
    for x, y in re.findall(r"M(\d+) (\d+)h1v1h-1z", text):
        image.paste(0, (int(x) * scale, int(y) * scale, (int(x) + 1) * scale, (int(y) + 1) * scale))
    return image


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_a_phone_the_share_panel_copies_the_link_and_shows_the_code(live_server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    from tests.browser import launch_chromium

    make_campaign()
    job = make_job(make_company(), "嵌入式软件工程师")
    url = f"{live_server.url}/jobs/{job.pk}/"
    with sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context(viewport={"width": 375, "height": 800}, locale="zh-CN")
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
        page = context.new_page()
        page.goto(url)
        page.get_by_text("分享", exact=True).click()
        page.get_by_role("button", name="复制链接").click()
        expect(page.get_by_text("链接已复制。")).to_be_visible()
        assert page.evaluate("navigator.clipboard.readText()") == url
        code = page.get_by_role("img", name=re.compile("本页二维码"))
        expect(code).to_be_visible()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=code.element_handle())
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.screenshot(path=str(tmp_path / "share.png"), full_page=False)
        browser.close()
