"""Mail delivery in chunks: one claim (one transaction) per ``MAIL_CHUNK`` mails instead of one per
mail; a worker killed mid-chunk loses at most that chunk and no mail ever goes twice."""

from __future__ import annotations

import smtplib
from collections import Counter

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from background.testing import drain
from notifications import services, tasks
from notifications.models import Notification

pytestmark = pytest.mark.django_db


class Killed(BaseException):
    """The worker process dies (``kill -9``): nothing after it runs, no ``except Exception`` sees it."""


class DyingBackend(EmailBackend):
    """Takes ``limit`` mails, then the worker dies."""

    limit = 0

    def send_messages(self, messages):
        if len(mail.outbox) >= DyingBackend.limit:
            raise Killed
        return super().send_messages(messages)


class RefusingBackend(EmailBackend):
    """Refuses one address, takes the others."""

    refused = ""

    def send_messages(self, messages):
        if messages[0].to == [RefusingBackend.refused]:
            raise smtplib.SMTPRecipientsRefused({RefusingBackend.refused: (550, b"no such user")})
        return super().send_messages(messages)


def people(n: int) -> list[User]:
    return User.objects.bulk_create([User(username=f"p{i}", email=f"p{i}@example.com") for i in range(n)])


def claims(sql: list[dict]) -> int:
    return sum(1 for q in sql if q["sql"].startswith('UPDATE "booking_notification"'))


def test_mails_are_claimed_a_chunk_at_a_time_and_each_goes_once():
    services.notify_many(people(120), "reports.weekly.due", "本周周报")
    with CaptureQueriesContext(connection) as queries:
        assert drain() == 2  # two mail tasks: 100 + 20 notifications
    assert len(mail.outbox) == 120
    assert Counter(m.to[0] for m in mail.outbox).most_common(1)[0][1] == 1
    # 100 = 2 chunks of 50, then 20 = 1 chunk: 3 claims (one per mail before: 120).
    assert claims(queries.captured_queries) == 3
    assert not Notification.objects.filter(emailed_at=None).exists()
    assert drain() == 0 and len(mail.outbox) == 120


def test_a_worker_killed_mid_chunk_loses_at_most_the_chunk_and_a_rerun_sends_nothing_twice():
    services.notify_many(people(120), "reports.weekly.due", "本周周报")
    ids = list(Notification.objects.order_by("pk").values_list("pk", flat=True))
    DyingBackend.limit = 70  # dies in the middle of the second chunk (mails 51 to 100)
    dying = override_settings(EMAIL_BACKEND="notifications.tests.test_mail_batches.DyingBackend")
    with dying, pytest.raises(Killed):
        tasks.send_mails.call(ids[:100])
    assert len(mail.outbox) == 70
    # The task is recovered and runs again from the start; then the second task runs.
    tasks.send_mails.call(ids[:100])
    tasks.send_mails.call(ids[100:])
    sent = Counter(m.to[0] for m in mail.outbox)
    assert max(sent.values()) == 1  # never twice
    lost = 120 - len(sent)
    assert 0 < lost <= tasks.MAIL_CHUNK  # at most the chunk that was in flight (here 30 of it)
    assert lost == 30


def test_a_refused_mail_and_the_rest_of_its_chunk_go_back_to_the_queue():
    services.notify_many(people(10), "reports.weekly.due", "本周周报")
    ids = list(Notification.objects.order_by("pk").values_list("pk", flat=True))
    RefusingBackend.refused = "p4@example.com"
    refusing = override_settings(EMAIL_BACKEND="notifications.tests.test_mail_batches.RefusingBackend")
    with refusing, pytest.raises(smtplib.SMTPRecipientsRefused):
        tasks.send_mails.call(ids)
    assert len(mail.outbox) == 4
    assert Notification.objects.filter(emailed_at=None).count() == 6  # p4 to p9: not taken by the server
    tasks.send_mails.call(ids)  # the address works again (or the task is rerun later)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(f"p{i}@example.com" for i in range(10))
