"""Where each live session's media runs: media workers register in Redis with their measured load,
a session is placed on the least loaded worker when it goes live, and that worker holds a lease on
it that it renews. A lease that lapses (the worker died, stalled or was drained) lets the session be
placed again, on another worker, with the next request or by any worker's watcher.

Keys (under ``MEDIA_PLACEMENT_PREFIX``):

- ``worker:<id>``: the worker's heartbeat (JSON: public URL prefix, CPU, sessions), expires after
  ``MEDIA_LEASE_SECONDS``; ``workers``: the set of ids that have beaten;
- ``drain:<id>``: set by ``manage.py media_worker drain``: the worker takes no new sessions;
- ``lease:<session>``: the worker that holds the session, expires after ``MEDIA_LEASE_SECONDS``;
- ``gen:<session>``: how many times the session was placed (> 1: the recording continues);
- ``sessions``: the sessions placed and not yet ended.

Without Redis (``make run``) or while no worker is registered there is no placement: the process
that gets an offer serves the session, as one media process always did."""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

import redis
from django.conf import settings

log = logging.getLogger(__name__)

# Take the session if its lease is still what the caller saw ('' = none), count the placement.
CLAIM = """
local current = redis.call('GET', KEYS[1])
if (current or '') ~= ARGV[1] then return {0, current or '', 0} end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
local gen = redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[5])
redis.call('SADD', KEYS[3], ARGV[4])
return {1, ARGV[2], gen}
"""
# Renew the leases still held by ARGV[1]; the indexes (1-based) of those renewed.
RENEW = """
local held = {}
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then
    redis.call('PEXPIRE', key, ARGV[2])
    table.insert(held, i)
  end
end
return held
"""
RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
GENERATIONS_KEPT = 2 * 24 * 3600  # seconds: longer than any session


@dataclass(frozen=True)
class Worker:
    id: str
    url: str
    cpu: float  # cores used, measured over the last beat (1.0 = one core)
    sessions: int
    draining: bool = False

    def load(self, sessions: int) -> float:
        return self.cpu + settings.MEDIA_SESSION_COST * sessions


@dataclass(frozen=True)
class Placement:
    worker: str
    base: str  # the prefix the browser puts before /live/<id>/rtc/...
    generation: int = 1

    @property
    def resumes(self) -> bool:
        """Placed before: the worker continues the session's recording instead of starting one."""
        return self.generation > 1

    def as_json(self) -> dict[str, str]:
        return {"worker": self.worker, "base": self.base}


NOWHERE = {"worker": "", "base": ""}


def enabled() -> bool:
    return bool(settings.MEDIA_PLACEMENT_REDIS_URL)


@lru_cache(maxsize=4)
def _client(url: str) -> redis.Redis:
    timeout = settings.REDIS_SOCKET_TIMEOUT
    # decode_responses=True: every reply is str (redis-py types replies for either mode): hence the casts
    return redis.Redis.from_url(
        url, decode_responses=True, socket_timeout=timeout * 2, socket_connect_timeout=timeout * 2
    )


def client() -> redis.Redis:
    return _client(settings.MEDIA_PLACEMENT_REDIS_URL)


def key(*parts: object) -> str:
    return ":".join([settings.MEDIA_PLACEMENT_PREFIX, *map(str, parts)])


def ttl_ms() -> int:
    return settings.MEDIA_LEASE_SECONDS * 1000


# -- workers ---------------------------------------------------------------------------------
def beat(worker: Worker) -> None:
    """The worker is alive, with this load; it expires unless beaten again within the lease time."""
    r = client()
    pipe = r.pipeline()
    pipe.set(key("worker", worker.id), json.dumps(worker.__dict__), px=ttl_ms())
    pipe.sadd(key("workers"), worker.id)
    pipe.execute()


def leave(worker_id: str) -> None:
    """A worker stopping: it takes no more sessions (its leases lapse or were handed over)."""
    r = client()
    r.delete(key("worker", worker_id))
    r.srem(key("workers"), worker_id)


def workers() -> dict[str, Worker]:
    r = client()
    ids = sorted(cast("set[str]", r.smembers(key("workers"))))
    if not ids:
        return {}
    found: dict[str, Worker] = {}
    beats = r.mget([key("worker", i) for i in ids])
    draining = r.mget([key("drain", i) for i in ids])
    for worker_id, raw, drain in zip(ids, beats, draining, strict=True):
        if raw is None:
            r.srem(key("workers"), worker_id)  # stopped beating: gone
            continue
        data = json.loads(raw)
        found[worker_id] = Worker(
            worker_id, data["url"], float(data["cpu"]), int(data["sessions"]), bool(drain or data["draining"])
        )
    return found


def drain(worker_id: str, *, on: bool = True) -> None:
    """Tell a worker to take no new sessions and hand its sessions over (``on=False`` undoes it)."""
    if on:
        client().set(key("drain", worker_id), "1", ex=GENERATIONS_KEPT)
    else:
        client().delete(key("drain", worker_id))


def is_draining(worker_id: str) -> bool:
    return bool(client().exists(key("drain", worker_id)))


# -- sessions --------------------------------------------------------------------------------
def leases() -> dict[int, str]:
    """Every placed session and the worker holding it ('' when its lease lapsed)."""
    r = client()
    sessions = sorted(int(s) for s in r.smembers(key("sessions")))
    if not sessions:
        return {}
    held = cast("list[str | None]", r.mget([key("lease", s) for s in sessions]))
    return {s: w or "" for s, w in zip(sessions, held, strict=True)}


