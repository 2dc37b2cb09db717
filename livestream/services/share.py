"""What a host hands out for a live session: its trackable short link and a signed join link."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from livestream.models import LiveSession
from qr.models import ShortLink
from qr.services.links import link_for_live_session
from qr.tokens import make_token

JOIN_LINK_GRACE = dt.timedelta(days=7)  # join links keep working this long after the session ends


@dataclass(frozen=True)
class ShareLinks:
    short_url: str
    link: ShortLink
    join_url: str


def share_links(session: LiveSession, base_url: str) -> ShareLinks:
    """What a host hands out: the trackable short link and a signed join link."""
    link = link_for_live_session(session)
    return ShareLinks(f"{base_url}{link.path}", link, join_url(session, base_url))


def join_url(session: LiveSession, base_url: str) -> str:
    """A signed link to the session that stops working a week after its planned end."""
    valid_for = max(session.ends_at, timezone.now()) + JOIN_LINK_GRACE - timezone.now()
    return f"{base_url}/join/{make_token('live.join', {'s': session.pk}, valid_for=valid_for)}"
