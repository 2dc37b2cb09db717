"""Demo reporting data for `make run`: idempotent and deterministic.

The demo campaign is 2025's, so this places activity in the last six reporting weeks that have
ended: the demo postings published during them (only those whose publication date lies outside
every phase are moved), graduates looking for work, ended live sessions with viewers,
applications moving to interview and offer, filed and unfiled weekly returns, contacts, and
event reports (one filed, one overdue) for the demo recruiter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.utils import timezone

from accounts.models import GraduateProfile, User
from campaigns.models import Campaign
from directory.models import Organisation
from jobs.models import Application, ApplicationEvent, JobPosting
from livestream.models import LiveSession
from reports.models import Contact, EventReport, WeeklyReturn
from reports.services import event_reports, returns
from reports.services.weeks import Week, reporting_weeks, start_of_day

Progress = Callable[[str], None]
DEMO_WEEKS = 6
GRADUATES = 24
MAJORS = [
    ("计算机科学与技术", "bachelor"),
    ("软件工程", "bachelor"),
    ("电子信息工程", "master"),
    ("微电子", "master"),
    ("机械工程", "bachelor"),
    ("药学", "bachelor"),
    ("新能源科学与工程", "junior_college"),
    ("自动化", "bachelor"),
]
REGIONS = ["310000", "320500", "440300", "330100", "510100", "420100"]


def demo_weeks(campaign: Campaign) -> list[Week]:
    """The last weeks that have ended, within one phase, oldest first."""
    weeks = reporting_weeks(campaign)
    if not weeks:
        return []
    phase = weeks[0].phase
    return list(reversed([w for w in weeks if w.phase == phase][:DEMO_WEEKS]))


def moment(week: Week, day: int, hour: int) -> dt.datetime:
    start = max(week.monday + dt.timedelta(days=day), week.phase.starts_on)
    end = min(week.sunday, week.phase.ends_on)
    return start_of_day(min(start, end)) + dt.timedelta(hours=hour)


def load_reports(campaign: Campaign, companies: list[Organisation], progress: Progress) -> None:
    weeks = demo_weeks(campaign)
    if not weeks:
        progress("reports skipped: no campaign week has ended yet")
        return
    place_postings(campaign, weeks)
    graduates = load_graduates()
    sessions = load_sessions(campaign, companies, weeks)
    load_applications(campaign, graduates, weeks)
    load_contacts(campaign)
    file_returns(campaign, weeks)
    file_event_report(sessions)
    progress(f"reports for the weeks {weeks[0].monday:%Y-%m-%d} to {weeks[-1].sunday:%Y-%m-%d}")


def place_postings(campaign: Campaign, weeks: list[Week]) -> None:
    phases = list(campaign.phases.all())
    jobs = list(JobPosting.objects.filter(campaign=campaign, published_at__isnull=False).order_by("pk"))
    moved = []
    for job in jobs:
        day = timezone.localdate(job.published_at)
        if any(p.starts_on <= day <= p.ends_on for p in phases):
            continue
        week = weeks[job.pk % len(weeks)]
        job.published_at = moment(week, job.pk % 5, 9 + job.pk % 8)
        moved.append(job)
    JobPosting.objects.bulk_update(moved, ["published_at"])


def load_graduates() -> list[User]:
    universities = list(Organisation.objects.filter(kind=Organisation.Kind.UNIVERSITY).order_by("pk"))
    users = []
    for n in range(GRADUATES):
        user, created = User.objects.get_or_create(
            username=f"demo-grad-{n + 1:02d}", defaults={"role": User.Role.STUDENT}
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        major, degree = MAJORS[n % len(MAJORS)]
        profile, _ = GraduateProfile.objects.update_or_create(
            user=user,
            defaults={
                "full_name": f"演示毕业生{n + 1}",
                "university": universities[0] if n % 3 else universities[n % len(universities)],
                "major": major,
                "degree": degree,
                "graduation_year": 2025,
                "phone": f"139{n:08d}",
                "seeking_employment": n % 7 != 6,
            },
        )
        profile.preferred_regions.set(
            [REGIONS[n % len(REGIONS)], *([REGIONS[(n + 1) % 6]] if n % 4 == 0 else [])]  # type: ignore[list-item]  # codes are the pks; django-stubs types pks as int
        )
        users.append(user)
    return users


def load_sessions(campaign: Campaign, companies: list[Organisation], weeks: list[Week]) -> list[LiveSession]:
    university = Organisation.objects.filter(kind=Organisation.Kind.UNIVERSITY).order_by("pk").first()
    sessions = []
    for n, week in enumerate(weeks):
        company = companies[0] if n >= len(weeks) - 2 else companies[(n * 5) % len(companies)]
        starts = moment(week, 2, 19)
        session, _ = LiveSession.objects.update_or_create(
            company=company,
            title=f"{company.name[:6]} 直播带岗回放（第{n + 1}场）",
            defaults={
                "campaign": campaign,
                "starts_at": starts,
                "ends_at": starts + dt.timedelta(hours=2),
                "went_live_at": starts,
                "ended_at": starts + dt.timedelta(hours=2),
                "state": LiveSession.State.ENDED,
                "co_host": university if n % 2 == 0 else None,
                "peak_viewers": 80 + 37 * n,
                "unique_viewers": 260 + 95 * n,
            },
        )
        sessions.append(session)
    return sessions


def load_applications(campaign: Campaign, graduates: list[User], weeks: list[Week]) -> None:
    jobs = list(
        JobPosting.objects.filter(campaign=campaign, status=JobPosting.Status.PUBLISHED).order_by("pk")
    )
    for n, user in enumerate(graduates):
        for k in range(3):
            job = jobs[(n * 7 + k * 13) % len(jobs)]
            week = weeks[(n + k) % len(weeks)]
            if Application.objects.filter(job=job, student=user).exists():
                continue
            at = moment(week, (n + k) % 7, 10 + k)
            app = Application.objects.create(
                campaign=campaign, job=job, student=user, profile=user.graduate_profile, source="zone"
            )
            steps = []
            if (n + k) % 3 == 0:
                steps.append((Application.Status.INTERVIEW, at + dt.timedelta(days=2)))
            if (n + k) % 6 == 0:
                steps.append((Application.Status.OFFER, at + dt.timedelta(days=4)))
            status = steps[-1][0] if steps else Application.Status.RECEIVED
            Application.objects.filter(pk=app.pk).update(created_at=at, status=status)
            for step_status, when in steps:
                step = ApplicationEvent.objects.create(application=app, status=step_status)
                ApplicationEvent.objects.filter(pk=step.pk).update(at=when)


def load_contacts(campaign: Campaign) -> None:
    for username, person, title, office, mobile in [
        ("reviewer", "周处长", "中小企业处处长", "021-23110000", "13800001111"),
        ("university", "陈老师", "就业指导中心主任", "021-64250000", "+86 139 0000 2222"),
        ("partner", "李经理", "政企合作部经理", "010-58880000", "13700003333"),
    ]:
        user = User.objects.filter(username=username).select_related("organisation").first()
        if user is None or user.organisation is None:
            continue
        Contact.objects.update_or_create(
            campaign=campaign,
            organisation=user.organisation,
            person=person,
            defaults={
                "unit_name": user.organisation.name,
                "title": title,
                "office_phone": office,
                "mobile": mobile,
                "email": f"{username}@example.cn",
                "updated_by": user,
            },
        )


def file_returns(campaign: Campaign, weeks: list[Week]) -> None:
    """Every demo unit filed the earlier weeks on time; for the last week only the university has."""
    for username in ("reviewer", "university", "partner"):
        user = User.objects.filter(username=username).select_related("organisation").first()
        if user is None:
            continue
        last = weeks[-1] if username == "university" else weeks[-2] if len(weeks) > 1 else None
        for week in weeks:
            if last is None or week.monday > last.monday:
                break
            if WeeklyReturn.objects.filter(
                campaign=campaign,
                organisation=user.organisation,
                week_start=week.monday,
                status=WeeklyReturn.Status.FILED,
            ).exists():
                continue
            late = username == "partner" and week == weeks[0]
            when = week.due_at + (dt.timedelta(hours=3) if late else -dt.timedelta(hours=2))
            returns.file_return(user, week, "演示数据" if not late else "演示数据：迟报", now=when)


def file_event_report(sessions: list[LiveSession]) -> None:
    """The demo recruiter's older session has its report; the latest one is left for the demo."""
    recruiter = User.objects.filter(username="recruiter").first()
    own = [s for s in sessions if recruiter and s.company_id == recruiter.organisation_id]
    if recruiter is None or len(own) < 2 or EventReport.objects.filter(live_session=own[0]).exists():
        return
    ended_at = own[0].ended_at
    if ended_at is None:  # load_sessions ends every session it makes
        raise ValueError(f"demo session {own[0].pk} has not ended")
    event_reports.file_report(
        recruiter,
        "live",
        own[0].pk,
        "直播顺利，观众提问踊跃，已安排面试。",
        now=ended_at + dt.timedelta(days=1),
    )
