"""Where room events are numbered, kept for replay and passed between server processes.

``RedisBackend`` (when ``REDIS_URL`` is set) numbers events with one Lua script that
increments the room's sequence, appends the event to a capped stream (the replay buffer)
and publishes it on the room's channel, so every process sees the same order.
``MemoryBackend`` does the same inside one process for development and tests.

Sequence numbers start from the microsecond clock the first time a room is used, so they
keep growing even after Redis loses its data; a client that resumes from a number the
buffer no longer covers gets a fresh snapshot instead.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

import redis
from django.conf import settings

EVERYONE = "*"


@dataclass(frozen=True, slots=True)
class Event:
    """One numbered room event: who may see it and the JSON text sent to them."""

    seq: int
    audience: str
    body: str  # JSON object text without the opening brace and without "seq"

    @property
    def frame(self) -> str:
        return f'{{"seq":{self.seq},{self.body}'  # the body is already JSON


def encode(seq: int, audience: str, body: str) -> str:
    return f"{seq} {audience} {body}"


def decode(raw: str) -> Event:
    seq, audience, body = raw.split(" ", 2)
    return Event(int(seq), audience, body)


class Backend(Protocol):
    def publish(self, room: int, audience: str, body: str, event_id: str = "") -> int: ...
    def current_seq(self, room: int) -> int: ...
    def replay(self, room: int, after: int) -> list[Event] | None: ...
    def report_presence(
        self, room: int, proc: str, count: int, viewers: list[str]
    ) -> tuple[int, int, int]: ...
    def figures(self, room: int) -> tuple[int, int]: ...


PUBLISH_LUA = """
if KEYS[3] ~= '' then
  local prior = redis.call('GET', KEYS[3])
  if prior then return prior end
end
if redis.call('EXISTS', KEYS[1]) == 0 then
  local t = redis.call('TIME')
  redis.call('SET', KEYS[1], string.format('%d', tonumber(t[1]) * 1000000 + tonumber(t[2])))
end
local seq = string.format('%d', redis.call('INCR', KEYS[1]))
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], '0-' .. seq, 'e', seq .. ' ' .. ARGV[2] .. ' ' .. ARGV[3])
redis.call('PUBLISH', ARGV[1], seq .. ' ' .. ARGV[2] .. ' ' .. ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[5])
redis.call('EXPIRE', KEYS[2], ARGV[5])
if KEYS[3] ~= '' then redis.call('SET', KEYS[3], seq, 'EX', 3600) end
return seq
"""

PRESENCE_LUA = """
local now = tonumber(ARGV[3])
local cap = tonumber(ARGV[5])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ':' .. ARGV[3])
for i = 6, #ARGV do
  local id, place = string.match(ARGV[i], '^([^/]+)/(.+)$')
  if id == nil then
    redis.call('PFADD', KEYS[3], ARGV[i])
  elseif redis.call('HEXISTS', KEYS[4], id) == 0 then
    if redis.call('HINCRBY', KEYS[5], place, 1) <= cap then
      redis.call('HSET', KEYS[4], id, place)
      redis.call('PFADD', KEYS[3], id)
    else
      redis.call('PFADD', KEYS[3], 'n' .. place)
    end
  end
end
local total = 0
local rows = redis.call('HGETALL', KEYS[1])
for i = 1, #rows, 2 do
  local count, seen = string.match(rows[i + 1], '(%d+):(%d+)')
  if tonumber(seen) >= now - 10 then total = total + tonumber(count)
  else redis.call('HDEL', KEYS[1], rows[i]) end
