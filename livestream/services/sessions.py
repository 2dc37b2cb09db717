"""Who may watch and host a session, and its lifecycle: scheduled → live → ended."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.roles import is_platform_admin, signed_in
from audit import services as audit
from events_server.errors import Conflict, DomainError, NotAllowed
from livestream.media import placement
from livestream.models import LiveSession, Question
from livestream.realtime.backends import get_backend
from livestream.realtime.events import broadcast_on_commit
from livestream.signals import session_state_changed


class LoginRequired(NotAllowed):
    code = "login"


@dataclass(frozen=True)
class RoomAccess:
    """What one socket may do in one room, decided when it connects."""

    session_id: int
    user_id: int | None
    moderator: bool
    student: bool
    viewer_key: str


def can_host(user: User | AnonymousUser, session: LiveSession) -> bool:
    if not signed_in(user):
        return False
    if is_platform_admin(user):
        return True
    return user.role == User.Role.RECRUITER and user.organisation_id == session.company_id


def check_host(user: User | AnonymousUser, session: LiveSession) -> None:
    if not can_host(user, session):
        raise NotAllowed(_("Only the host company's recruiters can do this."))


def access_session(session_id: int) -> LiveSession:
    try:
        return LiveSession.objects.select_related("company", "co_host", "campaign").get(pk=session_id)
    except LiveSession.DoesNotExist:
        raise Http404(_("No such live session.")) from None


def access_hosted_session(user: User, session_id: int) -> LiveSession:
    """The session if ``user`` may host it; otherwise 404, so other companies learn nothing."""
    session = access_session(session_id)
    if not can_host(user, session):
        raise Http404(_("No such live session."))
    return session


VIEWER_SALT = "livestream.viewer"
VIEWER_ID = re.compile(r"[0-9a-f]{16}")


def issue_viewer_id() -> str:
    """A new anonymous viewer id, signed so that a client cannot choose its own (the ``lv`` cookie)."""
    return signing.Signer(salt=VIEWER_SALT).sign(secrets.token_hex(8))


def verified_viewer_id(cookie: str) -> str | None:
    """The id inside a viewer cookie this server issued, or None for anything else."""
    try:
        value = signing.Signer(salt=VIEWER_SALT).unsign(cookie)
    except signing.BadSignature:
        return None
    return value if VIEWER_ID.fullmatch(value) else None


def viewer_key(user: User, cookie: str, address: str) -> str:
    """Who a socket counts as among a room's unique viewers.

    A logged-in user counts as the user; an anonymous viewer with a server-issued id as that
    id, tagged with a keyed hash of the address (the backend counts at most
    ``LIVE_ROOM_VIEWERS_PER_ADDRESS`` ids per address); anyone else once per address.
    No address is stored in clear.
    """
    if user.is_authenticated:
        return f"u{user.pk}"
    place = salted_hmac(VIEWER_SALT, address).hexdigest()[:16]
    viewer_id = verified_viewer_id(cookie)
    return f"a{viewer_id}/{place}" if viewer_id else f"n{place}"


def open_room(user: User, session_id: int, anonymous_key: str = "", address: str = "") -> RoomAccess:
    session = access_session(session_id)
    if session.login_to_watch and not user.is_authenticated:
        raise LoginRequired(_("Log in to watch this session."))
    return RoomAccess(
        session_id=session.pk,
        user_id=user.pk if user.is_authenticated else None,
        moderator=can_host(user, session),
        student=user.is_authenticated and user.role == User.Role.STUDENT,
        viewer_key=viewer_key(user, anonymous_key, address),
    )


def state_payload(session: LiveSession) -> dict[str, str]:
    return {"type": "state", "state": session.state}


@transaction.atomic
def go_live(user: User, session_id: int) -> LiveSession:
    session = LiveSession.objects.select_for_update().get(pk=session_id)
    check_host(user, session)
    if session.state != LiveSession.State.SCHEDULED:
        raise Conflict(_("This session is already live or has ended."))
    session.state = LiveSession.State.LIVE
    session.went_live_at = timezone.now()
    session.save(update_fields=["state", "went_live_at"])
    audit.record("livestream.session.live", actor=user, obj=session)
    session_state_changed.send(sender=LiveSession, session_id=session.pk, state=session.state)
    broadcast_on_commit(session.pk, state_payload(session))
    transaction.on_commit(lambda: placement.place_soon(session.pk))  # on the least loaded media worker
    return session


@transaction.atomic
def end_session(user: User | None, session_id: int) -> LiveSession:
    """End a live session, take the card down and keep its viewer figures."""
    session = LiveSession.objects.select_for_update().get(pk=session_id)
    if user is not None:
        check_host(user, session)
    if session.state != LiveSession.State.LIVE:
        raise Conflict(_("Only a live session can be ended."))
    now = timezone.now()
    session.cards.filter(unpinned_at__isnull=True).update(unpinned_at=now)
    session.peak_viewers, session.unique_viewers = get_backend().figures(session.pk)
    session.state, session.ended_at = LiveSession.State.ENDED, now
    session.save(update_fields=["state", "ended_at", "peak_viewers", "unique_viewers"])
    audit.record("livestream.session.ended", actor=user, obj=session)
    session_state_changed.send(sender=LiveSession, session_id=session.pk, state=session.state)
    broadcast_on_commit(session.pk, {"type": "card", "card": None})
    broadcast_on_commit(session.pk, state_payload(session))
    return session


def require_live_or_scheduled(session: LiveSession) -> None:
    if session.state == LiveSession.State.ENDED:
        raise DomainError(_("This session has ended."))


def check_can_schedule(user: User) -> None:
    company = user.organisation if user.is_authenticated and user.role == User.Role.RECRUITER else None
    if company is None:
        raise NotAllowed(_("Only company recruiters can schedule live sessions."))
    if company.verification != company.Verification.VERIFIED:
        raise NotAllowed(_("Your company must be verified before it can go live."))


@transaction.atomic
def schedule_session(user: User, form: Any) -> LiveSession:
    """Save a new session from a valid ``LiveSessionForm`` for the recruiter's company."""
    from campaigns.services import current_campaign

    check_can_schedule(user)
    session = form.save(commit=False)
    session.company, session.created_by = user.organisation, user
    campaign = current_campaign()
    if campaign is None:
        raise DomainError(_("There is no campaign to schedule sessions in yet."))
    session.campaign = campaign
    session.save()
    form.save_m2m()
    audit.record("livestream.session.scheduled", actor=user, obj=session)
    session_state_changed.send(sender=LiveSession, session_id=session.pk, state=session.state)
    return session


