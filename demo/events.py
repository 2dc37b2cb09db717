"""Demo bookings for `make run`: venues, a confirmed and a requested campus session, company
visits (one full, with a waiting list), a fair with booths, and the demo student's ticket."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from django.utils import timezone

from accounts.models import User
from booking.models import BoothApplication, Event, Registration, Venue
from booking.services.registrations import new_ticket_code
from campaigns.models import Campaign
from directory.models import Organisation


def at(days: int, hour: int, minute: int = 0) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=days)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def event(campaign: Campaign, title: str, **fields: object) -> Event:
    found, _created = Event.objects.update_or_create(campaign=campaign, title=title, defaults=fields)
    return found


def load_bookings(campaign: Campaign, university: Organisation, companies: list[Organisation]) -> None:
    hall, _ = Venue.objects.update_or_create(
        university=university,
        building="学生活动中心",
        name="报告厅",
        defaults={"capacity": 300, "equipment": "投影、音响、无线话筒"},
    )
    Venue.objects.update_or_create(
        university=university,
        building="就业指导中心",
        name="201 洽谈室",
        defaults={"capacity": 40, "equipment": "投影"},
    )
    common = {"campaign": campaign, "university": university, "venue": hall}
    event(
        campaign,
        f"{companies[0].name} 校园宣讲会",
        kind=Event.Kind.CAMPUS,
        status=Event.Status.APPROVED,
        organiser=companies[0],
        starts_at=at(7, 14),
        ends_at=at(7, 16),
        capacity=200,
        **strip(common),
    )
    event(
        campaign,
        f"{companies[1].name} 校园宣讲会",
        kind=Event.Kind.CAMPUS,
        status=Event.Status.REQUESTED,
        organiser=companies[1],
        starts_at=at(9, 9, 30),
        ends_at=at(9, 11),
        capacity=150,
        **strip(common),
    )
    fair = event(
        campaign,
        f"{university.name} 中小企业专场招聘会",
        kind=Event.Kind.FAIR,
        status=Event.Status.APPROVED,
        organiser=university,
        starts_at=at(12, 9),
        ends_at=at(12, 16),
        capacity=300,
        booth_count=40,
        **strip(common),
    )
    for number, company in enumerate(companies[:6], start=1):
        BoothApplication.objects.update_or_create(
            fair=fair,
            company=company,
            defaults={
                "status": BoothApplication.Status.APPROVED
                if number <= 4
                else BoothApplication.Status.PENDING,
                "booth_number": number if number <= 4 else None,
            },
        )
    load_visits(campaign, companies)


def strip(fields: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in fields.items() if k != "campaign"}


def load_visits(campaign: Campaign, companies: list[Organisation]) -> None:
    host = companies[4]
    Organisation.objects.filter(pk=host.pk).update(specialised=True)
    open_visit = event(
        campaign,
        f"走进{host.name}：专精特新工厂开放日",
        kind=Event.Kind.VISIT,
        status=Event.Status.APPROVED,
        organiser=host,
        address=f"{host.region.name if host.region else ''} 高新区创新路 88 号",
        starts_at=at(5, 14),
        ends_at=at(5, 16, 30),
        capacity=30,
    )
    full_visit = event(
        campaign,
        f"走进{companies[1].name}：研发中心参观",
        kind=Event.Kind.VISIT,
        status=Event.Status.APPROVED,
        organiser=companies[1],
        address="园区星湖街 328 号",
        starts_at=at(6, 10),
        ends_at=at(6, 11, 30),
        capacity=1,
    )
    student = User.objects.get(username="student")
    confirm(open_visit, student)
    taker, _ = User.objects.get_or_create(username="demo-student-2", defaults={"role": User.Role.STUDENT})
    confirm(full_visit, taker)


def confirm(event_: Event, student: User) -> None:
    if (
        Registration.objects.filter(event=event_, student=student)
        .exclude(status=Registration.Status.CANCELLED)
        .exists()
    ):
        return
    Registration.objects.create(
        event=event_,
        student=student,
        status=Registration.Status.CONFIRMED,
        ticket_code=new_ticket_code(),
        confirmed_at=timezone.now(),
    )
    Event.objects.filter(pk=event_.pk).update(
        taken=event_.registrations.filter(status=Registration.Status.CONFIRMED).count()
    )
