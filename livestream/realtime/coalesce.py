"""Frames holding several events, and the chat sample viewers of a busy room receive.

A frame is one event as it always was (``{"seq": ..., "type": ...}``) or a ``batch``:
``{"type": "batch", "events": [...], "chat_rate": n}``, the events in sequence order.
``chat_rate`` (the room's true chat messages per second) is there only while viewers are
given a sample of the chat; a sampled batch is sent even for a single event so the client
always knows.

Only ``chat.message`` events are ever left out of a sample. Questions, answers, pins,
stage and state changes, deletions, mutes and counters always go to everyone they are for.
The sample is taken once per room tick by the hub, so every viewer of the room on this
process gets the same events and the same encoded frame.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from livestream.realtime.backends import Event

SAMPLED_KINDS = frozenset({"chat.message"})
RATE_WINDOW_SECONDS = 2.0
MAX_FRAME_CHARS = 64 * 1024  # a batch is split before it grows past this


def kind(event: Event) -> str:
    """The event's ``type``: its body starts with it (``encode_body`` keeps the payload's order)."""
    body = event.body
    if not body.startswith('"type":"'):
        return ""
    end = body.find('"', 8)
    return body[8:end] if end > 0 else ""


def may_be_sampled(event: Event) -> bool:
    """True only for chat messages; anything else (or a body we cannot read) is never dropped."""
    return kind(event) in SAMPLED_KINDS


def encode(events: Sequence[Event], chat_rate: int | None = None) -> str:
    """One frame for ``events`` (in order): the event itself when alone and not sampled."""
    if len(events) == 1 and chat_rate is None:
        return events[0].frame
    rate = "" if chat_rate is None else f',"chat_rate":{chat_rate}'
    return '{"type":"batch","events":[' + ",".join(e.frame for e in events) + "]" + rate + "}"


def split(events: Sequence[Event], chat_rate: int | None = None) -> list[tuple[list[Event], str]]:
    """``events`` as frames of at most ``MAX_FRAME_CHARS`` (a lone bigger event is its own
    frame), each with its events: a burst of large events must not become one huge frame that
    a client refuses or that fills a server's write buffer at once."""
    parts: list[tuple[list[Event], str]] = []
    part: list[Event] = []
    size = 0
    for event in events:
        length = len(event.body) + 24
        if part and size + length > MAX_FRAME_CHARS:
            parts.append((part, encode(part, chat_rate)))
            part, size = [], 0
        part.append(event)
        size += length
    if part:
        parts.append((part, encode(part, chat_rate)))
    return parts


class ChatRate:
    """Chat messages per second in one room over the last ``RATE_WINDOW_SECONDS``."""

    def __init__(self, window: float = RATE_WINDOW_SECONDS) -> None:
        self.window = window
        self.times: deque[float] = deque()

    def note(self, now: float) -> None:
        self.times.append(now)

    def rate(self, now: float) -> float:
        times, start = self.times, now - self.window
        while times and times[0] < start:
            times.popleft()
        return len(times) / self.window


class Sampler:
    """Keeps ``limit`` chat messages a second out of ``rate``, spread evenly, deterministically.

    Each chat message adds ``limit / rate`` of credit and is kept when the credit reaches one:
    the same events in the same order always give the same sample, whoever receives it.
    """

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.credit = 0.0
        self.active = False

    def sample(self, events: list[Event], rate: float) -> list[Event]:
        self.active = bool(self.limit) and rate > self.limit
        if not self.active:
            self.credit = 0.0
            return events
        share = self.limit / rate
        kept: list[Event] = []
        for event in events:
            if not may_be_sampled(event):
                kept.append(event)
                continue
            self.credit += share
            if self.credit >= 1.0:
                self.credit -= 1.0
                kept.append(event)
        return kept
