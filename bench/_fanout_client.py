"""Viewer client process for ``bench/fanout.py``: many live-room sockets in one event loop.

Started by ``bench/fanout.py`` (never by hand). It reads one JSON command per line on
stdin and answers with one JSON line on stdout:

    {"cmd": "connect", "url": ..., "origin": ..., "count": N, "batch": B, "timeout": s}
    {"cmd": "reset", "since": ns}   forget samples; count chat frames stamped >= since
    {"cmd": "count"}                how many chat frames were counted so far (cheap)
    {"cmd": "stats"}                the latencies (µs) and counters since the last reset
    {"cmd": "close"}                close every socket
    {"cmd": "quit"}

Sockets are plain non-blocking sockets read with ``recvmsg`` (a minimal RFC 6455 client: the
handshake, masked pings and close, server pings answered, permessage-deflate if asked for), so
each frame's arrival is the kernel's receive stamp (``SO_TIMESTAMPNS``), not the moment this
process got to it; the second figure is kept as "handled".

The client does as little as it can per frame: a frame may hold one event or a batch of
several (``{"type":"batch","events":[...]}``); each event's kind and send time (the ``body``
of a chat message or question holds it) are found with string searches (no JSON parsing),
and every event inside a batch counts as one delivery. The ping the server requires ("received" = sequenced
events seen on this socket) goes out every 100 events and every 15 s. It imports no Django.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import gc
import hashlib
import json
import os
import random
import re
import resource
import secrets
import socket
import struct
import sys
import time
import urllib.parse
import zlib
from collections import Counter

PING_EVERY_EVENTS = 100
PING_EVERY_SECONDS = 15.0
PING_TICK_SECONDS = 0.5
PING_SLOTS = int(PING_EVERY_SECONDS / PING_TICK_SECONDS)
BODY = '"body":"'
EVENT = '{"seq":'
KIND = '"type":"'
RATE = '"chat_rate":'
KINDS = re.compile(r'"type":"([a-z_.]+)"')

SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)  # Linux: the kernel stamps each arrival
ANCILLARY = socket.CMSG_SPACE(16)  # one struct timespec
READ_SIZE = 1 << 18
WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
DEFLATE_OFFER = "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"


class Closed(Exception):
    pass


def client_frame(opcode: int, payload: bytes) -> bytes:
    """A masked frame (RFC 6455 5.3: every frame a client sends is masked)."""
    mask = os.urandom(4)
    length = len(payload)
    if length < 126:
        header = bytes([0x80 | opcode, 0x80 | length])
    elif length < 65536:
        header = bytes([0x80 | opcode, 0x80 | 126]) + length.to_bytes(2, "big")
    else:
        header = bytes([0x80 | opcode, 0x80 | 127]) + length.to_bytes(8, "big")
    key = int.from_bytes((mask * (length // 4 + 1))[:length], "big")
    masked = (int.from_bytes(payload, "big") ^ key).to_bytes(length, "big") if length else b""
    return header + mask + masked


class Viewer:
    """One socket, spoken to without a WebSocket library: the client reads with ``recvmsg`` and
    the kernel's receive timestamp (``SO_TIMESTAMPNS``), so a frame's latency is the moment it
    reached this viewer's socket, not the moment this one process (standing in for thousands of
    phones) got round to it; that later moment is kept too ("handled").

    Like browsers, viewers ping out of step with each other: each has its own phase for the
    timed ping and a random head start on the every-100-events ping."""

    __slots__ = (
        "buffer",
        "close_code",
        "compressed",
        "first",
        "fragments",
        "inflater",
        "pinged",
        "pings",
        "received",
        "slot",
        "sock",
    )

    def __init__(self, sock: socket.socket, inflater) -> None:
        self.sock = sock
        self.buffer = bytearray()
        self.fragments: list[bytes] = []
        self.inflater = inflater  # a zlib decompressor when permessage-deflate was agreed
        self.first: asyncio.Future[str] | None = None
        self.close_code = 1006
        self.compressed = False
        self.received = 0  # sequenced events on this socket
        self.pinged = -random.randrange(PING_EVERY_EVENTS)
        self.slot = random.randrange(PING_SLOTS)
        self.pings = 0

    def ping_frame(self) -> bytes:
        self.pinged = self.received
        self.pings += 1
        text = f'{{"type":"ping","ref":"p{self.pings}","received":{self.received}}}'
        return client_frame(0x1, text.encode())

    def send(self, data: bytes) -> None:
        try:
            sent = self.sock.send(data)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError as error:
            raise Closed from error
        if sent < len(data):  # rare for frames this small; finish it in the background
            asyncio.get_running_loop().create_task(self._send_rest(data[sent:]))

    async def _send_rest(self, data: bytes) -> None:
        with contextlib.suppress(OSError):
            await asyncio.get_running_loop().sock_sendall(self.sock, data)


class Clients:
    def __init__(self) -> None:
        self.viewers: set[Viewer] = set()
        self.since = 0
        self.latencies: list[int] = []  # µs from the send stamp to arrival at the socket
        self.handled: list[int] = []  # µs from the send stamp to this process reading it
        self.stale = 0  # chat frames sent before the current measurement (warm-up)
        self.other = 0  # unsequenced frames: viewers, pong
        self.frames = 0  # frames holding events (single or batch)
        self.kinds: Counter[str] = Counter()  # events received since the reset, by type
        self.sampled_frames = 0  # batches that said the chat was sampled
        self.refused: Counter[str] = Counter()  # error frames, by their first 100 characters
        self.closed: Counter[str] = Counter()  # sockets the server closed, by close code
        self.closing_all = False

    # --- connecting ------------------------------------------------------------------------

    async def open_one(self, url: str, origin: str, timeout: float, deflate: bool) -> None:
        loop = asyncio.get_running_loop()
        parts = urllib.parse.urlsplit(url)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        viewer: Viewer | None = None
        try:
            await asyncio.wait_for(loop.sock_connect(sock, (parts.hostname, parts.port or 80)), timeout)
            key = base64.b64encode(os.urandom(16))
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            request = (
                f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key.decode()}\r\nSec-WebSocket-Version: 13\r\n"
                f"Origin: {origin}\r\nCookie: lv={secrets.token_hex(8)}\r\n"
                + (DEFLATE_OFFER if deflate else "")
                + "\r\n"
            )
            await loop.sock_sendall(sock, request.encode())
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = await asyncio.wait_for(loop.sock_recv(sock, 65536), timeout)
                if not chunk:
                    raise ConnectionError("closed during the handshake")
                head += chunk
            head, _, rest = head.partition(b"\r\n\r\n")
            status, *lines = head.decode("latin1").split("\r\n")
            if " 101 " not in status + " ":
                raise ConnectionError(f"handshake answered {status[:60]}")
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
            accept = base64.b64encode(hashlib.sha1(key + WS_GUID).digest()).decode()  # noqa: S324
            if headers.get("sec-websocket-accept") != accept:
                raise ConnectionError("bad Sec-WebSocket-Accept")
            agreed = "permessage-deflate" in headers.get("sec-websocket-extensions", "")
            viewer = Viewer(sock, zlib.decompressobj(-15) if agreed else None)
            viewer.buffer += rest
            viewer.first = waiting = loop.create_future()  # on_message resolves it and lets go
            loop.add_reader(sock.fileno(), self.on_readable, viewer)
            if rest:  # the first frame came with the handshake's answer
                self.parse(viewer, time.time_ns())
            first = await asyncio.wait_for(waiting, timeout)
        except BaseException:
            if viewer is not None:
                self.drop(viewer, count=False)
            else:
                sock.close()
            raise
        if not first.startswith('{"type":"snapshot"'):
            self.drop(viewer, count=False)
            raise RuntimeError(f"first frame was not a snapshot: {first[:80]}")
        self.viewers.add(viewer)

    async def open_many(self, url: str, origin: str, count: int, batch: int, timeout: float, deflate: bool):
        started = time.monotonic()
        errors: Counter[str] = Counter()
        done = 0
        while done < count:
            size = min(batch, count - done)
            results = await asyncio.gather(
                *(self.open_one(url, origin, timeout, deflate) for _ in range(size)), return_exceptions=True
            )
            for result in results:
                if isinstance(result, BaseException):
                    errors[f"{type(result).__name__}: {str(result)[:80]}"] += 1
            done += size
        return {
            "connected": count - sum(errors.values()),
            "failed": sum(errors.values()),
            "errors": dict(errors.most_common(5)),
            "seconds": time.monotonic() - started,
        }

    def drop(self, viewer: Viewer, *, count: bool = True) -> None:
        with contextlib.suppress(Exception):
            asyncio.get_running_loop().remove_reader(viewer.sock.fileno())
        with contextlib.suppress(OSError):
            viewer.sock.close()
        if viewer in self.viewers:
            self.viewers.discard(viewer)
            if count and not self.closing_all:
                self.closed[str(viewer.close_code)] += 1
        if viewer.first is not None and not viewer.first.done():
            viewer.first.set_exception(ConnectionError(f"closed {viewer.close_code}"))

    # --- receiving -------------------------------------------------------------------------

    def on_readable(self, viewer: Viewer) -> None:
        try:
            data, ancillary, _flags, _address = viewer.sock.recvmsg(READ_SIZE, ANCILLARY)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self.drop(viewer)
            return
        if not data:
            self.drop(viewer)
            return
        arrived = time.time_ns()
        for level, kind, value in ancillary:
            if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(value) >= 16:
                seconds, nanoseconds = struct.unpack("qq", value[:16])
                arrived = seconds * 1_000_000_000 + nanoseconds  # the newest data in this read
        viewer.buffer += data
        try:
            self.parse(viewer, arrived)
        except Closed:
            self.drop(viewer)

    def parse(self, viewer: Viewer, arrived: int) -> None:
        buffer = viewer.buffer
        while len(buffer) >= 2:
            first, second = buffer[0], buffer[1]
            length, offset = second & 0x7F, 2
            if length == 126:
                if len(buffer) < 4:
                    return
                length, offset = int.from_bytes(buffer[2:4], "big"), 4
            elif length == 127:
                if len(buffer) < 10:
                    return
                length, offset = int.from_bytes(buffer[2:10], "big"), 10
            if len(buffer) < offset + length:
                return
            payload = bytes(buffer[offset : offset + length])
            del buffer[: offset + length]
            opcode = first & 0x0F
            if opcode in (0x0, 0x1, 0x2):
                if opcode:  # a message's first frame says whether it is compressed (RSV1)
                    viewer.compressed = bool(first & 0x40)
                viewer.fragments.append(payload)
                if first & 0x80:  # FIN
                    message = b"".join(viewer.fragments)
                    viewer.fragments = []
                    if viewer.compressed and viewer.inflater is not None:
                        message = viewer.inflater.decompress(message + b"\x00\x00\xff\xff")
                    self.on_message(viewer, message.decode(), arrived)
            elif opcode == 0x8:  # close: answer and go
                viewer.close_code = int.from_bytes(payload[:2], "big") if len(payload) >= 2 else 1005
                with contextlib.suppress(Closed):
                    viewer.send(client_frame(0x8, payload[:2]))
                raise Closed
            elif opcode == 0x9:  # the server's ping
                viewer.send(client_frame(0xA, payload))

    def on_message(self, viewer: Viewer, message: str, arrived: int) -> None:
        if viewer.first is not None:
            if not viewer.first.done():
                viewer.first.set_result(message)
            viewer.first = None
            return
        if message.startswith(EVENT) or message.startswith('{"type":"batch"'):
            now = time.time_ns()
            self.frames += 1
            if RATE in message:
                self.sampled_frames += 1
            if not self.frame_at_once(viewer, message, arrived, now):
                self.event_by_event(viewer, message, arrived, now)
            if viewer.received - viewer.pinged >= PING_EVERY_EVENTS:
                viewer.send(viewer.ping_frame())
        elif message.startswith('{"type":"error"'):
            self.refused[message[:100]] += 1
        else:
            self.other += 1

    def frame_at_once(self, viewer: Viewer, message: str, arrived: int, now: int) -> bool:
        """The usual case, at C speed: every stamped event of the frame is given the latency of its
        oldest (first) stamped event, which is never less than its own, so percentiles err late;
        kinds are counted with one regular expression. False when the frame holds events sent
        before the measurement began (warm-up): then it is read event by event."""
        body = message.find(BODY)
        if body < 0:
            if not self.since:
                viewer.received += message.count(EVENT)
                return True
            return False
        body += len(BODY)
        try:
            sent = int(message[body : message.index('"', body)])
        except ValueError:
            return False
        if sent < self.since:
            return False
        viewer.received += message.count(EVENT)
        stamped = message.count(BODY)
        self.latencies.extend([(arrived - sent) // 1000] * stamped)
        self.handled.extend([(now - sent) // 1000] * stamped)
        kinds = KINDS.findall(message)
        self.kinds.update(kind for kind in kinds if kind != "batch")
        return True

    def event_by_event(self, viewer: Viewer, message: str, arrived: int, now: int) -> None:
        at = message.find(EVENT)
        while at >= 0:
            viewer.received += 1
            following = message.find(EVENT, at + 7)
            end = following if following > 0 else len(message)
            start = message.find(KIND, at, end) + len(KIND)
            kind = message[start : message.find('"', start)]
            body = message.find(BODY, start, end)
            if body > 0:
                body += len(BODY)
                try:
                    sent = int(message[body : message.index('"', body)])
                except ValueError:
                    sent = 0
                if sent >= self.since:
                    self.latencies.append((arrived - sent) // 1000)
                    self.handled.append((now - sent) // 1000)
                    self.kinds[kind] += 1
                else:
                    self.stale += 1
            elif self.since:
                self.kinds[kind] += 1
            at = following

    async def ping_forever(self) -> None:
        """Ping every socket every 15 s, each in its own slot, so the pings are spread out."""
        tick = 0
        while True:
            await asyncio.sleep(PING_TICK_SECONDS)
            tick = (tick + 1) % PING_SLOTS
            for viewer in [v for v in self.viewers if v.slot == tick]:
                try:
                    viewer.send(viewer.ping_frame())
                except Closed:
                    self.drop(viewer)

    async def close_all(self) -> dict[str, int]:
        self.closing_all = True
        viewers = list(self.viewers)
        for viewer in viewers:
            with contextlib.suppress(Closed):
                viewer.send(client_frame(0x8, (1000).to_bytes(2, "big")))
        await asyncio.sleep(0.5)  # let the servers see the close frames before the sockets go
        for viewer in viewers:
            self.drop(viewer, count=False)
        self.closing_all = False
        return {"closed": len(viewers)}

    # --- commands --------------------------------------------------------------------------

    async def handle(self, command: dict) -> dict:
        kind = command["cmd"]
        if kind == "connect":
            return await self.open_many(
                command["url"],
                command["origin"],
                command["count"],
                command["batch"],
                command["timeout"],
                command.get("deflate", False),
            )
        if kind == "reset":  # a measurement starts: no collector pauses in the client meanwhile
            gc.collect()
            gc.disable()
            self.since = command["since"]
            self.latencies = []
            self.handled = []
            self.stale = self.other = self.frames = self.sampled_frames = 0
            self.kinds.clear()
            self.closed.clear()
            self.refused.clear()
            return {"open": len(self.viewers)}
        if kind == "count":
            return {"counted": len(self.latencies), "open": len(self.viewers)}
        if kind == "stats":
            gc.enable()
            return {
                "latencies": self.latencies,
                "handled": self.handled,
                "stale": self.stale,
                "frames": self.frames,
                "sampled_frames": self.sampled_frames,
                "kinds": dict(self.kinds),
                "other": self.other,
                "open": len(self.viewers),
                "closed": dict(self.closed),
                "refused": dict(self.refused),
            }
        if kind == "close":
            return await self.close_all()
        raise ValueError(f"unknown command {kind!r}")


async def main() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=2**20)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    clients = Clients()
    pinger = loop.create_task(clients.ping_forever())
    while line := await reader.readline():
        command = json.loads(line)
        if command["cmd"] == "quit":
            break
        try:
            reply = await clients.handle(command)
        except Exception as error:  # report to the parent instead of dying
            reply = {"error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(reply, separators=(",", ":")) + "\n")
        sys.stdout.flush()
    pinger.cancel()
    await clients.close_all()


if __name__ == "__main__":
    # uvloop (pinned for production's uvicorn) when present: the process standing in for thousands
    # of phones spends less of the shared cores on its event loop. BENCH_CLIENT_LOOP=asyncio: stdlib.
    if os.environ.get("BENCH_CLIENT_LOOP", "uvloop") == "uvloop":
        try:
            import uvloop
        except ImportError:
            asyncio.run(main())
        else:
            uvloop.run(main())
    else:
        asyncio.run(main())
