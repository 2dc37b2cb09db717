"""Who is at the other end of a socket: the client's address (``events_server.clientip`` owns the
rule, shared with HTTP requests), and the bytes it has not yet taken."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from events_server.clientip import client_address

log = logging.getLogger(__name__)

__all__ = ["buffered_bytes_probe", "client_address", "direct_writer", "server_frame"]


# --- bytes the server holds for a socket ------------------------------------------------------


def buffered_bytes_probe(send: Callable[..., Any]) -> Callable[[], int] | None:
    """A function returning the bytes written to this socket but not yet sent, or None.

    daphne applies no backpressure: ``send`` never waits, and what the client does not read
    piles up in the Twisted transport's write buffer. That buffer is not public API, so this
    is the one place that reads it (``test_backpressure.py`` runs it under a real daphne, so an
    upgrade that moves it fails a test). Under other servers (uvicorn waits in ``send``, and the
    hub's outbox limit applies) or if the attributes are gone, this returns None.
    """
    transport = _daphne_transport(send)
    if transport is None:
        return None
    if not all(hasattr(transport, name) for name in ("dataBuffer", "offset", "_tempDataLen")):
        log.warning("daphne's transport shows no write buffer; only acknowledgements limit slow sockets")
        return None

    def buffered() -> int:
        return int(len(transport.dataBuffer) - transport.offset + transport._tempDataLen)

    return buffered


def _daphne_transport(send: Callable[..., Any]) -> Any:
    """daphne's ``send`` is ``partial(server.handle_reply, protocol)``, wrapped by Channels'
    session middleware (``InstanceSessionWrapper.send`` with ``real_send``)."""
    for _ in range(5):
        if isinstance(send, functools.partial):
            protocol = send.args[0] if send.args else None
            return getattr(protocol, "transport", None)
        owner = getattr(send, "__self__", None)
        inner = getattr(owner, "real_send", None)
        if inner is None:
            return None
        send = inner
    return None


# --- frames written straight to uvicorn's transport ---------------------------------------------


def server_frame(payload: bytes) -> bytes:
    """``payload`` as one unfragmented, unmasked text frame (RFC 6455 5.2), the bytes a server
    sends: encoded once per room tick and written to every socket that takes it whole."""
    length = len(payload)
    if length < 126:
        return bytes((0x81, length)) + payload
    if length < 65536:
        return b"\x81\x7e" + length.to_bytes(2, "big") + payload
    return b"\x81\x7f" + length.to_bytes(8, "big") + payload


def direct_writer(send: Callable[..., Any]) -> Callable[[bytes], bool] | None:
    """Under uvicorn, a function that writes a whole server frame (``server_frame``) straight to
    the socket's transport and says whether it did, or None.

    uvicorn's ``send`` frames and encodes the text again for every socket (and compresses it
    for every socket that agreed permessage-deflate): for a room's tick, which is the same text
    for thousands of sockets, that is most of the cost of a delivery. The frame is built once
    and written as it is. An uncompressed message is valid on a connection that agreed
    permessage-deflate (RFC 7692 6: only a message with RSV1 set is compressed), and uvicorn
    never fragments, so the connection's state does not depend on the frames it sent.

    The transport and the flags are not public API, so this is the one place that reads them
    (``test_backpressure.py`` runs it under a real uvicorn and ``.ci/newest-django`` against
    the newest uvicorn patch release, and ``test_direct_frames.py`` checks the frame bytes
    against the ``websockets`` library uvicorn frames with). The write is refused (False, and
    the caller uses ``send``) unless the handshake is done, no close was sent or received and
    the transport is not paused: past uvicorn's high-water mark its ``send`` waits, and the
    hub's outbox limit applies as before.
    """
    protocol = _uvicorn_protocol(send)
    if protocol is None:
        return None
    needed = ("transport", "writable", "handshake_complete", "close_sent", "disconnected", "conn")
    if not all(hasattr(protocol, name) for name in needed):
        log.warning("uvicorn's websocket protocol has changed; room frames go through its send")
        return None
    from websockets.protocol import State

    transport, writable, conn, open_state = protocol.transport, protocol.writable, protocol.conn, State.OPEN

    def write(data: bytes) -> bool:
        if (
            protocol.close_sent
            or protocol.disconnected
            or not protocol.handshake_complete
            or not writable.is_set()
            or conn.state is not open_state
            or transport.is_closing()
        ):
            return False
        transport.write(data)
        return True

    return write


def _uvicorn_protocol(send: Callable[..., Any]) -> Any:
    """uvicorn's ``send`` is the bound ``WebSocketsSansIOProtocol.send``, wrapped by Channels'
    session middleware (``InstanceSessionWrapper.send`` with ``real_send``)."""
    try:
        from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
    except ImportError:
        return None
    for _ in range(5):
        owner = getattr(send, "__self__", None)
        if isinstance(owner, WebSocketsSansIOProtocol):
            return owner
        inner = getattr(owner, "real_send", None)
        if inner is None:
            return None
        send = inner
    return None
