"""What ``livestream`` keeps about a person (chat messages and questions): export and erasure."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from livestream.models import ChatMessage, Question
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


def erase(user: Any) -> dict[str, int]:
    """What the person wrote in live rooms is erased; the rows stay for the rooms' counts."""
    now = timezone.now()
    messages = ChatMessage.objects.filter(author=user)
    messages.filter(deleted_at__isnull=True).update(deleted_at=now)
    return {
        "chat_messages": messages.update(body=""),
        "questions": Question.objects.filter(author=user).update(body=""),
    }


register_eraser("live_chat", erase)
