"""Room events that could not be published yet are kept and published once Redis answers.

A service has already committed the chat message or question when it announces it; if Redis is
down or stalled at that moment, the event waits here (in order, per process) and a background
thread retries until it goes out. Each event carries an id that makes a retry idempotent in
Redis, so an attempt that timed out but did reach Redis is not published twice."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import deque
from functools import cache

import redis

from livestream.realtime.backends import get_backend

log = logging.getLogger(__name__)
RETRYABLE = (redis.ConnectionError, redis.TimeoutError)
MAX_WAITING = 10_000  # events kept per process while Redis is away; the oldest go first


class Outbox:
    def __init__(self) -> None:
        self.waiting: deque[tuple[int, str, str, str]] = deque(maxlen=MAX_WAITING)
        self.lock = threading.Lock()
        self.drainer: threading.Thread | None = None

    def publish(self, room: int, audience: str, body: str) -> None:
        event = (room, audience, body, uuid.uuid4().hex)
        with self.lock:
            if self.waiting:  # keep the order: behind events that are still waiting
                self.waiting.append(event)
                return
        try:
            get_backend().publish(*event)
        except RETRYABLE as error:
            log.warning(
                "room event not published yet (%s); it waits and will be retried", type(error).__name__
            )
            with self.lock:
                self.waiting.append(event)
                self.start_drainer()

    def start_drainer(self) -> None:
        if self.drainer is None or not self.drainer.is_alive():
            self.drainer = threading.Thread(target=self.drain, name="room-event-outbox", daemon=True)
            self.drainer.start()

    def drain(self) -> None:
        delay = 0.2
        while True:
            with self.lock:
                if not self.waiting:
                    return
                event = self.waiting[0]
            try:
                get_backend().publish(*event)
            except RETRYABLE:
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
                continue
            delay = 0.2
            with self.lock:
                if self.waiting and self.waiting[0] is event:
                    self.waiting.popleft()


@cache
def get_outbox() -> Outbox:
    return Outbox()