@transaction.atomic
def update_session(user: User, session: LiveSession, form: Any) -> LiveSession:
    check_host(user, session)
    if session.state == LiveSession.State.ENDED:
        raise Conflict(_("An ended session can no longer be changed."))
    session = form.save()
    audit.record("livestream.session.updated", actor=user, obj=session)
    from livestream.services import reminders  # reminders imports the notifications app only

    reminders.plan(session)  # a new start time gets its reminder; the old one finds itself stale
    broadcast_on_commit(session.pk, {"type": "state", "state": session.state})
    return session


@dataclass(frozen=True)
class Figures:
    peak_viewers: int
    unique_viewers: int
    questions: int
    chat_messages: int
    applications: int


def session_figures(session: LiveSession) -> Figures:
    """Viewer figures from the room while live, from the saved row once ended."""
    if session.state == LiveSession.State.LIVE:
        peak, unique = get_backend().figures(session.pk)
    else:
        peak, unique = session.peak_viewers, session.unique_viewers
    return Figures(
        peak_viewers=peak,
        unique_viewers=unique,
        questions=session.questions.exclude(state=Question.State.HIDDEN).count(),
        chat_messages=session.chat_messages.filter(deleted_at__isnull=True).count(),
        applications=session.card_applications.count(),
    )


def end_overdue_sessions(grace: dt.timedelta = dt.timedelta(hours=1)) -> int:
    """End sessions still live an hour after their planned end, so their figures are kept."""
    overdue = LiveSession.objects.filter(state=LiveSession.State.LIVE, ends_at__lt=timezone.now() - grace)
    ended = 0
    for session_id in overdue.values_list("pk", flat=True):
        try:
            end_session(None, session_id)
        except Conflict:
            continue  # a host ended it meanwhile
        ended += 1
    return ended
