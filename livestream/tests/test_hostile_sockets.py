"""Hostile input on the live-room socket: any frame gets a typed answer, bad resume points get a
snapshot, one address cannot hold unlimited sockets or pad the viewer figures."""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from events_server.asgi import application
from livestream.consumers import HANDLERS
from livestream.models import LiveSession
from livestream.realtime.schemas import ProtocolError, outbound_adapter, parse_inbound
from livestream.tests.conftest import ORIGIN, Socket
from tests.hostile import NESTED, raw_frames, shaped
from tests.servers import DaphneServer

REPLIES = {"error", "ack", "pong"}

shaped_messages = shaped(
    sorted(HANDLERS),
    ("ref", "received", "body", "message_id", "minutes", "question_id", "action", "job_id"),
)


@given(raw_frames)
@settings(max_examples=300, deadline=None)
def test_any_text_parses_to_a_message_or_a_protocol_error(text):
    try:
        parse_inbound(text)
    except ProtocolError as error:
        assert error.message


@given(shaped_messages)
@settings(max_examples=300, deadline=None)
def test_a_frame_shaped_like_any_inbound_message_parses_or_says_which_field_is_wrong(message):
    try:
        parsed = parse_inbound(json.dumps(message))
    except ProtocolError as error:
        assert ":" in error.message  # "<field>: <what is wrong>"
        ref = message.get("ref")
        assert error.ref == (ref[:40] if isinstance(ref, str) and ref else None)
    else:
        assert parsed.type == message["type"]


async def replies_to(session_id: int, frames: list[str]) -> list[dict[str, Any]]:
    """Send ``frames`` on one socket; the reply to each (skipping room traffic), then check it is open."""
    viewer = Socket(session_id)
    await viewer.connect()
    replies = []
    for text in frames:
        await viewer.communicator.send_input({"type": "websocket.receive", "text": text})
        while (reply := await viewer.receive_new(timeout=5))["type"] not in REPLIES:
            pass
        replies.append(reply)
    assert (await viewer.send(type="ping", ref="still-open"))["type"] == "pong"
    await viewer.close()
    return replies


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@given(frames=st.lists(st.one_of(raw_frames, shaped_messages.map(json.dumps)), min_size=1, max_size=8))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(frames=[NESTED, "", '{"type":"ping","received":' + "9" * 5000 + "}"])
def test_every_frame_whatever_its_text_gets_a_typed_reply_and_the_socket_stays_open(live_world, frames):
    replies = asyncio.run(replies_to(live_world.session.pk, frames))
    assert len(replies) == len(frames)  # each validated against the outbound schema on the way


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_frame_of_2000_nested_brackets_gets_bad_frame_and_the_socket_stays_usable(live_world):
    viewer = Socket(live_world.session.pk)
    await viewer.connect()
    await viewer.communicator.send_to(text_data=NESTED)
    error = await viewer.receive_type("error")
    assert error["code"] == "bad_frame" and "nested" in error["message"]
    assert (await viewer.send(type="ping", ref="p"))["type"] == "pong"
    await viewer.close()


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_the_frame_limit_counts_bytes_not_characters(live_world):
    student = Socket(live_world.session.pk, live_world.student)
    await student.connect()
    chinese = json.dumps({"type": "chat.send", "body": "招" * 1400, "ref": "zh1"}, ensure_ascii=False)
    assert (len(chinese), len(chinese.encode())) == (1447, 4247)  # under 4,096 characters, over in bytes
    await student.communicator.send_to(text_data=chinese)
    assert (await student.receive_type("error"))["code"] == "frame_too_large"
    ascii_body = json.dumps({"type": "chat.send", "body": "a" * 4000, "ref": "en"})
    assert len(ascii_body.encode()) <= 4096
    reply = await student.send(**json.loads(ascii_body))
    assert reply["code"] != "frame_too_large"  # the service's own length rule answers instead
    await student.close()


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    "query",
    ["after=²", f"after={2**64}", f"after={2**63}", "after=-1", "after=١٢", "after=abc", "after=1&after=2"],
)
async def test_a_bad_resume_point_gets_a_fresh_snapshot(live_world, query):
    viewer = Socket(live_world.session.pk, query=query)
    assert (await viewer.connect())["type"] == "snapshot"
    await viewer.close()


def open_from(
    session_id: int, forwarded_for: str, *, peer: str | None = None, cookie: str = ""
) -> WebsocketCommunicator:
    headers = [ORIGIN, (b"x-forwarded-for", forwarded_for.encode())]
    if cookie:
        headers.append((b"cookie", cookie.encode()))
    communicator = WebsocketCommunicator(application, f"/ws/live/{session_id}/", headers=headers)
    if peer:
        communicator.scope["client"] = [peer, 40000]
    return communicator


async def first_frame(communicator: WebsocketCommunicator) -> dict[str, Any]:
    connected, _ = await communicator.connect()
    assert connected
    frame = json.loads(await communicator.receive_from())
    outbound_adapter.validate_python(frame)
    return frame


