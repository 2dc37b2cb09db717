"""Event reports: the host files one within three Chinese working days after each event ends.

Subjects are live sessions that ended and approved campus sessions, visits and fairs that are
over. The report is prefilled with what the platform counted (attendance, applications, Q&A) and
frozen when filed; the host adds a summary. Due dates come from the platform's working-day
calendar (``workcalendar``); in a year whose official schedule is not entered yet they are counted
on weekdays and shown as provisional, and ``recompute_after_year_entered`` moves them (and tells the
hosts whose deadline moved) when it is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.roles import is_platform_admin
from audit.services import record
from booking.models import BoothApplication, Event, Registration
from campaigns.models import Campaign
from directory.models import Organisation
from events_server.errors import Conflict, DomainError, NotAllowed
from jobs.models import Application
from livestream.models import LiveSession, Question
from notifications.services import notify_members
from reports.models import EventReport
from reports.services.scope import DEPARTMENT_KINDS, region_codes
from reports.services.weeks import SHANGHAI, event_report_deadline, local_date
from workcalendar.services.days import Calendar, WorkingDate

SUMMARY_MAX = 4000


class SubjectKind(StrEnum):
    """What a report is about; also the ``kind`` in its URL."""

    LIVE = "live"
    EVENT = "event"


KINDS = tuple(SubjectKind)


def due_on(ended_at: dt.datetime, calendar: Calendar | None = None) -> WorkingDate:
    return event_report_deadline(ended_at, calendar)


@dataclass
class Subject:
    kind: SubjectKind
    obj: LiveSession | Event
    host: Organisation
    ended_at: dt.datetime
    report: EventReport | None = None

    @property
    def title(self) -> str:
        return self.obj.title

    @property
    def kind_label(self) -> str:
        return _("Live session") if isinstance(self.obj, LiveSession) else self.obj.get_kind_display()

    @property
    def due(self) -> WorkingDate:
        return due_on(self.ended_at)

    def overdue(self, today: dt.date) -> bool:
        return self.report is None and today > self.due.day


def ended_sessions() -> Any:
    return LiveSession.objects.filter(state=LiveSession.State.ENDED)


def ended_events(now: dt.datetime) -> Any:
    return Event.objects.filter(status=Event.Status.APPROVED, ends_at__lte=now)


def _session_subject(session: LiveSession) -> Subject:
    report = getattr(session, "report", None)
    return Subject(SubjectKind.LIVE, session, session.company, session.ended_at or session.ends_at, report)


def _event_subject(event: Event) -> Subject:
    return Subject(SubjectKind.EVENT, event, event.organiser, event.ends_at, getattr(event, "report", None))


def subjects(campaign: Campaign, sessions: Any, events: Any) -> list[Subject]:
    """Subjects from two querysets, newest first, each with its report: two queries."""
    found = [
        _session_subject(s)
        for s in sessions.filter(campaign=campaign)
        .select_related("company", "report")
        .order_by("-ends_at")[:500]
    ]
    found += [
        _event_subject(e)
        for e in events.filter(campaign=campaign)
        .select_related("organiser", "report")
        .order_by("-ends_at")[:500]
    ]
    return sorted(found, key=lambda s: s.ended_at, reverse=True)


def hosted_by(user: User, campaign: Campaign, now: dt.datetime | None = None) -> list[Subject]:
    """The ended events ``user``'s organisation hosted."""
    org = user.organisation
    if org is None:
        return []
    now = now or timezone.now()
    return subjects(campaign, ended_sessions().filter(company=org), ended_events(now).filter(organiser=org))


def overseen_by(user: User, campaign: Campaign, now: dt.datetime | None = None) -> list[Subject]:
    """Ended events in ``user``'s remit: a department's region, a university's own, all for admins."""
    now = now or timezone.now()
    sessions, events = ended_sessions(), ended_events(now)
    if not is_platform_admin(user):
        org = user.organisation
        if org is None:
            return []
        if user.has_role(User.Role.REVIEWER) and org.kind in DEPARTMENT_KINDS:
            codes = region_codes(org.region)
            if codes is not None:
                sessions = sessions.filter(company__region_id__in=codes)
                events = events.filter(
                    Q(university__region_id__in=codes)
                    | Q(university__isnull=True, organiser__region_id__in=codes)
                )
        elif user.has_role(User.Role.UNIVERSITY_STAFF):
            sessions = sessions.filter(co_host=org)
            events = events.filter(Q(university=org) | Q(organiser=org))
        else:
            return []
    return subjects(campaign, sessions, events)


def access_subject(user: User, kind: str, pk: int, now: dt.datetime | None = None) -> Subject:
    """An ended event ``user``'s organisation hosted, or NotAllowed (same answer for missing ones)."""
    org = user.organisation
    now = now or timezone.now()
    if kind not in KINDS or org is None or not user.has_role(User.Role.RECRUITER, User.Role.UNIVERSITY_STAFF):
        raise NotAllowed(_("There is no event of yours to report on here."))
    if kind == SubjectKind.LIVE:
        session = ended_sessions().filter(pk=pk, company=org).select_related("company", "campaign").first()
        subject = _session_subject(session) if session else None
    else:
        event = ended_events(now).filter(pk=pk, organiser=org).select_related("organiser", "campaign").first()
        subject = _event_subject(event) if event else None
    if subject is None:
        raise NotAllowed(_("There is no ended event of yours to report on here."))
    subject.report = EventReport.objects.filter(
        **{"live_session" if kind == SubjectKind.LIVE else "event": subject.obj}
    ).first()
    return subject


