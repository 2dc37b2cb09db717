"""The one way to tell someone something: ``notify`` keeps an in-app notification and, after the
commit, the worker mails it and (for urgent kinds) texts it, on the channels the person chose.

``kind`` is a dotted code naming what happened (``booking.waitlist.promoted``,
``jobs.application.interview``); its first part is the group the person chooses channels for
(``notifications.models.Group``). ``event_key`` names the event: a person is told of one event
once, however often the caller runs (a retried task, a double click). Title and body may be lazy
strings (``gettext_lazy``, ``format_lazy``, ``lazy_text``): they are rendered in the recipient's
language. A string formatted with ``gettext`` in the caller's request would be in the language of
whoever acted (a recruiter), not of the person told.

Nothing is sent from the caller's process: the mail and SMS are tasks on the queue
(``notifications.tasks``) written in the caller's transaction; the inbox badge of the person's
open pages is pushed after the commit (``notifications.push``)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.functional import Promise, lazy

from notifications import push, tasks
from notifications.models import URGENT, Channel, Group, Notification, Preference

logger = logging.getLogger(__name__)

CHUNK = 500


def default_channels(group: Group) -> list[str]:
    return [Channel.EMAIL, Channel.SMS] if group in URGENT else [Channel.EMAIL]


def choices_of(pref: Preference | None, group: Group) -> list[str]:
    """The channels (besides the inbox) the person chose for ``group``."""
    chosen = pref.channels.get(group.value) if pref is not None else None
    if chosen is None:
        chosen = default_channels(group)
    return [c for c in chosen if c == Channel.EMAIL or (c == Channel.SMS and group in URGENT)]


def preference_of(user: Any) -> Preference | None:
    return Preference.objects.filter(user=user).first()


def language_of(user: Any, pref: Preference | None = None) -> str:
    return pref.language if pref is not None else settings.LANGUAGE_CODE


def save_preferences(user: Any, language: str, channels: dict[str, list[str]]) -> Preference:
    valid = {code for code, _name in settings.LANGUAGES}
    clean = {
        group.value: [c for c in Channel.values if c in channels.get(group.value, [])]
        for group in Group
        if group.value in channels
    }
    pref, _created = Preference.objects.update_or_create(
        user=user,
        defaults={"language": language if language in valid else settings.LANGUAGE_CODE, "channels": clean},
    )
    return pref


def _deliverable(user: Any, chosen: list[str]) -> list[str]:
    out = []
    if Channel.EMAIL in chosen and user.email:
        out.append(Channel.EMAIL.value)
    if Channel.SMS in chosen and getattr(user, "phone", None):
        out.append(Channel.SMS.value)
    return out


def _interpolate(message: Any, params: dict[str, Any] | tuple[Any, ...]) -> str:
    def done(value: Any) -> Any:
        return str(value) if isinstance(value, Promise) else value  # a lazy label, in this language

    if isinstance(params, tuple):
        return str(message) % tuple(done(value) for value in params)
    return str(message) % {name: done(value) for name, value in params.items()}


_interpolate_lazy = lazy(_interpolate, str)


def lazy_text(message: Any, *args: Any, **params: Any) -> str:
    """``message % params`` done when it is rendered, in the language active then: ``message`` is a
    ``gettext_lazy`` with ``%(name)s`` placeholders (or ``%s`` ones, filled from ``args``); a value
    may itself be lazy (a status label)."""
    return _interpolate_lazy(message, args if args else params)


def _render(text: Any, language: str, limit: int) -> str:
    with translation.override(language):
        return str(text)[:limit]


def notify(
    user: Any, kind: str, title: Any, body: Any = "", url: str = "", *, event_key: str = ""
) -> Notification:
    """Tell ``user``; with ``event_key``, at most once per event (the earlier one is returned)."""
    if event_key:
        earlier = Notification.objects.filter(user=user, event_key=event_key[:200]).first()
        if earlier is not None:
            return earlier
    pref = preference_of(user)
    language = language_of(user, pref)
    channels = _deliverable(user, choices_of(pref, Group.of(kind)))
    try:
        with transaction.atomic():
            note = Notification.objects.create(
                user=user,
                kind=kind[:60],
                event_key=event_key[:200],
                title=_render(title, language, 120),
                body=_render(body, language, 500),
                url=url[:300],
                channels=channels,
            )
            _enqueue_delivery([note])
    except IntegrityError:
        if not event_key:
            raise
        return Notification.objects.get(user=user, event_key=event_key[:200])
    push.unread_changed_on_commit([user.pk])
    return note


def notify_many(
    users: Iterable[Any], kind: str, title: Any, body: Any = "", url: str = "", *, event_key: str = ""
) -> int:
    """Tell many people of one event (a reminder batch), ``CHUNK`` at a time, each person once per
    ``event_key``; returns how many were told now. Call it from a task, not a request."""
    told = 0
    batch: list[Any] = []
    for user in users:
        batch.append(user)
        if len(batch) >= CHUNK:
            told += _notify_chunk(batch, kind, title, body, url, event_key)
            batch = []
    if batch:
        told += _notify_chunk(batch, kind, title, body, url, event_key)
    return told


def _notify_chunk(users: list[Any], kind: str, title: Any, body: Any, url: str, event_key: str) -> int:
    group = Group.of(kind)
    prefs = {p.user_id: p for p in Preference.objects.filter(user__in=[u.pk for u in users])}
    rendered: dict[str, tuple[str, str]] = {}
    with transaction.atomic():
        if event_key:
            done = set(
                Notification.objects.filter(
                    user__in=[u.pk for u in users], event_key=event_key[:200]
                ).values_list("user_id", flat=True)
            )
            users = [u for u in users if u.pk not in done]
        notes = []
        for user in users:
            pref = prefs.get(user.pk)
            language = language_of(user, pref)
            if language not in rendered:
                rendered[language] = (_render(title, language, 120), _render(body, language, 500))
            notes.append(
                Notification(
                    user=user,
                    kind=kind[:60],
                    event_key=event_key[:200],
                    title=rendered[language][0],
                    body=rendered[language][1],
                    url=url[:300],
                    channels=_deliverable(user, choices_of(pref, group)),
                )
            )
        created = Notification.objects.bulk_create(notes)
        _enqueue_delivery(created)
    push.unread_changed_on_commit([u.pk for u in users])
    return len(created)


def _enqueue_delivery(notes: list[Notification]) -> None:
    """One mail task and one SMS task per up to ``tasks.BATCH`` notifications, in this transaction."""
    for channel, task in ((Channel.EMAIL, tasks.send_mails), (Channel.SMS, tasks.send_sms)):
        ids = [n.pk for n in notes if channel.value in n.channels]
        for start in range(0, len(ids), tasks.BATCH):
            task.enqueue(ids[start : start + tasks.BATCH])


def notify_members(
    organisation: Any, kind: str, title: Any, body: Any = "", url: str = "", *, event_key: str = ""
) -> None:
    """Everyone who works for ``organisation`` (its recruiters or staff)."""
    for member in organisation.members.filter(is_active=True):
        notify(member, kind, title, body, url, event_key=event_key)


def of(user: Any) -> QuerySet[Notification]:
    """``user``'s notifications, newest first."""
    return Notification.objects.filter(user=user)


def unread_count(user: Any) -> int:
    """The header's badge, cached per person until a notification is made or read (``push``)."""
    key = push.unread_key(user.pk)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(user=user, read_at=None).count()
        cache.set(key, count, settings.NOTIFICATIONS_UNREAD_CACHE_SECONDS)
    return int(count)


def mark_all_read(user: Any) -> int:
    changed = of(user).filter(read_at=None).update(read_at=timezone.now())
    push.unread_changed_on_commit([user.pk])
    return changed