def generation(session_id: int) -> int:
    return int(client().get(key("gen", session_id)) or 0)


def current(session_id: int) -> Placement | None:
    """The session's placement if its worker is alive and holds the lease, else None."""
    holder = cast("str | None", client().get(key("lease", session_id)))
    worker = workers().get(holder or "")
    if worker is None:
        return None
    return Placement(worker.id, worker.url, generation(session_id))


def least_loaded(candidates: Iterable[Worker]) -> Worker | None:
    """The worker with the least load: measured CPU plus a cost per session it holds (the larger of
    what it reported and the leases that point at it, which include placements since its beat)."""
    counts = Counter(leases().values())
    ranked = sorted(candidates, key=lambda w: (w.load(max(w.sessions, counts[w.id])), w.id))
    return ranked[0] if ranked else None


def claim(session_id: int, expected: str, worker: Worker) -> Placement | None:
    taken, _holder, gen = client().eval(
        CLAIM,
        3,
        key("lease", session_id),
        key("gen", session_id),
        key("sessions"),
        expected,
        worker.id,
        ttl_ms(),
        session_id,
        GENERATIONS_KEPT,
    )
    return Placement(worker.id, worker.url, int(gen)) if taken else None


def place(session_id: int, *, away_from: str = "") -> Placement | None:
    """The session's placement: where it is if that worker is alive and not draining, else on the
    least loaded worker (never ``away_from``). None when no worker is registered."""
    for _ in range(5):
        r = client()
        holder = cast("str | None", r.get(key("lease", session_id))) or ""
        alive = workers()
        if holder in alive and holder != away_from and not alive[holder].draining:
            return Placement(holder, alive[holder].url, generation(session_id))
        target = least_loaded(w for w in alive.values() if not w.draining and w.id not in (holder, away_from))
        if target is None:
            # Nowhere better: a draining worker keeps what it has rather than dropping it.
            return Placement(holder, alive[holder].url, generation(session_id)) if holder in alive else None
        placed = claim(session_id, holder, target)
        if placed is not None:
            if holder:
                log.info("session %s moved from worker %s to %s", session_id, holder, target.id)
            return placed
    return current(session_id)  # others kept placing it at the same moment: theirs stands


def renew(worker_id: str, session_ids: Iterable[int]) -> list[int]:
    """Renew this worker's leases; the sessions it still holds."""
    ids = list(session_ids)
    if not ids:
        return []
    held = client().eval(RENEW, len(ids), *[key("lease", s) for s in ids], worker_id, ttl_ms())
    return [ids[i - 1] for i in held]


def held_by(worker_id: str) -> dict[int, int]:
    """The sessions whose lease this worker holds, renewed, with their generation."""
    mine = renew(worker_id, [s for s, w in leases().items() if w == worker_id])
    if not mine:
        return {}
    gens = client().mget([key("gen", s) for s in mine])
    return {s: int(g or 1) for s, g in zip(mine, gens, strict=True)}


def release(session_id: int, worker_id: str) -> bool:
    return bool(client().eval(RELEASE, 1, key("lease", session_id), worker_id))


def forget(session_id: int) -> None:
    """The session ended: no lease, no placement, nothing to continue."""
    r = client()
    r.delete(key("lease", session_id), key("gen", session_id))
    r.srem(key("sessions"), session_id)


def replace_lapsed(live: Callable[[list[int]], set[int]]) -> list[Placement]:
    """Place again every placed session whose lease lapsed; forget those that are no longer live."""
    lapsed = [s for s, w in leases().items() if not w]
    if not lapsed:
        return []
    still_live = live(lapsed)
    for session_id in lapsed:
        if session_id not in still_live:
            forget(session_id)
    return [p for s in lapsed if s in still_live and (p := place(s)) is not None]


def forget_ended(live: Callable[[list[int]], set[int]]) -> None:
    sessions = list(leases())
    if sessions:
        still_live = live(sessions)
        for session_id in sessions:
            if session_id not in still_live:
                forget(session_id)


# -- for views ---------------------------------------------------------------------------------
def where(session_id: int) -> dict[str, str]:
    """What the page asks: the worker and URL prefix to send the session's offers to."""
    if not enabled():
        return NOWHERE
    try:
        found = place(session_id)
    except redis.RedisError:
        log.warning("placement: Redis unavailable; offers go to the default media upstream")
        return NOWHERE
    return found.as_json() if found else NOWHERE


def route(session_id: int, here: str) -> tuple[Placement | None, bool]:
    """For an offer arriving at this process: (the placement if the session belongs elsewhere,
    whether this process continues a recording another worker began)."""
    if not enabled():
        return None, False
    try:
        found = place(session_id)
    except redis.RedisError:
        log.warning("placement: Redis unavailable; serving session %s here", session_id)
        return None, False
    if found is None:
        return None, False
    if found.worker != here:
        return found, False
    return None, found.resumes


def place_soon(session_id: int) -> None:
    """A session went live: place it (best effort: the first offer places it otherwise)."""
    if not enabled():
        return
    try:
        place(session_id)
    except redis.RedisError:
        log.warning("placement: Redis unavailable; session %s is placed by its first offer", session_id)


class CpuMeter:
    """This process's CPU use (all threads) between two readings, in cores."""

    def __init__(self) -> None:
        self.cpu, self.wall = time.process_time(), time.monotonic()
        self.value = 0.0

    def read(self) -> float:
        cpu, wall = time.process_time(), time.monotonic()
        if wall - self.wall > 0.2:
            self.value = (cpu - self.cpu) / (wall - self.wall)
            self.cpu, self.wall = cpu, wall
        return self.value
