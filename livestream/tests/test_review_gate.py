"""五(二): only reviewed, published postings reach students — in the room, on the poster, on the
job page — and a posting that leaves publication leaves a live room at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from channels.db import database_sync_to_async
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from jobs import services as jobs
from jobs.models import JobPosting
from livestream.models import PinnedCard
from livestream.tests.conftest import LiveWorld, Socket
from review.services import report_posting
from tests.factories import make_job, make_student

DISCRIMINATORY = "销售代表（限男性，35岁以下）"


def unpublished_jobs(world: LiveWorld) -> list[JobPosting]:
    """A pending, a rejected, a sent-back and an out-of-date posting, all featured in the session."""
    company = world.session.company
    pending = make_job(company, DISCRIMINATORY, publish=False, status=JobPosting.Status.PENDING)
    rejected = make_job(company, "被驳回的岗位", publish=False, status=JobPosting.Status.REJECTED)
    changes = make_job(company, "需修改的岗位", publish=False, status=JobPosting.Status.CHANGES)
    past = make_job(company, "已过截止日期的岗位", expires_on=timezone.localdate() - dt.timedelta(days=1))
    world.session.jobs.add(pending, rejected, changes, past)
    return [pending, rejected, changes, past]


@pytest.mark.django_db
def test_students_see_only_published_jobs_in_the_room_and_the_host_sees_the_rest_marked(client, live_world):
    hidden = unpublished_jobs(live_world)
    for viewer in (None, live_world.student):
        if viewer:
            client.force_login(viewer)
        page = client.get(f"/live/{live_world.session.pk}/").content.decode()
        assert all(job.title in page for job in live_world.jobs)
        assert not any(job.title in page for job in hidden)
    client.force_login(live_world.host)
    console = client.get(f"/live/{live_world.session.pk}/host/").content.decode()
    assert all(job.title in console for job in hidden)
    assert console.count("data-unpublished") == len(hidden)
    assert all(f'data-pin="{job.pk}"' not in console for job in hidden)
    assert all(f'data-pin="{job.pk}"' in console for job in live_world.jobs)


@pytest.mark.django_db
def test_an_ended_sessions_archive_lists_only_published_jobs(client, live_world):
    hidden = unpublished_jobs(live_world)
    live_world.session.state = "ended"
    live_world.session.save()
    page = client.get(f"/live/{live_world.session.pk}/").content.decode()
    assert live_world.jobs[0].title in page and not any(job.title in page for job in hidden)


@pytest.mark.django_db
def test_the_session_poster_prints_only_published_jobs(client, live_world):
    hidden = unpublished_jobs(live_world)
    client.force_login(live_world.host)
    waiting = client.get(f"/live/{live_world.session.pk}/poster.png")  # the text goes to review first
    assert waiting.status_code == 202
    text = waiting.context["material"].text
    assert live_world.jobs[0].title in text and not any(job.title in text for job in hidden)


@pytest.mark.django_db
def test_the_link_to_an_unpublished_job_shows_a_clear_page_that_says_nothing_of_it(client, live_world):
    (pending, *_rest) = unpublished_jobs(live_world)
    client.force_login(live_world.student)
    for response in (
        client.get(f"/jobs/{pending.pk}/"),
        client.post(f"/jobs/{pending.pk}/apply/"),
        client.get("/jobs/99999999/"),
        client.get(f"/jobs/{10**30}/"),
        client.post(f"/jobs/{10**30}/apply/"),
    ):
        page = response.content.decode()
        assert response.status_code == 404
        assert "data-job-unavailable" in page and "职位未开放" in page
        assert DISCRIMINATORY not in page and pending.description not in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/jobs/", "/jobs/?q=销售", "/", "/companies/{company}/", "/jobs/{job}/report/"]
)
def test_no_other_student_page_shows_an_unpublished_job(client, live_world, url):
    """A guard for pages that already asked ``public_jobs``: they must keep doing so."""
    (pending, *_rest) = unpublished_jobs(live_world)
    client.force_login(live_world.student)
    page = client.get(url.format(company=pending.company_id, job=pending.pk)).content.decode()
    assert DISCRIMINATORY not in page


# --- leaving publication while featured in a live room ---------------------------------------


def close_through_the_console(world: LiveWorld, job: JobPosting) -> None:
    client = Client()
    client.force_login(world.host)
    assert client.post(f"/recruit/jobs/{job.pk}/close/").status_code == 302


def edit_back_to_review(world: LiveWorld, job: JobPosting) -> None:
    job.description = "岗位职责有变化，需要重新审核。"
    jobs.save_job(job, list(job.fields.all()), by=world.host)


def hide_by_reports(world: LiveWorld, job: JobPosting) -> None:
    for n in range(3):  # students whose phones were proven by SMS code (only they can hide a posting)
        reporter = make_student(f"reporter{n}")
        reporter.phone, reporter.phone_verified_at = f"1370000000{n}", timezone.now()
        reporter.save()
        report_posting(reporter, job, reason="discrimination")


def expire_overnight(world: LiveWorld, job: JobPosting) -> None:
    JobPosting.objects.filter(pk=job.pk).update(expires_on=timezone.localdate() - dt.timedelta(days=1))
    call_command("expire_jobs")


WITHDRAWALS: dict[str, Callable[[LiveWorld, JobPosting], None]] = {
    "closed": close_through_the_console,
    "back to review": edit_back_to_review,
    "hidden by reports": hide_by_reports,
    "expired": expire_overnight,
}


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("withdrawal", WITHDRAWALS.values(), ids=WITHDRAWALS.keys())
async def test_a_posting_that_leaves_publication_leaves_a_live_room_at_once(live_world, withdrawal, settings):
    settings.LIVE_ROOM_SNAPSHOT_SECONDS = 0  # the latecomer's snapshot is built afresh
    job = live_world.jobs[1]
    host, student = (
        Socket(live_world.session.pk, live_world.host),
        Socket(live_world.session.pk, live_world.student),
    )
    await host.connect()
    await student.connect()
    assert (await host.send(type="card.pin", job_id=job.pk, ref="pin"))["type"] == "ack"
    assert (await student.receive_type("card"))["card"]["job_id"] == job.pk

    await database_sync_to_async(withdrawal)(live_world, job)

    assert (await student.receive_type("card"))["card"] is None
    assert (await student.receive_type("job.withdrawn"))["job_id"] == job.pk
    assert (await host.receive_type("job.withdrawn"))["job_id"] == job.pk
    card = await PinnedCard.objects.aget(session=live_world.session, job=job)
    assert card.unpinned_at is not None
    latecomer = Socket(live_world.session.pk, live_world.student)
    assert (await latecomer.connect())["card"] is None
    pinned_again = await host.send(type="card.pin", job_id=job.pk, ref="again")
    assert pinned_again["code"] == "invalid"
    for socket in (host, student, latecomer):
        await socket.close()


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_withdrawing_a_job_that_is_not_on_screen_still_drops_it_from_the_list(live_world, settings):
    settings.LIVE_ROOM_SNAPSHOT_SECONDS = 0  # the latecomer's snapshot is built afresh
    pinned, other = live_world.jobs
    host, viewer = Socket(live_world.session.pk, live_world.host), Socket(live_world.session.pk)
    await host.connect()
    await viewer.connect()
    await host.send(type="card.pin", job_id=pinned.pk, ref="pin")
    await database_sync_to_async(close_through_the_console)(live_world, other)
    assert (await viewer.receive_type("job.withdrawn"))["job_id"] == other.pk
    latecomer = Socket(live_world.session.pk)
    assert (await latecomer.connect())["card"]["job_id"] == pinned.pk  # the card on screen stays
    assert await PinnedCard.objects.filter(job=pinned, unpinned_at__isnull=True).aexists()
    for socket in (host, viewer, latecomer):
        await socket.close()


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_snapshot_never_shows_a_card_whose_job_students_may_no_longer_see(live_world, settings):
    """Past its closing date before the nightly ``expire_jobs`` ran: the card is still pinned in
    the database, but a socket that connects now gets no card."""
    settings.LIVE_ROOM_SNAPSHOT_SECONDS = 0  # build the newcomer's snapshot afresh
    job = live_world.jobs[0]
    host = Socket(live_world.session.pk, live_world.host)
    await host.connect()
    assert (await host.send(type="card.pin", job_id=job.pk, ref="pin"))["type"] == "ack"
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    await JobPosting.objects.filter(pk=job.pk).aupdate(expires_on=yesterday)
    newcomer = Socket(live_world.session.pk, live_world.student)
    assert (await newcomer.connect())["card"] is None
    for socket in (host, newcomer):
        await socket.close()
