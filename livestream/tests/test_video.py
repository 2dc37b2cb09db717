"""Live video through real aiortc peers in this process: publisher → the server's relay → viewers."""

from __future__ import annotations

import asyncio
import time

import pytest
from asgiref.sync import sync_to_async
from django.db import connections
from django.test import AsyncClient
from django.urls import reverse

from events_server.metrics import RTC_PEERS
from livestream.media.hub import hub
from livestream.tests.video import Viewer, post_offer, publisher_pc, until

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
async def media():
    yield hub
    await hub.close_all()
    await sync_to_async(connections.close_all)()


async def client_for(user=None) -> AsyncClient:
    client = AsyncClient()
    if user is not None:
        await client.aforce_login(user)
    return client


def urls(session_id: int) -> tuple[str, str]:
    return reverse("livestream:rtc_publish", args=[session_id]), reverse(
        "livestream:rtc_view", args=[session_id]
    )


async def test_every_viewer_gets_frames_and_a_late_joiner_starts_at_once(live_world, media):
    publish_url, view_url = urls(live_world.session.pk)
    publisher = publisher_pc()
    assert (await post_offer(await client_for(live_world.host), publish_url, publisher)).status_code == 200
    viewers = [Viewer() for _ in range(3)]
    for viewer in viewers:
        assert (await post_offer(await client_for(), view_url, viewer.pc)).status_code == 200
    await until(lambda: all(v.video_frames >= 30 and v.audio_frames >= 20 for v in viewers), timeout=15)
    assert media.count("viewer", live_world.session.pk) == 3

    # The encoder makes keyframes only when asked: a newcomer decodes within a second of joining
    # only because its arrival forced one.
    late = Viewer()
    joined = time.monotonic()
    assert (await post_offer(await client_for(live_world.student), view_url, late.pc)).status_code == 200
    await until(lambda: late.video_frames > 0, timeout=5)
    assert late.first_frame_at - joined < 1.5
    before = [v.video_frames for v in viewers]
    await asyncio.sleep(1)
    assert all(v.video_frames - b >= 20 for v, b in zip(viewers, before, strict=True)), "about 30 fps each"
    assert max(late.latencies) < 1000
    for peer in [publisher, *[v.pc for v in viewers], late.pc]:
        await peer.close()
    for viewer in [*viewers, late]:
        await viewer.close()


async def test_only_the_host_company_publishes_one_at_a_time(live_world, media, django_user_model):
    from tests.factories import make_recruiter

    publish_url, _ = urls(live_world.session.pk)
    for who, status in [(None, 403), (live_world.student, 403), (live_world.other_recruiter, 403)]:
        response = await post_offer(await client_for(who), publish_url, publisher_pc())
        assert response.status_code == status, who
    first = publisher_pc()
    assert (await post_offer(await client_for(live_world.host), publish_url, first)).status_code == 200
    colleague = await sync_to_async(make_recruiter)(live_world.session.company, "dave")
    second = publisher_pc()
    refused = await post_offer(await client_for(colleague), publish_url, second)
    assert refused.status_code == 409
    assert "hand over" in refused.json()["error"]["message"] or "交接" in refused.json()["error"]["message"]

    # The first host hands over; the colleague may then publish.
    host = await client_for(live_world.host)
    peer_id = media.peers and next(p.id for p in media.peers.values() if p.role == "publisher")
    leave = await host.post(
        reverse("livestream:rtc_leave", args=[live_world.session.pk]),
        {"peer": peer_id},
        content_type="application/json",
    )
    assert leave.status_code == 200
    third = publisher_pc()
    assert (await post_offer(await client_for(colleague), publish_url, third)).status_code == 200
    for pc in (first, second, third):
        await pc.close()


async def test_bad_offers_and_a_session_not_live_are_refused(live_world, media):
    publish_url, _view_url = urls(live_world.session.pk)
    host = await client_for(live_world.host)
    for body in ["not json", '{"sdp": 5}', '{"sdp": "hello"}', '{"sdp": "v=0' + "x" * 20000 + '"}']:
        response = await host.post(publish_url, body, content_type="application/json")
        assert response.status_code == 400, body
        assert response.json()["error"]["message"]
    await sync_to_async(type(live_world.session).objects.filter(pk=live_world.session.pk).update)(
        state="scheduled"
    )
    refused = await post_offer(host, publish_url, publisher_pc())
    assert refused.status_code == 409
    waiting = await post_offer(await client_for(), _view_url, Viewer().pc)
    assert waiting.status_code == 409 and waiting.json()["error"]["code"] == "not_live"
    assert not media.broadcasts, "nothing is started for a session that is not live"
    missing = await post_offer(await client_for(), urls(999999)[1], Viewer().pc)
    assert missing.status_code == 404


async def test_when_the_seats_are_taken_the_viewer_is_sent_to_hls(live_world, media, settings):
    settings.RTC_VIEWER_CAP = 1
    _, view_url = urls(live_world.session.pk)
    first, second = Viewer(), Viewer()
    assert (await post_offer(await client_for(), view_url, first.pc)).status_code == 200
    full = await post_offer(await client_for(), view_url, second.pc)
    assert full.status_code == 503
    assert full.json()["fallback"] == "hls"
    assert media.count("viewer", live_world.session.pk) == 1
    await first.close()
    await second.close()


async def test_peers_are_counted_in_the_metric_and_closed_when_they_leave(live_world, media):
    _, view_url = urls(live_world.session.pk)
    gauge = RTC_PEERS.labels("viewer")
    before = gauge._value.get()
    client = await client_for()
    viewer = Viewer()
    response = await post_offer(client, view_url, viewer.pc)
    assert gauge._value.get() == before + 1
    left = await client.post(
        reverse("livestream:rtc_leave", args=[live_world.session.pk]),
        {"peer": response.json()["peer"]},
        content_type="application/json",
    )
    assert left.status_code == 200
    assert gauge._value.get() == before
    assert media.count("viewer") == 0
    await viewer.close()


async def test_a_dropped_host_shows_reconnecting_and_viewers_resume_when_it_returns(live_world, media):
    from livestream.tests.conftest import Socket

    publish_url, view_url = urls(live_world.session.pk)
    room = Socket(live_world.session.pk)
    await room.connect()
    publisher = publisher_pc()
    assert (await post_offer(await client_for(live_world.host), publish_url, publisher)).status_code == 200
    assert (await room.receive_type("stage", timeout=5))["stage"] == "live"
    viewer = Viewer()
    assert (await post_offer(await client_for(), view_url, viewer.pc)).status_code == 200
    await until(lambda: viewer.video_frames >= 15, timeout=10)

    await publisher.close()  # the host's browser goes away
    assert (await room.receive_type("stage", timeout=10))["stage"] == "reconnecting"
    await asyncio.sleep(0.5)
    stalled = viewer.video_frames
    await asyncio.sleep(1)
    assert viewer.video_frames - stalled <= 1, "no pictures while the host is away"
    assert media.count("viewer") == 1, "the viewer keeps its connection"

    back = publisher_pc()
    assert (await post_offer(await client_for(live_world.host), publish_url, back)).status_code == 200
    assert (await room.receive_type("stage", timeout=5))["stage"] == "live"
    await until(lambda: viewer.video_frames >= stalled + 30, timeout=10)
    await back.close()
    await viewer.close()
    await room.close()
