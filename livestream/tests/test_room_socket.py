"""The live room protocol through the full ASGI stack (origin check, session auth, routing)."""

from __future__ import annotations

import json

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator

from events_server.asgi import application
from jobs.models import Application
from livestream.models import CardApplication, ChatMessage, LiveSession, Question
from livestream.tests.conftest import Socket

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


async def test_a_viewer_gets_a_snapshot_of_the_room(live_world):
    viewer = Socket(live_world.session.pk)
    snapshot = await viewer.connect()
    assert snapshot["type"] == "snapshot"
    assert snapshot["session"]["state"] == "live"
    assert snapshot["me"] == {
        "authenticated": False,
        "moderator": False,
        "student": False,
        "muted_until": None,
        "voted": [],
    }
    assert snapshot["card"] is None and snapshot["chat"] == [] and snapshot["counters"] is None
    await viewer.close()


async def test_a_socket_from_a_foreign_origin_is_refused(live_world):
    communicator = WebsocketCommunicator(
        application, f"/ws/live/{live_world.session.pk}/", headers=[(b"origin", b"http://evil.example")]
    )
    connected, _ = await communicator.connect()
    assert not connected


async def test_an_unknown_session_is_closed_with_4404(live_world):
    communicator = WebsocketCommunicator(
        application, "/ws/live/999999/", headers=[(b"origin", b"http://localhost")]
    )
    await communicator.connect()
    error = json.loads(await communicator.receive_from())
    assert error["type"] == "error"
    assert (await communicator.receive_output())["code"] == 4404


async def test_a_login_only_session_refuses_anonymous_viewers_with_4401(live_world):
    await LiveSession.objects.filter(pk=live_world.session.pk).aupdate(login_to_watch=True)
    communicator = WebsocketCommunicator(
        application, f"/ws/live/{live_world.session.pk}/", headers=[(b"origin", b"http://localhost")]
    )
    await communicator.connect()
    error = json.loads(await communicator.receive_from())
    assert error["code"] == "login"
    assert (await communicator.receive_output())["code"] == 4401
    student = Socket(live_world.session.pk, live_world.student)
    assert (await student.connect())["type"] == "snapshot"
    await student.close()


async def test_chat_reaches_every_viewer_and_is_stored(live_world):
    viewer, student = Socket(live_world.session.pk), Socket(live_world.session.pk, live_world.student)
    await viewer.connect()
    await student.connect()
    ack = await student.send(type="chat.send", body="  请问 有没有 实习岗位？ ", ref="c1")
    assert ack["type"] == "ack"
    event = await viewer.receive_type("chat.message")
    assert event["message"]["body"] == "请问 有没有 实习岗位？"
    assert event["message"]["author"] == "王同学"  # family name only, from the profile
    assert event["seq"] > 0
    assert await ChatMessage.objects.filter(session=live_world.session).acount() == 1
    await viewer.close()
    await student.close()


async def test_anonymous_viewers_cannot_post(live_world):
    viewer = Socket(live_world.session.pk)
    await viewer.connect()
    error = await viewer.send(type="chat.send", body="你好", ref="x")
    assert error["type"] == "error" and error["code"] == "forbidden"
    await viewer.close()


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("not json", None),
        (json.dumps({"type": "chat.send", "body": "hi", "colour": "red"}), "colour"),
        (json.dumps({"type": "launch.rocket"}), "type"),
        (json.dumps({"type": "question.vote", "question_id": "abc"}), "question_id"),
        (json.dumps([1, 2, 3]), None),
    ],
)
async def test_a_malformed_frame_gets_an_error_and_the_socket_stays_usable(live_world, text, field):
    student = Socket(live_world.session.pk, live_world.student)
    await student.connect()
    await student.communicator.send_to(text_data=text)
    error = await student.receive_type("error")
    assert error["code"] == "bad_frame"
    if field:
        assert field in error["message"]
    assert (await student.send(type="ping", ref="p"))["type"] == "pong"
    await student.close()


async def test_an_oversized_frame_gets_an_error_frame(live_world):
    student = Socket(live_world.session.pk, live_world.student)
    await student.connect()
    await student.communicator.send_to(text_data=json.dumps({"type": "chat.send", "body": "长" * 5000}))
    assert (await student.receive_type("error"))["code"] == "frame_too_large"
    assert (await student.send(type="ping", ref="p"))["type"] == "pong"
    await student.close()


async def test_chat_refuses_long_text_banned_words_and_floods(live_world):
    student = Socket(live_world.session.pk, live_world.student)
    await student.connect()
    too_long = await student.send(type="chat.send", body="字" * 201, ref="1")
    assert too_long["code"] == "invalid" and "200" in too_long["message"]
    banned = await student.send(type="chat.send", body="日结兼职 刷单 加我", ref="2")
    assert banned["code"] == "invalid"
    results = [(await student.send(type="chat.send", body=f"消息{i}", ref=f"r{i}"))["type"] for i in range(7)]
    assert results == ["ack"] * 5 + ["error"] * 2
    assert await ChatMessage.objects.acount() == 5
    await student.close()


