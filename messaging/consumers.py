"""The conversation socket (``/ws/messages/<application_id>/``): history on connect, new messages
as they are sent, sending and read marks. Thin: ``messaging.services`` checks who may do what.

Client frames (JSON): ``{"type": "send", "body": "...", "ref": "1"}`` and ``{"type": "read"}``.
Server frames: ``history`` (side and messages), ``message`` (a new message of either side),
``ack`` (the sender's own message with its screening findings) and ``error``. Close codes:
4403 not a party to this conversation, 4429 too many frames, 4400 a frame too large."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from events_server import ratelimit
from events_server.errors import DomainError
from messaging import services
from messaging.fanout import Subscription

MAX_FRAME = 8 * 1024
FRAMES_PER_MINUTE = 120


class ConversationConsumer(AsyncWebsocketConsumer):
    subscription: Subscription | None = None
    forwarder: asyncio.Task[None] | None = None

    async def connect(self) -> None:
        user = self.scope.get("user")
        self.application_id = int(self.scope["url_route"]["kwargs"]["application_id"])
        try:
            if user is None or not user.is_authenticated:
                raise Http404
            found = await database_sync_to_async(services.access)(user, self.application_id)
        except Http404:
            await self.close(code=4403)
            return
        self.side = found.side
        self.subscription = Subscription(self.application_id)
        await self.subscription.start()
        await self.accept()
        messages = await database_sync_to_async(self._history)(found.application)
        await self.send_json({"type": "history", "side": self.side or "", "messages": messages})
        self.forwarder = asyncio.create_task(self._forward())

    def _history(self, application: Any) -> list[dict[str, Any]]:
        user = self.scope["user"]
        services.mark_read(user, self.application_id)
        return [
            services.as_frame(message, for_sender=message.side == self.side)
            for message in services.history(application)
        ]

    async def _forward(self) -> None:
        subscription = self.subscription
        while subscription is not None:
            text = await subscription.get()
            await self.send(text_data=text)

    async def disconnect(self, code: int) -> None:
        if self.forwarder is not None:
            self.forwarder.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.forwarder
        if self.subscription is not None:
            await self.subscription.stop()

    async def send_json(self, data: dict[str, Any]) -> None:
        await self.send(text_data=json.dumps(data, ensure_ascii=False))

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        user = self.scope["user"]
        allowed = await database_sync_to_async(ratelimit.allow)(
            f"messaging-frames:{user.pk}", FRAMES_PER_MINUTE, 60
        )
        if not allowed:
            await self.close(code=4429)
            return
        if text_data is None or len(text_data) > MAX_FRAME:
            await self.close(code=4400)
            return
        try:
            frame = json.loads(text_data)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's limit
            frame = None
        if not isinstance(frame, dict):
            await self.send_json({"type": "error", "message": self.say(_("Send a JSON object."))})
            return
        ref = str(frame.get("ref", ""))[:40]
        kind = frame.get("type")
        try:
            if kind == "send" and isinstance(frame.get("body"), str):
                sent = await self.in_thread(self._send, user, frame["body"])
                await self.send_json({"type": "ack", "ref": ref, "message": sent})
            elif kind == "read":
                await self.in_thread(services.mark_read, user, self.application_id)
            else:
                message = self.say(_("Unknown message type: send or read."))
                await self.send_json({"type": "error", "ref": ref, "message": message})
        except DomainError as error:
            await self.send_json({"type": "error", "ref": ref, "message": error.message})
        except Http404:
            await self.close(code=4403)

    def _send(self, user: Any, body: str) -> dict[str, Any]:
        message = services.send(user, self.application_id, body)
        services.mark_read(user, self.application_id)
        return services.as_frame(message, for_sender=True)

    def language(self) -> str:
        chosen = self.scope.get("cookies", {}).get(settings.LANGUAGE_COOKIE_NAME, "")
        return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE

    def say(self, text: Any) -> str:
        """A lazy text in the language the person chose on the site."""
        with translation.override(self.language()):
            return str(text)

    def in_thread(self, function: Callable[..., Any], *args: Any) -> Awaitable[Any]:
        """Run sync code in a worker thread, in the language the person chose on the site."""
        language = self.language()

        def run() -> Any:
            with translation.override(language):
                return function(*args)

        return database_sync_to_async(run)()
