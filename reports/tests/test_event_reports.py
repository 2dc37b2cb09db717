"""Event reports within three working days: prefilled, filed once, overdue ones listed."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.utils import translation

from audit.models import AuditEntry
from background.testing import drain
from booking.models import Registration
from jobs.models import Application
from livestream.models import Question
from reports.models import EventReport
from reports.tests.conftest import application, graduate, live, offline, posting, sh
from reports.tests.test_returns import client_for
from workcalendar.tests.conftest import fresh_calendar  # noqa: F401 (a fixture)


def test_a_host_files_a_prefilled_report_for_a_live_session(world):
    session = live(world, world.suzhou, sh("2025-09-30 19:00"), peak=230, unique=880)
    job = posting(world, world.suzhou, sh("2025-09-20 09:00"))
    application(
        world, job, sh("2025-09-30 19:30"), source=Application.Source.LIVE, source_ref=f"live:{session.pk}"
    )
    student = graduate(world.university)
    Question.objects.create(session=session, author=student, body="有住宿吗？", state=Question.State.ANSWERED)
    Question.objects.create(session=session, author=student, body="加班多吗？")
    with time_machine.travel(sh("2025-10-10 10:00"), tick=False):
        client = client_for(world.suzhou_recruiter)
        page = client.get(f"/reports/events/live/{session.pk}/")
        assert page.status_code == 200
        assert page.context["due"].day == dt.date(2025, 10, 11)  # National Day: the adjusted Saturday counts
        figures = dict(
            zip(
                ["viewers_peak", "viewers_unique", "applications", "questions", "questions_answered"],
                [value for _label, value in page.context["figures"]],
                strict=True,
            )
        )
        assert figures == {
            "viewers_peak": 230,
            "viewers_unique": 880,
            "applications": 1,
            "questions": 2,
            "questions_answered": 1,
        }
        assert client.post(f"/reports/events/live/{session.pk}/", {"summary": ""}).status_code == 400
        assert (
            client.post(
                f"/reports/events/live/{session.pk}/", {"summary": "直播顺利，收到简历 1 份。"}
            ).status_code
            == 302
        )
        assert client.post(f"/reports/events/live/{session.pk}/", {"summary": "again"}).status_code == 200
    report = EventReport.objects.get()
    assert report.on_time and report.due_on == dt.date(2025, 10, 11) and report.figures["applications"] == 1
    assert AuditEntry.objects.filter(action="reports.event_report.filed", object_id=str(report.pk)).exists()


def test_overdue_reports_are_listed_for_the_region_and_the_host(world):
    on_time = offline(world, "visit", world.suzhou, sh("2025-10-14 09:00"))
    late = offline(world, "campus", world.nanjing, sh("2025-10-09 14:00"), university=world.university)
    elsewhere = offline(world, "visit", world.shanghai, sh("2025-10-09 09:00"))
    Registration.objects.create(
        event=late, student=graduate(world.university), status="confirmed", ticket_code="T1"
    )
    with time_machine.travel(sh("2025-10-15 09:00"), tick=False):
        page = client_for(world.department_staff).get("/reports/events/")
        overdue = [subject.obj for subject, _due in page.context["overdue"]]
        assert overdue == [late]  # due 14 Oct; the visit of 14 Oct is not yet due; Shanghai is not Jiangsu
        assert elsewhere not in overdue and on_time not in overdue
        university_page = client_for(world.university_staff).get("/reports/events/")
        assert [s.obj for s, _due in university_page.context["overdue"]] == [late]
        host = client_for(world.suzhou_recruiter).get("/reports/events/")
        assert [(s.obj, overdue) for s, _due, overdue in host.context["hosted"]] == [(on_time, False)]


def test_nobody_reports_on_someone_elses_event_or_one_not_over(world):
    session = live(world, world.nanjing, sh("2025-10-14 19:00"))
    upcoming = offline(world, "visit", world.suzhou, sh("2025-10-30 09:00"))
    with time_machine.travel(sh("2025-10-15 09:00"), tick=False):
        client = client_for(world.suzhou_recruiter)
        assert client.get(f"/reports/events/live/{session.pk}/").status_code == 403
        assert client.get(f"/reports/events/event/{upcoming.pk}/").status_code == 403
        assert client.get("/reports/events/live/999999/").status_code == 403
        assert client.get("/reports/events/other/1/").status_code == 404
        assert (
            client_for(world.department_staff).get(f"/reports/events/live/{session.pk}/").status_code == 403
        )


def test_an_event_ending_late_december_2026_has_a_provisional_2027_deadline_on_both_pages(world):
    event = offline(world, "visit", world.suzhou, sh("2026-12-30 09:00"))
    with time_machine.travel(sh("2026-12-31 09:00"), tick=False), translation.override("zh-hans"):
        client = client_for(world.suzhou_recruiter)
        page = client.get(f"/reports/events/event/{event.pk}/")
        listing = client.get("/reports/events/")
    assert page.status_code == 200 and listing.status_code == 200
    for response in (page, listing):
        text = response.content.decode()
        assert "2027-01-04" in text  # Thu 31 Dec, then Fri 1 and Mon 4 January on weekdays
        assert "暂定（2027年放假安排尚未公布）" in text
    official = offline(world, "visit", world.suzhou, sh("2025-09-30 09:00"))
    with time_machine.travel(sh("2025-10-02 09:00"), tick=False), translation.override("zh-hans"):
        text = (
            client_for(world.suzhou_recruiter).get(f"/reports/events/event/{official.pk}/").content.decode()
        )
    assert "2025-10-11" in text and "暂定" not in text


@pytest.mark.usefixtures("fresh_calendar")
def test_entering_the_2027_schedule_moves_a_provisional_deadline_and_tells_its_host(
    world, django_capture_on_commit_callbacks
):
    from notifications.models import Notification
    from workcalendar.tests.conftest import year_form

    world.suzhou_recruiter.email = "bob@example.cn"
    world.suzhou_recruiter.save(update_fields=["email"])
    event = offline(world, "visit", world.suzhou, sh("2026-12-30 09:00"))
    untouched = offline(world, "visit", world.suzhou, sh("2026-12-21 09:00"))  # due Thu 24 Dec either way
    with time_machine.travel(sh("2026-12-31 09:00"), tick=False):
        recruiter, admin = client_for(world.suzhou_recruiter), client_for(world.admin)
        assert "2027-01-04" in recruiter.get(f"/reports/events/event/{event.pk}/").content.decode()
        assert client_for(world.suzhou_recruiter).post("/working-calendar/", year_form()).status_code == 403
        with django_capture_on_commit_callbacks(execute=True):
            response = admin.post("/working-calendar/", year_form())
        assert response.status_code == 302
        page = recruiter.get(f"/reports/events/event/{event.pk}/").content.decode()
    # 1-3 January 2027 are off: Thu 31 Dec, Mon 4 and Tue 5 January, no longer provisional.
    assert "2027-01-05" in page and "暂定" not in page
    note = Notification.objects.get(user=world.suzhou_recruiter)
    assert event.title in note.title and "2027-01-05" in note.body and "2027-01-04" in note.body
    assert note.url == f"/reports/events/event/{event.pk}/"
    assert untouched.title not in note.title
    drain()  # the worker mails notifications
    assert [m.to for m in mail.outbox] == [["bob@example.cn"]]
    entry = AuditEntry.objects.get(action="workcalendar.year.entered")
    assert entry.after["recomputed"]["event_report_deadlines_moved"] == 1


@pytest.mark.usefixtures("fresh_calendar")
def test_a_report_filed_against_a_provisional_deadline_gets_the_official_one_without_a_notification(world):
    from notifications.models import Notification
    from workcalendar.tests.conftest import year_form

    event = offline(world, "visit", world.suzhou, sh("2026-12-30 09:00"))
    with time_machine.travel(sh("2026-12-31 09:00"), tick=False):
        recruiter = client_for(world.suzhou_recruiter)
        filed = recruiter.post(f"/reports/events/event/{event.pk}/", {"summary": "到场 40 人"})
        assert filed.status_code == 302
        report = EventReport.objects.get(event=event)
        assert report.due_on == dt.date(2027, 1, 4)
        assert client_for(world.admin).post("/working-calendar/", year_form()).status_code == 302
    report.refresh_from_db()
    assert report.due_on == dt.date(2027, 1, 5) and report.on_time
    assert not Notification.objects.filter(user=world.suzhou_recruiter).exists()
    entry = AuditEntry.objects.get(action="workcalendar.year.entered")
    assert entry.after["recomputed"]["filed_event_reports_corrected"] == 1
