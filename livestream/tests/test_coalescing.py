"""Coalesced frames and the sampled chat of a busy room (issue 23, docs/realtime.md).

The hub is driven directly for the property test (random event streams through a real
``Hub`` with sockets that record what they are sent); the protocol through the full ASGI
stack with ``WebsocketCommunicator``; and the same under real daphne and uvicorn processes.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st
from websockets.asyncio.client import connect

from livestream.realtime import coalesce
from livestream.realtime.backends import EVERYONE, Event, MemoryBackend, RedisBackend, get_backend
from livestream.realtime.events import MODERATORS, encode_body
from livestream.realtime.hub import Hub, Sink
from livestream.realtime.schemas import outbound_adapter
from livestream.tests.conftest import Socket, settle
from livestream.tests.test_backpressure import UvicornServer
from tests.servers import DaphneServer

NEVER_SAMPLED = ("question", "card", "chat.deleted", "muted", "counters", "stage", "state")


def payload(kind: str, number: int) -> dict[str, Any]:
    """A valid event of ``kind`` (the socket tests check every frame against the schemas)."""
    if kind == "chat.message":
        message = {"id": number, "author": "王同学", "host": False, "body": f"m{number:03d}"}
        return {"type": kind, "message": {**message, "at": "2026-12-06T02:00:00Z"}}
    if kind == "question":
        return {"type": kind, "question": {"id": number, "state": "open", "body": f"q{number:03d}"}}
    if kind == "card":
        card = {"id": number, "job_id": 1, "title": "算法工程师", "company": "灵思", "city": "上海"}
        return {"type": kind, "card": {**card, "salary": "面议", "headcount": 1, "url": "/jobs/1/"}}
    if kind == "chat.deleted":
        return {"type": kind, "id": number}
    if kind == "muted":
        return {"type": kind, "until": "2026-12-06T03:00:00Z"}
    if kind == "counters":
        return {"type": kind, "questions": number, "pending": 0, "applications": 0, "card_applications": 0}
    if kind == "stage":
        return {"type": kind, "stage": "live"}
    return {"type": "state", "state": "live"}


def events_of(frames: list[str]) -> list[dict[str, Any]]:
    """The sequenced events in ``frames``, batches unpacked, every frame checked by the schema."""
    events: list[dict[str, Any]] = []
    for text in frames:
        frame = json.loads(text)
        outbound_adapter.validate_python(frame)
        if frame["type"] == "batch":
            events.extend(frame["events"])
        elif "seq" in frame and frame["type"] not in {"snapshot", "resumed"}:
            events.append(frame)
    return events


# --- the hub, driven directly ---------------------------------------------------------------


class Recorder:
    """What a server would have sent to one socket."""

    def __init__(self) -> None:
        self.frames: list[str] = []

    async def send(self, message: dict[str, Any]) -> None:
        self.frames.append(message["text"])

    async def close(self, code: int) -> None:
        raise AssertionError(f"the hub closed a healthy socket ({code})")


def run_stream(stream: list[tuple[str, str]], gaps: list[float]) -> dict[str, Any]:
    """Dispatch ``stream`` (kind, audience) through a real hub to three viewers, a host and the
    author of targeted events (``u7``); ``gaps``: seconds to wait after each event."""

    async def main() -> dict[str, Any]:
        hub = Hub(MemoryBackend(500))
        recorders: dict[str, Recorder] = {}
        sinks: dict[str, Sink] = {}
        for name, moderator, user in [
            ("v1", False, None),
            ("v2", False, None),
            ("v3", False, None),
            ("author", False, "u7"),
            ("host", True, "u1"),
        ]:
            recorder = recorders[name] = Recorder()
            sink = sinks[name] = Sink(
                recorder.send, recorder.close, user_key=user, moderator=moderator, viewer_key=name
            )
            await hub.join(1, sink)
            sink.start('{"type":"resumed","seq":0}', 0, [])
        for seq, ((kind, audience), gap) in enumerate(zip(stream, gaps, strict=True), start=1):
            hub.dispatch(1, Event(seq, audience, encode_body(payload(kind, seq))))
            if gap:
                await asyncio.sleep(gap)
        await settle(hub, rounds=100)
        return {name: recorder.frames[1:] for name, recorder in recorders.items()}

    return asyncio.run(main())


KINDS = st.sampled_from(["chat.message"] * 6 + list(NEVER_SAMPLED))
AUDIENCES = st.sampled_from([EVERYONE] * 8 + [MODERATORS, "u7", f"{MODERATORS},u7"])


@examples(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    stream=st.lists(st.tuples(KINDS, AUDIENCES), min_size=1, max_size=120),
    pause=st.lists(st.sampled_from([0.0, 0.0, 0.0, 0.004, 0.03]), min_size=120, max_size=120),
)
def test_sampling_never_drops_anything_but_chat_and_hosts_get_everything(stream, pause):
    with override_settings(
        LIVE_ROOM_COALESCE_MS=20, LIVE_ROOM_HOST_COALESCE_MS=0, LIVE_ROOM_CHAT_SAMPLE_RATE=5
    ):
        frames = run_stream(stream, pause[: len(stream)])
    sent = [(seq, kind, audience) for seq, (kind, audience) in enumerate(stream, start=1)]
    seen = {name: events_of(got) for name, got in frames.items()}
    for name, events in seen.items():
        numbers = [e["seq"] for e in events]
        assert numbers == sorted(set(numbers)), f"{name}: events out of order or repeated"
    host = [(e["seq"], e["type"]) for e in seen["host"]]
    assert host == [(seq, kind) for seq, kind, audience in sent if audience != "u7"]
    for name in ("v1", "v2", "v3", "author"):
        got = {e["seq"] for e in seen[name]}
        for seq, kind, audience in sent:
            visible = audience == EVERYONE or (name == "author" and "u7" in audience.split(","))
            if visible and kind != "chat.message":
                assert seq in got, f"{name} lost {kind} #{seq}"
            if not visible:
                assert seq not in got, f"{name} saw #{seq} meant for {audience}"
    # one sample for the room: every viewer got the same frames, byte for byte
    assert frames["v1"] == frames["v2"] == frames["v3"]


def test_the_sample_is_deterministic_and_keeps_the_configured_rate():
    events = [Event(n, EVERYONE, encode_body(payload("chat.message", n))) for n in range(1, 1001)]
    first, second = coalesce.Sampler(20), coalesce.Sampler(20)
    kept = first.sample(events, 100.0)
    assert kept == second.sample(events, 100.0)
    assert len(kept) == 200  # 20 of every 100
    assert coalesce.Sampler(20).sample(events[:50], 19.0) == events[:50]  # under the rate: all
    assert coalesce.Sampler(0).sample(events, 1000.0) == events  # 0: never sample


def test_a_burst_of_large_events_is_split_into_frames_a_client_accepts():
    big = [
        Event(n, EVERYONE, encode_body({"type": "chat.deleted", "id": n, "x": "x" * 8000}))
        for n in range(1, 40)
    ]
    parts = coalesce.split(big)
    assert [e for part, _ in parts for e in part] == big
    assert all(len(frame) <= coalesce.MAX_FRAME_CHARS + 9000 for _, frame in parts)
    assert len(parts) > 1


# --- through the ASGI stack -----------------------------------------------------------------


async def publish(room: int, kinds: list[str], audience: str = EVERYONE) -> None:
    backend = get_backend()

    def run() -> None:
        for number, kind in enumerate(kinds, start=1):
            backend.publish(room, audience, encode_body(payload(kind, number)))

    await asyncio.to_thread(run)


async def drain(socket: Socket, count: int, timeout: float = 5) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    while len(events) < count:
        frame = await socket.receive(timeout)
        if "seq" in frame:
            events.append(frame)
    return events


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_viewer_resuming_from_the_middle_of_a_coalesced_frame_gets_exactly_what_it_missed(
    live_world, settings
):
    settings.LIVE_ROOM_COALESCE_MS = settings.LIVE_ROOM_COALESCE_MIN_MS = 300  # a fixed window
    room = live_world.session.pk
    viewer = Socket(room)
    await viewer.connect()
    await publish(room, ["chat.deleted"] * 12)
    first = await drain(viewer, 12)
    numbers = [e["seq"] for e in first]
    assert numbers == list(range(numbers[0], numbers[0] + 12)), "in order, none missing"
    batch = next(b for b in viewer.batches if len(b["events"]) >= 3)
    assert [e["seq"] for e in batch["events"]] == sorted(e["seq"] for e in batch["events"])
    middle = batch["events"][1]["seq"]  # the viewer saw the first two events of this frame
    await viewer.close()

    await publish(room, ["question", "chat.deleted", "card"])
    back = Socket(room, query=f"after={middle}")
    assert await back.connect() == {"type": "resumed", "seq": middle}
    missed = json.loads(await back.communicator.receive_from(3))
    assert missed["type"] == "batch", "what it missed comes as one frame"
    got = [e["seq"] for e in missed["events"]]
    assert got == list(range(middle + 1, numbers[-1] + 4))
    assert [e["type"] for e in missed["events"][-3:]] == ["question", "chat.deleted", "card"]
    await back.close()


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_busy_chat_is_sampled_for_viewers_while_the_host_gets_every_message(live_world, settings):
    settings.LIVE_ROOM_COALESCE_MS = settings.LIVE_ROOM_COALESCE_MIN_MS = 100
    settings.LIVE_ROOM_CHAT_SAMPLE_RATE = 5
    room = live_world.session.pk
    viewer, host = Socket(room), Socket(room, live_world.host)
    await viewer.connect()
    await host.connect()
    kinds = (["chat.message"] * 9 + ["question"]) * 6
    await publish(room, kinds)
    host_events = await drain(host, len(kinds))
    assert [e["type"] for e in host_events] == kinds
    await asyncio.sleep(0.5)  # the viewer's last frame leaves at most one window later
    seen: list[dict[str, Any]] = []
    while not await viewer.nothing_more():
        frame = await viewer.receive()
        if "seq" in frame:
            seen.append(frame)
    assert sum(e["type"] == "question" for e in seen) == 6, "every question reaches every viewer"
    chats = [e for e in seen if e["type"] == "chat.message"]
    assert len(chats) < 54, "the viewer got a sample of the chat"
    assert any(b.get("chat_rate") for b in viewer.batches), "and was told the room's real rate"
    assert [e["seq"] for e in seen] == sorted(e["seq"] for e in seen)
    await viewer.close()
    await host.close()


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_viewer_too_far_behind_gets_a_snapshot_instead_of_a_huge_frame(live_world, settings):
    settings.LIVE_ROOM_RESUME_MAX = 5
    room = live_world.session.pk
    viewer = Socket(room)
    snapshot = await viewer.connect()
    await viewer.close()
    await publish(room, ["chat.deleted"] * 8)
    back = Socket(room, query=f"after={snapshot['seq']}")
    assert (await back.connect())["type"] == "snapshot"
    await back.close()


# --- under real servers: daphne (make run) and uvicorn (production's live-room sockets) --------


async def real_server_run(server: DaphneServer, backend: RedisBackend, room: int) -> dict[str, Any]:
    url = f"{server.ws_url}/ws/live/{room}/"
    async with connect(url, origin=server.url) as viewer:
        assert json.loads(await viewer.recv())["type"] == "snapshot"
        kinds = (["chat.message"] * 9 + ["question"]) * 4

        def run() -> None:
            for number, kind in enumerate(kinds, start=1):
                backend.publish(room, EVERYONE, encode_body(payload(kind, number)))

        await asyncio.to_thread(run)
        frames: list[str] = []
        try:
            while True:
                text = await asyncio.wait_for(viewer.recv(), 1.5)
                if '"seq"' in text:
                    frames.append(text)
        except TimeoutError:
            pass
    events = events_of(frames)
    batch = next(json.loads(f) for f in frames if f.startswith('{"type":"batch"') and f.count('"seq"') >= 3)
    middle = batch["events"][1]["seq"]
    async with connect(f"{url}?after={middle}", origin=server.url) as back:
        resumed = json.loads(await back.recv())
        missed = events_of([await asyncio.wait_for(back.recv(), 3)])
    return {"events": events, "frames": frames, "resumed": resumed, "middle": middle, "missed": missed}


@pytest.mark.slow
@pytest.mark.redis
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("server_class", [DaphneServer, UvicornServer], ids=["daphne", "uvicorn"])
def test_under_both_servers_frames_are_coalesced_sampled_and_resumable(live_world, redis_url, server_class):
    prefix = f"test:{uuid.uuid4().hex[:8]}:live"
    env = {"LIVE_ROOM_COALESCE_MS": "200", "LIVE_ROOM_COALESCE_MIN_MS": "200"}
    env["LIVE_ROOM_CHAT_SAMPLE_RATE"] = "5"
    server = server_class(redis_url=redis_url, prefix=prefix, env=env).start()
    backend = RedisBackend(redis_url, prefix, buffer=500, ttl=60)
    try:
        run = asyncio.run(real_server_run(server, backend, live_world.session.pk))
    finally:
        server.stop()
    events = run["events"]
    assert [e["seq"] for e in events] == sorted({e["seq"] for e in events})
    assert sum(e["type"] == "question" for e in events) == 4
    assert sum(e["type"] == "chat.message" for e in events) < 36
    assert any('"chat_rate":' in f for f in run["frames"])
    assert run["resumed"] == {"type": "resumed", "seq": run["middle"]}
    last = backend.current_seq(live_world.session.pk)
    assert [e["seq"] for e in run["missed"]] == list(range(run["middle"] + 1, last + 1))
