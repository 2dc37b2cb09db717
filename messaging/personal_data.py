"""What ``messaging`` keeps about a person (messages they wrote and received, reports they
filed): export and erasure."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from messaging.models import Message, MessageReport
from privacy.erasure import register_campaign_eraser, register_eraser
from privacy.exports import Section, register, rows


def _theirs(user: Any) -> Q:
    """Messages of the person's conversations: as the applicant, or written by them."""
    return Q(conversation__application__student=user) | Q(sender=user)


def messages(user: Any) -> Section:
    found = (
        Message.objects.filter(_theirs(user))
        .select_related("conversation__application__job__company")
        .order_by("created_at", "id")
    )
    data = rows(
        found,
        [
            "conversation__application_id",
            "conversation__application__job__title",
            "conversation__application__job__company__name",
            "side",
            "body",
            "flagged",
            "created_at",
        ],
    )
    for row, message in zip(data, found, strict=True):
        row["written_by_me"] = message.sender_id == user.pk
    return Section(data)


def message_reports(user: Any) -> Section:
    reports = MessageReport.objects.filter(reporter=user).order_by("created_at")
    return Section(rows(reports, ["message_id", "reason", "text", "created_at", "handled_at"]))


register("messages", messages)
register("message_reports", message_reports)


def erase_conversations(found: QuerySet[Message]) -> int:
    """The messages of applicants' conversations go whole (they are about their application);
    the reports filed about them go with them."""
    return found.delete()[1].get(Message._meta.label, 0)


def erase(user: Any) -> dict[str, int]:
    """The applicant's conversations go whole; messages a recruiter wrote elsewhere lose their
    author and text. Reports they filed go."""
    erased = erase_conversations(Message.objects.filter(conversation__application__student=user))
    written = Message.objects.filter(sender=user).update(sender=None, body="", findings=[])
    return {
        "messages": erased,
        "messages_blanked": written,
        "message_reports": MessageReport.objects.filter(reporter=user).delete()[0],
    }


def erase_campaign(campaign: Any) -> dict[str, int]:
    return {
        "messages": erase_conversations(Message.objects.filter(conversation__application__campaign=campaign))
    }


register_eraser("messages", erase)
register_campaign_eraser("messages", erase_campaign)
