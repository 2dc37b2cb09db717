"""What ``livestream`` keeps about a person (chat messages and questions): export and erasure."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from livestream.models import ChatMessage, Question, Subscription
from privacy.erasure import register_eraser
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


def erase(user: Any) -> dict[str, int]:
    """What the person wrote in live rooms is erased; the rows stay for the rooms' counts."""
    now = timezone.now()
    messages = ChatMessage.objects.filter(author=user)
    messages.filter(deleted_at__isnull=True).update(deleted_at=now)
    return {
        "chat_messages": messages.update(body=""),
        "questions": Question.objects.filter(author=user).update(body=""),
        "live_reminders": Subscription.objects.filter(user=user).delete()[0],
    }


register_eraser("live_chat", erase)
