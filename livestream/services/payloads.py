"""Plain JSON payloads of room objects, built through the outbound schemas."""

from __future__ import annotations

from typing import Any

from accounts.models import User
from accounts.roles import is_platform_admin
from jobs.sources import room_job_url
from livestream.models import ChatMessage, LiveSession, PinnedCard, Question
from livestream.realtime.schemas import CardOut, ChatMessageOut, Counters, QuestionOut


def display_name(user: User, session: LiveSession) -> str:
    """What the room shows for an author: the host company, or a student's family-name style alias."""
    if user.organisation_id and user.organisation_id == session.company_id:
        return f"{session.company.name} · HR"
    if is_platform_admin(user):
        return "管理员"
    profile = getattr(user, "graduate_profile", None) if user.role == User.Role.STUDENT else None
    initial = ((profile.full_name if profile else "") or user.last_name or user.first_name or user.username)[
        :1
    ]
    return f"{initial}同学" if user.role == User.Role.STUDENT else f"{initial}老师"


def chat_payload(message: ChatMessage, session: LiveSession) -> dict[str, Any]:
    out = ChatMessageOut(
        id=message.pk,
        author=display_name(message.author, session),
        host=message.author.organisation_id == session.company_id,
        body=message.body,
        at=message.created_at,
    )
    return out.model_dump(mode="json")


def question_payload(question: Question, session: LiveSession) -> dict[str, Any]:
    if question.state == Question.State.HIDDEN:
        return QuestionOut(id=question.pk, state="hidden").model_dump(mode="json")
    out = QuestionOut(
        id=question.pk,
        state=question.state,  # type: ignore[arg-type]  # Question.State's values; pydantic validates them
        body=question.body,
        author=display_name(question.author, session),
        votes=question.votes,
        highlighted=question.highlighted,
        at=question.created_at,
    )
    return out.model_dump(mode="json")


def salary_text(job: Any) -> str:
    if job.salary_min and job.salary_max:
        return f"{job.salary_min / 1000:g}k–{job.salary_max / 1000:g}k"
    return ""


def card_payload(card: PinnedCard | None) -> dict[str, Any] | None:
    if card is None:
        return None
    job = card.job
    out = CardOut(
        id=card.pk,
        job_id=job.pk,
        title=job.title,
        company=job.company.name,
        city=job.region.name if job.region_id else "",
        salary=salary_text(job),
        headcount=job.headcount,
        url=room_job_url(card.session_id, job.pk),  # applying from there credits this session
    )
    return out.model_dump(mode="json")


def counters_payload(session: LiveSession) -> dict[str, Any]:
    questions = session.questions.exclude(state=Question.State.HIDDEN)
    current = session.cards.filter(unpinned_at__isnull=True).first()
    out = Counters(
        type="counters",
        questions=questions.count(),
        pending=questions.filter(state=Question.State.PENDING).count(),
        applications=session.card_applications.count(),
        card_applications=current.applications.count() if current else 0,
    )
    return out.model_dump(mode="json")
