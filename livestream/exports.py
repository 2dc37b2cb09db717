"""What ``livestream`` keeps about a person (chat messages and questions), for the export."""

from __future__ import annotations

from typing import Any

from livestream.models import ChatMessage, Question
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
