"""Session pages over HTTP: who sees what, scheduling with bad input, and the archive."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from livestream.models import ChatMessage, LiveSession, Question
from livestream.services.sessions import end_session

pytestmark = pytest.mark.django_db


def test_the_session_page_gives_an_anonymous_viewer_a_counting_cookie_and_the_socket_path(client, live_world):
    response = client.get(f"/live/{live_world.session.pk}/")
    assert response.status_code == 200
    assert f'data-socket="/ws/live/{live_world.session.pk}/"' in response.content.decode()
    assert "lv" in response.cookies and response.cookies["lv"]["httponly"]


def test_a_login_only_session_sends_anonymous_viewers_to_log_in(client, live_world):
    LiveSession.objects.filter(pk=live_world.session.pk).update(login_to_watch=True)
    response = client.get(f"/live/{live_world.session.pk}/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_only_the_host_company_opens_the_host_console(client, live_world):
    client.force_login(live_world.other_recruiter)
    assert client.get(f"/live/{live_world.session.pk}/host/").status_code == 404
    client.force_login(live_world.student)
    assert client.get(f"/live/{live_world.session.pk}/host/").status_code == 403
    client.force_login(live_world.host)
    assert client.get(f"/live/{live_world.session.pk}/host/").status_code == 200


def test_a_recruiter_schedules_a_session_with_featured_jobs(client, live_world):
    client.force_login(live_world.host)
    starts = timezone.localtime() + dt.timedelta(days=1)
    data = {
        "title": "周五晚间直播",
        "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (starts + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        "jobs": [live_world.jobs[0].pk],
        "moderated": "on",
    }
    response = client.post("/recruit/live/new/", data)
    session = LiveSession.objects.get(title="周五晚间直播")
    assert response.status_code == 302 and response["Location"] == f"/live/{session.pk}/host/"
    assert session.company == live_world.session.company and list(session.jobs.all()) == [live_world.jobs[0]]


def test_scheduling_refuses_an_end_before_the_start_and_another_companys_job(client, live_world):
    from tests.factories import make_job

    foreign = make_job(live_world.other_recruiter.organisation, "别家岗位")
    client.force_login(live_world.host)
    starts = timezone.localtime() + dt.timedelta(days=1)
    data = {
        "title": "错误的直播",
        "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (starts - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        "jobs": [foreign.pk],
    }
    response = client.post("/recruit/live/new/", data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "ends_at" in errors and "jobs" in errors
    assert not LiveSession.objects.filter(title="错误的直播").exists()


def test_an_ended_session_shows_its_archive_and_figures(client, live_world):
    session = live_world.session
    ChatMessage.objects.create(session=session, author=live_world.student, body="<b>谢谢分享</b>")
    ChatMessage.objects.create(
        session=session, author=live_world.student, body="被删的消息", deleted_at=timezone.now()
    )
    Question.objects.create(session=session, author=live_world.student, body="加班多吗？", votes=3)
    Question.objects.create(session=session, author=live_world.student, body="隐藏的问题", state="hidden")
    end_session(live_world.host, session.pk)
    page = client.get(f"/live/{session.pk}/").content.decode()
    assert "&lt;b&gt;谢谢分享&lt;/b&gt;" in page and "被删的消息" not in page
    assert "加班多吗？" in page and "隐藏的问题" not in page
    assert "本场数据" in page


def test_an_admin_deletes_chat_through_the_same_rule_as_hosts(admin_client, live_world):
    from django.db import transaction

    message = ChatMessage.objects.create(session=live_world.session, author=live_world.student, body="广告")
    with transaction.atomic():
        response = admin_client.post(
            "/admin/livestream/chatmessage/",
            {"action": "delete_messages", "_selected_action": [message.pk]},
        )
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.deleted_at is not None


def test_a_banned_word_added_in_the_admin_applies_at_once(admin_client, live_world):
    from events_server.errors import DomainError
    from livestream.services.room import post_chat

    post_chat(live_world.student, live_world.session.pk, "先说一句 代写论文")
    admin_client.post("/admin/livestream/bannedword/add/", {"word": "代写论文"})
    with pytest.raises(DomainError):
        post_chat(live_world.student, live_world.session.pk, "再说一句 代写论文")


def test_sessions_left_live_past_their_end_are_ended_with_their_figures(live_world):
    from django.core.management import call_command

    LiveSession.objects.filter(pk=live_world.session.pk).update(
        starts_at=timezone.now() - dt.timedelta(hours=4), ends_at=timezone.now() - dt.timedelta(hours=2)
    )
    call_command("end_overdue_sessions")
    session = LiveSession.objects.get(pk=live_world.session.pk)
    assert session.state == "ended" and session.ended_at is not None


def test_without_redis_the_page_is_told_to_use_the_default_media_upstream(live_world, client, settings):
    settings.MEDIA_PLACEMENT_REDIS_URL = ""
    response = client.get(f"/live/{live_world.session.pk}/placement/")
    assert response.json() == {"worker": "", "base": ""}
    assert (
        f'data-placement-url="/live/{live_world.session.pk}/placement/"'
        in client.get(f"/live/{live_world.session.pk}/").content.decode()
    )
