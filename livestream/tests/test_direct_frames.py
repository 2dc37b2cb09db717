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
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st
from websockets.protocol import State
from websockets.server import ServerProtocol

from livestream.realtime.backends import EVERYONE, Event, MemoryBackend
from livestream.realtime.clients import direct_writer, server_frame
from livestream.realtime.events import MODERATORS, encode_body
from livestream.realtime.hub import CLOSE_TOO_SLOW, Hub, Sink, wire
from livestream.tests.conftest import settle


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


# --- a tick written straight through (Sink.write_through) and its way back to send ----------


def unframe(data: bytes) -> str:
    """The text of one unmasked server frame."""
    length, start = data[1] & 0x7F, 2
    if length == 126:
        length, start = int.from_bytes(data[2:4], "big"), 4
    elif length == 127:
        length, start = int.from_bytes(data[2:10], "big"), 10
    assert data[0] == 0x81 and len(data) == start + length, "one whole text frame"
    return data[start:].decode()


class UvicornLike:
    """A socket as the hub sees it under uvicorn: a direct writer that refuses every
    ``refuse``-th write (its transport paused) and a ``send`` the hub falls back to."""

    def __init__(self, refuse: int) -> None:
        self.refuse, self.writes = refuse, 0
        self.frames: list[str] = []
        self.closed: list[int] = []

    def direct(self, data: bytes) -> bool:
        self.writes += 1
        if self.refuse and self.writes % self.refuse == 0:
            return False
        self.frames.append(unframe(data))
        return True

    async def send(self, message: dict[str, Any]) -> None:
        await asyncio.sleep(0)  # uvicorn's send may wait: later frames queue behind it
        self.frames.append(message["text"])

    async def close(self, code: int) -> None:
        self.closed.append(code)


def seqs(frames: list[str]) -> list[int]:
    out: list[int] = []
    for text in frames:
        frame = json.loads(text)
        for event in frame["events"] if frame["type"] == "batch" else [frame]:
            if "seq" in event and event["type"] not in {"resumed", "snapshot"}:
                out.append(event["seq"])
    return out


AUDIENCES = [EVERYONE, EVERYONE, EVERYONE, MODERATORS, "u7"]


@examples(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    audiences=st.lists(st.sampled_from(AUDIENCES), min_size=1, max_size=40),
    gaps=st.lists(st.sampled_from([0.0, 0.0, 0.003]), min_size=40, max_size=40),
    refuse=st.lists(st.sampled_from([0, 0, 2, 3]), min_size=4, max_size=4),
)
def test_ticks_written_straight_through_reach_each_socket_as_through_send(audiences, gaps, refuse):
    """Whatever mixes public and targeted events and whichever writes a paused transport
    refuses, each socket gets exactly the events it may see, once each, in order."""
    people = [("v1", False, None), ("v2", False, None), ("author", False, "u7"), ("host", True, "u1")]

    async def main() -> dict[str, UvicornLike]:
        hub = Hub(MemoryBackend(500))
        sockets: dict[str, UvicornLike] = {}
        for (name, moderator, user), every in zip(people, refuse, strict=True):
            socket = sockets[name] = UvicornLike(every)
            sink = Sink(socket.send, socket.close, user_key=user, moderator=moderator, viewer_key=name)
            sink.direct = socket.direct
            await hub.join(1, sink)
            sink.start('{"type":"resumed","seq":0}', 0, [])
        for seq, (audience, gap) in enumerate(zip(audiences, gaps, strict=False), start=1):
            hub.dispatch(1, Event(seq, audience, encode_body({"type": "chat.deleted", "id": seq})))
            if gap:
                await asyncio.sleep(gap)
        await settle(hub)
        return sockets

    quick = {"LIVE_ROOM_COALESCE_MS": 5, "LIVE_ROOM_HOST_COALESCE_MS": 0}
    with override_settings(LIVE_ROOM_CHAT_SAMPLE_RATE=0, **quick):
        sockets = asyncio.run(main())
    for name, moderator, user in people:
        tokens = {EVERYONE} | ({MODERATORS} if moderator else set()) | ({user} if user else set())
        expected = [seq for seq, audience in enumerate(audiences, start=1) if audience in tokens]
        assert seqs(sockets[name].frames) == expected, name
        assert sockets[name].closed == []


def test_a_socket_that_never_acknowledges_is_closed_on_the_direct_path_too():
    async def main() -> tuple[UvicornLike, UvicornLike]:
        hub = Hub(MemoryBackend(500))
        silent, acking = UvicornLike(0), UvicornLike(0)
        sinks = []
        for name, socket in (("silent", silent), ("acking", acking)):
            sink = Sink(socket.send, socket.close, user_key=None, moderator=False, viewer_key=name)
            sink.direct = socket.direct
            await hub.join(1, sink)
            sink.start('{"type":"resumed","seq":0}', 0, [])
            sinks.append(sink)
        for seq in range(1, 31):
            hub.dispatch(1, Event(seq, EVERYONE, encode_body({"type": "chat.deleted", "id": seq})))
            await asyncio.sleep(0.004)
            sinks[1].acknowledge(sinks[1].delivered)
        await settle(hub)
        return silent, acking

    with override_settings(LIVE_ROOM_MAX_UNACKED=10, LIVE_ROOM_CHAT_SAMPLE_RATE=0, LIVE_ROOM_COALESCE_MS=1):
        silent, acking = asyncio.run(main())
    assert silent.closed == [CLOSE_TOO_SLOW]
    assert len(seqs(silent.frames)) <= 10
    assert seqs(acking.frames) == list(range(1, 31)) and acking.closed == []


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
        await settle(hub)
        frames = []
        for text in recorders[0].frames[1:]:
            frame = json.loads(text)
            frames.append([e["seq"] for e in frame["events"]] if frame["type"] == "batch" else [frame["seq"]])
        return frames

    return asyncio.run(main())


def test_a_small_room_gets_each_event_at_once_and_a_crowded_one_gets_them_together():
    window = {"LIVE_ROOM_COALESCE_MS": 100, "LIVE_ROOM_COALESCE_MIN_MS": 0}
    with override_settings(**window, LIVE_ROOM_CHAT_SAMPLE_RATE=0):
        quick = frames_for(sockets=5, cost=0.0, events=30, gap=0.03)  # a stall under 30 ms merges nothing
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
