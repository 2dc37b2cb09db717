"""What happens in a live room: chat, questions, pinned job cards and one-tap applications.

Each function checks who is acting, writes the change and announces it after commit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.roles import is_platform_admin
from audit import services as audit
from events_server.errors import DomainError, NotAllowed
from events_server.ratelimit import allow
from jobs import services as jobs
from jobs.models import Application, JobPosting
from jobs.sources import live_source, room_job_url
from livestream.models import (
    BannedWord,
    CardApplication,
    ChatMessage,
    LiveSession,
    Mute,
    PinnedCard,
    Question,
)
from livestream.realtime.events import MODERATORS, broadcast_on_commit, moderators_and, user_audience
from livestream.services.payloads import card_payload, chat_payload, counters_payload, question_payload
from livestream.services.sessions import access_session, check_host, require_live_or_scheduled

CHAT_MAX_LENGTH = 200
QUESTION_MAX_LENGTH = 300
QUESTION_MIN_LENGTH = 4
CHAT_RATE = (5, 10)  # messages per seconds, per user, across sockets and processes
QUESTION_RATE = (3, 60)


class RateLimited(DomainError):
    status_code = 429
    code = "rate_limited"


BANNED_WORDS_CACHE_KEY = "livestream:banned-words"


def banned_words() -> list[str]:
    words = cache.get(BANNED_WORDS_CACHE_KEY)
    if words is None:
        words = [w.lower() for w in BannedWord.objects.values_list("word", flat=True)]
        cache.set(BANNED_WORDS_CACHE_KEY, words, 60)
    return words


def clean_text(text: str, *, minimum: int, maximum: int, what: str) -> str:
    text = " ".join(text.split())
    if len(text) < minimum:
        raise DomainError(_("Write something first.") if not text else _("This is too short."), field="body")
    if len(text) > maximum:
        raise DomainError(
            _("%(what)s can be at most %(limit)d characters.") % {"what": what, "limit": maximum},
            field="body",
        )
    lowered = text.lower()
    if any(word in lowered for word in banned_words()):
        raise DomainError(_("This contains words the room does not allow. Please rephrase."), field="body")
    return text


def check_speaker(user: User, session: LiveSession, rate: tuple[int, int], kind: str) -> None:
    if not user.is_authenticated:
        raise NotAllowed(_("Log in to take part."))
    require_live_or_scheduled(session)
    mute = Mute.objects.filter(session=session, user=user, until__gt=timezone.now()).first()
    if mute:
        raise NotAllowed(
            _("A host has muted you until %(time)s.")
            % {"time": timezone.localtime(mute.until).strftime("%H:%M")}
        )
    if not allow(f"live:{kind}:{user.pk}", *rate):
        raise RateLimited(_("You are sending too fast. Please wait a few seconds."))


# --- chat ------------------------------------------------------------------------------------


def post_chat(user: User, session_id: int, body: str) -> ChatMessage:
    session = access_session(session_id)
    text = clean_text(body, minimum=1, maximum=CHAT_MAX_LENGTH, what=_("A chat message"))
    check_speaker(user, session, CHAT_RATE, "chat")
    message = ChatMessage.objects.create(session=session, author=user, body=text)
    broadcast_on_commit(session.pk, {"type": "chat.message", "message": chat_payload(message, session)})
    return message


def access_message(session: LiveSession, message_id: int) -> ChatMessage:
    message = ChatMessage.objects.select_related("author").filter(session=session, pk=message_id).first()
    if message is None:
        raise DomainError(_("That message no longer exists."))
    return message


@transaction.atomic
def delete_chat(user: User, session_id: int, message_id: int) -> None:
    session = access_session(session_id)
    check_host(user, session)
    message = access_message(session, message_id)
    if message.deleted_at is None:
        message.deleted_at, message.deleted_by = timezone.now(), user
        message.save(update_fields=["deleted_at", "deleted_by"])
        audit.record("livestream.chat.deleted", actor=user, obj=message)
        broadcast_on_commit(session.pk, {"type": "chat.deleted", "id": message.pk})


@transaction.atomic
def mute_author(user: User, session_id: int, message_id: int, minutes: int) -> Mute:
    session = access_session(session_id)
    check_host(user, session)
    author = access_message(session, message_id).author
    if author.organisation_id == session.company_id or is_platform_admin(author):
        raise DomainError(_("Hosts cannot be muted."))
    until = timezone.now() + dt.timedelta(minutes=minutes)
    mute, _created = Mute.objects.update_or_create(
        session=session, user=author, defaults={"until": until, "by": user}
    )
    audit.record("livestream.chat.muted", actor=user, obj=mute, after={"minutes": minutes})
    broadcast_on_commit(session.pk, {"type": "muted", "until": until.isoformat()}, user_audience(author.pk))
    return mute


# --- questions -------------------------------------------------------------------------------


def announce_question(question: Question, session: LiveSession) -> None:
    audience = moderators_and(question.author_id) if question.state == Question.State.PENDING else "*"
    broadcast_on_commit(
        session.pk, {"type": "question", "question": question_payload(question, session)}, audience
    )
    broadcast_on_commit(session.pk, counters_payload(session), MODERATORS)


@transaction.atomic
def ask_question(user: User, session_id: int, body: str) -> Question:
    session = access_session(session_id)
    text = clean_text(body, minimum=QUESTION_MIN_LENGTH, maximum=QUESTION_MAX_LENGTH, what=_("A question"))
    check_speaker(user, session, QUESTION_RATE, "question")
    state = Question.State.PENDING if session.moderated else Question.State.OPEN
    question = Question.objects.create(session=session, author=user, body=text, state=state)
    announce_question(question, session)
    return question


def access_question(session: LiveSession, question_id: int, *, lock: bool = False) -> Question:
    queryset = Question.objects.select_for_update() if lock else Question.objects
    question = queryset.filter(session=session, pk=question_id).first()
    if question is None:
        raise DomainError(_("That question no longer exists."))
    return question


@transaction.atomic
def vote_question(user: User, session_id: int, question_id: int) -> bool:
    """Upvote once; voting again changes nothing. Returns whether this call counted."""
    if not user.is_authenticated:
        raise NotAllowed(_("Log in to take part."))
    session = access_session(session_id)
    question = access_question(session, question_id)
    if question.state not in (Question.State.OPEN, Question.State.ANSWERED):
        raise DomainError(_("Only open questions can be upvoted."))
    try:
        with transaction.atomic():
            question.vote_rows.create(user=user)
    except IntegrityError:
        return False
    Question.objects.filter(pk=question.pk).update(votes=F("votes") + 1)
    question.refresh_from_db()
    broadcast_on_commit(session.pk, {"type": "question", "question": question_payload(question, session)})
    return True


MODERATION: dict[str, tuple[set[str], dict[str, object]]] = {
    "approve": ({"pending"}, {"state": Question.State.OPEN}),
    "hide": ({"pending", "open", "answered"}, {"state": Question.State.HIDDEN, "highlighted": False}),
    "answer": ({"open", "pending"}, {"state": Question.State.ANSWERED}),
    "highlight": ({"open", "answered"}, {"highlighted": True}),
    "unhighlight": ({"open", "answered"}, {"highlighted": False}),
}


@transaction.atomic
def moderate_question(user: User, session_id: int, question_id: int, action: str) -> Question:
    session = access_session(session_id)
    check_host(user, session)
    question = access_question(session, question_id, lock=True)
    allowed_from, changes = MODERATION[action]
    if question.state not in allowed_from:
        raise DomainError(_("This question cannot be changed that way now."))
    if action == "highlight":
        for other in session.questions.filter(highlighted=True).exclude(pk=question.pk):
            other.highlighted = False
            other.save(update_fields=["highlighted"])
            announce_question(other, session)
    for field, value in changes.items():
        setattr(question, field, value)
    if action == "answer":
        question.answered_at = timezone.now()
    question.save()
    audit.record(f"livestream.question.{action}", actor=user, obj=question)
    announce_question(question, session)
    return question


# --- job cards and applications --------------------------------------------------------------


OPEN_STATES = (LiveSession.State.SCHEDULED, LiveSession.State.LIVE)


def featured_jobs(session: LiveSession, *, include_unpublished: bool = False) -> list[JobPosting]:
    """The session's jobs as its pages list them: published ones only, each with the room's
    signed link (``room_url``); a host also sees the unpublished ones (``visible`` False)."""
    visible = JobPosting.objects.visible_to_students().filter(pk=OuterRef("pk"))
    listed: QuerySet[JobPosting] = (
        session.jobs.select_related("region").annotate(visible=Exists(visible)).order_by("title")
    )
    if not include_unpublished:
        listed = listed.filter(Exists(visible))
    found = list(listed)
    for job in found:
        job.room_url = room_job_url(session.pk, job.pk) if job.visible else ""  # type: ignore[attr-defined]
    return found


def current_card(session: LiveSession) -> PinnedCard | None:
    """The card on screen, if its job is still one students may see."""
    return (
        session.cards.filter(unpinned_at__isnull=True, job__in=JobPosting.objects.visible_to_students())
        .select_related("job", "job__company", "job__region")
        .first()
    )


@transaction.atomic
def pin_card(user: User, session_id: int, job_id: int) -> PinnedCard | None:
    session = LiveSession.objects.select_for_update().select_related("company").get(pk=session_id)
    check_host(user, session)
    if session.state != LiveSession.State.LIVE:
        raise DomainError(_("Go live before pinning a job."))
    # The job's row lock orders this pin against a withdrawal, which then sees the card.
    job = (
        jobs.public_jobs()
        .select_for_update(of=("self",))
        .filter(pk=job_id, live_sessions_featuring=session)
        .first()
    )
    if job is None:
        raise DomainError(_("Only this session's open jobs can be pinned."))
    session.cards.filter(unpinned_at__isnull=True).update(unpinned_at=timezone.now())
    PinnedCard.objects.create(session=session, job=job, pinned_by=user)
    card = current_card(session)
    broadcast_on_commit(session.pk, {"type": "card", "card": card_payload(card)})
    broadcast_on_commit(session.pk, counters_payload(session), MODERATORS)
    return card


@transaction.atomic
def take_down_withdrawn_jobs(sender: object = None, *, job_ids: list[int], **_kwargs: object) -> None:
    """Postings left publication: unpin their cards and tell every open room to drop them.

    Connected to ``jobs.signals.publication_withdrawn``; runs in the withdrawing transaction,
    so viewers hear of it only once the withdrawal is committed."""
    featured = LiveSession.jobs.through.objects.filter(
        jobposting_id__in=job_ids, livesession__state__in=OPEN_STATES
    ).values_list("livesession_id", "jobposting_id")
    cards = list(
        PinnedCard.objects.select_for_update(of=("self",))
        .filter(job_id__in=job_ids, unpinned_at__isnull=True, session__state__in=OPEN_STATES)
        .select_related("session")
    )
    now = timezone.now()
    for card in cards:
        card.unpinned_at = now
        card.save(update_fields=["unpinned_at"])
        broadcast_on_commit(card.session_id, {"type": "card", "card": None})
        broadcast_on_commit(card.session_id, counters_payload(card.session), MODERATORS)
    for session_id, job_id in featured:
        broadcast_on_commit(session_id, {"type": "job.withdrawn", "job_id": job_id})


@transaction.atomic
def unpin_card(user: User, session_id: int) -> None:
    session = LiveSession.objects.select_for_update().get(pk=session_id)
    check_host(user, session)
    if session.cards.filter(unpinned_at__isnull=True).update(unpinned_at=timezone.now()):
        broadcast_on_commit(session.pk, {"type": "card", "card": None})


@dataclass(frozen=True)
class LiveApplyResult:
    class Status(StrEnum):
        APPLIED = "applied"
        ALREADY_APPLIED = "already_applied"
        PROFILE_REQUIRED = "profile_required"

    status: Status
    url: str = ""
    application_id: int | None = None


def profile_url(session_id: int, job_id: int) -> str:
    back = reverse("livestream:session", args=[session_id]) + "?" + urlencode({"apply": job_id})
    return reverse("accounts:profile") + "?" + urlencode({"next": back})


def record_room_application(application: Application, session_id: int) -> None:
    """Note that ``application`` was made in the session's room (with the card last pinned for
    its job, if any), so the room's figures and the event report count it alike."""
    session = LiveSession.objects.get(pk=session_id)
    card = session.cards.filter(job_id=application.job_id).order_by("-pinned_at").first()
    CardApplication.objects.create(application=application, card=card, session=session)
    broadcast_on_commit(session.pk, counters_payload(session), MODERATORS)


def apply_from_room(user: User, session_id: int, job_id: int) -> LiveApplyResult:
    """One tap: apply to a featured job, recording the session and the card it was pinned on."""
    if not user.is_authenticated:
        raise NotAllowed(_("Log in to apply."))
    session = access_session(session_id)
    job = JobPosting.objects.filter(pk=job_id, live_sessions_featuring=session).first()
    if job is None:
        raise DomainError(_("This job is not featured in this session."))
    try:
        with transaction.atomic():
            source, source_ref = live_source(session.pk)  # the socket is in this room
            result = jobs.apply(user, job, source=source, source_ref=source_ref)
            if result.created:
                record_room_application(result.application, session.pk)
    except DomainError as error:
        if error.field == "profile":
            return LiveApplyResult(LiveApplyResult.Status.PROFILE_REQUIRED, profile_url(session.pk, job.pk))
        raise
    return LiveApplyResult(
        LiveApplyResult.Status.APPLIED if result.created else LiveApplyResult.Status.ALREADY_APPLIED,
        application_id=result.application.pk,
    )
