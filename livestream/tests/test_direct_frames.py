"""Frames written straight to uvicorn's transport (``clients.direct_writer``) and the adaptive
coalescing window (``hub.Feed.current_window``), issue 23.

The bytes are checked against the ``websockets`` library uvicorn frames with (so a change in
framing fails here, also in ``.ci/newest-django`` against the newest releases); the path under a
real uvicorn is in ``test_backpressure.py``.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest
from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st
from websockets.protocol import State
from websockets.server import ServerProtocol

from livestream.realtime.backends import EVERYONE, Event, MemoryBackend
from livestream.realtime.clients import direct_writer, server_frame
from livestream.realtime.events import encode_body
from livestream.realtime.hub import Hub, Sink, wire


def library_frame(text: str) -> bytes:
    protocol = ServerProtocol(state=State.OPEN)
    protocol.send_text(text.encode())
    return b"".join(protocol.data_to_send())


@pytest.mark.parametrize("length", [0, 1, 125, 126, 127, 65535, 65536, 70000])
def test_a_frame_is_byte_for_byte_what_the_websockets_library_sends(length):
    text = ("直播" * length)[:length]
    assert server_frame(text.encode()) == library_frame(text)


@given(st.text(max_size=3000))
def test_any_text_is_framed_as_the_library_frames_it(text):
    assert server_frame(text.encode()) == library_frame(text)


def test_a_tick_encodes_its_frame_once_for_every_socket():
    frame = json.dumps({"type": "batch", "events": []})
    assert wire(frame) is wire(frame)
    assert wire(frame[:-1] + "}") == server_frame(frame.encode())


def test_other_servers_sends_get_no_direct_writer():
    async def send(message: dict[str, Any]) -> None:
        return None

    assert direct_writer(send) is None


# --- the adaptive window --------------------------------------------------------------------


class SlowSocket:
    """A socket whose every send costs ``cost`` seconds of the process's time."""

    def __init__(self, cost: float) -> None:
        self.cost = cost
        self.frames: list[str] = []

    async def send(self, message: dict[str, Any]) -> None:
        time.sleep(self.cost)
        self.frames.append(message["text"])

    async def close(self, code: int) -> None:
        raise AssertionError(f"closed a healthy socket ({code})")


def frames_for(sockets: int, cost: float, events: int, gap: float) -> list[list[int]]:
    """Dispatch ``events`` chat messages ``gap`` apart to a room of ``sockets`` viewers; the
    sequence numbers of each frame the first viewer got."""

    async def main() -> list[list[int]]:
        hub = Hub(MemoryBackend(500))
        recorders = [SlowSocket(cost) for _ in range(sockets)]
        for number, recorder in enumerate(recorders):
            sink = Sink(recorder.send, recorder.close, user_key=None, moderator=False, viewer_key=str(number))
            await hub.join(1, sink)
            sink.start('{"type":"resumed","seq":0}', 0, [])
        for seq in range(1, events + 1):
            body = {"type": "chat.deleted", "id": seq}
            hub.dispatch(1, Event(seq, EVERYONE, encode_body(body)))
            await asyncio.sleep(gap)
        for _ in range(200):
            await asyncio.sleep(0.02)
            if all(feed.task is None and not feed.pending for feed in hub.feeds[1]):
                break
        for task in hub.tasks:
            task.cancel()
        frames = []
        for text in recorders[0].frames[1:]:
            frame = json.loads(text)
            frames.append([e["seq"] for e in frame["events"]] if frame["type"] == "batch" else [frame["seq"]])
        return frames

    return asyncio.run(main())


def test_a_small_room_gets_each_event_at_once_and_a_crowded_one_gets_them_together():
    window = {"LIVE_ROOM_COALESCE_MS": 100, "LIVE_ROOM_COALESCE_MIN_MS": 0}
    with override_settings(**window, LIVE_ROOM_CHAT_SAMPLE_RATE=0):
        quick = frames_for(sockets=5, cost=0.0, events=30, gap=0.01)
        slow = frames_for(sockets=20, cost=0.002, events=30, gap=0.01)  # each frame: 40 ms to send
    for frames in (quick, slow):
        assert [seq for frame in frames for seq in frame] == list(range(1, 31)), "all, in order"
    assert len(quick) == 30, "a room that sends fast waits for nothing"
    assert len(slow) <= 12, f"a room whose frames take 40 ms coalesced into {len(slow)} frames"


def test_the_window_stays_within_its_bounds():
    from livestream.realtime.hub import Feed

    feed = Feed(0.1, None, 0.01)
    assert feed.current_window() == 0.01
    feed.sweep = 0.03
    assert feed.current_window() == pytest.approx(0.06)
    feed.sweep = 5.0
    assert feed.current_window() == 0.1
    assert Feed(0.0, None, 0.05).current_window() == 0.0  # hosts' feed: at once


# --- no thread trip for a frame that needs no database --------------------------------------


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_viewers_ping_takes_no_trip_to_the_database_thread(live_world, monkeypatch):
    """Channels' ``dispatch`` closes stale connections in the database thread before every
    message; in a crowded room that was one thread trip per viewer's ping."""
    from asgiref.sync import SyncToAsync

    from livestream.tests.conftest import Socket

    trips: list[str] = []
    original = SyncToAsync.__call__

    async def counted(self: SyncToAsync, *args: Any, **kwargs: Any) -> Any:
        trips.append(getattr(self.func, "__name__", repr(self.func)))
        return await original(self, *args, **kwargs)

    viewer = Socket(live_world.session.pk)
    await viewer.connect()
    monkeypatch.setattr(SyncToAsync, "__call__", counted)
    for number in range(5):
        answer = await viewer.send(type="ping", ref=f"p{number}", received=0)
        assert answer["type"] == "pong"
    monkeypatch.undo()
    await viewer.close()
    assert trips == []
