"""The 1:1 video interview's signalling socket (``/ws/interviews/<id>/``): thin.

``interviews.services.enter_room`` decides who gets in (the applicant and the interviewer, during
the join window) and ``interviews.services.ice_servers`` mints their TURN credentials; this
consumer checks each frame's shape and passes it to the other participant through
``interviews.relay``. Messages and close codes: ``docs/realtime.md``."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from events_server.errors import DomainError, NotAllowed
from events_server.ids import parse_id
from interviews import services
from interviews.relay import LocalRelay, get_relay
from interviews.services import LoginRequired, RoomPass

log = logging.getLogger(__name__)

CLOSE_CODES: list[tuple[type[Exception], int]] = [
    (LoginRequired, 4401),
    (NotAllowed, 4403),
    (Http404, 4404),
    (DomainError, 4409),  # outside the join window, or no video room (cancelled, another mode)
]
CLOSE_BAD_FRAME = 4400
CLOSE_TOO_MANY = 4429
CLOSE_ENDED = 4410  # the join window closed, or the interview was cancelled
CLOSE_INTERNAL = 4011
MAX_FRAME = 32 * 1024  # characters; an SDP with every candidate is a few kilobytes
MAX_SDP = 16 * 1024
RELAYED = {"offer", "answer", "media", "bye"}


def frame(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def clean(message: Any) -> dict[str, Any] | None:
    """The message as relayed, or None when it is not one the protocol has."""
    if not isinstance(message, dict) or message.get("type") not in RELAYED:
        return None
    kind = message["type"]
    if kind in {"offer", "answer"}:
        sdp = message.get("sdp")
        number = message.get("id", 0)
        if not isinstance(sdp, str) or not sdp.startswith("v=0") or len(sdp) > MAX_SDP:
            return None
        if type(number) is not int or not 0 <= number < 2**31:
            return None
        return {"type": kind, "sdp": sdp, "id": number}
    if kind == "media":
        audio, video = message.get("audio"), message.get("video")
        if not isinstance(audio, bool) or not isinstance(video, bool):
            return None
        return {"type": kind, "audio": audio, "video": video}
    return {"type": "bye"}


class InterviewRoomConsumer(AsyncWebsocketConsumer):
    room: RoomPass | None = None
    relay: LocalRelay | None = None
    peer: str = ""
    closer: asyncio.TimerHandle | None = None
    ending: asyncio.Future[None] | None = None

    async def websocket_connect(self, message: dict[str, Any]) -> None:
        try:
            await super().websocket_connect(message)
        except Exception:
            log.exception("interview room connect failed")
            await self.fail()

    async def websocket_receive(self, message: dict[str, Any]) -> None:
        try:
            await super().websocket_receive(message)
        except Exception:
            log.exception("interview room frame failed")
            await self.fail()

    async def fail(self) -> None:
        await self.leave()
        with contextlib.suppress(Exception):
            await self.close(code=CLOSE_INTERNAL)

    async def connect(self) -> None:
        await self.accept()  # then refuse with a code the page can read
        interview_id = parse_id(self.scope["url_route"]["kwargs"]["interview_id"])
        try:
            if interview_id is None:
                raise Http404
            self.room = await database_sync_to_async(services.enter_room)(
                self.scope.get("user"), interview_id
            )
        except (DomainError, Http404) as error:
            await self.refuse(error)
            return
        room = self.room
        self.peer = uuid.uuid4().hex
        self.window: list[float] = []
        self.relay = get_relay()
        await self.relay.join(room.interview_id, self.peer, self.deliver)
        ice = await database_sync_to_async(services.ice_servers)(room)
        await self.send(
            text_data=frame(
                {
                    "type": "welcome",
                    "side": room.side.value,
                    "ice_servers": ice,
                    "closes_at": room.closes_at.isoformat(),
                }
            )
        )
        await self.relay.send(room.interview_id, self.peer, self.presence("joined"), greeting=True)
        seconds = max(0.0, (room.closes_at - timezone.now()).total_seconds())
        self.closer = asyncio.get_running_loop().call_later(seconds, self.end_later)

    def presence(self, event: str) -> str:
        return frame({"type": "peer", "event": event, "side": self.room.side.value if self.room else ""})

    def end_later(self) -> None:
        self.ending = asyncio.ensure_future(self.end(_("The interview room has closed.")))

    async def end(self, message: str) -> None:
        await self.leave()
        with contextlib.suppress(Exception):
            await self.send(text_data=frame({"type": "error", "code": "ended", "message": message}))
            await self.close(code=CLOSE_ENDED)

    async def refuse(self, error: Exception) -> None:
        code = next((c for kind, c in CLOSE_CODES if isinstance(error, kind)), 4403)
        kind = getattr(error, "code", "not_found")
        message = str(getattr(error, "message", "")) or _("This interview does not exist.")
        await self.send(text_data=frame({"type": "error", "code": kind, "message": message}))
        await self.close(code=code)

    async def deliver(self, text: str, greeting: bool) -> None:
        await self.send(text_data=text)
        if greeting and self.room and self.relay:  # tell the newcomer who is already here
            await self.relay.send(self.room.interview_id, self.peer, self.presence("present"))

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        room, relay = self.room, self.relay
        if room is None or relay is None:
            return
        if text_data is None or len(text_data) > MAX_FRAME:
            return await self.bad(_("Send JSON text frames of at most 32 KB."))
        now = time.monotonic()
        self.window = [t for t in self.window if t > now - 60] + [now]
        if len(self.window) > settings.INTERVIEW_SIGNALS_PER_MINUTE:
            await self.send(
                text_data=frame({"type": "error", "code": "too_many", "message": _("Too many messages.")})
            )
            await self.close(code=CLOSE_TOO_MANY)
            return
        try:
            message = clean(json.loads(text_data))
        except (ValueError, RecursionError):
            message = None
        if message is None:
            return await self.bad(_("The browser sent a message the room does not know."))
        if message["type"] == "offer" and not await database_sync_to_async(services.still_open)(room):
            return await self.end(_("The interview room has closed."))
        message["from"] = room.side.value
        await relay.send(room.interview_id, self.peer, frame(message))

    async def bad(self, message: str) -> None:
        await self.send(text_data=frame({"type": "error", "code": "bad_frame", "message": message}))
        await self.close(code=CLOSE_BAD_FRAME)

    async def leave(self) -> None:
        if self.closer is not None:
            self.closer.cancel()
            self.closer = None
        room, relay, self.relay = self.room, self.relay, None
        if room is not None and relay is not None:
            relay.leave(room.interview_id, self.peer)
            with contextlib.suppress(Exception):
                await relay.send(room.interview_id, self.peer, self.presence("left"))

    async def disconnect(self, code: int) -> None:
        await self.leave()
