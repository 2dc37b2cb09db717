"""The conversation socket on the full ASGI application: history on connect, a message sent by one
side arrives at the other without a reload (in-process and through Redis), outsiders are refused,
hostile frames get an error or a close, never a crash."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from events_server.asgi import application
from messaging.models import Message

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ORIGIN = (b"origin", b"http://localhost")


def headers_for(user) -> list[tuple[bytes, bytes]]:
    client = Client()
    client.force_login(user)
    return [ORIGIN, (b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode())]


async def connect(user, application_id: int) -> tuple[WebsocketCommunicator, dict[str, Any]]:
    headers = await database_sync_to_async(headers_for)(user)
    socket = WebsocketCommunicator(application, f"/ws/messages/{application_id}/", headers=headers)
    connected, _code = await socket.connect()
    assert connected
    return socket, json.loads(await socket.receive_from(3))


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def fanout_backend(request, settings):
    if request.param == "memory":
        settings.REDIS_URL = ""
    else:
        settings.REDIS_URL = os.environ.get("REDIS_URL", "")
    return request.param


async def test_a_message_reaches_the_other_side_live(world, fanout_backend):
    app_id = world.application.pk
    student, history = await connect(world.student, app_id)
    assert history == {"type": "history", "side": "student", "messages": []}
    recruiter, history = await connect(world.recruiter, app_id)
    assert history["side"] == "company"

    await student.send_to(text_data=json.dumps({"type": "send", "body": "您好，什么时候面试？", "ref": "1"}))
    ack = json.loads(await student.receive_from(3))
    while ack["type"] != "ack":  # the student's own broadcast may come first
        ack = json.loads(await student.receive_from(3))
    assert ack["ref"] == "1" and ack["message"]["body"] == "您好，什么时候面试？"
    assert ack["message"]["flagged"] is False
    frame = json.loads(await recruiter.receive_from(3))
    assert frame["type"] == "message"
    assert frame["message"]["body"] == "您好，什么时候面试？" and frame["message"]["side"] == "student"
    assert "findings" not in frame["message"]

    await recruiter.send_to(text_data=json.dumps({"type": "send", "body": "本周五下午。", "ref": "a"}))
    seen = []
    while not any(f.get("type") == "message" and f["message"]["side"] == "company" for f in seen):
        seen.append(json.loads(await student.receive_from(3)))
    await student.disconnect()
    await recruiter.disconnect()

    # History on the next visit, in order.
    again, history = await connect(world.student, app_id)
    assert [m["body"] for m in history["messages"]] == ["您好，什么时候面试？", "本周五下午。"]
    await again.disconnect()


async def test_a_flagged_message_is_flagged_in_the_senders_ack(world, fanout_backend):
    recruiter, _history = await connect(world.recruiter, world.application.pk)
    await recruiter.send_to(text_data=json.dumps({"type": "send", "body": "我们只招男生", "ref": "x"}))
    frames = [json.loads(await recruiter.receive_from(3)) for _ in range(2)]
    (ack,) = [f for f in frames if f["type"] == "ack"]
    assert ack["message"]["flagged"] is True and ack["message"]["findings"]
    await recruiter.disconnect()


async def test_outsiders_are_refused(world):
    for outsider in (world.other_recruiter, world.other_student, None):
        headers = [ORIGIN] if outsider is None else await database_sync_to_async(headers_for)(outsider)
        socket = WebsocketCommunicator(application, f"/ws/messages/{world.application.pk}/", headers=headers)
        connected, code = await socket.connect()
        assert not connected and code == 4403
    socket = WebsocketCommunicator(
        application, "/ws/messages/999999/", headers=await database_sync_to_async(headers_for)(world.student)
    )
    connected, code = await socket.connect()
    assert not connected and code == 4403


async def test_hostile_frames_get_errors_or_a_close(world):
    socket, _history = await connect(world.student, world.application.pk)
    for text in ("not json", "[1, 2]", json.dumps({"type": "send", "body": 5}), json.dumps({"type": "nope"})):
        await socket.send_to(text_data=text)
        assert json.loads(await socket.receive_from(3))["type"] == "error"
    await socket.send_to(text_data=json.dumps({"type": "send", "body": "  "}))
    assert json.loads(await socket.receive_from(3))["type"] == "error"
    await socket.send_to(text_data=json.dumps({"type": "send", "body": "长" * 1001}))
    assert json.loads(await socket.receive_from(3))["type"] == "error"
    await socket.send_to(text_data="x" * 9000)
    assert (await socket.receive_output(3))["code"] == 4400
    assert await database_sync_to_async(Message.objects.count)() == 0
