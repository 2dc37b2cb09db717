"""Clients that acknowledge every event but never read: daphne would buffer for them without
limit. The hub reads what daphne's transport holds for each socket and drops it past
``LIVE_ROOM_MAX_BUFFERED``; this runs under a real daphne, so an upgrade that moves the
transport's write buffer (a private Twisted attribute, read in ``realtime/clients.py``) fails here.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import re
import socket
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import psutil
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from livestream.realtime.backends import RedisBackend
from livestream.realtime.events import encode_body
from tests.servers import ROOT, DaphneServer, spawn

pytestmark = [
    pytest.mark.slow,
    pytest.mark.redis,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CLIENTS = 100
READERS = 5
EVENTS = 500
EVENT_BYTES = 8 * 1024  # 500 events × 8 KiB = 4 MiB offered to each client, 400 MiB in all
MAX_BUFFERED = 256 * 1024
RSS_BOUND = 64 * 1024 * 1024  # growth allowed while 100 liars run: 100 × 256 KiB plus slack


def masked(payload: bytes, opcode: int = 0x1) -> bytes:
    """A client-to-server WebSocket frame (clients must mask)."""
    mask = os.urandom(4)
    length = len(payload)
    header = bytes([0x80 | opcode]) + (
        bytes([0x80 | length]) if length < 126 else bytes([0x80 | 126]) + length.to_bytes(2, "big")
    )
    return header + mask + bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))


class LyingClient:
    """Completes the handshake, then only writes: a ping claiming every event arrived, each 0.5 s."""

    def __init__(self, port: int, room: int) -> None:
        self.port, self.room = port, room
        self.dropped = False

    async def open(self) -> LyingClient:
        loop = asyncio.get_running_loop()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # a phone on a bad link
        self.sock.setblocking(False)
        await loop.sock_connect(self.sock, ("127.0.0.1", self.port))
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET /ws/live/{self.room}/ HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n"
            f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            f"Sec-WebSocket-Version: 13\r\nOrigin: http://127.0.0.1:{self.port}\r\n\r\n"
        )
        await loop.sock_sendall(self.sock, request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += await loop.sock_recv(self.sock, 1)  # the handshake only, byte by byte
        assert response.startswith(b"HTTP/1.1 101"), response
        return self

    async def lie(self, until: float) -> None:
        loop = asyncio.get_running_loop()
        ping = masked(json.dumps({"type": "ping", "received": 10**9}).encode())
        while time.monotonic() < until:
            try:
                await asyncio.wait_for(loop.sock_sendall(self.sock, ping), 2)
            except (OSError, TimeoutError):
                self.dropped = True
                return
            await asyncio.sleep(0.5)

    def close(self) -> None:
        self.sock.close()


def publish_many(redis_url: str, prefix: str, room: int, pause: float = 0.005) -> None:
    backend = RedisBackend(redis_url, prefix, buffer=500, ttl=60)
    body = encode_body({"type": "chat.deleted", "id": 1, "padding": "x" * EVENT_BYTES})
    for _ in range(EVENTS):
        backend.publish(room, "*", body)
        time.sleep(pause)


async def read_everything(url: str, origin: str) -> tuple[int, int | None]:
    """A healthy viewer: reads and acknowledges; (events received, close code if closed)."""
    received = 0
    async with connect(url, origin=origin, max_size=2**20) as viewer:
        try:
            async with asyncio.timeout(30):
                while received < EVENTS:
                    frame = json.loads(await viewer.recv())
                    events = frame["events"] if frame["type"] == "batch" else [frame]
                    before = received
                    received += sum(event["type"] == "chat.deleted" for event in events)
                    if received // 100 > before // 100:
                        await viewer.send(json.dumps({"type": "ping", "received": received}))
        except ConnectionClosed:
            return received, viewer.close_code
    return received, None


async def liars_run(server: DaphneServer, redis_url: str, prefix: str, room: int) -> dict[str, object]:
    """RSS before and at its highest while the liars run, how many were dropped, sockets left
    in the room, and what the honest readers received."""
    process = psutil.Process(server.process.pid)
    liars = [await LyingClient(server.port, room).open() for _ in range(CLIENTS)]
    url = f"{server.ws_url}/ws/live/{room}/"
    readers = [asyncio.create_task(read_everything(url, server.url)) for _ in range(READERS)]
    await asyncio.sleep(1)
    before = process.memory_info().rss
    highest = before
    until = time.monotonic() + 25
    lying = [asyncio.create_task(liar.lie(until)) for liar in liars]
    publishing = asyncio.create_task(asyncio.to_thread(publish_many, redis_url, prefix, room))
    series = f'shanhai_live_sockets{{room="{room}"}}'
    while time.monotonic() < until:
        highest = max(highest, process.memory_info().rss)
        finished = publishing.done() and all(reader.done() for reader in readers)
        if finished and await asyncio.to_thread(server.gauge, series) == 0:
            break
        await asyncio.sleep(0.1)
    await publishing
    left = await asyncio.to_thread(server.gauge, series)
    for task in lying:
        task.cancel()
    for liar in liars:
        liar.close()
    return {
        "before": before,
        "highest": highest,
        "dropped": sum(liar.dropped for liar in liars),
        "left": left,
        "readers": await asyncio.gather(*readers),
    }


@pytest.mark.redis
def test_clients_that_ack_but_never_read_are_dropped_and_the_server_stays_within_its_bound(
    live_world, redis_url
):
    prefix = f"test:{uuid.uuid4().hex[:8]}:live"
    sockets = str(CLIENTS + READERS)
    env = {"LIVE_ROOM_MAX_BUFFERED": str(MAX_BUFFERED), "LIVE_ROOM_SOCKETS_PER_ADDRESS": sockets}
    server = DaphneServer(redis_url=redis_url, prefix=prefix, env=env).start()
    try:
        run = asyncio.run(liars_run(server, redis_url, prefix, live_world.session.pk))
    finally:
        server.stop()
    growth = run["highest"] - run["before"]
    mib = 2**20
    print(f"RSS {run['before'] / mib:.1f} -> {run['highest'] / mib:.1f} MiB (+{growth / mib:.1f}); ", run)
    assert run["left"] == 0, "every lying socket was dropped and left the room"
    assert growth < RSS_BOUND
    assert run["readers"] == [(EVENTS, None)] * READERS  # viewers who read lose nothing


class UvicornServer(DaphneServer):
    """The same application under uvicorn, whose ``send`` waits (the hub's outbox path), on
    production's event loop (uvloop, ``deploy/systemd/shanhai-uvicorn@.service``) unless ``args``
    choose another (``["--loop", "asyncio"]``)."""

    def start(self) -> UvicornServer:
        command = [
            str(Path(sys.executable).with_name("uvicorn")),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--no-access-log",
            "--log-level",
            "warning",
            *(self.args or ["--loop", "uvloop"]),
            "events_server.asgi:application",
        ]
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.process = spawn(command, cwd=ROOT, env=self.env, stdout=log, stderr=log)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1):  # noqa: S310 - our own URL
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"uvicorn did not start: {self.log.read_text()[-2000:]}")


async def hostile_then_friendly(server: DaphneServer, room: int) -> list[str]:
    async with connect(f"{server.ws_url}/ws/live/{room}/", origin=server.url) as viewer:
        kinds = [json.loads(await viewer.recv())["type"]]
        for text in ("[" * 2000 + "]" * 2000, json.dumps({"type": "ping", "ref": "p"})):
            await viewer.send(text)
            while (frame := json.loads(await viewer.recv()))["type"] not in {"error", "pong"}:
                pass
            kinds.append(frame.get("code", frame["type"]))
    return kinds


def test_under_uvicorn_the_room_answers_as_under_daphne(live_world):
    """The write-buffer probe stands aside under uvicorn (its ``send`` applies backpressure)."""
    server = UvicornServer().start()
    try:
        kinds = asyncio.run(hostile_then_friendly(server, live_world.session.pk))
    finally:
        server.stop()
    assert kinds == ["snapshot", "bad_frame", "pong"]


async def burst_to_readers(server: DaphneServer, redis_url: str, prefix: str, room: int) -> list:
    url = f"{server.ws_url}/ws/live/{room}/"
    readers = [asyncio.create_task(read_everything(url, server.url)) for _ in range(READERS)]
    await asyncio.sleep(1)
    await asyncio.to_thread(publish_many, redis_url, prefix, room, 0)
    return await asyncio.gather(*readers)


@pytest.mark.redis
def test_viewers_who_read_get_a_burst_of_events_far_larger_than_the_buffer_limit(live_world, redis_url):
    prefix = f"test:{uuid.uuid4().hex[:8]}:live"
    env = {"LIVE_ROOM_MAX_BUFFERED": str(MAX_BUFFERED)}
    server = DaphneServer(redis_url=redis_url, prefix=prefix, env=env).start()
    try:
        readers = asyncio.run(burst_to_readers(server, redis_url, prefix, live_world.session.pk))
    finally:
        server.stop()
    assert readers == [(EVENTS, None)] * READERS  # 4 MiB each as fast as Redis takes it


@pytest.mark.redis
def test_under_uvicorn_the_hubs_outbox_drops_clients_that_never_read(live_world, redis_url):
    """uvicorn's ``send`` waits while a socket's transport is full: the hub finishes that send in a
    task of the socket's own and queues later frames behind it (``Sink._finish``), dropping the
    socket past ``LIVE_ROOM_MAX_QUEUED`` frames, while readers get everything (the path daphne,
    whose ``send`` never waits, does not take)."""
    prefix = f"test:{uuid.uuid4().hex[:8]}:live"
    sockets = str(CLIENTS + READERS)
    env = {"LIVE_ROOM_MAX_QUEUED": "50", "LIVE_ROOM_SOCKETS_PER_ADDRESS": sockets}
    server = UvicornServer(redis_url=redis_url, prefix=prefix, env=env).start()
    try:
        run = asyncio.run(liars_run(server, redis_url, prefix, live_world.session.pk))
    finally:
        server.stop()
    growth = run["highest"] - run["before"]
    print(f"uvicorn RSS +{growth / 2**20:.1f} MiB; ", {k: v for k, v in run.items() if k != "readers"})
    assert run["left"] == 0, "every socket that did not read was dropped and left the room"
    assert growth < RSS_BOUND
    assert run["readers"] == [(EVENTS, None)] * READERS


# --- frames written straight to uvicorn's transport (clients.direct_writer) ------------------


def publish_mixed(redis_url: str, prefix: str, room: int) -> None:
    """Events of every size a frame header has a form for, in a burst and one by one."""
    backend = RedisBackend(redis_url, prefix, buffer=500, ttl=60)
    for number, size in enumerate([0, 10, 120, 126, 4000, 65535, 70000, 30, 2] * 4, start=1):
        body = encode_body({"type": "chat.deleted", "id": number, "padding": "数" * size})
        backend.publish(room, "*", body)
        time.sleep(0.002 if number % 3 else 0.05)


async def events_seen(server: DaphneServer, redis_url: str, prefix: str, room: int) -> list[list]:
    """What a viewer that agreed permessage-deflate (as browsers do) and one that did not got:
    the events' ids and sizes, in order."""
    url = f"{server.ws_url}/ws/live/{room}/"
    async with (
        connect(url, origin=server.url, max_size=2**22) as deflating,
        connect(url, origin=server.url, compression=None, max_size=2**22) as plain,
    ):
        for viewer in (deflating, plain):
            assert json.loads(await viewer.recv())["type"] == "snapshot"
        await asyncio.to_thread(publish_mixed, redis_url, prefix, room)
        seen = []
        for viewer in (deflating, plain):
            events = []
            with contextlib.suppress(TimeoutError):
                while True:
                    frame = json.loads(await asyncio.wait_for(viewer.recv(), 1.5))
                    batch = frame["events"] if frame["type"] == "batch" else [frame]
                    events += [(e["id"], len(e["padding"])) for e in batch if e.get("type") == "chat.deleted"]
            seen.append(events)
    return seen


def direct_writes(server: DaphneServer) -> float:
    with urllib.request.urlopen(server.url + "/metrics", timeout=5) as response:  # noqa: S310
        text = response.read().decode()
    match = re.search(r"^shanhai_live_direct_writes_total (\S+)$", text, re.M)
    assert match, "the counter is exported"
    return float(match.group(1))


@pytest.mark.parametrize(
    ("direct", "loop"),
    [(True, "uvloop"), (False, "uvloop"), (True, "asyncio")],
    ids=["direct", "through-send", "direct-asyncio"],
)
def test_under_uvicorn_frames_written_directly_arrive_as_through_its_send(
    live_world, redis_url, direct, loop
):
    """The fence for the private path: under the pinned uvicorn (and the newest patch release in
    ``.ci/newest-django``), on production's uvloop and on the standard library's loop, frames of
    every length reach viewers with and without permessage-deflate, in order, exactly as through
    uvicorn's own ``send``, and the direct path is really taken (or really not, when switched
    off)."""
    prefix = f"test:{uuid.uuid4().hex[:8]}:live"
    env = {"LIVE_ROOM_DIRECT_WRITES": "true" if direct else "false"}
    server = UvicornServer(redis_url=redis_url, prefix=prefix, env=env, args=["--loop", loop]).start()
    try:
        deflating, plain = asyncio.run(events_seen(server, redis_url, prefix, live_world.session.pk))
        written = direct_writes(server)
    finally:
        server.stop()
    expected = [(n, size) for n, size in enumerate([0, 10, 120, 126, 4000, 65535, 70000, 30, 2] * 4, start=1)]
    assert deflating == expected
    assert plain == expected
    assert (written >= len(expected)) if direct else (written == 0)