async def refused_with(communicator: WebsocketCommunicator) -> tuple[str, int]:
    frame = await first_frame(communicator)
    return frame.get("code", frame["type"]), (await communicator.receive_output())["code"]


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_one_address_holds_at_most_the_configured_sockets_and_gets_4429_past_it(live_world, settings):
    settings.LIVE_ROOM_SOCKETS_PER_ADDRESS = 3
    room = live_world.session.pk
    held = [open_from(room, "203.0.113.7") for _ in range(3)]
    for communicator in held:
        assert (await first_frame(communicator))["type"] == "snapshot"
    assert await refused_with(open_from(room, "203.0.113.7")) == ("too_many_sockets", 4429)
    other = open_from(room, "203.0.113.8")
    assert (await first_frame(other))["type"] == "snapshot"
    await held.pop().disconnect()
    again = open_from(room, "203.0.113.7")
    assert (await first_frame(again))["type"] == "snapshot"  # a closed socket frees its place
    for communicator in [*held, other, again]:
        await communicator.disconnect()


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_forwarded_address_is_believed_only_from_a_trusted_proxy(live_world, settings):
    settings.LIVE_ROOM_SOCKETS_PER_ADDRESS = 2
    room = live_world.session.pk
    direct = [open_from(room, f"198.51.100.{n}", peer="192.0.2.50") for n in range(3)]
    for communicator in direct[:2]:
        assert (await first_frame(communicator))["type"] == "snapshot"
    assert await refused_with(direct[2]) == ("too_many_sockets", 4429)
    proxied = [open_from(room, f"10.0.0.1, 198.51.100.{n}", peer="127.0.0.1") for n in range(3)]
    for communicator in proxied:
        assert (await first_frame(communicator))["type"] == "snapshot"  # three clients behind nginx
    for communicator in [*direct[:2], *proxied]:
        await communicator.disconnect()


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_script_with_fresh_cookies_cannot_pad_the_unique_viewers_a_session_saves(
    live_world, settings
):
    from livestream.services.sessions import issue_viewer_id

    settings.LIVE_ROOM_VIEWERS_PER_ADDRESS = 3
    settings.LIVE_ROOM_TICK_SECONDS = 1
    room = live_world.session.pk
    invented = [open_from(room, "203.0.113.7", cookie=f"lv={secrets.token_hex(8)}") for _ in range(6)]
    issued = [open_from(room, "203.0.113.7", cookie=f"lv={issue_viewer_id()}") for _ in range(6)]
    elsewhere = open_from(room, "203.0.113.8", cookie=f"lv={issue_viewer_id()}")
    student_cookie = await database_sync_to_async(session_cookie)(live_world.student)
    students = [open_from(room, "203.0.113.7", cookie=student_cookie) for _ in range(2)]
    crowd = [*invented, *issued, elsewhere, *students]
    for communicator in crowd:
        assert (await first_frame(communicator))["type"] == "snapshot"
    host = Socket(room, live_world.host)
    await host.connect()
    while (await host.receive_type("viewers", timeout=5))["now"] < len(crowd) + 1:
        pass
    assert (await host.send(type="session.end", ref="end"))["type"] == "ack"
    session = await LiveSession.objects.aget(pk=room)
    # invented cookies: one per address; issued ids: 3 per address, the rest as the address
    # (the same key as the invented ones); one from elsewhere; the student once; the host.
    assert session.unique_viewers == 1 + 3 + 1 + 1 + 1
    assert session.peak_viewers == len(crowd) + 1
    for communicator in crowd:
        await communicator.disconnect()
    await host.close()


async def hostile_crowd(server: DaphneServer, room: int) -> tuple[float, list[str], float]:
    """4 viewers, then 20 sockets that send nested brackets, a binary and a 100 kB frame and go
    (half with a close frame, half by dropping the connection): the gauge before and after."""
    url = f"{server.ws_url}/ws/live/{room}/"
    healthy = [await connect(url, origin=server.url) for _ in range(4)]
    for viewer in healthy:
        await viewer.recv()
    baseline = await asyncio.to_thread(server.gauge, f'shanhai_live_sockets{{room="{room}"}}')
    answers = []
    for n in range(20):
        hostile = await connect(url, origin=server.url)
        await hostile.recv()
        try:
            for text in (NESTED, b"\x00\xff", "x" * 100_000):
                await hostile.send(text)
                while (answer := json.loads(await hostile.recv()))["type"] != "error":
                    pass
                answers.append(answer["code"])
        except ConnectionClosed as closed:
            answers.append(f"closed {closed.rcvd.code if closed.rcvd else None}")
        if n % 2:
            await hostile.close()
        else:
            hostile.transport.abort()
    deadline = time.monotonic() + 10
    while (
        after := await asyncio.to_thread(server.gauge, f'shanhai_live_sockets{{room="{room}"}}')
    ) != baseline:
        if time.monotonic() > deadline:
            break
        await asyncio.sleep(0.2)
    for viewer in healthy:
        await viewer.close()
    return baseline, answers, after


@pytest.mark.slow
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_after_hostile_sockets_come_and_go_the_socket_gauge_returns_to_its_baseline(live_world):
    server = DaphneServer().start()
    try:
        baseline, answers, after = asyncio.run(hostile_crowd(server, live_world.session.pk))
    finally:
        server.stop()
    assert (baseline, after) == (4, 4)  # every socket left the room, however it went
    assert answers == ["bad_frame", "bad_frame", "frame_too_large"] * 20  # never a 1011 close
