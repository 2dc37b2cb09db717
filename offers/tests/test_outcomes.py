"""Outcomes into figures: the interview, the offer and the hire of an application reach the
campaign link that brought it (its page's funnel) and the weekly return (Attachment 3)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from jobs.models import Application
from qr import attribution
from qr.models import ShortLink
from qr.services import links
from reports.columns import FIGURE_KEYS
from tests.factories import make_campaign, make_job, make_student

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def hire(world, application: Application, client_student: Client) -> None:
    """The recruiter opens the application, invites to an interview, makes an offer; the student accepts."""
    recruiter = client_for(world.recruiter)
    recruiter.get(f"/recruit/applications/{application.pk}/")
    recruiter.post(f"/recruit/applications/{application.pk}/status/", {"status": "interview"})
    deadline = timezone.localtime(timezone.now() + dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    response = recruiter.post(f"/recruit/applications/{application.pk}/offer/", {"reply_by": deadline})
    assert response.status_code == 302
    client_student.post(f"/me/applications/{application.pk}/offer/", {"decision": "accept"})
    application.refresh_from_db()
    assert application.status == Application.Status.HIRED


def test_the_link_page_shows_scan_to_hire(world):
    link = links.link_for(make_campaign(), world.company, ShortLink.Purpose.ZONE, "/", "灵思专区")
    job = make_job(world.company, "测试工程师")
    visitor = Client()
    assert visitor.get(f"/q/{link.code}?src=qr").status_code == 302  # the scan leaves the via cookie
    student = make_student("erin")
    visitor.force_login(student)
    assert visitor.post(f"/jobs/{job.pk}/apply/").status_code == 302
    application = Application.objects.get(student=student)
    hire(world, application, visitor)
    # The existing world application came without a link: it credits nothing.
    hire(world, world.application, client_for(world.student))

    page = client_for(world.recruiter).get(f"/links/{link.code}/")
    assert page.status_code == 200
    funnel = [(step.label, step.count) for step in page.context["funnel"]]
    assert [count for _label, count in funnel] == [1, 0, 0, 1, 1, 1, 1]
    assert [label for label, _count in funnel][-3:] == ["面试人数", "录用人数", "接受录用人数"]
    assert "data-funnel" in page.text
    # Reporting a step again (a retried request, a replayed task) counts nothing more.
    subject = f"application:{application.pk}"
    assert attribution.credit_step(subject, attribution.HIRE) is False
    assert links.totals([link])[link.pk]["hire"] == 1
    # Another company's recruiter does not see the link.
    assert client_for(world.other_recruiter).get(f"/links/{link.code}/").status_code == 404


def test_interviews_offers_and_hires_feed_attachment_3(world):
    staff = world.staff  # the career office of the student's university
    make_campaign()
    shanghai = dt.timezone(dt.timedelta(hours=8))
    with time_machine.travel(dt.datetime(2025, 10, 15, 10, 0, tzinfo=shanghai), tick=False):
        Application.objects.filter(pk=world.application.pk).update(created_at=timezone.now())
        hire(world, world.application, client_for(world.student))
    with time_machine.travel(dt.datetime(2025, 10, 20, 10, 0, tzinfo=shanghai), tick=False):
        page = client_for(staff).get("/reports/weekly/2025-10-13/?campaign=test-2025")
    assert page.status_code == 200
    figures = {
        key: (week, total)
        for key, (_label, week, total) in zip(FIGURE_KEYS, page.context["figures"], strict=True)
    }
    assert figures["applications"] == (1, 1)
    assert figures["interviews"] == (1, 1)
    assert figures["offers"] == (1, 1)
    assert figures["hires"] == (1, 1)
    assert "Hires" in page.text or "录用" in page.text


def test_later_steps_credit_only_a_subject_a_link_brought(world):
    link = links.link_for(make_campaign(), world.company, ShortLink.Purpose.ZONE, "/", "灵思专区")
    response = Client().get(f"/q/{link.code}")
    via = {attribution.COOKIE: response.cookies[attribution.COOKIE].value}
    assert attribution.credit(via, attribution.APPLICATION, subject="application:77")
    assert attribution.credit_step("application:77", attribution.INTERVIEW)
    assert not attribution.credit_step("application:77", attribution.INTERVIEW)  # once per step
    # A forged cookie remembers nothing; an unknown subject credits nothing.
    assert not attribution.credit(
        {attribution.COOKIE: "forged"}, attribution.APPLICATION, subject="application:78"
    )
    assert not attribution.credit_step("application:78", attribution.OFFER)
    with pytest.raises(ValueError):
        attribution.credit_step("application:77", attribution.APPLICATION)
    totals = links.totals([link])[link.pk]
    assert (totals["application"], totals["interview"], totals["offer"]) == (1, 1, 0)
