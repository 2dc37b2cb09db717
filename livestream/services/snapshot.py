"""The state a socket receives when it connects: what a late-comer needs to render the room.

A snapshot is a public part, the same for every viewer (and so cacheable for a moment by
the process, see the consumer), plus a personal part: the viewer's own pending questions,
votes and mute, and for hosts the approval queue and counters.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from livestream.models import ChatMessage, LiveSession, Mute, Question, QuestionVote
from livestream.realtime.backends import get_backend
from livestream.services.payloads import card_payload, chat_payload, counters_payload, question_payload
from livestream.services.room import current_card
from livestream.services.sessions import RoomAccess

RECENT_CHAT = 50
TOP_QUESTIONS = 50
PENDING_SHOWN = 50


def questions_of(session: LiveSession, **filters: Any) -> list[Question]:
    queryset = (
        session.questions.filter(**filters)
        .select_related("author", "author__graduate_profile")
        .order_by("-votes", "-created_at")
    )
    return list(queryset[:TOP_QUESTIONS])


def recent_chat(session: LiveSession) -> list[ChatMessage]:
    queryset = (
        session.chat_messages.filter(deleted_at__isnull=True)
        .select_related("author", "author__graduate_profile")
        .order_by("-id")
    )
    return list(reversed(queryset[:RECENT_CHAT]))


def public_snapshot(session_id: int) -> dict[str, Any]:
    """What every viewer sees, as of a sequence number read first: later events may repeat
    what it shows (clients apply them by id) but none is missed."""
    seq = get_backend().current_seq(session_id)
    session = LiveSession.objects.select_related("company").get(pk=session_id)
    questions = questions_of(session, state__in=[Question.State.OPEN, Question.State.ANSWERED])
    return {
        "type": "snapshot",
        "seq": seq,
        "session": {
            "id": session.pk,
            "title": session.title,
            "state": session.state,
            "company": session.company.name,
            "moderated": session.moderated,
        },
        "card": card_payload(current_card(session)),
        "questions": [question_payload(q, session) for q in questions],
        "chat": [chat_payload(m, session) for m in recent_chat(session)],
    }


def personal_snapshot(
    public: dict[str, Any], access: RoomAccess, viewers: dict[str, Any] | None
) -> dict[str, Any]:
    """The public part completed for one viewer; anonymous viewers cost no query."""
    snapshot = {**public, "viewers": viewers, "counters": None}
    me: dict[str, Any] = {
        "authenticated": access.user_id is not None,
        "moderator": access.moderator,
        "student": access.student,
        "muted_until": None,
        "voted": [],
    }
    snapshot["me"] = me
    if access.user_id is None:
        return snapshot
    session = LiveSession.objects.select_related("company").get(pk=access.session_id)
    pending_filter: dict[str, Any] = {"state": Question.State.PENDING}
    if not access.moderator:
        pending_filter["author_id"] = access.user_id
    pending = [question_payload(q, session) for q in questions_of(session, **pending_filter)[:PENDING_SHOWN]]
    snapshot["questions"] = pending + public["questions"]
    shown = [q["id"] for q in snapshot["questions"]]
    me["voted"] = sorted(
        QuestionVote.objects.filter(user_id=access.user_id, question_id__in=shown).values_list(
            "question_id", flat=True
        )
    )
    mute = Mute.objects.filter(session=session, user_id=access.user_id, until__gt=timezone.now()).first()
    me["muted_until"] = mute.until.isoformat() if mute else None
    if access.moderator:
        snapshot["counters"] = counters_payload(session)
    return snapshot
