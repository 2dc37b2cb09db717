"""Special fairs: numbered booths, one per company, approved by the organiser; the fair page lists
the companies and their jobs."""

from __future__ import annotations

import datetime as dt

import pytest

from booking.models import BoothApplication
from booking.services.events import EventDraft, create_fair
from booking.tests.conftest import at
from tests.factories import make_company, make_job, make_recruiter

pytestmark = pytest.mark.django_db


@pytest.fixture
def fair(world):
    start = at("2026-03-20", 9)
    draft = EventDraft(
        "2026 春季中小企业专场招聘会",
        start,
        start + dt.timedelta(hours=6),
        100,
        venue=world.venue,
        booth_count=3,
    )
    return create_fair(world.staff, draft)


def test_a_company_applies_once_and_the_organiser_numbers_its_booth(client, world, fair):
    make_job(world.company, "嵌入式工程师")
    client.force_login(world.recruiter)
    client.post(f"/events/{fair.pk}/booth/", {"note": "展示智能质检产品"})
    page = client.post(f"/events/{fair.pk}/booth/", {"note": "again"}, follow=True).content.decode()
    assert "每家企业限一个" in page
    assert BoothApplication.objects.count() == 1
    client.force_login(world.staff)
    application = BoothApplication.objects.get()
    client.post(
        f"/events/{fair.pk}/booths/", {"application": application.pk, "decision": "approve", "number": ""}
    )
    application.refresh_from_db()
    assert (application.status, application.booth_number) == ("approved", 1)
    page = client.get(f"/events/{fair.pk}/").content.decode()
    assert "1 号展位" in page and world.company.name in page and "嵌入式工程师" in page


def test_a_booth_number_cannot_be_given_twice_or_outside_the_plan(client, world, fair):
    first = BoothApplication.objects.create(fair=fair, company=world.company)
    second = BoothApplication.objects.create(fair=fair, company=make_company("别家科技有限公司"))
    client.force_login(world.staff)
    client.post(f"/events/{fair.pk}/booths/", {"application": first.pk, "decision": "approve", "number": "2"})
    page = client.post(
        f"/events/{fair.pk}/booths/",
        {"application": second.pk, "decision": "approve", "number": "2"},
        follow=True,
    ).content.decode()
    assert "2 号展位已被占用" in page
    page = client.post(
        f"/events/{fair.pk}/booths/",
        {"application": second.pk, "decision": "approve", "number": "9"},
        follow=True,
    ).content.decode()
    assert "1 到 3 之间" in page
    second.refresh_from_db()
    assert second.status == "pending"


def test_rejecting_a_booth_needs_a_reason(client, world, fair):
    application = BoothApplication.objects.create(fair=fair, company=world.company)
    client.force_login(world.staff)
    page = client.post(
        f"/events/{fair.pk}/booths/",
        {"application": application.pk, "decision": "reject", "reason": ""},
        follow=True,
    ).content.decode()
    assert "请填写驳回理由" in page


def test_a_fair_cannot_double_book_its_venue(world, fair):
    start = at("2026-03-20", 14)
    with pytest.raises(Exception, match="已被预订"):
        create_fair(
            world.staff,
            EventDraft("下午场", start, start + dt.timedelta(hours=2), 50, venue=world.venue, booth_count=2),
        )


def test_other_organisations_cannot_decide_booths(client, world, fair):
    application = BoothApplication.objects.create(fair=fair, company=world.company)
    client.force_login(make_recruiter(make_company("别家科技有限公司"), "carol"))
    assert (
        client.post(
            f"/events/{fair.pk}/booths/", {"application": application.pk, "decision": "approve"}
        ).status_code
        == 403
    )
    application.refresh_from_db()
    assert application.status == "pending"


def test_a_company_at_the_fair_prints_a_poster_whose_scans_and_registrations_count_for_it(
    client, world, fair
):
    import io

    from PIL import Image

    from qr.models import LinkDailyCount, ShortLink
    from qr.tests.decoding import assert_decodes_to
    from review.models import Material
    from tests.factories import make_student

    BoothApplication.objects.create(fair=fair, company=world.company, status="approved", booth_number=1)
    client.force_login(world.recruiter)
    assert client.get(f"/events/{fair.pk}/poster.png").status_code == 202  # its text goes to review first
    Material.objects.update(status=Material.Status.APPROVED)
    response = client.get(f"/events/{fair.pk}/poster.png")
    assert response.status_code == 200
    link = ShortLink.objects.get(organisation=world.company, purpose=ShortLink.Purpose.EVENT)
    assert_decodes_to(Image.open(io.BytesIO(response.content)), f"http://testserver/q/{link.code}?via=poster")

    client.force_login(make_student("newcomer", profile=False))
    assert client.get(f"/q/{link.code}?via=poster")["Location"] == f"/events/{fair.pk}/"
    client.post(f"/events/{fair.pk}/register/")
    counts = dict(LinkDailyCount.objects.filter(link=link).values_list("metric", "count"))
    assert counts == {"scan.poster": 1, "booking": 1}


def test_companies_not_at_the_fair_get_no_poster(client, world, fair):
    client.force_login(make_recruiter(make_company("别家科技有限公司"), "carol"))
    assert client.get(f"/events/{fair.pk}/poster.pdf").status_code == 404
