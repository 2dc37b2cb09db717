"""Who is at the other end of a socket: the client's address (``events_server.clientip`` owns the
rule, shared with HTTP requests), and the bytes it has not yet taken."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from events_server.clientip import client_address

log = logging.getLogger(__name__)

__all__ = ["buffered_bytes_probe", "client_address"]


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
