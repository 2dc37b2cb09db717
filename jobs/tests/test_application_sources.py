"""An application's source counts only when the server can vouch for it: what a form or a link
says is never believed, so nobody can raise another company's live-session figures."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

import pytest
import time_machine
from channels.db import database_sync_to_async
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from accounts.models import User
from directory.models import Organisation
from jobs import services
from jobs.models import Application, JobPosting
from livestream.models import CardApplication, LiveSession
from livestream.tests.conftest import Socket, make_session
from qr.models import ShortLink
from qr.services import links
from tests.factories import (
    make_campaign,
    make_company,
    make_job,
    make_recruiter,
    make_student,
    make_university,
)


@dataclass
class World:
    rival: Organisation  # another company, whose ended session's report must not move
    rival_host: User
    rival_session: LiveSession
    company: Organisation
    host: User
    job: JobPosting
    session: LiveSession  # this company's live session, featuring ``job``
    student: User


@pytest.fixture
def world(db) -> World:
    rival = make_company("别家航天有限公司")
    rival_session = make_session(rival, [make_job(rival, "卫星工程师")], state=LiveSession.State.ENDED)
    rival_session.ended_at = timezone.now() - dt.timedelta(hours=1)
    rival_session.save()
    company = make_company()
    job = make_job(company, "嵌入式工程师")
    session = make_session(company, [job])
    session.title = "灵思智能 秋招第二场"
    session.save()
    return World(
        rival,
        make_recruiter(rival, "rival-hr"),
        rival_session,
        company,
        make_recruiter(company),
        job,
        session,
        make_student(),
    )


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def apply_form(page: str) -> tuple[str, dict[str, str]]:
    """The apply form on a job page, as a browser would submit it."""
    form = re.search(r'<form method="post" action="([^"]+/apply/)">(.*?)</form>', page, re.S)
    assert form, "the job page has an apply form"
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(2)))
    fields.pop("csrfmiddlewaretoken", None)
    return form.group(1), {name: html.unescape(value) for name, value in fields.items()}


def follow_and_apply(client: Client, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 200
    action, fields = apply_form(page.content.decode())
    response = client.post(action, fields)
    assert response.status_code == 302 and response["Location"] == "/me/applications/"


def event_report_applications(world: World) -> int:
    page = logged_in(world.rival_host).get(f"/reports/events/live/{world.rival_session.pk}/")
    assert page.status_code == 200
    return dict((str(label), value) for label, value in page.context["figures"])["投递"]


def recruiter_rows(world: World, query: str = "") -> str:
    page = logged_in(world.host).get(f"/recruit/applications/{query}")
    assert page.status_code == 200
    return page.content.decode()


def test_a_crafted_post_does_not_credit_another_companys_live_session(world):
    client = logged_in(world.student)
    response = client.post(
        f"/jobs/{world.job.pk}/apply/", {"source": "live", "source_ref": f"live:{world.rival_session.pk}"}
    )
    assert response.status_code == 302  # the student is not told off: the application is made
    assert event_report_applications(world) == 0
    application = Application.objects.get(student=world.student)
    assert (application.source, application.source_ref) == ("zone", "")
    assert "直播" not in re.search(r"<td data-source>(.*?)</td>", recruiter_rows(world)).group(1)


def test_a_crafted_link_does_not_credit_another_companys_live_session(world):
    client = logged_in(world.student)
    follow_and_apply(client, f"/jobs/{world.job.pk}/?src=live&ref=live:{world.rival_session.pk}")
    assert event_report_applications(world) == 0
    assert Application.objects.get(student=world.student).source == "zone"


def test_applying_through_a_rooms_job_link_credits_that_session_and_the_recruiter_sees_it(world):
    client = logged_in(world.student)
    room = client.get(f"/live/{world.session.pk}/").content.decode()
    link = html.unescape(re.search(r'<a href="([^"]+)" data-job-link>', room).group(1))
    assert link.startswith(f"/jobs/{world.job.pk}/?live=")
    follow_and_apply(client, link)
    application = Application.objects.get(student=world.student)
    assert (application.source, application.source_ref) == ("live", f"live:{world.session.pk}")
    assert CardApplication.objects.get(application=application).session_id == world.session.pk  # counters
    assert "直播 · 灵思智能 秋招第二场" in recruiter_rows(world)
    name = world.student.graduate_profile.full_name
    assert name in recruiter_rows(world, f"?source=live:{world.session.pk}")
    assert name in recruiter_rows(world, "?source=live")
    assert name not in recruiter_rows(world, "?source=zone")
    detail = logged_in(world.host).get(f"/recruit/applications/{application.pk}/").content.decode()
    assert "直播 · 灵思智能 秋招第二场" in detail


def test_a_room_link_that_was_altered_moved_to_another_job_or_expired_credits_nothing(world):
    room = logged_in(world.student).get(f"/live/{world.session.pk}/").content.decode()
    token = html.unescape(re.search(r'href="/jobs/\d+/\?live=([^"]+)" data-job-link', room).group(1))
    other_job = make_job(world.company, "测试工程师")
    world.session.jobs.add(other_job)
    not_featured = make_job(world.company, "未在直播中的岗位")
    later = timezone.now() + dt.timedelta(hours=25)
    attempts = [
        (other_job, token, None),  # minted for another job
        (not_featured, token, None),
        (world.job, token[:-3] + "abc", None),  # altered
        (world.job, token, later),  # past its 24 hours
    ]
    for n, (job, value, when) in enumerate(attempts):
        student = make_student(f"student{n}")
        client = logged_in(student)
        with time_machine.travel(when or timezone.now(), tick=False):
            response = client.post(f"/jobs/{job.pk}/apply/", {"live": value})
        assert response.status_code == 302 and response["Location"] == "/me/applications/"
        assert Application.objects.get(student=student).source == "zone"


def test_a_campaign_link_followed_before_applying_is_credited_with_its_name(world):
    university = make_university()
    link = links.link_for(make_campaign(), university, ShortLink.Purpose.ZONE, "/", "示范大学就业网")
    client = logged_in(world.student)
    assert client.get(f"/q/{link.code}").status_code == 302
    follow_and_apply(client, f"/jobs/{world.job.pk}/")
    application = Application.objects.get(student=world.student)
    assert (application.source, application.source_ref) == ("link", f"link:{link.pk}")
    assert "活动链接 · 示范大学就业网" in recruiter_rows(world, f"?source=link:{link.pk}")


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_the_pinned_cards_link_credits_the_session_and_a_socket_apply_still_counts(world):
    host, student = Socket(world.session.pk, world.host), Socket(world.session.pk, world.student)
    await host.connect()
    await student.connect()
    assert (await host.send(type="card.pin", job_id=world.job.pk, ref="pin"))["type"] == "ack"
    card = (await student.receive_type("card"))["card"]
    client = await database_sync_to_async(logged_in)(world.student)
    await database_sync_to_async(follow_and_apply)(client, card["url"])
    application = await Application.objects.aget(student=world.student)
    assert (application.source, application.source_ref) == ("live", f"live:{world.session.pk}")

    other = await database_sync_to_async(make_student)("bea")
    viewer = Socket(world.session.pk, other)
    await viewer.connect()
    applied = await viewer.send(type="job.apply", job_id=world.job.pk, ref="a")
    assert applied["result"]["status"] == "applied"
    application = await Application.objects.aget(student=other)
    assert (application.source, application.source_ref) == ("live", f"live:{world.session.pk}")
    for socket in (host, student, viewer):
        await socket.close()


def test_a_command_uncredits_live_credits_that_no_room_application_backs(world):
    mallory = make_student("mallory")
    forged = f"live:{world.rival_session.pk}"  # what the old form fields let anyone write
    services.apply(mallory, world.job, source="live", source_ref=forged)
    client = logged_in(world.student)
    room = client.get(f"/live/{world.session.pk}/").content.decode()
    follow_and_apply(client, html.unescape(re.search(r'<a href="([^"]+)" data-job-link>', room).group(1)))
    assert event_report_applications(world) == 1
    call_command("uncredit_unvouched_sources", "--dry-run")
    assert event_report_applications(world) == 1
    call_command("uncredit_unvouched_sources")
    assert event_report_applications(world) == 0
    assert Application.objects.get(student=mallory).source == "zone"
    assert Application.objects.get(student=world.student).source == "live"


@pytest.mark.parametrize(
    "query",
    [
        "?source=live:²",
        "?source=live:99999999999999999999999",
        "?source=link:-1",
        "?source=x",
        "?job=²",
        "?job=1000000000000000000000000000000",
    ],
)
def test_the_applications_list_answers_any_filter_value(world, query):
    Application.objects.create(
        campaign=world.job.campaign,
        job=world.job,
        student=world.student,
        profile=world.student.graduate_profile,
        source="live",
        source_ref="live:²",  # what an old forged form could have left behind
    )
    page = logged_in(world.host).get(f"/recruit/applications/{query}")
    assert page.status_code == 200