def prefill(subject: Subject) -> dict[str, int]:
    """What the platform counted for the event, in a fixed number of queries."""
    if isinstance(subject.obj, LiveSession):  # subject.kind == SubjectKind.LIVE
        session = subject.obj
        questions = Question.objects.filter(session=session).aggregate(
            asked=Count("id"), answered=Count("id", filter=Q(state=Question.State.ANSWERED))
        )
        applications = Application.objects.filter(
            source=Application.Source.LIVE, source_ref=f"live:{session.pk}"
        ).count()
        return {
            "viewers_peak": session.peak_viewers,
            "viewers_unique": session.unique_viewers,
            "applications": applications,
            "questions": questions["asked"],
            "questions_answered": questions["answered"],
        }
    event = subject.obj
    counts = Registration.objects.filter(event=event).aggregate(
        registered=Count("id", filter=Q(status=Registration.Status.CONFIRMED)),
        checked_in=Count("id", filter=Q(checked_in_at__isnull=False)),
        waiting=Count("id", filter=Q(status=Registration.Status.WAITLISTED)),
    )
    companies = [event.organiser_id]
    booths = 0
    if event.kind == Event.Kind.FAIR:
        approved = list(
            BoothApplication.objects.filter(fair=event, status=BoothApplication.Status.APPROVED).values_list(
                "company_id", flat=True
            )
        )
        booths, companies = len(approved), [*companies, *approved]
    attendees = Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).values(
        "student_id"
    )
    applications = Application.objects.filter(
        job__company_id__in=companies, student_id__in=attendees, created_at__gte=event.starts_at
    ).count()
    return {
        "registered": counts["registered"],
        "checked_in": counts["checked_in"],
        "waiting_list": counts["waiting"],
        "booths": booths,
        "applications": applications,
    }


FIGURE_LABELS = {
    "viewers_peak": gettext_lazy("Peak viewers"),
    "viewers_unique": gettext_lazy("Unique viewers"),
    "applications": gettext_lazy("Applications"),
    "questions": gettext_lazy("Questions asked"),
    "questions_answered": gettext_lazy("Questions answered"),
    "registered": gettext_lazy("Registered (confirmed)"),
    "checked_in": gettext_lazy("Checked in"),
    "waiting_list": gettext_lazy("On the waiting list"),
    "booths": gettext_lazy("Booths"),
}


@transaction.atomic
def file_report(user: User, kind: str, pk: int, summary: str, now: dt.datetime | None = None) -> EventReport:
    now = now or timezone.now()
    subject = access_subject(user, kind, pk, now)
    summary = (summary or "").strip()
    if not summary:
        raise DomainError(_("Write a short summary of the event."), field="summary")
    if len(summary) > SUMMARY_MAX:
        raise DomainError(
            _("The summary can be at most %(n)d characters.") % {"n": SUMMARY_MAX}, field="summary"
        )
    if subject.report is not None:
        raise Conflict(_("This event's report was already filed."))
    figures = prefill(subject)
    try:
        with transaction.atomic():
            report = EventReport.objects.create(
                campaign=subject.obj.campaign,
                live_session=subject.obj if isinstance(subject.obj, LiveSession) else None,
                event=subject.obj if isinstance(subject.obj, Event) else None,
                host=subject.host,
                ended_at=subject.ended_at,
                due_on=subject.due.day,
                figures=figures,
                summary=summary,
                filed_at=now,
                filed_by=user,
            )
    except IntegrityError:
        raise Conflict(_("This event's report was already filed.")) from None
    record(
        "reports.event_report.filed",
        actor=user,
        obj=report,
        after={
            "figures": figures,
            "summary": summary,
            "due_on": report.due_on.isoformat(),
            "on_time": report.on_time,
        },
        region_code=subject.host.region_id or "",
    )
    return report


def today(now: dt.datetime | None = None) -> dt.date:
    return local_date(now or timezone.now())


def recompute_after_year_entered(
    year: int, before: Calendar, after: Calendar, now: dt.datetime | None = None, **_kwargs: Any
) -> dict[str, int]:
    """When ``year``'s official schedule is entered: tell the hosts of unfiled reports whose due date
    moved, and correct the due date stored with filed reports. Only events that ended from 1
    December of the year before can reach into ``year`` in three working days."""
    now = now or timezone.now()
    since = dt.datetime(year - 1, 12, 1, tzinfo=SHANGHAI)
    until = dt.datetime(year + 1, 1, 1, tzinfo=SHANGHAI)
    found = [
        _session_subject(s)
        for s in ended_sessions()
        .filter(
            Q(ended_at__gte=since, ended_at__lt=until)
            | Q(ended_at__isnull=True, ends_at__gte=since, ends_at__lt=until)
        )
        .select_related("company", "report")
    ]
    found += [
        _event_subject(e)
        for e in ended_events(now)
        .filter(ends_at__gte=since, ends_at__lt=until)
        .select_related("organiser", "report")
    ]
    moved = corrected = 0
    for subject in found:
        old, new = due_on(subject.ended_at, before), due_on(subject.ended_at, after)
        if subject.report is not None:
            if subject.report.due_on != new.day:
                EventReport.objects.filter(pk=subject.report.pk).update(due_on=new.day)
                corrected += 1
            continue
        if old == new:
            continue
        moved += 1
        kind, pk = subject.kind, subject.obj.pk
        notify_members(
            subject.host,
            "reports.event_report.due_moved",
            _("Report deadline moved: %(title)s") % {"title": subject.title},
            _(
                "The official %(year)d holiday schedule is now on the platform: the report on %(title)s "
                "is due by the end of %(new)s (it was %(old)s)."
            )
            % {"year": year, "title": subject.title, "new": str(new), "old": str(old)},
            reverse("reports:event_report", kwargs={"kind": kind, "pk": pk}),
        )
    return {"event_report_deadlines_moved": moved, "filed_event_reports_corrected": corrected}
