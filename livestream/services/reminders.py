"""预约直播: subscribing to an upcoming session ("提醒我"), the reminder 10 minutes before it
starts, and the session's .ics.

The reminder is a task queued with ``run_after`` = start − ``REMIND_BEFORE`` when the first
person subscribes or the start moves (``plan``). At run time it checks the session still starts
at the time it was planned for and has not started: a moved or cancelled session's stale
reminder does nothing (the new time has its own). Each subscriber is told once per start time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from booking import ics
from events_server.errors import Conflict
from livestream.models import LiveSession, ReminderPlan, Subscription
from notifications.services import notify_many

REMIND_BEFORE = dt.timedelta(minutes=10)


def is_upcoming(session: LiveSession) -> bool:
    return session.state == LiveSession.State.SCHEDULED


def is_subscribed(user: Any, session: LiveSession) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return Subscription.objects.filter(session=session, user=user).exists()


def subscriber_count(session: LiveSession) -> int:
    return Subscription.objects.filter(session=session).count()


@transaction.atomic
def subscribe(user: User, session: LiveSession) -> bool:
    """Remind ``user`` before ``session``; True when new (subscribing twice changes nothing)."""
    if not is_upcoming(session):
        raise Conflict(_("This session has already started; there is nothing to remind you of."))
    try:
        with transaction.atomic():
            Subscription.objects.create(session=session, user=user)
    except IntegrityError:
        return False
    plan(session)
    return True


def unsubscribe(user: User, session: LiveSession) -> None:
    Subscription.objects.filter(session=session, user=user).delete()


def plan(session: LiveSession) -> None:
    """Queue the reminder for the session's current start, once (call after the start moved)."""
    if not is_upcoming(session) or not Subscription.objects.filter(session=session).exists():
        return
    try:
        with transaction.atomic():
            ReminderPlan.objects.create(session=session, starts_at=session.starts_at)
            from livestream.tasks import remind_subscribers  # the task module imports this one

            remind_subscribers.using(run_after=session.starts_at - REMIND_BEFORE).enqueue(
                session.pk, session.starts_at.isoformat()
            )
    except IntegrityError:
        pass  # already queued for this start


def remind(session_id: int, starts_at: str) -> int:
    """Tell the subscribers the session starts soon, unless the reminder is stale; returns how many."""
    session = LiveSession.objects.filter(pk=session_id).select_related("company").first()
    if session is None or not is_upcoming(session):
        return 0
    if session.starts_at != dt.datetime.fromisoformat(starts_at):
        return 0  # moved: the reminder for the new time does it
    users = User.objects.filter(
        pk__in=Subscription.objects.filter(session=session).values("user"), is_active=True
    )
    return notify_many(
        users.order_by("pk").iterator(chunk_size=2000),
        "livestream.reminder",
        format_lazy(gettext_lazy("Starting in 10 minutes: {title}"), title=session.title),
        session.company.name,
        reverse("livestream:session", args=[session.pk]),
        event_key=f"livestream.reminder:{session.pk}:{starts_at}",
    )


def calendar_file(session: LiveSession, site_url: str) -> bytes:
    url = f"{site_url}{reverse('livestream:session', args=[session.pk])}"
    event = ics.CalendarEvent(
        uid=ics.stable_uid("live", session.pk),
        title=session.title,
        start=session.starts_at,
        end=session.ends_at,
        location=url,
        description=f"{session.company.name}\n{url}",
        url=url,
    )
    return ics.build_calendar([event], name=session.title)
