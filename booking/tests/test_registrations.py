"""Registering, the waiting list, cancelling, suspension for no-shows, reminders."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from background.testing import drain
from booking.models import BookingRules, Event, Registration
from booking.services import checkin, registrations, reminders
from booking.tests.conftest import at, students, visit
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def test_a_student_registers_in_one_tap_and_gets_a_ticket(client, world):
    event = visit(world)
    client.force_login(world.student)
    response = client.post(f"/events/{event.pk}/register/")
    registration = Registration.objects.get()
    assert response["Location"] == f"/me/tickets/{registration.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert registration.ticket_code in page and f"/me/tickets/{registration.pk}/qr.svg" in page
    event.refresh_from_db()
    assert (registration.status, event.taken) == ("confirmed", 1)


def test_registering_twice_keeps_one_registration(client, world):
    event = visit(world)
    client.force_login(world.student)
    client.post(f"/events/{event.pk}/register/")
    client.post(f"/events/{event.pk}/register/")
    assert Registration.objects.count() == 1
    event.refresh_from_db()
    assert event.taken == 1


def test_when_full_the_page_offers_the_waiting_list_and_nothing_is_lost(client, world):
    event = visit(world, capacity=1)
    first, second = students(2)
    registrations.register(first, event.pk)
    client.force_login(second)
    response = client.post(f"/events/{event.pk}/register/", follow=True)
    page = response.content.decode()
    assert "名额已满" in page and "加入候补" in page
    assert not Registration.objects.filter(student=second).exists()
    client.post(f"/events/{event.pk}/register/", {"waitlist": "1"})
    assert Registration.objects.get(student=second).status == "waitlisted"
    assert Registration.objects.get(student=first).status == "confirmed"


def test_a_cancellation_promotes_the_first_on_the_waiting_list_and_tells_them(
    world, django_capture_on_commit_callbacks
):
    event = visit(world, capacity=1)
    holder, early, late = students(3)
    held = registrations.register(holder, event.pk).registration
    registrations.register(early, event.pk, join_waitlist=True)
    registrations.register(late, event.pk, join_waitlist=True)
    with django_capture_on_commit_callbacks(execute=True):
        registrations.cancel(holder, held.pk)
    statuses = dict(Registration.objects.values_list("student__username", "status"))
    assert statuses == {"s0": "cancelled", "s1": "confirmed", "s2": "waitlisted"}
    event.refresh_from_db()
    assert event.taken == 1
    assert Notification.objects.filter(user=early, title__contains="候补成功").exists()
    drain()  # the worker mails notifications
    assert [m.to for m in mail.outbox] == [["s1@example.cn"]]


def test_cancelling_after_the_deadline_is_refused_and_keeps_the_place(client, world, frozen):
    event = visit(world)
    registration = registrations.register(world.student, event.pk).registration
    frozen.move_to(event.starts_at - dt.timedelta(hours=23))
    client.force_login(world.student)
    response = client.post(f"/me/tickets/{registration.pk}/cancel/", follow=True)
    assert "取消已于" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_the_universitys_cancellation_rule_applies(world, frozen):
    from booking.services.events import EventDraft, create_fair

    BookingRules.objects.create(university=world.university, cancel_hours_before=72)
    start = at("2026-03-12", 9)
    fair = create_fair(
        world.staff,
        EventDraft("春季专场", start, start + dt.timedelta(hours=6), 100, venue=world.venue, booth_count=10),
    )
    registration = registrations.register(world.student, fair.pk).registration
    frozen.move_to(start - dt.timedelta(hours=71))
    with pytest.raises(registrations.DomainError):
        registrations.cancel(world.student, registration.pk)


def test_registration_after_the_start_is_refused(world, frozen):
    event = visit(world)
    frozen.move_to(event.starts_at + dt.timedelta(minutes=1))
    with pytest.raises(registrations.DomainError, match="已开始"):
        registrations.register(world.student, event.pk)


def test_only_students_register(client, world):
    event = visit(world)
    client.force_login(world.recruiter)
    response = client.post(f"/events/{event.pk}/register/", follow=True)
    assert "只有学生和毕业生可以报名" in response.content.decode()


def test_repeated_no_shows_suspend_a_student_under_the_university_rules(world, frozen):
    from booking.services.events import EventDraft, create_fair

    BookingRules.objects.create(university=world.university, no_show_limit=2, suspension_days=30)
    fairs = []
    for day in ("2026-03-05", "2026-03-06", "2026-03-07", "2026-03-20"):
        start = at(day, 9)
        fairs.append(
            create_fair(
                world.staff,
                EventDraft(
                    f"专场 {day}", start, start + dt.timedelta(hours=2), 50, venue=world.venue, booth_count=5
                ),
            )
        )
    for fair in fairs[:3]:
        registrations.register(world.student, fair.pk)
    frozen.move_to(at("2026-03-08", 9))
    assert checkin.mark_no_shows() == 3
    with pytest.raises(registrations.NotAllowed, match="2026-04-06"):
        registrations.register(world.student, fairs[3].pk)
    # The suspension is that university's: a company's visit (default rules: 3 no-shows) still
    # takes the student, since none of the three was the company's.
    assert registrations.register(world.student, visit(world).pk).status == "confirmed"


def test_the_day_before_everyone_confirmed_is_reminded_once(
    world, frozen, django_capture_on_commit_callbacks
):
    event = visit(world)
    registrations.register(world.student, event.pk)
    frozen.move_to(at("2026-03-09", 10))
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders() == 1
        assert reminders.send_reminders() == 0
    assert Notification.objects.filter(user=world.student, title__startswith="明天").count() == 1


def test_the_visit_list_puts_specialised_companies_first(client, world):
    from booking.services.events import EventDraft, publish_visit
    from tests.factories import make_company, make_recruiter

    visit(world, start=at("2026-03-09", 14))
    little_giant = make_company("专精特新精工有限公司", specialised=True)
    start = at("2026-03-20", 9)
    publish_visit(
        make_recruiter(little_giant, "lg"),
        EventDraft("精工开放日", start, start + dt.timedelta(hours=2), 10, address="园区"),
    )
    page = client.get("/events/?kind=visit").content.decode()
    assert page.index("精工开放日") < page.index("走进灵思智能")


def test_a_cancelled_event_is_not_open(world):
    event = visit(world)
    Event.objects.filter(pk=event.pk).update(status=Event.Status.CANCELLED)
    with pytest.raises(registrations.DomainError, match="未开放报名"):
        registrations.register(world.student, event.pk)


def test_two_taps_at_once_register_once_and_take_one_place(world, monkeypatch):
    event = visit(world)
    assert registrations.register(world.student, event.pk).status == "confirmed"
    real_check, calls = registrations.registrations_that_matter, []

    def read_before_the_first_tap_landed(*args):
        calls.append(args)
        return (None, []) if len(calls) == 1 else real_check(*args)

    monkeypatch.setattr(registrations, "registrations_that_matter", read_before_the_first_tap_landed)
    assert registrations.register(world.student, event.pk).status == "already"
    event.refresh_from_db()
    assert event.taken == 1
    assert Registration.objects.filter(event=event, student=world.student).count() == 1


@pytest.mark.parametrize("pk", [0, 99999, 2**63, 10**30])
def test_registering_for_an_event_that_does_not_exist_says_so(world, pk):
    with pytest.raises(registrations.DomainError, match="没有这场活动"):
        registrations.register(world.student, pk)


def test_reminders_are_in_each_students_language_not_the_senders(
    world, frozen, django_capture_on_commit_callbacks
):
    """The reminder job may run with any language active; the student reads it in theirs."""
    from django.utils import translation

    from notifications.models import Preference
    from tests.factories import make_student

    english = make_student("emma")
    Preference.objects.create(user=english, language="en")
    event = visit(world)
    registrations.register(world.student, event.pk)
    registrations.register(english, event.pk)
    frozen.move_to(at("2026-03-09", 10))
    with django_capture_on_commit_callbacks(execute=True), translation.override("en"):
        assert reminders.send_reminders() == 2
    chinese_note = Notification.objects.get(user=world.student, kind="booking.reminder")
    english_note = Notification.objects.get(user=english, kind="booking.reminder")
    assert chinese_note.title.startswith("明天") and "请携带电子票" in chinese_note.body
    assert english_note.title.startswith("Tomorrow: ") and "Bring your ticket." in english_note.body
