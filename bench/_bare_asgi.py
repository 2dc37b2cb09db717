"""A bare ASGI application for ``bench/fanout.py``: the server's own send-loop limit.

No Django, no Channels, no hub: each WebSocket is accepted, sent a ``snapshot`` stub (what
the bench's viewer client waits for) and kept in a list. ``GET /blast?n=N`` then sends N
chat-shaped frames (each stamped with its send time, like the bench's real events) to every
socket, one ``await send`` each, yielding to the loop after each round so the server writes.
Whatever CPU the server process spends per frame here is the floor the live room's hub runs
on; the bench reports the live room's deliveries per core beside it. Any other path answers
200 (the bench's ``/healthz`` probe).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

Send = Callable[[dict[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[dict[str, Any]]]
SOCKETS: list[Send] = []


async def application(scope: dict[str, Any], receive: Receive, send: Send) -> None:
    if scope["type"] == "websocket":
        await receive()  # websocket.connect
        await send({"type": "websocket.accept"})
        await send({"type": "websocket.send", "text": '{"type":"snapshot"}'})
        SOCKETS.append(send)
        try:
            while (await receive())["type"] != "websocket.disconnect":
                pass
        finally:
            SOCKETS.remove(send)
    elif scope["type"] == "http":
        await receive()
        result: dict[str, Any] = {"ok": True}
        if scope["path"] == "/blast":
            rounds = int(scope.get("query_string", b"").decode().partition("=")[2] or 10)
            result = await blast(rounds)
        body = json.dumps(result).encode()
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/json")]}
        )
        await send({"type": "http.response.body", "body": body})
    elif scope["type"] == "lifespan":
        while True:
            message = await receive()
            await send({"type": message["type"] + ".complete"})
            if message["type"] == "lifespan.shutdown":
                return


async def blast(rounds: int) -> dict[str, Any]:
    frames = 0
    for number in range(1, rounds + 1):
        text = (
            f'{{"seq":{number},"type":"chat.message","message":{{"id":{number},"author":"bench",'
            f'"host":false,"body":"{time.time_ns()}","at":"2026-01-01T00:00:00Z"}}}}'
        )
        for send in list(SOCKETS):
            await send({"type": "websocket.send", "text": text})
            frames += 1
        await asyncio.sleep(0)
    return {"frames": frames, "sockets": len(SOCKETS)}
