"""The notifications platform as people meet it: once per event, on the channels they chose,
in their language, mailed and texted only by the worker, and the badge pushed to their pages."""

from __future__ import annotations

import json

import pytest
from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.core import mail
from django.test import Client
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from accounts.models import User
from background.testing import drain
from events_server.asgi import application
from notifications import services
from notifications.models import Notification, Preference

PHONE = "13912345678"
ORIGIN = (b"origin", b"http://localhost")


@pytest.fixture
def sms_log(settings, tmp_path):
    settings.SMS_BACKEND = "accounts.sms.filebased.SmsBackend"
    settings.SMS_FILE_PATH = str(tmp_path)
    return tmp_path / "messages.log"


def texts(log) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_event_notifies_once_however_often_it_is_told():
    ann = User.objects.create_user("ann", email="ann@example.com")
    first = services.notify(ann, "jobs.application.interview", "面试邀请", event_key="app:1:interview")
    again = services.notify(ann, "jobs.application.interview", "面试邀请", event_key="app:1:interview")
    services.notify(ann, "jobs.application.offer", "录用", event_key="app:1:offer")
    assert first.pk == again.pk
    assert Notification.objects.filter(user=ann).count() == 2
    assert (
        services.notify_many([ann], "jobs.application.interview", "面试邀请", event_key="app:1:interview")
        == 0
    )
    drain()
    assert [m.subject for m in mail.outbox] == ["面试邀请", "录用"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_database_refuses_a_second_row_for_one_event():
    from django.db import IntegrityError

    ann = User.objects.create_user("ann")
    Notification.objects.create(user=ann, title="a", event_key="k")
    with pytest.raises(IntegrityError):
        Notification.objects.create(user=ann, title="b", event_key="k")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_mail_and_sms_go_only_when_the_worker_runs(sms_log):
    ann = User.objects.create_user("ann", email="ann@example.com", phone=PHONE)
    services.notify(ann, "livestream.reminder", "直播10分钟后开始", "灵思智能校招", "/live/1/")
    services.notify(ann, "booking.reminder", "明天：宣讲会")  # not urgent: no SMS
    assert mail.outbox == []
    assert texts(sms_log) == []
    assert drain() == 3  # a mail task per notification, an SMS task for the urgent one
    assert sorted(m.subject for m in mail.outbox) == ["明天：宣讲会", "直播10分钟后开始"]
    [line] = texts(sms_log)
    assert PHONE in line and "直播10分钟后开始" in line
    assert drain() == 0
    assert len(mail.outbox) == 2
    notes = Notification.objects.filter(user=ann)
    assert all(n.emailed_at for n in notes)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_rolled_back_notification_sends_nothing(sms_log):
    from django.db import transaction

    ann = User.objects.create_user("ann", email="ann@example.com", phone=PHONE)
    with pytest.raises(RuntimeError), transaction.atomic():
        services.notify(ann, "livestream.reminder", "直播")
        raise RuntimeError
    drain()
    assert mail.outbox == [] and texts(sms_log) == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_chosen_channels_are_kept_and_obeyed(sms_log):
    ann = User.objects.create_user("ann", email="ann@example.com", phone=PHONE, password="pw-ann-12345")
    client = Client()
    client.force_login(ann)
    page = client.get("/me/notifications/settings/")
    assert page.status_code == 200
    assert "通知设置" in page.content.decode()
    # Keep e-mail for applications only; no SMS for live sessions; messages in English.
    answer = client.post(
        "/me/notifications/settings/", {"language": "en", "jobs__email": "on", "livestream__email": "on"}
    )
    assert answer.status_code == 302
    pref = Preference.objects.get(user=ann)
    assert pref.language == "en"
    assert pref.channels["livestream"] == ["email"]
    assert pref.channels["booking"] == []
    services.notify(ann, "booking.reminder", "明天：宣讲会")
    services.notify(ann, "livestream.reminder", "直播")
    services.notify(ann, "jobs.application.viewed", "已查看")
    drain()
    assert sorted(m.subject for m in mail.outbox) == ["已查看", "直播"]
    assert texts(sms_log) == []
    assert Notification.objects.filter(user=ann).count() == 3  # the inbox gets everything
    # SMS cannot be switched on for a kind that is not urgent.
    client.post("/me/notifications/settings/", {"language": "zh-hans", "booking__sms": "on"})
    assert Preference.objects.get(user=ann).channels["booking"] == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_each_person_reads_it_in_their_own_language():
    zh = User.objects.create_user("zh", email="zh@example.com")
    en = User.objects.create_user("en", email="en@example.com")
    Preference.objects.create(user=en, language="en")
    title = format_lazy("{}: {}", gettext_lazy("Notifications"), "灵思")
    services.notify_many([zh, en], "reports.weekly.due", title, gettext_lazy("Nothing new."))
    services.notify(en, "other.x", gettext_lazy("Notifications"))
    assert Notification.objects.get(user=zh).title == "通知: 灵思"
    assert Notification.objects.get(user=zh).body == "没有新通知。"
    assert sorted(Notification.objects.filter(user=en).values_list("title", flat=True)) == [
        "Notifications",
        "Notifications: 灵思",
    ]
    drain()
    assert {m.to[0]: m.subject for m in mail.outbox}["en@example.com"] in {
        "Notifications",
        "Notifications: 灵思",
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_inbox_badge_and_the_unread_count():
    ann = User.objects.create_user("ann")
    client = Client()
    assert client.get("/me/notifications/unread.json").status_code == 401
    client.force_login(ann)
    services.notify(ann, "booking.reminder", "明天：宣讲会")
    assert json.loads(client.get("/me/notifications/unread.json").content) == {"unread": 1}
    page = client.get("/me/notifications/").content.decode()
    assert 'data-unread="1"' in page and "明天：宣讲会" in page
    client.post("/me/notifications/")
    assert json.loads(client.get("/me/notifications/unread.json").content) == {"unread": 0}
    assert 'data-unread="0"' in client.get("/me/notifications/").content.decode()


def _page(client: Client) -> tuple[str, list[str]]:
    """A page with the header's badge, and the SQL it ran."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        page = client.get("/me/notifications/settings/").content.decode()
    return page, [q["sql"] for q in queries.captured_queries]


def _counts_unread(sql: list[str]) -> int:
    return sum(1 for q in sql if "COUNT(" in q.upper() and "booking_notification" in q)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_badge_is_cached_per_person_and_stays_right_after_notify_and_mark_read():
    ann = User.objects.create_user("ann")
    bob = User.objects.create_user("bob")
    client = Client()
    client.force_login(ann)
    first, first_sql = _page(client)  # (the first page also loads the session into the cache)
    assert 'data-unread="0"' in first and _counts_unread(first_sql) == 1

    services.notify(ann, "booking.reminder", "明天：宣讲会")
    services.notify(bob, "booking.reminder", "别人的通知")
    counted, counted_sql = _page(client)
    cached, cached_sql = _page(client)
    assert 'data-unread="1"' in counted and 'data-unread="1"' in cached
    assert _counts_unread(counted_sql) == 1 and _counts_unread(cached_sql) == 0
    assert len(cached_sql) == len(counted_sql) - 1  # the badge's query is gone while nothing changes
    services.notify(bob, "booking.reminder", "又一条")  # another person's change keeps Ann's cached count
    assert _counts_unread(_page(client)[1]) == 0
    services.notify_many([ann, bob], "reports.weekly.due", "本周周报")
    assert 'data-unread="2"' in _page(client)[0]
    assert json.loads(client.get("/me/notifications/unread.json").content) == {"unread": 2}

    client.post("/me/notifications/")  # mark all read
    page, sql = _page(client)
    assert 'data-unread="0"' in page and _counts_unread(sql) == 1
    page, sql = _page(client)
    assert 'data-unread="0"' in page and _counts_unread(sql) == 0

    bob_client = Client()
    bob_client.force_login(bob)
    assert 'data-unread="3"' in _page(bob_client)[0]


def _cookie(user: User | None) -> list[tuple[bytes, bytes]]:
    if user is None:
        return [ORIGIN]
    client = Client()
    client.force_login(user)
    return [ORIGIN, (b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode())]


async def _socket(user: User | None) -> tuple[WebsocketCommunicator, bool]:
    headers = await database_sync_to_async(_cookie)(user)
    communicator = WebsocketCommunicator(application, "/ws/me/", headers=headers)
    connected, _ = await communicator.connect()
    return communicator, connected


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_badge_is_pushed_to_its_owner_only_and_anonymous_sockets_are_refused():
    ann = User.objects.create_user("ann")
    bob = User.objects.create_user("bob")

    async def scenario() -> None:
        _anonymous, connected = await _socket(None)
        assert not connected
        ann_socket, connected = await _socket(ann)
        assert connected
        hello = await ann_socket.receive_json_from()
        assert hello["type"] == "hello" and hello["unread"] == 0 and hello["shared"] is False
        bob_socket, connected = await _socket(bob)
        assert connected
        await bob_socket.receive_json_from()

        await database_sync_to_async(services.notify)(ann, "booking.reminder", "明天：宣讲会")
        assert await ann_socket.receive_json_from() == {"type": "unread", "unread": 1}
        await database_sync_to_async(services.notify)(bob, "booking.reminder", "给 bob 的")
        assert await bob_socket.receive_json_from() == {"type": "unread", "unread": 1}
        assert await ann_socket.receive_nothing(timeout=0.3)
        await database_sync_to_async(services.mark_all_read)(ann)
        assert await ann_socket.receive_json_from() == {"type": "unread", "unread": 0}
        await ann_socket.disconnect()
        await bob_socket.disconnect()

    async_to_sync(scenario)()
