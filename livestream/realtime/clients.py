"""Who is at the other end of a socket: the client's address, and the bytes it has not yet taken.

The address is the TCP peer, unless the peer is a trusted proxy (``TRUSTED_PROXIES``, the nginx
in front; a Unix-socket peer is local and trusted too): then it is the proxy's ``X-Real-IP``, or
the last address in ``X-Forwarded-For`` that no trusted proxy added. IPv6 clients are counted
by their /64, the block one subscriber usually holds.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings

log = logging.getLogger(__name__)
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@functools.cache
def _trusted(proxies: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _parse(text: str) -> Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _is_trusted(address: Address | None) -> bool:
    if address is None:
        return False
    return any(address in network for network in _trusted(tuple(settings.TRUSTED_PROXIES)))


def _header(scope: dict[str, Any], name: bytes) -> str:
    headers: list[tuple[bytes, bytes]] = scope.get("headers", [])
    for key, value in headers:
        if key == name:
            return str(value.decode("latin1"))
    return ""


def client_address(scope: dict[str, Any]) -> str:
    """The address the per-address limits count, as text (IPv6 as its /64 network)."""
    client = scope.get("client")
    peer = _parse(str(client[0])) if client else None
    if client is None or _is_trusted(peer):
        forwarded = _parse(_header(scope, b"x-real-ip"))
        if forwarded is None:
            hops = [_parse(hop) for hop in _header(scope, b"x-forwarded-for").split(",") if hop.strip()]
            forwarded = next((hop for hop in reversed(hops) if not _is_trusted(hop)), None)
            if forwarded is None and hops and all(hops):
                forwarded = hops[0]  # every hop is a trusted proxy: the first is the client
        peer = forwarded or peer
    if peer is None:
        return "unknown"
    if isinstance(peer, ipaddress.IPv6Address):
        if peer.ipv4_mapped:
            return str(peer.ipv4_mapped)
        return str(ipaddress.ip_network(f"{peer}/64", strict=False))
    return str(peer)


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
