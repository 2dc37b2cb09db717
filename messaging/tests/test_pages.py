"""Conversations through the pages: both sides read and write, outsiders see nothing, screening
flags to the sender and the reviewers, either side reports, sending is rate-limited."""

from __future__ import annotations

import pytest
from django.test import Client

from messaging.models import Message, MessageReport
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def url(world, tail: str = "") -> str:
    return f"/applications/{world.application.pk}/messages/{tail}"


def test_the_applicant_and_the_recruiter_write_to_each_other(world):
    student, recruiter = client_for(world.student), client_for(world.recruiter)
    assert student.post(url(world), {"body": "您好，请问岗位在苏州哪个区？"}).status_code == 302
    assert student.post(url(world), {"body": "另外是否有住宿？"}).status_code == 302
    # The recruiter is told once about the unread messages, not once per message.
    (note,) = Notification.objects.filter(user=world.recruiter, kind="messaging.message")
    assert "王小丽" in note.title and note.url == url(world)
    page = recruiter.get(note.url)
    assert page.status_code == 200
    assert "您好，请问岗位在苏州哪个区？" in page.text and "另外是否有住宿？" in page.text
    assert "13912345678" not in page.text  # nobody's phone number is needed here
    recruiter.post(url(world), {"body": "在工业园区，提供住宿。"})
    assert Notification.objects.filter(user=world.student, kind="messaging.message").count() == 1
    page = student.get(url(world))
    assert "在工业园区，提供住宿。" in page.text and world.company.name in page.text
    # Having read, the recruiter is told again about the next new message.
    student.post(url(world), {"body": "好的，谢谢！"})
    assert Notification.objects.filter(user=world.recruiter, kind="messaging.message").count() == 2
    # The pages the parties start from link to the conversation.
    assert url(world) in student.get("/me/applications/").text
    assert url(world) in recruiter.get(f"/recruit/applications/{world.application.pk}/").text


def test_the_notice_is_in_the_recipients_language_not_the_senders(world):
    from notifications.models import Preference

    recruiter = client_for(world.recruiter)
    recruiter.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    recruiter.post(url(world), {"body": "在工业园区，提供住宿。"})
    (note,) = Notification.objects.filter(user=world.student, kind="messaging.message")
    assert note.title == f"{world.company.name} 给您发来新消息"  # the default language: Chinese
    Preference.objects.create(user=world.recruiter, language="en")
    student = client_for(world.student)
    student.defaults["HTTP_ACCEPT_LANGUAGE"] = "zh-hans"
    student.post(url(world), {"body": "好的，谢谢！"})
    (note,) = Notification.objects.filter(user=world.recruiter, kind="messaging.message")
    assert note.title.startswith("New message from")


def test_outsiders_cannot_read_write_or_report(world):
    client_for(world.student).post(url(world), {"body": "你好"})
    message = Message.objects.get()
    for outsider in (world.other_recruiter, world.other_student):
        client = client_for(outsider)
        assert client.get(url(world)).status_code == 404
        assert client.post(url(world), {"body": "我也来说两句"}).status_code == 404
        report = client.post(url(world, "report/"), {"message": message.pk, "reason": "other"})
        assert report.status_code == 404
    assert client_for(world.reviewer).get(url(world)).status_code == 403
    assert Client().get(url(world)).status_code == 302
    assert Message.objects.count() == 1 and not MessageReport.objects.exists()


def test_discriminatory_wording_is_flagged_to_the_sender_and_the_reviewers_of_the_region(world):
    recruiter = client_for(world.recruiter)
    page = recruiter.post(url(world), {"body": "这个岗位限男性，你可以考虑别的。"}, follow=True)
    assert "flagged for the reviewers" in page.text or "已标记" in page.text
    message = Message.objects.get()
    assert message.flagged and message.findings[0]["rule"] == "gender-restriction"
    assert "data-flagged" in page.text  # on the sender's own message
    assert "data-flagged" not in client_for(world.student).get(url(world)).text
    queue = client_for(world.reviewer).get("/review/messages/")
    assert "这个岗位限男性" in queue.text
    assert "这个岗位限男性" not in client_for(world.far_reviewer).get("/review/messages/").text
    far = client_for(world.far_reviewer)
    assert far.post("/review/messages/", {"message": message.pk}).status_code == 404
    client_for(world.reviewer).post("/review/messages/", {"message": message.pk})
    assert "这个岗位限男性" not in client_for(world.reviewer).get("/review/messages/").text
    assert client_for(world.student).get("/review/messages/").status_code == 403


def test_either_side_reports_a_message_of_the_other(world):
    client_for(world.recruiter).post(url(world), {"body": "入职前需缴纳培训押金"})
    client_for(world.student).post(url(world), {"body": "为什么要押金？"})
    theirs, mine = Message.objects.order_by("id")
    student = client_for(world.student)
    student.post(url(world, "report/"), {"message": theirs.pk, "reason": "fraud", "text": "要押金"})
    student.post(url(world, "report/"), {"message": theirs.pk, "reason": "fraud"})  # once is enough
    page = student.post(url(world, "report/"), {"message": mine.pk, "reason": "other"}, follow=True)
    assert "other side only" in page.text or "对方" in page.text
    (report,) = MessageReport.objects.all()
    assert report.message == theirs and report.reporter == world.student
    queue = client_for(world.reviewer).get("/review/messages/")
    assert "入职前需缴纳培训押金" in queue.text and "要押金" in queue.text
    client_for(world.recruiter).post(url(world, "report/"), {"message": mine.pk, "reason": "harassment"})
    assert MessageReport.objects.count() == 2


@pytest.mark.parametrize(
    "data",
    [
        {"message": "0", "reason": "fraud"},
        {"message": str(2**63), "reason": "fraud"},
        {"message": "text", "reason": "fraud"},
        {"message": "1", "reason": "nonsense"},
        {},
    ],
)
def test_hostile_reports_are_refused(world, data):
    client_for(world.recruiter).post(url(world), {"body": "你好"})
    response = client_for(world.student).post(url(world, "report/"), data)
    assert response.status_code in (302, 404)
    assert not MessageReport.objects.exists()


@pytest.mark.parametrize("body", ["", "   ", "长" * 1001])
def test_empty_or_too_long_messages_are_refused(world, body):
    response = client_for(world.student).post(url(world), {"body": body})
    assert response.status_code == 400
    assert not Message.objects.exists()


def test_sending_is_rate_limited(world, settings):
    settings.MESSAGES_PER_MINUTE = 3
    student = client_for(world.student)
    for n in range(3):
        assert student.post(url(world), {"body": f"第{n}条"}).status_code == 302
    response = student.post(url(world), {"body": "第4条"})
    assert response.status_code == 429
    assert "too fast" in response.text or "太快" in response.text
    assert Message.objects.count() == 3


def test_an_administrator_reads_but_does_not_write(world, django_user_model):
    admin = django_user_model.objects.create_superuser("root", password="pw-root-12345", role="admin")
    client_for(world.student).post(url(world), {"body": "你好"})
    client = client_for(admin)
    assert "你好" in client.get(url(world)).text
    assert client.post(url(world), {"body": "管理员"}).status_code == 403
