"""Retention of ended campaigns: a campaign ended longer ago than ``CAMPAIGN_RETENTION_DAYS`` keeps
its statistics and loses what identifies its people (application notes, resume copies, messages,
offer terms, interview reasons, live chat, Attachment 2 contacts; contacts in older audit
entries become pseudonyms); a campaign ended recently is untouched; a second run changes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone

from audit import services as audit
from audit.models import AuditEntry
from background import schedule
from background.testing import drain
from campaigns.models import Campaign, Phase
from interviews.models import Interview
from jobs.models import Application
from livestream.models import ChatMessage, Question
from messaging.models import Conversation, Message
from offers.models import Offer
from privacy.tests.test_deletion import everything_that_names
from reports.models import Contact
from reports.services import figures, returns
from reports.tests.conftest import application, graduate, live, posting, sh, world  # noqa: F401

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
WEEK = "2025-10-13"


def personal_data(world, campaign: Campaign, tag: str):  # noqa: F811
    """One applicant's traces in ``campaign``; returns the texts that identify people."""
    job = posting(world, world.suzhou, sh("2025-10-14 09:00"), headcount=4)
    student = graduate(world.university, username=f"stu{tag}")
    app = application(world, job, sh("2025-10-15 09:00"), student=student, note=f"微信 wx-{tag}")
    app.campaign = campaign
    app.resume.save(f"cv-{tag}.pdf", ContentFile(PDF))  # saves the application
    conversation = Conversation.objects.create(application=app)
    Message.objects.create(
        conversation=conversation, side="student", sender=student, body=f"我的电话 1370000{tag}"
    )
    Offer.objects.create(
        application=app, made_by=world.suzhou_recruiter, salary=9000, terms=f"条款 offer-{tag}",
        reply_by=sh("2025-10-30 18:00"),
    )  # fmt: skip
    Interview.objects.create(
        application=app, recruiter=world.suzhou_recruiter, reason=f"家里有事 reason-{tag}", note=f"note-{tag}"
    )
    session = live(world, world.suzhou, sh("2025-10-15 14:00"))
    session.campaign = campaign
    session.save()
    ChatMessage.objects.create(session=session, author=student, body=f"chat-{tag}")
    Question.objects.create(session=session, author=student, body=f"question-{tag}")
    contact = Contact.objects.create(
        campaign=campaign, organisation=world.university, unit_name="就业指导中心", person=f"联系人{tag}",
        mobile=f"1390000{tag}", email=f"c{tag}@example.edu.cn", office_phone=f"021-6000{tag}",
    )  # fmt: skip
    entry = audit.record(
        "reports.contact.added",
        actor=world.university_staff,
        obj=contact,
        after={"person": contact.person, "mobile": contact.mobile, "email": contact.email},
        reason=f"换人，新电话 1390000{tag}",
    )
    return app, entry, [
        f"wx-{tag}", f"1370000{tag}", f"offer-{tag}", f"reason-{tag}", f"note-{tag}", f"chat-{tag}",
        f"question-{tag}", f"联系人{tag}", f"1390000{tag}", f"c{tag}@example.edu.cn", f"6000{tag}",
    ]  # fmt: skip


@pytest.fixture
def campaigns(world, settings):  # noqa: F811
    settings.CAMPAIGN_RETENTION_DAYS = 30
    recent = Campaign.objects.create(slug="recent", name="刚结束的活动", theme="t")
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    Phase.objects.create(
        campaign=recent, number=1, name="一", starts_on=yesterday - dt.timedelta(days=90), ends_on=yesterday
    )
    old_app, old_entry, old_texts = personal_data(world, world.campaign, "1111")
    AuditEntry.objects.filter(pk=old_entry.pk).update(at=timezone.now() - dt.timedelta(days=31))
    new_app, _, new_texts = personal_data(world, recent, "2222")
    return old_app, old_texts, new_app, new_texts


def test_an_ended_campaign_loses_what_identifies_people_and_keeps_its_figures(world, campaigns, capsys):  # noqa: F811
    old_app, old_texts, new_app, new_texts = campaigns
    resume = old_app.resume.name
    week = returns.parse_week(world.campaign, WEEK)
    before = {unit.pk: figures.compute(unit, week) for unit in (world.department, world.university)}
    assert everything_that_names(old_texts) != []

    call_command("anonymise_ended_campaigns", "--dry-run")
    out = capsys.readouterr().out
    assert "test-2025: would change" in out and "recent" not in out
    assert "applications.resume_copies=1" in out and "audit entries: would change 1" in out
    assert default_storage.exists(resume) and len(everything_that_names(old_texts)) > 5

    call_command("anonymise_ended_campaigns")
    out = capsys.readouterr().out
    assert "test-2025: changed" in out and "contacts.contacts=1" in out and "messages.messages=1" in out

    assert everything_that_names(old_texts) == []
    assert not default_storage.exists(resume)
    assert Application.objects.filter(pk=old_app.pk).exists()  # the row stays, anonymous
    contact = Contact.objects.get(campaign=world.campaign)
    assert contact.person.startswith("[联系人#") and contact.mobile == contact.email == ""
    entry = AuditEntry.objects.get(action="reports.contact.added", object_id=str(contact.pk))
    assert entry.after["person"] == contact.person  # the same keyed pseudonym in the log
    assert "[联系人#" in entry.reason and "[联系人#" in entry.object_repr
    after = {unit.pk: figures.compute(unit, week) for unit in (world.department, world.university)}
    assert after == before

    # The recently ended campaign, and its fresh audit entry, are untouched.
    found = everything_that_names(new_texts)
    assert len(found) >= len(new_texts) - 1, found  # "6000…" is inside the office phone, counted once
    assert default_storage.exists(new_app.resume.name)
    assert Offer.objects.get(application=new_app).terms == "条款 offer-2222"

    call_command("anonymise_ended_campaigns")
    out = capsys.readouterr().out
    assert "nothing (already anonymous)" in out and "total: changed 0" in out
    assert json.loads(json.dumps(entry.after)) == AuditEntry.objects.get(pk=entry.pk).after


def test_the_schedule_runs_it_daily(world, campaigns):  # noqa: F811
    old_app, old_texts, _, new_texts = campaigns
    jobs = {"campaigns.retention": schedule.JOBS["campaigns.retention"]}
    at = dt.datetime(2026, 12, 7, 4, 30, 30, tzinfo=schedule.SHANGHAI)  # daily at 04:30 in Shanghai
    assert schedule.tick(now=at - dt.timedelta(minutes=1), jobs=jobs) == []
    assert schedule.tick(now=at, jobs=jobs) == ["campaigns.retention"]
    drain()
    assert everything_that_names(old_texts) == []
    assert Application.objects.get(pk=old_app.pk).note == ""
    assert everything_that_names(new_texts) != []
