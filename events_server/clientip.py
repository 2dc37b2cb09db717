"""The one rule for a client's address, for sockets (an ASGI scope) and HTTP requests alike.

The address is the TCP peer, unless the peer is a trusted proxy (``TRUSTED_PROXIES``, the nginx
in front; a Unix-socket peer is local and trusted too): then it is the proxy's ``X-Real-IP``, or
the last address in ``X-Forwarded-For`` that no trusted proxy added. IPv6 clients are counted
by their /64, the block one subscriber usually holds. The live room's per-address caps, sign-in
throttling (django-axes, ``AXES_CLIENT_IP_CALLABLE``) and SMS limits all count the real client
behind nginx, not nginx itself.
"""

from __future__ import annotations

import functools
import ipaddress
from typing import Any

from django.conf import settings
from django.http import HttpRequest

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


def request_address(request: HttpRequest) -> str:
    scope = getattr(request, "scope", None)
    if scope is None:  # WSGI (and the test client): rebuild the parts of a scope the rule reads
        meta = request.META
        headers = [
            (name, meta[key].encode("latin1"))
            for name, key in ((b"x-real-ip", "HTTP_X_REAL_IP"), (b"x-forwarded-for", "HTTP_X_FORWARDED_FOR"))
            if key in meta
        ]
        remote = meta.get("REMOTE_ADDR")
        scope = {"client": (remote, 0) if remote else None, "headers": headers}
    return client_address(scope)


def axes_client_ip(request: HttpRequest) -> str | None:
    """``AXES_CLIENT_IP_CALLABLE``: the address django-axes counts failed sign-ins against, as an
    address its database column accepts: an IPv6 client's /64 as the network's first address,
    and None when there is no address at all (a request built in code)."""
    address = request_address(request)
    if address == "unknown":
        return None
    return address.split("/", 1)[0]