async def test_the_chat_rate_limit_holds_across_sockets(live_world):
    first, second = (
        Socket(live_world.session.pk, live_world.student),
        Socket(live_world.session.pk, live_world.student),
    )
    await first.connect()
    await second.connect()
    for i in range(5):
        assert (await first.send(type="chat.send", body=f"一{i}", ref=f"a{i}"))["type"] == "ack"
    refused = await second.send(type="chat.send", body="二", ref="b")
    assert refused["code"] == "rate_limited"
    await first.close()
    await second.close()


async def test_hosts_delete_messages_and_mute_authors(live_world):
    host, student = (
        Socket(live_world.session.pk, live_world.host),
        Socket(live_world.session.pk, live_world.student),
    )
    assert (await host.connect())["me"]["moderator"] is True
    await student.connect()
    sent = await student.send(type="chat.send", body="广告广告", ref="s")
    message_id = sent["result"]["id"]
    assert (await host.send(type="chat.delete", message_id=message_id, ref="d"))["type"] == "ack"
    assert (await student.receive_type("chat.deleted"))["id"] == message_id
    assert (await host.send(type="chat.mute", message_id=message_id, minutes=5, ref="m"))["type"] == "ack"
    muted = await student.receive_type("muted")
    assert muted["until"]
    refused = await student.send(type="chat.send", body="我又来了", ref="again")
    assert (refused["code"] == "forbidden" and "muted" in refused["message"].lower()) or "禁言" in refused[
        "message"
    ]
    await host.close()
    await student.close()


async def test_students_and_other_companies_cannot_moderate(live_world):
    student, other = (
        Socket(live_world.session.pk, live_world.student),
        Socket(live_world.session.pk, live_world.other_recruiter),
    )
    await student.connect()
    assert (await other.connect())["me"]["moderator"] is False
    sent = await student.send(type="chat.send", body="你好", ref="s")
    for socket in (student, other):
        for message in (
            {"type": "chat.delete", "message_id": sent["result"]["id"]},
            {"type": "card.pin", "job_id": live_world.jobs[0].pk},
            {"type": "session.end"},
        ):
            refused = await socket.send(**message, ref="x")
            assert refused["code"] == "forbidden", message
    await student.close()
    await other.close()


async def test_moderated_questions_wait_for_approval_and_votes_count_once(live_world):
    host, student, viewer = (
        Socket(live_world.session.pk, live_world.host),
        Socket(live_world.session.pk, live_world.student),
        Socket(live_world.session.pk),
    )
    for socket in (host, student, viewer):
        await socket.connect()
    asked = await student.send(type="question.ask", body="实习可以转正吗？", ref="q")
    assert asked["result"]["state"] == "pending"
    assert (await student.receive_type("question"))["question"]["state"] == "pending"
    pending = await host.receive_type("question")
    assert pending["question"]["body"] == "实习可以转正吗？"
    assert (await host.receive_type("counters"))["pending"] == 1
    assert await viewer.nothing_more()  # the pending question stays between author and host
    qid = asked["result"]["id"]
    assert (await host.send(type="question.moderate", question_id=qid, action="approve", ref="a"))[
        "type"
    ] == "ack"
    assert (await viewer.receive_type("question"))["question"]["state"] == "open"
    first = await student.send(type="question.vote", question_id=qid, ref="v1")
    second = await student.send(type="question.vote", question_id=qid, ref="v2")
    assert (first["result"]["counted"], second["result"]["counted"]) == (True, False)
    assert (await viewer.receive_type("question"))["question"]["votes"] == 1
    assert (await Question.objects.aget(pk=qid)).votes == 1
    await host.send(type="question.moderate", question_id=qid, action="answer", ref="ans")
    assert (await viewer.receive_type("question"))["question"]["state"] == "answered"
    await host.send(type="question.moderate", question_id=qid, action="hide", ref="h")
    hidden = await viewer.receive_type("question")
    assert hidden["question"] == {
        "id": qid,
        "state": "hidden",
        "body": "",
        "author": "",
        "votes": 0,
        "highlighted": False,
        "at": None,
    }
    for socket in (host, student, viewer):
        await socket.close()


