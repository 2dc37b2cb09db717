"""Who may publish video and watch it, and which ICE servers a browser gets."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _

from accounts.models import User
from events_server.errors import Conflict, DomainError
from livestream.models import LiveSession
from livestream.services.sessions import LoginRequired, access_session, check_host
from livestream.turn import mint

MAX_SDP = 16 * 1024


def check_publisher(user: User | AnonymousUser, session_id: int) -> LiveSession:
    """Only the host company's recruiters publish, and only while the session is live."""
    session = access_session(session_id)
    check_host(user, session)
    if session.state != LiveSession.State.LIVE:
        raise Conflict(_("Press “Go live” before you start the camera."))
    return session


def check_viewer(user: User | AnonymousUser, session_id: int) -> LiveSession:
    session = access_session(session_id)
    if session.login_to_watch and not user.is_authenticated:
        raise LoginRequired(_("Log in to watch this session."))
    return session


class NotLiveYet(Conflict):
    code = "not_live"


def check_live_viewer(user: User | AnonymousUser, session_id: int) -> LiveSession:
    """A WebRTC viewer: as ``check_viewer``, and only while the session is live."""
    session = check_viewer(user, session_id)
    if session.state != LiveSession.State.LIVE:
        raise NotLiveYet(_("The session is not live. The video starts when the host goes live."))
    return session


def clean_offer(body: object) -> str:
    sdp = body.get("sdp") if isinstance(body, dict) else None
    if not isinstance(sdp, str) or not sdp.startswith("v=0") or len(sdp) > MAX_SDP:
        raise DomainError(_("The browser sent an unusable video offer. Reload the page and try again."))
    return sdp


def ice_servers(user: User | AnonymousUser) -> list[dict[str, object]]:
    """STUN for everyone; TURN (relay through our coturn) only with credentials for logged-in users."""
    servers: list[dict[str, object]] = [{"urls": url} for url in settings.RTC_STUN_URLS]
    if user.is_authenticated and settings.TURN_URLS and settings.TURN_SECRET:
        credential = mint(settings.TURN_SECRET, f"u{user.pk}", valid_for=settings.TURN_CREDENTIAL_SECONDS)
        servers.append(
            {"urls": settings.TURN_URLS, "username": credential.username, "credential": credential.password}
        )
    return servers
