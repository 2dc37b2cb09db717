"""Messages between an applicant and the recruiters of the company they applied to.

One conversation per application. Who may read and write: the student who applied, and the
recruiters of the job's company; administrators may read. Every message is screened by the same
rules as postings (``review``): a finding is shown to the sender and puts the message in the
reviewers' queue; either side can report a message of the other. Sending is rate-limited per
person (``MESSAGES_PER_MINUTE``). The other side is notified of the first message they have not
read (not of each one)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.roles import is_platform_admin
from events_server import ratelimit
from events_server.errors import DomainError, NotAllowed
from jobs.models import Application
from messaging import fanout
from messaging.models import BODY_MAX, Conversation, Message, MessageReport, Side
from notifications.services import lazy_text, notify
from review.checks import check_text
from review.services import active_rules

HISTORY = 200
REPORTS_PER_HOUR = 10


class TooMany(DomainError):
    status_code = 429
    code = "rate_limited"


@dataclass(frozen=True)
class Access:
    application: Application
    side: Side | None  # None: an administrator reading


def access(user: User, application_id: int) -> Access:
    """The conversation of an application the user is a party to; for anyone else it does not exist."""
    application = (
        Application.objects.select_related("job", "job__company", "profile", "student")
        .filter(pk=application_id)
        .first()
    )
    if application is None or not user.is_authenticated:
        raise Http404
    if user.role == User.Role.STUDENT and application.student_id == user.pk:
        return Access(application, Side.STUDENT)
    if user.role == User.Role.RECRUITER and user.organisation_id == application.job.company_id:
        return Access(application, Side.COMPANY)
    if is_platform_admin(user):
        return Access(application, None)
    raise Http404


def conversation_of(application: Application) -> Conversation:
    conversation, _created = Conversation.objects.get_or_create(application=application)
    return conversation


def history(application: Application, limit: int = HISTORY) -> list[Message]:
    newest = Message.objects.filter(conversation__application=application).order_by("-created_at", "-id")
    return list(reversed(newest[:limit]))


def as_frame(message: Message, *, for_sender: bool = False) -> dict[str, Any]:
    """A message as the socket sends it; screening findings only to its sender."""
    data: dict[str, Any] = {
        "id": message.pk,
        "side": message.side,
        "body": message.body,
        "at": timezone.localtime(message.created_at).strftime("%Y-%m-%d %H:%M"),
    }
    if for_sender:
        data["flagged"] = message.flagged
        data["findings"] = [finding.get("explanation", "") for finding in message.findings]
    return data


def send(user: User, application_id: int, body: str) -> Message:
    found = access(user, application_id)
    if found.side is None:
        raise NotAllowed(_("Administrators read conversations; they do not write in them."))
    text = (body or "").strip()
    if not text:
        raise DomainError(_("Write a message first."), field="body")
    if len(text) > BODY_MAX:
        raise DomainError(_("A message can be at most %(max)d characters.") % {"max": BODY_MAX}, field="body")
    if not ratelimit.allow(f"messages:{user.pk}", settings.MESSAGES_PER_MINUTE, 60):
        raise TooMany(_("You are sending messages too fast; wait a minute."))
    findings = [finding.as_dict() for finding in check_text(text, active_rules())]
    application = found.application
    with transaction.atomic():
        conversation = conversation_of(application)
        other_side = Side.COMPANY if found.side == Side.STUDENT else Side.STUDENT
        unread_before = _unread(conversation, other_side).exists()
        message = Message.objects.create(
            conversation=conversation,
            side=found.side,
            sender=user,
            body=text,
            findings=findings,
            flagged=bool(findings),
        )
        if not unread_before:
            _notify_other_side(application, found.side, user)
        frame = {"type": "message", "message": as_frame(message)}
        transaction.on_commit(lambda: fanout.publish(application.pk, frame))
    return message


def _unread(conversation: Conversation, reader: Side) -> QuerySet[Message]:
    """Messages ``reader``'s side has not read yet (those the other side wrote after their mark)."""
    mark = conversation.student_read_at if reader == Side.STUDENT else conversation.company_read_at
    unread = conversation.messages.exclude(side=reader)
    return unread.filter(created_at__gt=mark) if mark else unread


