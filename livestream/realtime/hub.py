"""One subscriber per room per server process, delivering each event to the local sockets.

Stock Channels sends every message through the layer once per socket; here a process
subscribes to a room once (Redis pub/sub, or the in-process backend) and hands the event
text, encoded once, to each local socket's ``send``.

Events are coalesced per room tick: each room has two feeds, viewers (events that arrive
within a window of the last frame go out together: twice the time that frame took to reach
every socket, between ``LIVE_ROOM_COALESCE_MIN_MS`` and ``LIVE_ROOM_COALESCE_MS``; and a busy
chat is sampled, ``coalesce.py``) and hosts/moderators (``LIVE_ROOM_HOST_COALESCE_MS``, 0 = at once,
never sampled). A feed's tick encodes its frame once and hands the same text to every socket
that may see all of it, so the cost is one ``send`` per socket per tick, not per event. A
socket more than
``LIVE_ROOM_MAX_UNACKED`` events behind what it acknowledged, with more than
``LIVE_ROOM_MAX_BUFFERED`` bytes waiting in daphne's write buffer, or with more than
``LIVE_ROOM_MAX_QUEUED`` frames queued behind a server's backpressure, is closed (4008).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import redis.asyncio as aioredis
from django.conf import settings

from events_server import metrics
from livestream.realtime.backends import EVERYONE, Event, MemoryBackend, RedisBackend, decode, get_backend
from livestream.realtime.clients import server_frame
from livestream.realtime.coalesce import ChatRate, Sampler, encode, may_be_sampled, split

log = logging.getLogger(__name__)

CLOSE_TOO_SLOW = 4008
CLOSE_IDLE = 4000
RECENT_EVENTS = 256
DELIVERY_CHUNK = 200  # sockets served before the server gets to write


_last_wire: tuple[str, bytes] = ("", b"")


def wire(frame: str) -> bytes:
    """``frame`` as the bytes of a server frame; a tick hands the same text to every socket, so
    the last one is kept and a room's frame is encoded once, not once per socket."""
    global _last_wire
    if _last_wire[0] is not frame:
        _last_wire = (frame, server_frame(frame.encode()))
    return _last_wire[1]


