"""Offers through the pages: made by the company's recruiter, answered by the student before the
deadline (else expired by the queued task), the 三方协议 recorded, 就业去向 for the university."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from background.testing import drain, failed
from jobs.models import Application
from notifications.models import Notification
from offers.models import Offer

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def local(when: dt.datetime) -> str:
    return timezone.localtime(when).strftime("%Y-%m-%dT%H:%M")


def make_offer(world, *, hours: int = 48, **extra):
    deadline = timezone.now() + dt.timedelta(hours=hours)
    data = {"reply_by": local(deadline), "salary": "9000", "starts_on": "2027-07-01", "terms": "七月入职"}
    data.update(extra)
    return client_for(world.recruiter).post(f"/recruit/applications/{world.application.pk}/offer/", data)


def test_an_offer_accepted_hires_and_the_university_sees_the_destination(world):
    response = make_offer(world)
    assert response.status_code == 302
    world.application.refresh_from_db()
    assert world.application.status == Application.Status.OFFER
    note = Notification.objects.get(user=world.student, kind="offers.made")
    assert world.job.title in note.title and note.url == f"/me/applications/{world.application.pk}/offer/"

    student = client_for(world.student)
    page = student.get(note.url)
    assert page.status_code == 200
    assert "9000" in page.text and "七月入职" in page.text and 'value="accept"' in page.text
    assert student.post(note.url, {"decision": "accept"}).status_code == 302
    world.application.refresh_from_db()
    assert world.application.status == Application.Status.HIRED
    assert list(world.application.events.values_list("status", flat=True))[-2:] == ["offer", "hired"]
    assert Notification.objects.filter(user=world.recruiter, kind="offers.accepted").exists()
    assert "三方协议" in student.get(note.url).text  # the form to record the signed agreement

    # The career office of the student's university sees the destination, and records the agreement.
    staff = client_for(world.staff)
    page = staff.get("/university/destinations/")
    assert page.status_code == 200
    assert "王小丽" in page.text and world.company.name in page.text and world.job.title in page.text
    assert page.context["accepted"] == 1 and page.context["signed"] == 0
    today = timezone.localdate().isoformat()
    assert (
        staff.post(f"/applications/{world.application.pk}/agreement/", {"signed_on": today}).status_code
        == 302
    )
    page = staff.get("/university/destinations/")
    assert page.context["signed"] == 1 and today in page.text

    # Another university's office sees none of it and cannot record anything.
    other = client_for(world.other_staff)
    assert "王小丽" not in other.get("/university/destinations/").text
    assert (
        other.post(f"/applications/{world.application.pk}/agreement/", {"signed_on": today}).status_code
        == 404
    )


def test_the_student_records_the_agreement_but_not_before_accepting_or_in_the_future(world):
    make_offer(world)
    student = client_for(world.student)
    url = f"/applications/{world.application.pk}/agreement/"
    student.post(url, {"signed_on": timezone.localdate().isoformat()})
    assert Offer.objects.get().agreement_signed_on is None  # not accepted yet
    student.post(f"/me/applications/{world.application.pk}/offer/", {"decision": "accept"})
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    page = student.post(url, {"signed_on": tomorrow}, follow=True)
    assert "cannot be in the future" in page.text or "不能晚于今天" in page.text
    assert Offer.objects.get().agreement_signed_on is None
    student.post(url, {"signed_on": timezone.localdate().isoformat()})
    assert Offer.objects.get().agreement_signed_on == timezone.localdate()
    # Another student's application does not exist for them.
    assert client_for(world.other_student).post(url, {"signed_on": "2026-01-01"}).status_code == 404


def test_declining_leaves_the_company_free_to_offer_again(world):
    make_offer(world)
    student = client_for(world.student)
    student.post(f"/me/applications/{world.application.pk}/offer/", {"decision": "decline"})
    assert Offer.objects.get().status == Offer.Status.DECLINED
    assert Notification.objects.filter(user=world.recruiter, kind="offers.declined").exists()
    world.application.refresh_from_db()
    assert world.application.status == Application.Status.OFFER
    assert make_offer(world).status_code == 302
    assert Offer.objects.filter(status=Offer.Status.PENDING).count() == 1
    # A second offer while one waits is refused.
    response = make_offer(world)
    assert response.status_code == 409
    assert Offer.objects.count() == 2


def test_another_company_cannot_see_or_make_an_offer_and_students_cannot_make_one(world):
    url = f"/recruit/applications/{world.application.pk}/offer/"
    data = {"reply_by": local(timezone.now() + dt.timedelta(days=2))}
    assert client_for(world.other_recruiter).get(url).status_code == 404
    assert client_for(world.other_recruiter).post(url, data).status_code == 404
    assert client_for(world.student).post(url, data).status_code == 403
    assert not Offer.objects.exists()
    # Nor answer another student's offer.
    make_offer(world)
    other = client_for(world.other_student)
    assert (
        other.post(f"/me/applications/{world.application.pk}/offer/", {"decision": "accept"}).status_code
        == 404
    )
    assert Offer.objects.get().status == Offer.Status.PENDING


@pytest.mark.parametrize(
    "extra, field",
    [
        ({"reply_by": "yesterday"}, "reply_by"),
        ({"reply_by": "2020-01-01T10:00"}, "reply_by"),  # past
        ({"salary": "-5"}, "salary"),
        ({"salary": str(10**30)}, "salary"),
        ({"terms": "长" * 1001}, "terms"),
        ({"starts_on": "2027-02-30"}, "starts_on"),
    ],
)
def test_hostile_offers_are_refused_with_the_form_shown_again(world, extra, field):
    response = make_offer(world, **extra)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Offer.objects.exists()


def test_a_deadline_too_far_or_too_close_is_refused(world):
    assert make_offer(world, hours=24 * 61).status_code == 400
    assert make_offer(world, hours=0).status_code == 400
    assert not Offer.objects.exists()


def test_garbage_answers_are_a_400(world):
    make_offer(world)
    url = f"/me/applications/{world.application.pk}/offer/"
    assert client_for(world.student).post(url, {"decision": "maybe"}).status_code == 400
    assert Offer.objects.get().status == Offer.Status.PENDING


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_unanswered_offer_expires_at_its_deadline_by_the_queued_task(world):
    make_offer(world, hours=2)
    offer = Offer.objects.get()
    drain()
    assert Offer.objects.get().status == Offer.Status.PENDING  # the task waits for the deadline
    (queued,) = DBTaskResult.objects.filter(task_path="offers.tasks.expire_offer")
    assert queued.run_after == offer.reply_by and queued.args_kwargs["args"] == [offer.pk]
    # The deadline passes (moved back rather than the clock forward: the worker checks the
    # connection's age against the clock).
    past = timezone.now() - dt.timedelta(minutes=1)
    Offer.objects.filter(pk=offer.pk).update(reply_by=past)
    DBTaskResult.objects.filter(pk=queued.pk).update(run_after=past)
    assert drain() == 1
    assert not failed()
    assert Offer.objects.get().status == Offer.Status.EXPIRED
    assert Notification.objects.filter(user=world.recruiter, kind="offers.expired").count() == 1
    # Running the check again (a worker that crashed after it) changes nothing.
    from offers.tasks import expire_offer

    expire_offer.enqueue(offer.pk)
    assert drain() == 1
    assert Notification.objects.filter(user=world.recruiter, kind="offers.expired").count() == 1
    page = client_for(world.student).post(
        f"/me/applications/{world.application.pk}/offer/", {"decision": "accept"}
    )
    assert page.status_code == 409
    assert "expired" in page.text or "过期" in page.text
    world.application.refresh_from_db()
    assert world.application.status == Application.Status.OFFER


def test_a_passed_deadline_shows_as_expired_even_before_the_task_runs(world):
    make_offer(world, hours=2)
    offer = Offer.objects.get()
    with time_machine.travel(offer.reply_by + dt.timedelta(seconds=1), tick=False):
        page = client_for(world.student).get(f"/me/applications/{world.application.pk}/offer/")
        assert 'data-offer="expired"' in page.text and 'value="accept"' not in page.text
        # The company may make a new offer at once.
        assert make_offer(world).status_code == 302


def test_an_offer_cannot_be_made_on_a_rejected_application(world):
    Application.objects.filter(pk=world.application.pk).update(status=Application.Status.REJECTED)
    assert make_offer(world).status_code == 409
    assert not Offer.objects.exists()


def test_only_career_offices_see_destinations(world):
    assert client_for(world.student).get("/university/destinations/").status_code == 403
    assert client_for(world.recruiter).get("/university/destinations/").status_code == 403
    assert Client().get("/university/destinations/").status_code == 302


def test_offer_notices_are_in_the_recipients_language_not_the_actors(world):
    """The recruiter makes the offer browsing in English: the student, who chose nothing, reads it in
    Chinese (the default); a student who chose English gets English, and the recruiter who chose
    Chinese reads the student's English-browsing acceptance in Chinese."""
    from notifications.models import Preference

    recruiter = client_for(world.recruiter)
    recruiter.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    deadline = timezone.now() + dt.timedelta(hours=48)
    data = {"reply_by": local(deadline), "salary": "9000", "starts_on": "2027-07-01", "terms": "七月入职"}
    assert recruiter.post(f"/recruit/applications/{world.application.pk}/offer/", data).status_code == 302
    made = Notification.objects.get(user=world.student, kind="offers.made")
    assert made.title == f"您收到录用通知：{world.job.title}"
    assert "向您发出录用通知" in made.body

    Preference.objects.create(user=world.student, language="en")
    Preference.objects.create(user=world.recruiter, language="zh-hans")
    Notification.objects.filter(user=world.student).delete()
    Offer.objects.all().delete()
    chinese = client_for(world.recruiter)
    chinese.defaults["HTTP_ACCEPT_LANGUAGE"] = "zh-hans"
    assert chinese.post(f"/recruit/applications/{world.application.pk}/offer/", data).status_code == 302
    made = Notification.objects.get(user=world.student, kind="offers.made")
    assert made.title == f"You have an offer: {world.job.title}"
    assert "offers you the position" in made.body

    student = client_for(world.student)
    student.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    student.post(f"/me/applications/{world.application.pk}/offer/", {"decision": "accept"})
    accepted = Notification.objects.get(user=world.recruiter, kind="offers.accepted")
    assert accepted.title.endswith("接受了录用通知")