def _notify_other_side(application: Application, side: Side, sender: User) -> None:
    job = application.job
    if side == Side.COMPANY:
        notify(
            application.student,
            "messaging.message",
            lazy_text(gettext_lazy("New message from %(company)s"), company=job.company.name),
            job.title,
            reverse("messaging:thread", args=[application.pk]),
        )
        return
    recruiters = job.company.members.filter(is_active=True, role=User.Role.RECRUITER)
    for recruiter in recruiters:
        notify(
            recruiter,
            "messaging.message",
            lazy_text(gettext_lazy("New message from %(name)s"), name=application.profile.full_name),
            job.title,
            reverse("messaging:thread", args=[application.pk]),
        )


def mark_read(user: User, application_id: int) -> None:
    found = access(user, application_id)
    if found.side is None:
        return
    field = "student_read_at" if found.side == Side.STUDENT else "company_read_at"
    conversation = conversation_of(found.application)
    Conversation.objects.filter(pk=conversation.pk).update(**{field: timezone.now()})


def unread_count(user: User, application_id: int) -> int:
    found = access(user, application_id)
    conversation = Conversation.objects.filter(application=found.application).first()
    if conversation is None or found.side is None:
        return 0
    return _unread(conversation, found.side).count()


def report(user: User, application_id: int, message_id: int, *, reason: str, text: str = "") -> MessageReport:
    """A party reports a message of the other side; it goes to the reviewers' queue."""
    found = access(user, application_id)
    if found.side is None:
        raise NotAllowed(_("Only the two sides of a conversation can report its messages."))
    message = Message.objects.filter(pk=message_id, conversation__application=found.application).first()
    if message is None:
        raise Http404
    if message.side == found.side:
        raise DomainError(_("You can report messages of the other side only."))
    if reason not in MessageReport.Reason.values:
        raise DomainError(_("Choose a reason."), field="reason")
    existing = MessageReport.objects.filter(message=message, reporter=user).first()
    if existing:
        return existing
    if not ratelimit.allow(f"message-reports:{user.pk}", REPORTS_PER_HOUR, 3600):
        raise TooMany(_("You have sent many reports in the last hour. Please try again later."))
    try:
        with transaction.atomic():
            return MessageReport.objects.create(
                message=message, reporter=user, reason=reason, text=text[:500]
            )
    except IntegrityError:
        return MessageReport.objects.get(message=message, reporter=user)


def _region_scope(user: User) -> Q:
    if is_platform_admin(user):
        return Q()
    if user.role != User.Role.REVIEWER or user.organisation is None:
        raise NotAllowed(_("Only department reviewers can review messages."))
    region = user.organisation.region_id
    if region is None:
        return Q()
    field = "conversation__application__job__region"
    return Q(**{f"{field}_id": region}) | Q(**{f"{field}__parent_id": region})


def review_queue(user: User) -> QuerySet[Message]:
    """Flagged or reported messages not yet reviewed, in the reviewer's region."""
    open_reports = MessageReport.objects.filter(message=OuterRef("pk"), handled_at__isnull=True)
    return (
        Message.objects.filter(_region_scope(user), reviewed_at__isnull=True)
        .filter(Q(flagged=True) | Exists(open_reports))
        .select_related("conversation__application__job__company", "conversation__application__profile")
        .prefetch_related("reports")
        .order_by("created_at")
    )


@transaction.atomic
def mark_reviewed(user: User, message_id: int) -> Message:
    message = Message.objects.filter(_region_scope(user), pk=message_id).first()
    if message is None:
        raise Http404
    now = timezone.now()
    Message.objects.filter(pk=message.pk).update(reviewed_at=now)
    message.reports.filter(handled_at__isnull=True).update(handled_at=now)
    return message