class Sink:
    """One socket as the hub sees it: what it may see and what still waits to be sent.

    Frames go straight to the server's ``send``. daphne's never suspends, so delivering to
    a socket costs one call and no task switch. Under uvicorn a frame is written to the
    transport as bytes encoded once per tick (``direct``, ``clients.direct_writer``) whenever
    the socket may take it at once. Where a server applies backpressure
    (uvicorn), a ``send`` that suspends is finished in a task of this socket's own and later
    frames queue behind it, so one slow reader never holds up the others.
    """

    def __init__(
        self,
        send: Callable[[dict[str, Any]], Awaitable[None]],
        close: Callable[[int], Coroutine[Any, Any, None]],
        *,
        user_key: str | None,
        moderator: bool,
        viewer_key: str,
        buffered: Callable[[], int] | None = None,
        direct: Callable[[bytes], bool] | None = None,
    ) -> None:
        self.send, self.close = send, close
        self.buffered = buffered  # bytes the server holds for this socket (daphne), if known
        self.direct = direct  # writes a whole frame to the transport (uvicorn), if it may
        self.tokens = {EVERYONE} | ({"m"} if moderator else set()) | ({user_key} if user_key else set())
        self.moderator = moderator
        self.viewer_key = viewer_key
        self.outbox: deque[str] = deque()
        self.flushing: asyncio.Task[None] | None = None
        self.waiting: list[Event] | None = []  # events held until the snapshot is sent
        self.last_seq = 0
        self.delivered = 0
        self.acknowledged = 0
        self.last_seen = time.monotonic()
        self.closing = False
        self.max_queued = settings.LIVE_ROOM_MAX_QUEUED
        self.max_unacked = settings.LIVE_ROOM_MAX_UNACKED
        self.max_buffered = settings.LIVE_ROOM_MAX_BUFFERED

    def may_see(self, event: Event) -> bool:
        return event.audience == EVERYONE or bool(self.tokens.intersection(event.audience.split(",")))

    def offer(
        self,
        events: list[Event],
        frame: str | None,
        chat_rate: int | None = None,
        frames: dict[tuple[int, ...], str] | None = None,
        public: bool = False,
    ) -> int:
        """Send what of ``events`` (in order) this socket may see and has not had, as one frame;
        the number of events sent.

        ``frame`` is the encoded frame of all of ``events``: used as it is when the socket may see
        every one of them, the usual case, so a room's tick is encoded once. Otherwise the
        socket's part is encoded, once per distinct part when ``frames`` is shared. ``public``:
        the caller knows every event is for everyone (then no event is checked per socket)."""
        if self.waiting is not None:
            self.waiting.extend(events)
            return 0
        if not events or events[-1].seq <= self.last_seq:
            return 0
        last = events[-1].seq
        sent = 0
        if frame is not None and events[0].seq > self.last_seq and (public or all(map(self.may_see, events))):
            sent = self.take(events, frame)
        else:
            mine = [e for e in events if e.seq > self.last_seq and self.may_see(e)]
            if mine:
                key = tuple(e.seq for e in mine)
                text = frames.get(key) if frames is not None else None
                if text is None:
                    text = encode(mine, chat_rate)
                    if frames is not None:
                        frames[key] = text
                sent = self.take(mine, text)
        self.last_seq = max(self.last_seq, last)
        return sent

    def write_through(self, first: int, last: int, count: int, data: bytes) -> bool:
        """A public tick's frame written straight to the transport in one call, the usual case
        of ``offer`` under uvicorn; False (and nothing done) for anything else, which ``offer``
        then handles: a socket still waiting for its snapshot, with frames queued, closing,
        that already had these events, too far behind, or whose transport cannot take it now."""
        if (
            self.direct is None
            or self.waiting is not None
            or self.flushing is not None
            or self.closing
            or first <= self.last_seq
            or self.delivered + count - self.acknowledged > self.max_unacked
            or not self.direct(data)
        ):
            return False
        self.last_seq = last
        self.delivered += count
        return True

    def take(self, events: list[Event], frame: str) -> int:
        self.last_seq = max(self.last_seq, events[-1].seq)
        self.delivered += len(events)
        if self.delivered - self.acknowledged > self.max_unacked:
            self.shut(CLOSE_TOO_SLOW)
            return 0
        self.push(frame)
        return len(events)

    def push(self, frame: str) -> None:
        if self.closing:
            return
        if self.flushing is not None:
            self.outbox.append(frame)
            if len(self.outbox) > self.max_queued:
                self.shut(CLOSE_TOO_SLOW)
            return
        if self.direct is not None and self.direct(wire(frame)):
            metrics.LIVE_DIRECT_WRITES.inc()
            return
        coroutine = self.send({"type": "websocket.send", "text": frame})
        try:
            suspended_on = coroutine.send(None)  # type: ignore[attr-defined]
        except StopIteration:
            # Sent without waiting (daphne): what the client has not taken stays in memory.
            if self.buffered is not None and self.buffered() > self.max_buffered:
                self.shut(CLOSE_TOO_SLOW)
            return
        except Exception:  # the socket is going away; its disconnect cleans up
            return
        self.flushing = asyncio.get_running_loop().create_task(self._finish(coroutine, suspended_on))

    async def _finish(self, coroutine: Any, suspended_on: Any) -> None:
        """Drive a suspended ``send`` to its end as a task would, then send what queued up."""
        try:
            while True:
                if suspended_on is None:
                    await asyncio.sleep(0)
                else:
                    suspended_on._asyncio_future_blocking = False
                    with contextlib.suppress(Exception):
                        await suspended_on  # its outcome reaches the coroutine when resumed
                try:
                    suspended_on = coroutine.send(None)
                except StopIteration:
                    break
            while self.outbox and not self.closing:
                await self.send({"type": "websocket.send", "text": self.outbox.popleft()})
        except Exception:  # noqa: S110 - a send failing means the socket is closing
            pass
        finally:
            coroutine.close()
            self.flushing = None

    def start(self, first_frame: str, after: int, backlog: list[Event]) -> None:
        """Send the snapshot (or resume note), then the held and missed events after ``after``
        in one frame."""
        held, self.waiting = self.waiting or [], None
        self.push(first_frame)
        self.last_seq = after
        events = sorted({e.seq: e for e in [*backlog, *held]}.values(), key=lambda e: e.seq)
        for part, frame in split([e for e in events if e.seq > after and self.may_see(e)]):
            self.take(part, frame)

    def last_seen_now(self) -> None:
        self.last_seen = time.monotonic()

    def acknowledge(self, received: int) -> None:
        self.acknowledged = max(self.acknowledged, min(received, self.delivered))

    def shut(self, code: int) -> None:
        if not self.closing:
            self.closing = True
            if code == CLOSE_TOO_SLOW:
                metrics.LIVE_DROPPED.inc(len(self.outbox) + 1)
            self.outbox.clear()
            asyncio.get_running_loop().create_task(self._close(code))

    async def _close(self, code: int) -> None:
        await self.close(code)

    def stop(self) -> None:
        if self.flushing is not None:
            self.flushing.cancel()


