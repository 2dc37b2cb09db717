"""The interview room's socket on the full ASGI application: the two participants reach each other
during the join window (TURN credentials for them only); strangers, anonymous visitors and anyone
outside the window are closed with a code and a message, and bad frames are refused."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json

import pytest
import time_machine
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator

from events_server.asgi import application
from interviews import services
from interviews.models import Interview
from interviews.services import Invitation
from interviews.tests.conftest import soon
from livestream.tests.conftest import cookie_for

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
SDP = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"


@pytest.fixture
def scheduled(world):
    """A video interview starting 5 minutes from now (the room is open)."""
    start = soon(0, minutes=5)
    interview = services.invite(
        world.application.pk, Invitation("video", 30, [start], fixed=True), by=world.recruiter
    )
    return world, interview


async def connect(interview_id: int | str, user=None) -> WebsocketCommunicator:
    headers = await database_sync_to_async(cookie_for)(user)
    socket = WebsocketCommunicator(application, f"/ws/interviews/{interview_id}/", headers=headers)
    connected, _ = await socket.connect()
    assert connected
    return socket


async def refused(interview_id, user=None) -> tuple[int, dict]:
    socket = await connect(interview_id, user)
    error = await socket.receive_json_from()
    closed = await socket.receive_output()
    assert closed["type"] == "websocket.close"
    return closed["code"], error


async def test_the_two_participants_reach_each_other(scheduled):
    world, interview = scheduled
    recruiter = await connect(interview.pk, world.recruiter)
    welcome = await recruiter.receive_json_from()
    assert welcome["type"] == "welcome" and welcome["side"] == "recruiter"
    student = await connect(interview.pk, world.student)
    assert (await student.receive_json_from())["side"] == "student"
    assert await recruiter.receive_json_from() == {"type": "peer", "event": "joined", "side": "student"}
    assert await student.receive_json_from() == {"type": "peer", "event": "present", "side": "recruiter"}

    await recruiter.send_json_to({"type": "offer", "sdp": SDP, "id": 2, "extra": "dropped"})
    assert await student.receive_json_from() == {"type": "offer", "sdp": SDP, "id": 2, "from": "recruiter"}
    await student.send_json_to({"type": "answer", "sdp": SDP, "id": 2})
    assert await recruiter.receive_json_from() == {"type": "answer", "sdp": SDP, "id": 2, "from": "student"}
    await student.send_json_to({"type": "media", "audio": True, "video": False})
    assert await recruiter.receive_json_from() == {
        "type": "media",
        "audio": True,
        "video": False,
        "from": "student",
    }
    assert await recruiter.receive_nothing(0.2)  # nothing echoes back to its sender
    await student.disconnect()
    assert await recruiter.receive_json_from() == {"type": "peer", "event": "left", "side": "student"}
    await recruiter.disconnect()


async def test_turn_credentials_go_to_the_participants_only(scheduled, settings):
    settings.TURN_URLS = ["turn:turn.example.cn:3478?transport=udp"]
    settings.TURN_SECRET = "coturn-secret"
    settings.RTC_STUN_URLS = ["stun:stun.example.cn:3478"]
    world, interview = scheduled
    socket = await connect(interview.pk, world.student)
    servers = (await socket.receive_json_from())["ice_servers"]
    assert servers[0] == {"urls": "stun:stun.example.cn:3478"}
    turn = servers[1]
    expires, key = turn["username"].split(":")
    assert key == f"i{interview.pk}u{world.student.pk}"
    digest = hmac.new(b"coturn-secret", turn["username"].encode(), hashlib.sha1).digest()
    assert turn["credential"] == base64.b64encode(digest).decode()  # what coturn recomputes
    closes = interview.ends_at + dt.timedelta(minutes=60)
    assert int(expires) <= closes.timestamp() + 1
    await socket.disconnect()
    for user in (world.other_student, world.colleague, world.outsider):
        code, error = await refused(interview.pk, user)
        assert code == 4403 and "ice_servers" not in error


async def test_anonymous_visitors_are_asked_to_log_in(scheduled):
    _, interview = scheduled
    code, error = await refused(interview.pk)
    assert code == 4401 and error["code"] == "login" and "登录" in error["message"]


async def test_strangers_are_refused(scheduled):
    world, interview = scheduled
    for user in (world.other_student, world.colleague, world.outsider):
        code, error = await refused(interview.pk, user)
        assert code == 4403 and "只有求职者和面试官" in error["message"]
    for bad in (999999, 2**63, 0):
        assert (await refused(bad, world.student))[0] == 4404


async def test_outside_the_join_window_the_room_is_closed(scheduled):
    world, interview = scheduled
    with time_machine.travel(interview.starts_at - dt.timedelta(minutes=16), tick=False):
        code, error = await refused(interview.pk, world.student)
    assert code == 4409 and error["code"] == "outside_window" and "15 分钟" in error["message"]
    with time_machine.travel(interview.ends_at + dt.timedelta(minutes=61), tick=False):
        assert (await refused(interview.pk, world.recruiter))[0] == 4409
    with time_machine.travel(interview.starts_at - dt.timedelta(minutes=14), tick=False):
        socket = await connect(interview.pk, world.student)
        assert (await socket.receive_json_from())["type"] == "welcome"
        await socket.disconnect()


async def test_a_cancelled_or_phone_interview_has_no_room(scheduled):
    world, interview = scheduled
    await database_sync_to_async(Interview.objects.filter(pk=interview.pk).update)(mode="phone")
    assert (await refused(interview.pk, world.student))[0] == 4409
    await database_sync_to_async(Interview.objects.filter(pk=interview.pk).update)(
        mode="video", status="cancelled"
    )
    assert (await refused(interview.pk, world.student))[0] == 4409


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        json.dumps({"type": "chat", "text": "hi"}),
        json.dumps({"type": "offer", "sdp": "hello"}),
        json.dumps({"type": "offer", "sdp": "v=0" + "a" * 20000}),
        json.dumps({"type": "media", "audio": "yes", "video": False}),
        json.dumps({"type": "answer", "sdp": "v=0", "id": -1}),
        json.dumps({"type": "answer", "sdp": "v=0", "id": True}),
        json.dumps([1, 2]),
        "[" * 50000,
    ],
)
async def test_bad_frames_are_refused_with_4400(scheduled, text):
    world, interview = scheduled
    socket = await connect(interview.pk, world.student)
    await socket.receive_json_from()
    await socket.send_to(text_data=text)
    error = await socket.receive_json_from()
    assert error["code"] == "bad_frame"
    assert (await socket.receive_output())["code"] == 4400


async def test_a_flood_is_closed(scheduled, settings):
    settings.INTERVIEW_SIGNALS_PER_MINUTE = 5
    world, interview = scheduled
    socket = await connect(interview.pk, world.student)
    await socket.receive_json_from()
    for _ in range(6):
        await socket.send_json_to({"type": "media", "audio": True, "video": True})
    assert (await socket.receive_json_from())["code"] == "too_many"
    assert (await socket.receive_output())["code"] == 4429
