"""The live room socket: connect, send the snapshot (or resume), then dispatch typed messages.

The consumer only parses, authorises through services and replies; the rules live in
``livestream.services`` and the fan-out in ``livestream.realtime.hub``. Whatever happens, a
socket leaves its room when its consumer ends, and a failure closes it with a documented code
(``docs/realtime.md``), never daphne's 1011.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _

from events_server.errors import DomainError
from jobs.services import attribution_subject
from livestream.realtime import schemas
from livestream.realtime.backends import get_backend
from livestream.realtime.clients import buffered_bytes_probe, client_address, direct_writer
from livestream.realtime.hub import Hub, Sink, get_hub
from livestream.services import room, sessions
from livestream.services.room import LiveApplyResult
from livestream.services.sessions import LoginRequired, RoomAccess
from livestream.services.snapshot import personal_snapshot, public_snapshot
from qr import attribution

log = logging.getLogger(__name__)
CLOSE_FRAME_SECONDS = 5  # how long a dropped socket may take to take its close frame
CLOSE_CODES = {LoginRequired: 4401, Http404: 4404}
CLOSE_INTERNAL = 4011  # something failed on the server: reconnect (with backoff)
CLOSE_TOO_MANY = 4429  # this address has LIVE_ROOM_SOCKETS_PER_ADDRESS sockets on this process
RESUME_POINT = re.compile(r"[0-9]{1,18}")  # below 2^63: every sequence number Redis can hold
Handler = Callable[["LiveRoomConsumer", Any], Awaitable[dict[str, Any]]]


def frame(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str)


class LiveRoomConsumer(AsyncWebsocketConsumer):
    # The room fans out through its own hub; the project has no channel layer (settings.py).
    access: RoomAccess | None = None
    sink: Sink | None = None
    address: str | None = None  # set once the hub counts this socket against its address
    hub: Hub

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:  # however the consumer ends (disconnect, error, cancelled), it leaves the room
            self.leave()

    async def dispatch(self, message: dict[str, Any]) -> None:
        """Channels' ``dispatch`` without its ``aclose_old_connections()`` before every message.

        That is a trip to the database thread per frame received, so in a crowded room every
        viewer's ping cost one (a tenth of a busy server's time, measured with py-spy). This
        consumer reaches the database only through ``database_sync_to_async``, which closes
        stale connections in that thread before and after each call, so a frame that needs no
        database (a ping, a frame refused at the schema) now needs no thread either."""
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def websocket_connect(self, message: dict[str, Any]) -> None:
        try:
            await super().websocket_connect(message)
        except Exception:
            log.exception("live room connect failed")
            await self.fail()

    async def websocket_receive(self, message: dict[str, Any]) -> None:
        try:
            await super().websocket_receive(message)
        except Exception:
            log.exception("live room frame failed")
            await self.fail()

    async def fail(self) -> None:
        self.leave()
        await self.close(code=CLOSE_INTERNAL)

    def leave(self) -> None:
        if self.access and self.sink:
            self.hub.leave(self.access.session_id, self.sink)
            self.sink = None
        if self.address is not None:
            self.hub.release(self.address)
            self.address = None

    async def connect(self) -> None:
        session_id = int(self.scope["url_route"]["kwargs"]["session_id"])
        anonymous_key = self.scope.get("cookies", {}).get("lv", "")
        address = client_address(self.scope)
        self.hub = get_hub()
        await self.accept()
        if not self.hub.admit(address):
            message = _("Too many connections from your network. Close other tabs or try again later.")
            error = {"type": "error", "code": "too_many_sockets", "message": message}
            await self.send(text_data=frame(error))
            await self.close(code=CLOSE_TOO_MANY)
            return
        self.address = address
        try:
            self.access = await self.in_thread(
                sessions.open_room, self.scope["user"], session_id, anonymous_key, address
            )
        except (DomainError, Http404) as error:
            await self.refuse(error)
            return
        self.sink = Sink(
            self.base_send,
            self.close_with,
            user_key=f"u{self.access.user_id}" if self.access.user_id else None,
            moderator=self.access.moderator,
            viewer_key=self.access.viewer_key,
            buffered=buffered_bytes_probe(self.base_send),
            direct=direct_writer(self.base_send) if settings.LIVE_ROOM_DIRECT_WRITES else None,
        )
        await self.hub.join(session_id, self.sink)
        await self.start(self.resume_point())

    async def refuse(self, error: Exception) -> None:
        code = next((c for kind, c in CLOSE_CODES.items() if isinstance(error, kind)), 4403)
        kind = "login" if isinstance(error, LoginRequired) else "forbidden"
        await self.send(text_data=frame({"type": "error", "code": kind, "message": str(error)}))
        await self.close(code=code)

    def resume_point(self) -> int | None:
        """``?after=<seq>`` if it is a plain number a room could have reached; anything else
        (a word, ``²``, 2^64, a second value) means "send a snapshot"."""
        query = self.scope.get("query_string", b"").decode("latin1")
        values = parse_qs(query).get("after")
        if values and len(values) == 1 and RESUME_POINT.fullmatch(values[0]):
            return int(values[0])
        return None

    def joined(self) -> tuple[RoomAccess, Sink]:
        if self.access is None or self.sink is None:
            raise RuntimeError("the socket has not joined its room")
        return self.access, self.sink

    async def start(self, after: int | None) -> None:
        access, sink = self.joined()
        room_id = access.session_id
        if after is not None:
            missed = self.hub.events_after(room_id, after)
            if missed is None:
                missed = await database_sync_to_async(get_backend().replay)(room_id, after)
            if missed is not None and len(missed) <= settings.LIVE_ROOM_RESUME_MAX:
                sink.start(frame({"type": "resumed", "seq": after}), after, missed)
                self.push_viewers()
                return
        viewers = self.hub.viewers_frame(room_id)
        public = self.hub.cached_snapshot(room_id, settings.LIVE_ROOM_SNAPSHOT_SECONDS)
        if public is None:
            public = await self.in_thread(public_snapshot, room_id)
            self.hub.keep_snapshot(room_id, public)
        counts = json.loads(viewers) if viewers else None
        if access.user_id is None:
            snapshot = personal_snapshot(public, access, counts)  # anonymous: no query, no thread
        else:
            snapshot = await self.in_thread(personal_snapshot, public, access, counts)
        sink.start(frame(snapshot), snapshot["seq"], self.hub.events_after(room_id, snapshot["seq"]) or [])

    def push_viewers(self) -> None:
        viewers = self.hub.viewers_frame(self.access.session_id) if self.access else None
        if viewers and self.sink:
            self.sink.push(viewers)

    async def close_with(self, code: int) -> None:
        """The hub drops this socket: it leaves its room at once, then the close frame goes out.

        Under a server whose ``send`` waits (uvicorn), a client that never reads keeps that close
        waiting too; the socket has already left the room, and the server's keepalive ends it."""
        self.leave()
        # uvicorn refuses a second close (RuntimeError) and one to a client already gone
        # (ClientDisconnected, an OSError): either way the socket is closed
        with contextlib.suppress(TimeoutError, RuntimeError, OSError):
            async with asyncio.timeout(CLOSE_FRAME_SECONDS):
                await self.close(code=code)

    async def disconnect(self, code: int) -> None:
        self.leave()

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.sink is None or self.access is None:
            return
        self.sink.last_seen_now()
        if text_data is None:
            return self.reply_error("bad_frame", "send JSON text frames, not binary")
        limit = settings.LIVE_ROOM_MAX_FRAME
        # the limit is in UTF-8 bytes, at most 4 a character: short text needs no encoding
        if len(text_data) > limit // 4 and len(text_data.encode("utf-8", "surrogatepass")) > limit:
            return self.reply_error("frame_too_large", f"frames are limited to {limit} bytes")
        try:
            message = schemas.parse_inbound(text_data)
        except schemas.ProtocolError as error:
            return self.reply_error("bad_frame", error.message, ref=error.ref)
        try:
            result = await HANDLERS[message.type](self, message)
        except (DomainError, Http404) as error:
            code = getattr(error, "code", "invalid")
            field = getattr(error, "field", None)
            return self.reply_error(code, str(error), ref=message.ref, field=field)
        except Exception:  # a bug must not kill the socket; the client may retry
            log.exception("live room handler %s failed", message.type)
            return self.reply_error(
                "server_error", _("Something went wrong. Please try again."), ref=message.ref
            )
        if "type" not in result:
            result = {"type": "ack", "result": result}
        if self.sink:  # None if the socket left while the handler ran
            self.sink.push(frame({**result, "ref": message.ref}))

    def reply_error(
        self, code: str, message: str, *, ref: str | None = None, field: str | None = None
    ) -> None:
        payload: dict[str, Any] = {"type": "error", "code": code, "message": message, "ref": ref}
        if field:
            payload["field"] = field
        if self.sink:
            self.sink.push(frame(payload))

    def call(self, function: Callable[..., Any], *args: Any) -> Awaitable[Any]:
        """Run a room service as this socket's user."""
        return self.in_thread(function, self.scope["user"], self.joined()[0].session_id, *args)

    def in_thread(self, function: Callable[..., Any], *args: Any) -> Awaitable[Any]:
        """Run sync code in a worker thread, in the language the viewer chose on the site."""
        language = self.language()

        def run() -> Any:
            with translation.override(language):
                return function(*args)

        return database_sync_to_async(run)()

    def language(self) -> str:
        chosen = self.scope.get("cookies", {}).get(settings.LANGUAGE_COOKIE_NAME, "")
        return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE

    # --- handlers, one per inbound type ----------------------------------------------------

    async def on_ping(self, message: schemas.Ping) -> dict[str, Any]:
        self.joined()[1].acknowledge(message.received)
        return {"type": "pong"}

    async def on_chat_send(self, message: schemas.ChatSend) -> dict[str, Any]:
        sent = await self.call(room.post_chat, message.body)
        return {"id": sent.pk}

    async def on_chat_delete(self, message: schemas.ChatDelete) -> dict[str, Any]:
        await self.call(room.delete_chat, message.message_id)
        return {"id": message.message_id}

    async def on_chat_mute(self, message: schemas.ChatMute) -> dict[str, Any]:
        mute = await self.call(room.mute_author, message.message_id, message.minutes)
        return {"until": mute.until.isoformat()}

    async def on_question_ask(self, message: schemas.QuestionAsk) -> dict[str, Any]:
        question = await self.call(room.ask_question, message.body)
        return {"id": question.pk, "state": question.state}

    async def on_question_vote(self, message: schemas.QuestionVote) -> dict[str, Any]:
        counted = await self.call(room.vote_question, message.question_id)
        return {"id": message.question_id, "counted": counted}

    async def on_question_moderate(self, message: schemas.QuestionModerate) -> dict[str, Any]:
        question = await self.call(room.moderate_question, message.question_id, message.action)
        return {"id": question.pk, "state": question.state}

    async def on_card_pin(self, message: schemas.CardPin) -> dict[str, Any]:
        card = await self.call(room.pin_card, message.job_id)
        return {"id": card.pk}

    async def on_card_unpin(self, message: schemas.CardUnpin) -> dict[str, Any]:
        await self.call(room.unpin_card)
        return {}

    async def on_job_apply(self, message: schemas.JobApply) -> dict[str, Any]:
        result = await self.call(room.apply_from_room, message.job_id)
        if result.status == LiveApplyResult.Status.APPLIED:
            cookies = self.scope.get("cookies", {})
            subject = attribution_subject(result.application_id) if result.application_id else ""
            await database_sync_to_async(attribution.credit)(
                cookies, attribution.APPLICATION, subject=subject
            )
        return {"job_id": message.job_id, "status": result.status, "url": result.url}

    async def on_session_go_live(self, message: schemas.SessionGoLive) -> dict[str, Any]:
        session = await self.call(sessions.go_live)
        return {"state": session.state}

    async def on_session_end(self, message: schemas.SessionEnd) -> dict[str, Any]:
        session = await self.call(sessions.end_session)
        return {"state": session.state}


HANDLERS: dict[str, Handler] = {
    "ping": LiveRoomConsumer.on_ping,
    "chat.send": LiveRoomConsumer.on_chat_send,
    "chat.delete": LiveRoomConsumer.on_chat_delete,
    "chat.mute": LiveRoomConsumer.on_chat_mute,
    "question.ask": LiveRoomConsumer.on_question_ask,
    "question.vote": LiveRoomConsumer.on_question_vote,
    "question.moderate": LiveRoomConsumer.on_question_moderate,
    "card.pin": LiveRoomConsumer.on_card_pin,
    "card.unpin": LiveRoomConsumer.on_card_unpin,
    "job.apply": LiveRoomConsumer.on_job_apply,
    "session.go_live": LiveRoomConsumer.on_session_go_live,
    "session.end": LiveRoomConsumer.on_session_end,
}
