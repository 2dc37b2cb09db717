"""The video URL a viewer's page plays: the live or replay master playlist, signed for login-only
sessions (nginx checks the signature; see livestream.media.hls)."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from accounts.models import User
from livestream.media import hls
from livestream.services.stage import check_viewer


def hls_url(user: User | AnonymousUser, session_id: int, replay: bool = False) -> str:
    """For a viewer allowed to watch (``check_viewer``): public sessions' plain path, which every
    viewer shares; login-only sessions' signed path, valid HLS_LINK_TTL (six hours) or more and the
    same for everyone in the same hour, so caches still keep one copy of each file."""
    session = check_viewer(user, session_id)
    name = (hls.replay_name(session.pk) or hls.REPLAY) if replay else hls.PLAYLIST
    if not session.login_to_watch:
        return reverse("livestream:hls", args=[session.pk, name])
    expires = hls.link_expiry()
    return reverse("livestream:hls_signed", args=[session.pk, expires, hls.sign(session.pk, expires), name])
