"""The ASGI application: sockets from foreign origins are refused before any routing happens."""

import pytest
from channels.testing import WebsocketCommunicator

from events_server.asgi import application


async def connect(origin: bytes):
    communicator = WebsocketCommunicator(application, "/ws/no-such-room/", headers=[(b"origin", origin)])
    try:
        return await communicator.connect()
    finally:
        await communicator.disconnect()


async def test_a_socket_from_another_site_is_refused_at_the_door():
    connected, _ = await connect(b"https://evil.example")
    assert not connected


async def test_a_socket_from_our_own_site_passes_the_door_and_reaches_routing():
    # No room lives at this path, so the router, reached only past the origin check, says so.
    with pytest.raises(ValueError, match="No route found"):
        await connect(b"http://127.0.0.1")


def test_server_processes_collect_garbage_less_often():
    import gc

    from django.conf import settings

    import events_server.asgi  # noqa: F401 - loading the application tunes the collector

    assert list(gc.get_threshold()) == settings.GC_THRESHOLD
