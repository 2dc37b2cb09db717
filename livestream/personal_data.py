"""What ``livestream`` keeps about a person (chat messages and questions): export and erasure."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from livestream.models import ChatMessage, Question, Subscription
from privacy.erasure import register_campaign_eraser, register_eraser
from privacy.exports import Section, register, rows


def chat(user: Any) -> Section:
    messages = ChatMessage.objects.filter(author=user).select_related("session").order_by("created_at")
    questions = Question.objects.filter(author=user).select_related("session").order_by("created_at")
    return Section(
        {
            "messages": rows(messages, ["session__title", "body", "created_at", "deleted_at"]),
            "questions": rows(
                questions, ["session__title", "body", "state", "votes", "created_at", "answered_at"]
            ),
        }
    )


register("live_chat", chat)


def reminders(user: Any) -> Section:
    """The sessions the person asked to be reminded of (预约直播)."""
    subscriptions = Subscription.objects.filter(user=user).select_related("session").order_by("created_at")
    return Section(rows(subscriptions, ["session__title", "session__starts_at", "created_at"]))


register("live_reminders", reminders)


def erase_texts(messages: QuerySet[ChatMessage], questions: QuerySet[Question]) -> dict[str, int]:
    """What people wrote in live rooms is erased; the rows stay for the rooms' counts."""
    messages.filter(deleted_at__isnull=True).update(deleted_at=timezone.now())
    return {
        "chat_messages": messages.exclude(body="").update(body=""),
        "questions": questions.exclude(body="").update(body=""),
    }


def erase(user: Any) -> dict[str, int]:
    return {
        **erase_texts(ChatMessage.objects.filter(author=user), Question.objects.filter(author=user)),
        "live_reminders": Subscription.objects.filter(user=user).delete()[0],
    }


def erase_campaign(campaign: Any) -> dict[str, int]:
    """The chat and questions of the campaign's live sessions (whoever wrote them)."""
    return erase_texts(
        ChatMessage.objects.filter(session__campaign=campaign),
        Question.objects.filter(session__campaign=campaign),
    )


register_eraser("live_chat", erase)
register_campaign_eraser("live_chat", erase_campaign)
