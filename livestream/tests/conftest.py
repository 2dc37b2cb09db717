"""A live session with a host, a student and two featured jobs, and sockets that log in."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.utils import timezone

from accounts.models import User
from events_server.asgi import application
from jobs.models import JobPosting
from livestream.models import LiveSession
from livestream.realtime.schemas import outbound_adapter
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_student

ORIGIN = (b"origin", b"http://localhost")


@dataclass
class LiveWorld:
    session: LiveSession
    host: User
    student: User
    jobs: list[JobPosting]
    other_recruiter: User


def make_session(company, jobs, *, state: str = LiveSession.State.LIVE, **extra: Any) -> LiveSession:
    now = timezone.now()
    session = LiveSession.objects.create(
        campaign=make_campaign(),
        company=company,
        title="灵思智能 2025 校招直播",
        starts_at=now - dt.timedelta(minutes=5),
        ends_at=now + dt.timedelta(hours=1),
        state=state,
        **extra,
    )
    session.jobs.set(jobs)
    return session


@pytest.fixture
def live_world(db) -> LiveWorld:
    company = make_company()
    host = make_recruiter(company)
    other = make_recruiter(make_company("别家科技有限公司"), username="carol")
    jobs = [make_job(company), make_job(company, "数据分析师")]
    return LiveWorld(make_session(company, jobs), host, make_student(), jobs, other)


def cookie_for(user: User | None) -> list[tuple[bytes, bytes]]:
    if user is None:
        return [ORIGIN]
    client = Client()
    client.force_login(user)
    return [ORIGIN, (b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode())]


class Socket:
    """A logged-in (or anonymous) socket on the full ASGI application, checking every frame's schema."""

    def __init__(self, session_id: int, user: User | None = None, *, query: str = "") -> None:
        self.path = f"/ws/live/{session_id}/" + (f"?{query}" if query else "")
        self.user = user
        self.received = 0
        self.unread: list[dict[str, Any]] = []  # frames passed over while waiting for a reply
        self.inbox: list[dict[str, Any]] = []  # events of a batch frame not yet returned
        self.batches: list[dict[str, Any]] = []  # every batch frame received, as sent

    async def connect(self) -> dict[str, Any]:
        headers = await database_sync_to_async(cookie_for)(self.user)
        self.communicator = WebsocketCommunicator(application, self.path, headers=headers)
        connected, _ = await self.communicator.connect()
        assert connected
        return await self.receive()

    async def receive(self, timeout: float = 3) -> dict[str, Any]:
        if self.unread:
            return self.unread.pop(0)
        return await self.receive_new(timeout)

    async def receive_new(self, timeout: float = 3) -> dict[str, Any]:
        """The next frame, or the next event of a batch frame (each event counts as received)."""
        if self.inbox:
            frame = self.inbox.pop(0)
        else:
            frame = json.loads(await self.communicator.receive_from(timeout))
            outbound_adapter.validate_python(frame)
            if frame["type"] == "batch":
                self.batches.append(frame)
                frame, *self.inbox = frame["events"]
        if "seq" in frame and frame["type"] != "snapshot":
            self.received += 1
        return frame

    async def receive_type(self, kind: str, timeout: float = 3) -> dict[str, Any]:
        """The next frame of ``kind``, skipping viewer counts and other traffic."""
        while True:
            frame = await self.receive(timeout)
            if frame["type"] == kind:
                return frame

    async def send(self, **message: Any) -> dict[str, Any]:
        await self.communicator.send_to(text_data=json.dumps(message))
        while True:
            frame = await self.receive_new()
            if frame.get("ref") == message.get("ref") and frame["type"] in {"ack", "error", "pong"}:
                return frame
            self.unread.append(frame)

    async def nothing_more(self) -> bool:
        if self.unread or self.inbox:
            return False
        return await self.communicator.receive_nothing(timeout=0.3)

    async def close(self) -> None:
        await self.communicator.disconnect()


async def settle(hub: Any, room: int = 1, rounds: int = 200) -> None:
    """Let a hub driven directly send what it holds for ``room`` (every feed idle, nothing
    pending, up to ``rounds`` × 20 ms), then stop its background tasks."""
    for _ in range(rounds):
        await asyncio.sleep(0.02)
        if all(feed.task is None and not feed.pending for feed in hub.feeds[room]):
            break
    for task in hub.tasks:
        task.cancel()
