"""Event reports: the host files one within three Chinese working days after each event ends.

Subjects are live sessions that ended and approved campus sessions, visits and fairs that are
over. The report is prefilled with what the platform counted (attendance, applications, Q&A) and
frozen when filed; the host adds a summary. Due dates come from ``booking.workdays``; past
chinese-calendar's data the page fails with ``CalendarUnavailable`` instead of guessing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from audit.services import record
from booking.models import BoothApplication, Event, Registration
from booking.workdays import CalendarHorizonError
from campaigns.models import Campaign
from directory.models import Organisation
from events_server.errors import Conflict, DomainError, NotAllowed
from jobs.models import Application
from livestream.models import LiveSession, Question
from reports.models import EventReport
from reports.services.scope import DEPARTMENT_KINDS, region_codes
from reports.services.weeks import event_report_deadline, local_date

SUMMARY_MAX = 4000
KINDS = ("live", "event")


class CalendarUnavailable(DomainError):
    status_code = 503
    code = "calendar_unavailable"


def due_on(ended_at: dt.datetime) -> dt.date:
    try:
        return event_report_deadline(ended_at)
    except CalendarHorizonError as error:
        raise CalendarUnavailable(
            _(
                "The official working-day calendar for %(day)s is not known to the platform yet, so the "
                "report's due date cannot be worked out. An administrator must update chinese-calendar."
            )
            % {"day": error.day.isoformat()}
        ) from error


@dataclass
class Subject:
    kind: str  # "live" or "event"
    obj: LiveSession | Event
    host: Organisation
    ended_at: dt.datetime
    report: EventReport | None = None

    @property
    def title(self) -> str:
        return self.obj.title

    @property
    def kind_label(self) -> str:
        return _("Live session") if self.kind == "live" else self.obj.get_kind_display()

    @property
    def due(self) -> dt.date:
        return due_on(self.ended_at)

    def overdue(self, today: dt.date) -> bool:
        return self.report is None and today > self.due


def ended_sessions() -> Any:
    return LiveSession.objects.filter(state=LiveSession.State.ENDED)


def ended_events(now: dt.datetime) -> Any:
    return Event.objects.filter(status=Event.Status.APPROVED, ends_at__lte=now)


def _session_subject(session: LiveSession) -> Subject:
    report = getattr(session, "report", None)
    return Subject("live", session, session.company, session.ended_at or session.ends_at, report)


def _event_subject(event: Event) -> Subject:
    return Subject("event", event, event.organiser, event.ends_at, getattr(event, "report", None))


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
    if not user.has_role(User.Role.ADMIN):
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
    if kind == "live":
        session = ended_sessions().filter(pk=pk, company=org).select_related("company", "campaign").first()
        subject = _session_subject(session) if session else None
    else:
        event = ended_events(now).filter(pk=pk, organiser=org).select_related("organiser", "campaign").first()
        subject = _event_subject(event) if event else None
    if subject is None:
        raise NotAllowed(_("There is no ended event of yours to report on here."))
    subject.report = EventReport.objects.filter(
        **{"live_session" if kind == "live" else "event": subject.obj}
    ).first()
    return subject


def prefill(subject: Subject) -> dict[str, int]:
    """What the platform counted for the event, in a fixed number of queries."""
    if subject.kind == "live":
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
                live_session=subject.obj if kind == "live" else None,
                event=subject.obj if kind == "event" else None,
                host=subject.host,
                ended_at=subject.ended_at,
                due_on=subject.due,
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
