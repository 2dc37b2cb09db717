"""Posters of live sessions: drawn for the hosts only, after review, off the event loop."""

from __future__ import annotations

import asyncio
import io
import time

import pytest
from asgiref.sync import sync_to_async
from django.db import connections
from django.test import AsyncClient
from PIL import Image

from livestream.tests.conftest import make_session
from qr.models import ShortLink
from qr.tests.decoding import assert_decodes_to, pdf_page_images
from tests.factories import make_company, make_job, make_recruiter, make_student

pytestmark = pytest.mark.django_db


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