class Feed:
    """One cadence of a room: its sockets, the events waiting for their next frame, and for
    viewers the chat sample."""

    def __init__(self, window: float, sampler: Sampler | None, least: float = 0.0) -> None:
        self.window = window  # the longest a frame waits for company
        self.least = min(least, window)  # and the shortest
        self.sampler = sampler
        self.sinks: set[Sink] = set()
        self.pending: list[Event] = []
        self.last_sent = float("-inf")
        self.sweep = 0.0  # how long the last frame took to reach every socket (wall clock)
        self.task: asyncio.Task[None] | None = None

    def current_window(self) -> float:
        """Twice the last sweep, within [least, window]: a small room's events go out almost at
        once; a crowded room's, whose every frame costs thousands of sends, wait longer and
        travel together, so delivering never takes much more than half the process's time
        however fast events come, and a process short of CPU (a slower sweep) coalesces more."""
        return min(self.window, max(self.least, 2 * self.sweep))


class Hub:
    """The process's room subscriptions, recent events and viewer counts for one event loop."""

    def __init__(self, backend: RedisBackend | MemoryBackend) -> None:
        self.backend = backend
        self.loop = asyncio.get_running_loop()
        self.proc = uuid.uuid4().hex[:12]
        self.rooms: dict[int, set[Sink]] = {}
        self.addresses: dict[str, int] = {}  # open sockets per client address, all rooms
        self.recent: dict[int, deque[Event]] = {}
        self.new_viewers: dict[int, set[str]] = {}
        self.viewer_frames: dict[int, str] = {}
        self.snapshots: dict[int, tuple[float, dict[str, Any]]] = {}  # room → (built at, public part)
        self.feeds: dict[int, tuple[Feed, Feed]] = {}  # room → (viewers, hosts and moderators)
        self.chat_rates: dict[int, ChatRate] = {}
        self.tasks: list[asyncio.Task[None]] = [self.loop.create_task(self._tick_forever())]
        self.subscriber: RedisSubscriber | None = None
        if isinstance(backend, RedisBackend):
            self.subscriber = RedisSubscriber(self, backend)
            self.tasks.append(self.loop.create_task(self.subscriber.run()))
        else:
            backend.listeners.append(self._threadsafe_dispatch)

    def _threadsafe_dispatch(self, room: int, event: Event) -> None:
        with contextlib.suppress(RuntimeError):  # the loop has closed
            self.loop.call_soon_threadsafe(self.dispatch, room, event)

    def admit(self, address: str) -> bool:
        """Count one more socket from ``address``, unless it has ``LIVE_ROOM_SOCKETS_PER_ADDRESS``."""
        if self.addresses.get(address, 0) >= settings.LIVE_ROOM_SOCKETS_PER_ADDRESS:
            return False
        self.addresses[address] = self.addresses.get(address, 0) + 1
        return True

    def release(self, address: str) -> None:
        left = self.addresses.get(address, 0) - 1
        if left > 0:
            self.addresses[address] = left
        else:
            self.addresses.pop(address, None)

    async def join(self, room: int, sink: Sink) -> None:
        first = room not in self.rooms
        self.rooms.setdefault(room, set()).add(sink)
        metrics.LIVE_SOCKETS.labels(str(room)).set(len(self.rooms[room]))
        self.new_viewers.setdefault(room, set()).add(sink.viewer_key)
        if first:
            self.recent[room] = deque(maxlen=RECENT_EVENTS)
            self.chat_rates[room] = ChatRate()
            self.feeds[room] = (
                Feed(
                    settings.LIVE_ROOM_COALESCE_MS / 1000,
                    Sampler(settings.LIVE_ROOM_CHAT_SAMPLE_RATE),
                    settings.LIVE_ROOM_COALESCE_MIN_MS / 1000,
                ),
                Feed(settings.LIVE_ROOM_HOST_COALESCE_MS / 1000, None),
            )
        self.feeds[room][int(sink.moderator)].sinks.add(sink)
        if first and self.subscriber:
            await self.subscriber.subscribe(room)

    def leave(self, room: int, sink: Sink) -> None:
        sink.stop()
        sinks = self.rooms.get(room)
        if sinks is None:
            return
        sinks.discard(sink)
        self.feeds[room][int(sink.moderator)].sinks.discard(sink)
        metrics.LIVE_SOCKETS.labels(str(room)).set(len(sinks))
        if not sinks:
            metrics.LIVE_SOCKETS.remove(str(room))
            del self.rooms[room]
            self.recent.pop(room, None)
            self.snapshots.pop(room, None)
            self.chat_rates.pop(room, None)
            for feed in self.feeds.pop(room, ()):
                feed.pending.clear()
            self.loop.create_task(self._report(room, 0))
            if self.subscriber:
                self.loop.create_task(self.subscriber.unsubscribe(room))

    def dispatch(self, room: int, event: Event) -> None:
        recent = self.recent.get(room)
        if recent is None:
            return
        if recent and event.seq <= recent[-1].seq:
            return  # already seen (a replay after reconnecting overlaps the live feed)
        recent.append(event)
        if may_be_sampled(event):
            self.chat_rates[room].note(self.loop.time())
        for feed in self.feeds[room]:
            if feed.sinks:
                feed.pending.append(event)
                if feed.task is None:
                    feed.task = self.loop.create_task(self._pump(room, feed))

    async def _pump(self, room: int, feed: Feed) -> None:
        """Send a feed's waiting events as one frame per tick: at once when its last frame is
        older than its window (the task starts on the next loop turn, so events dispatched
        together travel together), else when the window has passed since that frame."""
        try:
            while feed.pending:
                wait = feed.last_sent + feed.current_window() - self.loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                events, feed.pending = feed.pending, []
                feed.last_sent = self.loop.time()
                chat_rate = None
                if feed.sampler is not None:
                    rate = self.chat_rates[room].rate(feed.last_sent) if room in self.chat_rates else 0.0
                    events = feed.sampler.sample(events, rate)
                    chat_rate = round(rate) if feed.sampler.active else None
                if events:
                    await self._deliver(feed, events, chat_rate)
                    feed.sweep = self.loop.time() - feed.last_sent
        finally:
            feed.task = None

    async def _deliver(self, feed: Feed, events: list[Event], chat_rate: int | None) -> None:
        """One tick's frame to each of the feed's sockets, yielding to the event loop between
        chunks so the server writes what it was given in the meantime."""
        for number, (part, frame) in enumerate(split(events, chat_rate)):
            if number:
                await asyncio.sleep(0)  # daphne writes between loop turns: one frame, then the next
            frames: dict[tuple[int, ...], str] = {}
            public = all(event.audience == EVERYONE for event in part)
            data = b""  # the frame's wire bytes, encoded for the first socket written directly
            first, last, count = part[0].seq, part[-1].seq, len(part)
            sinks = list(feed.sinks)
            for start in range(0, len(sinks), DELIVERY_CHUNK):
                if start:
                    await asyncio.sleep(0)
                sent = direct = 0
                for sink in sinks[start : start + DELIVERY_CHUNK]:
                    if public and sink.direct is not None:
                        data = data or wire(frame)
                        if sink.write_through(first, last, count, data):
                            direct += 1
                            continue
                    sent += sink.offer(part, frame, chat_rate, frames, public)
                metrics.LIVE_DELIVERIES.inc(sent + direct * count)
                if direct:
                    metrics.LIVE_DIRECT_WRITES.inc(direct)

    def events_after(self, room: int, after: int) -> list[Event] | None:
        """Recent events after ``after`` from this process's memory, if it holds all of them."""
        recent = self.recent.get(room)
        if not recent:
            return None
        if after < recent[0].seq - 1 or after > recent[-1].seq:
            return None
        return [e for e in recent if e.seq > after]

    def cached_snapshot(self, room: int, max_age: float) -> dict[str, Any] | None:
        """A public snapshot built while subscribed, if recent and every later event is still held.

        It was built after this process subscribed, so every event since is either in
        ``recent`` or still to come; it is usable while ``recent`` reaches back to it.
        """
        entry = self.snapshots.get(room)
        if entry is None or time.monotonic() - entry[0] > max_age:
            return None
        public = entry[1]
        recent = self.recent.get(room)
        if recent and public["seq"] < recent[0].seq - 1:
            return None
        return public

    def keep_snapshot(self, room: int, public: dict[str, Any]) -> None:
        if room in self.rooms:
            self.snapshots[room] = (time.monotonic(), public)

    def viewers_frame(self, room: int) -> str | None:
        return self.viewer_frames.get(room)

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(settings.LIVE_ROOM_TICK_SECONDS)
            try:
                await self._tick()
            except Exception:  # a Redis hiccup must not stop the counters for good
                log.exception("live room tick failed")

    async def _tick(self) -> None:
        idle_after = settings.LIVE_ROOM_IDLE_SECONDS
        now = time.monotonic()
        for room, sinks in list(self.rooms.items()):
            for sink in list(sinks):
                if now - sink.last_seen > idle_after:
                    sink.shut(CLOSE_IDLE)
            await self._report(room, len(sinks))

    async def _report(self, room: int, count: int) -> None:
        viewers = sorted(self.new_viewers.pop(room, set()))
        now, peak, unique = await asyncio.to_thread(
            self.backend.report_presence, room, self.proc, count, viewers
        )
        frame = json.dumps({"type": "viewers", "now": now, "peak": peak, "unique": unique})
        if room in self.rooms and frame != self.viewer_frames.get(room):
            self.viewer_frames[room] = frame
            sinks = list(self.rooms[room])
            for start in range(0, len(sinks), DELIVERY_CHUNK):
                if start:
                    await asyncio.sleep(0)  # a crowded room's count must not hold up its events
                for sink in sinks[start : start + DELIVERY_CHUNK]:
                    if sink.waiting is None and not sink.closing:
                        sink.push(frame)