async def test_a_pinned_card_appears_and_a_student_applies_in_one_tap(live_world):
    host, student = (
        Socket(live_world.session.pk, live_world.host),
        Socket(live_world.session.pk, live_world.student),
    )
    await host.connect()
    await student.connect()
    job = live_world.jobs[1]
    assert (await host.send(type="card.pin", job_id=job.pk, ref="pin"))["type"] == "ack"
    card = (await student.receive_type("card"))["card"]
    assert (card["job_id"], card["title"], card["salary"]) == (job.pk, "数据分析师", "8k–12k")
    first = await student.send(type="job.apply", job_id=job.pk, ref="a1")
    again = await student.send(type="job.apply", job_id=job.pk, ref="a2")
    assert (first["result"]["status"], again["result"]["status"]) == ("applied", "already_applied")
    counters = await host.receive_type("counters")
    while counters["applications"] == 0:
        counters = await host.receive_type("counters")
    assert counters["applications"] == 1 and counters["card_applications"] == 1
    application = await Application.objects.aget(student=live_world.student)
    assert (application.source, application.source_ref) == ("live", f"live:{live_world.session.pk}")
    link = await CardApplication.objects.select_related("card").aget(application=application)
    assert link.card.job_id == job.pk
    await host.close()
    await student.close()


async def test_a_student_without_a_profile_is_sent_to_complete_it_and_back(live_world):
    await database_sync_to_async(lambda: live_world.student.graduate_profile.delete())()
    student = Socket(live_world.session.pk, live_world.student)
    await student.connect()
    result = (await student.send(type="job.apply", job_id=live_world.jobs[0].pk, ref="a"))["result"]
    assert result["status"] == "profile_required"
    assert result["url"].startswith("/me/profile/?next=%2Flive%2F") and "apply%3D" in result["url"]
    await student.close()


async def test_only_featured_jobs_can_be_pinned_or_applied_for(live_world):
    from tests.factories import make_job

    stranger = await database_sync_to_async(make_job)(live_world.session.company, "不在本场的岗位")
    host, student = (
        Socket(live_world.session.pk, live_world.host),
        Socket(live_world.session.pk, live_world.student),
    )
    await host.connect()
    await student.connect()
    assert (await host.send(type="card.pin", job_id=stranger.pk, ref="p"))["code"] == "invalid"
    assert (await student.send(type="job.apply", job_id=stranger.pk, ref="a"))["code"] == "invalid"
    await host.close()
    await student.close()


async def test_the_host_takes_the_session_live_and_ends_it_with_its_figures(live_world):
    await LiveSession.objects.filter(pk=live_world.session.pk).aupdate(state="scheduled")
    host, viewer = Socket(live_world.session.pk, live_world.host), Socket(live_world.session.pk)
    await host.connect()
    await viewer.connect()
    assert (await host.send(type="card.pin", job_id=live_world.jobs[0].pk, ref="early"))["code"] == "invalid"
    await host.send(type="session.go_live", ref="go")
    assert (await viewer.receive_type("state"))["state"] == "live"
    await host.send(type="session.end", ref="end")
    assert (await viewer.receive_type("state"))["state"] == "ended"
    session = await LiveSession.objects.aget(pk=live_world.session.pk)
    assert session.state == "ended" and session.ended_at is not None
    again = await host.send(type="session.end", ref="again")
    assert again["code"] == "conflict"
    await host.close()
    await viewer.close()


async def test_a_resuming_client_gets_only_what_it_missed(live_world):
    student = Socket(live_world.session.pk, live_world.student)
    snapshot = await student.connect()
    first = await student.send(type="chat.send", body="第一条", ref="1")
    seen = (await student.receive_type("chat.message"))["seq"]
    await student.close()
    writer = Socket(live_world.session.pk, live_world.host)
    await writer.connect()
    await writer.send(type="chat.send", body="你离开时的消息", ref="2")
    resumed = Socket(live_world.session.pk, live_world.student, query=f"after={seen}")
    assert (await resumed.connect()) == {"type": "resumed", "seq": seen}
    missed = await resumed.receive_type("chat.message")
    assert missed["message"]["body"] == "你离开时的消息"
    assert await resumed.nothing_more()
    assert first["type"] == "ack" and snapshot["seq"] < seen
    stale = Socket(live_world.session.pk, live_world.student, query="after=5")
    assert (await stale.connect())["type"] == "snapshot"
    for socket in (resumed, stale, writer):
        await socket.close()


async def test_a_viewer_served_a_cached_snapshot_still_gets_what_happened_since(live_world):
    first, student = Socket(live_world.session.pk), Socket(live_world.session.pk, live_world.student)
    await first.connect()  # builds the room's public snapshot
    await student.connect()
    await student.send(type="chat.send", body="缓存之后的消息", ref="c")
    await first.receive_type("chat.message")
    late = Socket(live_world.session.pk)
    snapshot = await late.connect()
    bodies = [m["body"] for m in snapshot["chat"]]
    if "缓存之后的消息" not in bodies:  # the cached snapshot predates it: the event follows
        assert (await late.receive_type("chat.message"))["message"]["body"] == "缓存之后的消息"
    assert snapshot["me"]["authenticated"] is False
    for socket in (first, student, late):
        await socket.close()