end
local peak = tonumber(redis.call('GET', KEYS[2]) or '0')
if total > peak then peak = total; redis.call('SET', KEYS[2], peak) end
for i = 1, 5 do redis.call('EXPIRE', KEYS[i], ARGV[4]) end
return {total, peak, redis.call('PFCOUNT', KEYS[3])}
"""


class RedisBackend:
    def __init__(self, url: str, prefix: str, buffer: int, ttl: int) -> None:
        self.url, self.prefix, self.buffer, self.ttl = url, prefix, buffer, ttl
        timeout = getattr(settings, "LIVE_ROOM_REDIS_TIMEOUT_MS", 2000) / 1000
        self.client = redis.Redis.from_url(
            url, decode_responses=True, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        self._publish = self.client.register_script(PUBLISH_LUA)
        self._presence = self.client.register_script(PRESENCE_LUA)

    def key(self, room: int, part: str) -> str:
        return f"{self.prefix}:{room}:{part}"

    def channel(self, room: int) -> str:
        return self.key(room, "events")

    def publish(self, room: int, audience: str, body: str, event_id: str = "") -> int:
        """Number, keep and publish one event; with ``event_id``, publishing again is a no-op
        that returns the first number (a retry after a timeout must not repeat the event)."""
        keys = [
            self.key(room, "seq"),
            self.key(room, "log"),
            self.key(room, f"pub:{event_id}") if event_id else "",
        ]
        args: list[str | int] = [self.channel(room), audience, body, self.buffer, self.ttl]
        return int(self._publish(keys=keys, args=args))

    def current_seq(self, room: int) -> int:
        return int(self.client.get(self.key(room, "seq")) or 0)

    def replay(self, room: int, after: int) -> list[Event] | None:
        rows: list[tuple[str, dict[str, str]]] = self.client.xrange(  # type: ignore[assignment]
            self.key(room, "log"), f"(0-{after}", "+", count=self.buffer * 2
        )
        events = [decode(fields["e"]) for _id, fields in rows]
        return contiguous(events, after, self.current_seq(room))

    def report_presence(self, room: int, proc: str, count: int, viewers: list[str]) -> tuple[int, int, int]:
        keys = [self.key(room, part) for part in ("viewers", "peak", "unique", "anonymous", "places")]
        cap = settings.LIVE_ROOM_VIEWERS_PER_ADDRESS
        now, peak, unique = self._presence(
            keys=keys, args=[proc, count, int(time.time()), self.ttl, cap, *viewers]
        )
        return int(now), int(peak), int(unique)

    def figures(self, room: int) -> tuple[int, int]:
        peak = self.client.get(self.key(room, "peak"))
        return int(peak or 0), int(self.client.pfcount(self.key(room, "unique")))


def contiguous(events: list[Event], after: int, current: int) -> list[Event] | None:
    """The events after ``after`` if none is missing, else ``None`` (the client needs a snapshot)."""
    if current < after:
        return None
    if not events:
        return [] if current == after else None
    if events[0].seq != after + 1:
        return None
    return events


def counted_as(viewer: str, anonymous: set[str], places: dict[str, int]) -> str:
    """The key a viewer adds to the unique count: ``id/place`` keys (anonymous viewers with a
    server-issued id) count as themselves up to ``LIVE_ROOM_VIEWERS_PER_ADDRESS`` ids per
    address, then as their address. The Redis script does the same."""
    viewer_id, _, place = viewer.partition("/")
    if not place or viewer_id in anonymous:
        return viewer_id
    places[place] = places.get(place, 0) + 1
    if places[place] <= settings.LIVE_ROOM_VIEWERS_PER_ADDRESS:
        anonymous.add(viewer_id)
        return viewer_id
    return "n" + place


@dataclass
class RoomLog:
    seq: int
    events: deque[Event]
    presence: dict[str, int] = field(default_factory=dict)
    unique: set[str] = field(default_factory=set)
    peak: int = 0
    anonymous: set[str] = field(default_factory=set)  # anonymous ids counted in ``unique``
    places: dict[str, int] = field(default_factory=dict)  # anonymous ids seen per address


class MemoryBackend:
    """Single-process stand-in for Redis: the same numbering, buffer and presence."""

    def __init__(self, buffer: int) -> None:
        self.buffer = buffer
        self.lock = threading.Lock()
        self.rooms: dict[int, RoomLog] = {}
        self.listeners: list[Callable[[int, Event], None]] = []

    def _room(self, room: int) -> RoomLog:
        if room not in self.rooms:
            self.rooms[room] = RoomLog(time.time_ns() // 1000, deque(maxlen=self.buffer))
        return self.rooms[room]

    def publish(self, room: int, audience: str, body: str, event_id: str = "") -> int:
        with self.lock:
            log = self._room(room)
            log.seq += 1
            event = Event(log.seq, audience, body)
            log.events.append(event)
            listeners = list(self.listeners)
        for listener in listeners:
            listener(room, event)
        return event.seq

    def current_seq(self, room: int) -> int:
        with self.lock:
            return self._room(room).seq

    def replay(self, room: int, after: int) -> list[Event] | None:
        with self.lock:
            log = self._room(room)
            return contiguous([e for e in log.events if e.seq > after], after, log.seq)

    def report_presence(self, room: int, proc: str, count: int, viewers: list[str]) -> tuple[int, int, int]:
        with self.lock:
            log = self._room(room)
            log.presence[proc] = count
            for viewer in viewers:
                log.unique.add(counted_as(viewer, log.anonymous, log.places))
            now = sum(log.presence.values())
            log.peak = max(log.peak, now)
            return now, log.peak, len(log.unique)

    def figures(self, room: int) -> tuple[int, int]:
        with self.lock:
            log = self._room(room)
            return log.peak, len(log.unique)


@cache
def get_backend() -> RedisBackend | MemoryBackend:
    url = settings.LIVE_ROOM_REDIS_URL
    buffer = settings.LIVE_ROOM_REPLAY_BUFFER
    if url:
        return RedisBackend(url, settings.LIVE_ROOM_PREFIX, buffer, settings.LIVE_ROOM_TTL)
    return MemoryBackend(buffer)