class RedisSubscriber:
    """One pub/sub connection per process; after a reconnect it replays what it missed."""

    def __init__(self, hub: Hub, backend: RedisBackend) -> None:
        self.hub, self.backend = hub, backend
        self.pubsub: Any = None
        self.ready = asyncio.Event()
        self.confirmations: dict[str, asyncio.Future[None]] = {}

    async def subscribe(self, room: int) -> None:
        await asyncio.wait_for(self.ready.wait(), 5)  # Redis down: the socket fails and retries
        channel = self.backend.channel(room)
        confirmed = self.hub.loop.create_future()
        self.confirmations[channel] = confirmed
        await self.pubsub.subscribe(channel)
        await asyncio.wait_for(confirmed, 5)

    async def unsubscribe(self, room: int) -> None:
        if room not in self.hub.rooms and self.ready.is_set():
            with contextlib.suppress(Exception):
                await self.pubsub.unsubscribe(self.backend.channel(room))

    async def run(self) -> None:
        delay = 0.2
        while True:
            try:
                await self._listen()
            except (aioredis.ConnectionError, aioredis.TimeoutError, OSError) as error:
                log.warning("live room subscriber lost Redis (%s); retrying in %.1fs", error, delay)
            self.ready.clear()
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)

    async def _listen(self) -> None:
        client = aioredis.Redis.from_url(self.backend.url, decode_responses=True, socket_timeout=None)
        try:
            self.pubsub = client.pubsub()
            await self.pubsub.subscribe(f"{self.backend.prefix}:control:{self.hub.proc}")
            rooms = list(self.hub.rooms)
            if rooms:
                await self.pubsub.subscribe(*[self.backend.channel(r) for r in rooms])
            self.ready.set()
            await self._catch_up(rooms)
            async for message in self.pubsub.listen():
                self._handle(message)
        finally:
            self.ready.clear()
            with contextlib.suppress(Exception):
                await client.aclose()

    def _handle(self, message: dict[str, Any]) -> None:
        channel = message["channel"]
        if message["type"] == "subscribe":
            future = self.confirmations.pop(channel, None)
            if future and not future.done():
                future.set_result(None)
        elif message["type"] == "message":
            room = int(channel.rsplit(":", 2)[-2])
            self.hub.dispatch(room, decode(message["data"]))

    async def _catch_up(self, rooms: list[int]) -> None:
        """Deliver what was published while the connection was down, or make sockets resync."""
        for room in rooms:
            recent = self.hub.recent.get(room)
            sinks = self.hub.rooms.get(room, set())
            seen = recent[-1].seq if recent else max((s.last_seq for s in sinks), default=0)
            if not seen:
                continue
            missed = await asyncio.to_thread(self.backend.replay, room, seen)
            if missed is None:
                for sink in list(self.hub.rooms.get(room, ())):
                    sink.shut(CLOSE_RESYNC)
                continue
            for event in missed:
                self.hub.dispatch(room, event)


CLOSE_RESYNC = 4012

_hubs: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Hub] = weakref.WeakKeyDictionary()


def get_hub() -> Hub:
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = Hub(get_backend())
    return hub
