import pytest
from django.urls import reverse
from django.utils import translation

from events_server.errors import Conflict, DomainError, NotAllowed
from jobs import services
from jobs.models import Application
from tests.factories import make_company, make_job, make_recruiter, make_student


@pytest.fixture
def job(db):
    return make_job(make_company())


def test_a_student_applies_once_and_a_second_attempt_shows_the_first(job):
    alice = make_student()
    first = services.apply(alice, job, source=Application.Source.LIVE, source_ref="42")
    second = services.apply(alice, job)
    assert first.created and not second.created
    assert second.application.pk == first.application.pk
    assert Application.objects.get().source == "live"
    assert Application.objects.get().source_ref == "42"


def test_applying_needs_a_profile_and_a_published_job(job):
    with pytest.raises(DomainError):
        services.apply(make_student("nopro", profile=False), job)
    draft = make_job(job.company, "未发布岗位", publish=False)
    with pytest.raises(DomainError):
        services.apply(make_student("carol"), draft)


def test_recruiters_cannot_apply(job):
    with pytest.raises(NotAllowed):
        services.apply(make_recruiter(job.company), job)


def test_the_apply_button_sends_a_new_student_to_the_profile_and_back(client, job):
    student = make_student("dave", profile=False)
    client.force_login(student)
    response = client.post(reverse("jobs:apply", args=[job.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:profile"))
    assert f"next=%2Fjobs%2F{job.pk}%2F" in response["Location"]


def test_applying_twice_through_the_page_keeps_one_application(client, job):
    client.force_login(make_student())
    client.post(reverse("jobs:apply", args=[job.pk]))
    response = client.post(reverse("jobs:apply", args=[job.pk]), follow=True)
    assert Application.objects.count() == 1
    assert "已经投递" in response.content.decode() or "already applied" in response.content.decode()


def test_status_moves_forward_and_the_student_sees_the_history(client, job):
    bob = make_recruiter(job.company)
    alice = make_student()
    application = services.apply(alice, job).application
    for status in ["viewed", "interview"]:
        services.change_application_status(application, status, by=bob)
    for status in ["offer", "hired"]:  # the offers flow's steps (an offer made, then accepted)
        services.move_application(application, status, actor=bob)
    with pytest.raises(Conflict):
        services.change_application_status(application, "rejected", by=bob)
    client.force_login(alice)
    page = client.get(reverse("jobs:my_applications")).content.decode()
    assert job.title in page
    assert page.count("<li>") >= 5


def test_opening_an_application_marks_it_viewed(client, job):
    bob = make_recruiter(job.company)
    application = services.apply(make_student(), job).application
    client.force_login(bob)
    response = client.get(reverse("jobs:recruit_application", args=[application.pk]))
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == "viewed"


def test_a_recruiter_of_another_company_gets_404(client, job):
    application = services.apply(make_student(), job).application
    other = make_recruiter(make_company("别家公司"), username="mallory")
    client.force_login(other)
    assert client.get(reverse("jobs:recruit_job_edit", args=[job.pk])).status_code == 404
    assert client.get(reverse("jobs:recruit_application", args=[application.pk])).status_code == 404
    assert client.post(reverse("jobs:recruit_job_close", args=[job.pk])).status_code == 404


def test_students_cannot_open_the_recruiter_console(client, job):
    client.force_login(make_student())
    assert client.get(reverse("jobs:recruit_dashboard")).status_code == 403


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_racing_taps_on_apply_create_one_application():
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection

    job = make_job(make_company())
    alice = make_student()

    def tap(_):
        try:
            return services.apply(alice, job).created
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(tap, range(16)))
    assert results.count(True) == 1
    assert Application.objects.filter(job=job, student=alice).count() == 1


def test_a_recruiter_cannot_set_offer_or_hired_without_an_offer(client, job):
    """Offer and hired come only with an Offer record (the offers flow): the status form does not list
    them, a forged post changes nothing, and the service refuses them with a clear error."""
    bob = make_recruiter(job.company)
    application = services.apply(make_student(), job).application
    services.change_application_status(application, "interview", by=bob)
    client.force_login(bob)
    page = client.get(reverse("jobs:recruit_application", args=[application.pk])).content.decode()
    assert 'value="rejected"' in page
    assert 'value="offer"' not in page and 'value="hired"' not in page
    for status in ["offer", "hired"]:
        response = client.post(
            reverse("jobs:recruit_application_status", args=[application.pk]), {"status": status}, follow=True
        )
        assert response.status_code == 200
        application.refresh_from_db()
        assert application.status == Application.Status.INTERVIEW
        with pytest.raises(Conflict, match="Offer page"), translation.override("en"):
            services.change_application_status(application, status, by=bob)
        application.refresh_from_db()
        assert application.status == Application.Status.INTERVIEW
    assert not application.events.filter(status__in=["offer", "hired"]).exists()
