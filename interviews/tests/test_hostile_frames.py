"""Any frame on the interview room's socket: a message the protocol has is relayed to the other
participant with only its known fields; anything else gets ``bad_frame`` and close 4400; never a
crash (a 1011), never an unknown field passed on."""

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
from interviews import services
from interviews.services import Invitation
from interviews.tests.conftest import soon
from livestream.tests.conftest import cookie_for
from tests.hostile import NESTED, json_values, raw_frames, shaped

SDP = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
KNOWN = {"type", "sdp", "id", "audio", "video", "from"}
messages = st.one_of(
    shaped(["offer", "answer", "media", "bye", "hello"], ("sdp", "id", "audio", "video", "extra")),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["offer", "answer"]), "sdp": st.just(SDP) | st.text(max_size=20)},
        optional={"id": json_values | st.integers(-(2**40), 2**40)},
    ),
    st.fixed_dictionaries(
        {"type": st.just("media"), "audio": json_values | st.booleans(), "video": json_values | st.booleans()}
    ),
)


async def join(interview_id: int, user: Any) -> WebsocketCommunicator:
    headers = await database_sync_to_async(cookie_for)(user)
    socket = WebsocketCommunicator(application, f"/ws/interviews/{interview_id}/", headers=headers)
    connected, _ = await socket.connect()
    assert connected
    assert (await socket.receive_json_from())["type"] == "welcome"
    return socket


async def send_one(world: Any, interview_id: int, text: str) -> tuple[dict[str, Any] | None, Any]:
    """The student sends ``text``; what the recruiter got (or None) and what the student got."""
    recruiter = await join(interview_id, world.recruiter)
    student = await join(interview_id, world.student)
    assert (await recruiter.receive_json_from())["event"] == "joined"
    assert (await student.receive_json_from())["event"] == "present"
    await student.send_input({"type": "websocket.receive", "text": text})
    relayed = None
    if not await recruiter.receive_nothing(0.3):
        relayed = await recruiter.receive_json_from()
    answer: Any = None
    if not await student.receive_nothing(0.1):
        answer = await student.receive_output(3)  # an exception in the consumer is raised here
        if answer["type"] == "websocket.send":
            answer = (json.loads(answer["text"]), await student.receive_output(3))
    await student.disconnect()
    await recruiter.disconnect()
    return relayed, answer


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@given(text=st.one_of(raw_frames, messages.map(json.dumps)))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(text=NESTED)
@example(text=json.dumps({"type": "offer", "sdp": SDP, "id": 3, "evil": "<script>"}))
@example(text=json.dumps({"type": "media", "audio": 1, "video": 0}))
@example(text=json.dumps({"type": "offer", "sdp": SDP, "id": True}))
def test_a_frame_is_relayed_clean_or_refused_with_4400_never_a_crash(world, settings, text):
    settings.INTERVIEW_SIGNALS_PER_MINUTE = 10**6
    interview = services.invite(
        world.application.pk, Invitation("video", 30, [soon(0, minutes=5)], fixed=True), by=world.recruiter
    )
    relayed, answer = asyncio.run(send_one(world, interview.pk, text))
    if relayed is not None:
        assert relayed["type"] in {"offer", "answer", "media", "bye"}
        assert set(relayed) <= KNOWN and relayed["from"] == "student"
        assert answer is None, "a relayed message gets no answer"
    else:
        error, closed = answer
        assert error["type"] == "error" and error["code"] == "bad_frame" and error["message"]
        assert closed == {"type": "websocket.close", "code": 4400}
    services.cancel(world.recruiter, interview.pk, "测试结束")  # the next example books the same time
