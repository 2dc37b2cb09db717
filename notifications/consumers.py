"""``/ws/me/``: a signed-in person's own socket, which tells their pages the unread count.

Thin: it joins the person's group (``notifications.push.group_name``) and forwards what the
group carries. Anonymous sockets are refused before the handshake completes."""

from __future__ import annotations

from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings

from notifications import push, services


class MeConsumer(AsyncJsonWebsocketConsumer):
    channel_layer_alias = push.LAYER

    async def connect(self) -> None:
        user = self.scope.get("user")
        if user is None or not user.is_authenticated or self.channel_layer is None:
            await self.close(code=4401)
            return
        self.group = push.group_name(user.pk)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        unread = await database_sync_to_async(services.unread_count)(user)
        await self.send_json(
            {
                "type": "hello",
                "unread": unread,
                "shared": push.layer_is_shared(),
                "poll_seconds": settings.NOTIFICATIONS_POLL_SECONDS,
            }
        )

    async def disconnect(self, code: int) -> None:
        if getattr(self, "group", None) and self.channel_layer is not None:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        """Clients have nothing to say on this socket."""

    async def unread_changed(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "unread", "unread": int(event["unread"])})
