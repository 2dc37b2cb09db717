"""Viewer client process for ``bench/fanout.py``: many live-room sockets in one event loop.

Started by ``bench/fanout.py`` (never by hand). It reads one JSON command per line on
stdin and answers with one JSON line on stdout:

    {"cmd": "connect", "url": ..., "origin": ..., "count": N, "batch": B, "timeout": s}
    {"cmd": "reset", "since": ns}   forget samples; count chat frames stamped >= since
    {"cmd": "count"}                how many chat frames were counted so far (cheap)
    {"cmd": "stats"}                the latencies (µs) and counters since the last reset
    {"cmd": "close"}                close every socket
    {"cmd": "quit"}

The client does as little as it can per frame: a frame may hold one event or a batch of
several (``{"type":"batch","events":[...]}``); each event's kind and send time (the ``body``
of a chat message or question holds it) are found with string searches (no JSON parsing),
and every event inside a batch counts as one delivery. The ping the server requires ("received" = sequenced
events seen on this socket) goes out every 100 events and every 15 s. It imports no Django.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import random
import resource
import secrets
import sys
import time
from collections import Counter

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

PING_EVERY_EVENTS = 100
PING_EVERY_SECONDS = 15.0
PING_TICK_SECONDS = 0.5
PING_SLOTS = int(PING_EVERY_SECONDS / PING_TICK_SECONDS)
BODY = '"body":"'
EVENT = '{"seq":'
KIND = '"type":"'
RATE = '"chat_rate":'


class Viewer:
    """One socket. Like browsers, viewers ping out of step with each other: each has its own
    phase for the timed ping and a random head start on the every-100-events ping."""

    __slots__ = ("pinged", "pings", "received", "slot", "ws")

    def __init__(self, ws) -> None:
        self.ws = ws
        self.received = 0  # sequenced events on this socket
        self.pinged = -random.randrange(PING_EVERY_EVENTS)
        self.slot = random.randrange(PING_SLOTS)
        self.pings = 0

    def ping_frame(self) -> str:
        self.pinged = self.received
        self.pings += 1
        return f'{{"type":"ping","ref":"p{self.pings}","received":{self.received}}}'


class Clients:
    def __init__(self) -> None:
        self.viewers: set[Viewer] = set()
        self.tasks: set[asyncio.Task[None]] = set()
        self.since = 0
        self.latencies: list[int] = []
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
        ws = await connect(
            url,
            origin=origin,
            additional_headers={"Cookie": f"lv={secrets.token_hex(8)}"},
            compression="deflate" if deflate else None,
            proxy=None,
            ping_interval=None,  # the server pings; the library answers on its own
            open_timeout=timeout,
            close_timeout=5,
        )
        try:
            first = await asyncio.wait_for(ws.recv(), timeout)
        except BaseException:
            await ws.close()
            raise
        if not first.startswith('{"type":"snapshot"'):
            await ws.close()
            raise RuntimeError(f"first frame was not a snapshot: {first[:80]}")
        viewer = Viewer(ws)
        self.viewers.add(viewer)
        task = asyncio.get_running_loop().create_task(self.read(viewer))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

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

    # --- receiving -------------------------------------------------------------------------

    async def read(self, viewer: Viewer) -> None:
        ws = viewer.ws
        try:
            async for message in ws:
                if message.startswith(EVENT) or message.startswith('{"type":"batch"'):
                    now = time.time_ns()
                    self.frames += 1
                    if RATE in message:
                        self.sampled_frames += 1
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
                                self.latencies.append((now - sent) // 1000)
                                self.kinds[kind] += 1
                            else:
                                self.stale += 1
                        elif self.since:
                            self.kinds[kind] += 1
                        at = following
                    if viewer.received - viewer.pinged >= PING_EVERY_EVENTS:
                        await ws.send(viewer.ping_frame())
                elif message.startswith('{"type":"error"'):
                    self.refused[message[:100]] += 1
                else:
                    self.other += 1
        except ConnectionClosed:
            pass
        finally:
            self.viewers.discard(viewer)
            if not self.closing_all:
                self.closed[str(ws.close_code)] += 1

    async def ping_forever(self) -> None:
        """Ping every socket every 15 s, each in its own slot, so the pings are spread out."""
        tick = 0
        while True:
            await asyncio.sleep(PING_TICK_SECONDS)
            tick = (tick + 1) % PING_SLOTS
            for viewer in [v for v in self.viewers if v.slot == tick]:
                with contextlib.suppress(ConnectionClosed):
                    await viewer.ws.send(viewer.ping_frame())

    async def close_all(self) -> dict[str, int]:
        self.closing_all = True
        viewers = list(self.viewers)
        for start in range(0, len(viewers), 500):
            await asyncio.gather(
                *(v.ws.close() for v in viewers[start : start + 500]), return_exceptions=True
            )
        if self.tasks:
            await asyncio.wait(list(self.tasks), timeout=10)
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
    asyncio.run(main())
