"""Liveness of the pieces a request needs: the database and the channel layer."""

from __future__ import annotations

import asyncio
import secrets

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.db import connection

CHECK_TIMEOUT_SECONDS = 2.0


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


async def check_database() -> str:
    try:
        await asyncio.wait_for(sync_to_async(_check_database)(), CHECK_TIMEOUT_SECONDS)
    except Exception as error:
        return f"error: {type(error).__name__}"
    return "ok"


async def check_channel_layer() -> str:
    """Send a message to a fresh channel and read it back."""
    layer = get_channel_layer()
    if layer is None:
        return "error: no channel layer configured"
    try:
        channel = await layer.new_channel("healthz.")
        token = secrets.token_hex(8)
        await asyncio.wait_for(
            layer.send(channel, {"type": "healthz", "token": token}), CHECK_TIMEOUT_SECONDS
        )
        message = await asyncio.wait_for(layer.receive(channel), CHECK_TIMEOUT_SECONDS)
    except Exception as error:
        return f"error: {type(error).__name__}"
    return "ok" if message.get("token") == token else "error: wrong message"


async def health_report() -> dict[str, object]:
    database, channel_layer = await asyncio.gather(check_database(), check_channel_layer())
    checks = {"database": database, "channel_layer": channel_layer}
    healthy = all(value == "ok" for value in checks.values())
    return {"status": "ok" if healthy else "error", "checks": checks}
