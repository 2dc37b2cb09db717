"""The client address of an HTTP request, by the same rule as the live room's sockets.

``livestream.realtime.clients.client_address`` reads an ASGI scope: the TCP peer, unless the peer
is a trusted proxy (``TRUSTED_PROXIES``), then ``X-Real-IP`` or the last untrusted
``X-Forwarded-For`` hop. Here the same function reads a Django request (ASGI or WSGI), so sign-in
throttling (django-axes, ``AXES_CLIENT_IP_CALLABLE``) and SMS limits count the real client
behind nginx, not nginx itself.
"""

from __future__ import annotations

from django.http import HttpRequest

from livestream.realtime.clients import client_address


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
