"""Any frame on the conversation socket, whatever its text: a typed answer or a close with one of
the documented codes, never a crash; the socket stays usable unless it was closed."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from events_server.asgi import application
from messaging import consumers
from messaging.tests.test_socket import headers_for
from tests.hostile import NESTED, raw_frames, shaped

frames = st.lists(
    st.one_of(raw_frames, shaped(["send", "read", "typing"], ("body", "ref")).map(json.dumps)),
    min_size=1,
    max_size=6,
)
CLOSE_CODES = {4400, 4429}  # too large, too many (4403 only for a stranger)


async def exchange(
    user: Any, application_id: int, texts: list[str]
) -> tuple[list[dict[str, Any]], int | None]:
    headers = await database_sync_to_async(headers_for)(user)
    socket = WebsocketCommunicator(application, f"/ws/messages/{application_id}/", headers=headers)
    connected, _ = await socket.connect()
    assert connected
    assert json.loads(await socket.receive_from(3))["type"] == "history"
    replies: list[dict[str, Any]] = []
    closed: int | None = None
    for text in [*texts, json.dumps({"type": "send", "body": "探针", "ref": "probe"})]:
        await socket.send_input({"type": "websocket.receive", "text": text})
    while closed is None:
        output = await socket.receive_output(20)  # an exception in the consumer is raised here
        if output["type"] == "websocket.close":
            closed = output.get("code")
            break
        reply = json.loads(output["text"])
        replies.append(reply)
        if reply.get("ref") == "probe" and reply["type"] in {"ack", "error"}:
            break  # an error: the conversation's own sending limit, a typed answer too
    await socket.disconnect()
    return replies, closed


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@given(texts=frames)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(texts=[NESTED[:8000]])
@example(texts=["[" * 3000])
@example(texts=["", "null", "[]", '"send"', '{"type":"send","body":null}', '{"type":"send","ref":{"a":1}}'])
def test_every_frame_gets_a_typed_answer_or_a_documented_close(world, monkeypatch, texts):
    monkeypatch.setattr(consumers, "FRAMES_PER_MINUTE", 10**6)
    replies, closed = asyncio.run(exchange(world.student, world.application.pk, texts))
    for reply in replies:
        assert reply["type"] in {"ack", "error", "message"}, reply
        if reply["type"] == "error":
            assert isinstance(reply["message"], str) and reply["message"].strip()
    if closed is None:
        assert replies[-1]["ref"] == "probe", "still usable: the probe was answered"
    else:
        assert closed in CLOSE_CODES
        assert any(len(text) > consumers.MAX_FRAME for text in texts), "closed only for a frame too large"
