"""The university's booking rules, checks on times and venues, and working days."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from booking.models import BookingRules, Event, Venue
from directory.models import Organisation
from events_server import metrics
from events_server.errors import Conflict, DomainError
from notifications.services import lazy_text, notify
from workcalendar.services import days as workdays
from workcalendar.services.days import WorkingDate


def rules_for(university) -> BookingRules:
    """The university's rules, or the defaults (unsaved) when it has set none."""
    return rules_for_id(university.pk if university else None)


def rules_for_id(university_id: int | None) -> BookingRules:
    if university_id is None:
        return BookingRules()
    found = BookingRules.objects.filter(university_id=university_id).first()
    return found or BookingRules(university_id=university_id)


def check_times(starts_at: dt.datetime, ends_at: dt.datetime, *, now: dt.datetime | None = None) -> None:
    now = now or timezone.now()
    if ends_at <= starts_at:
        raise DomainError(_("The end must be after the start."), field="ends_at")
    if starts_at <= now:
        raise DomainError(_("The start is in the past."), field="starts_at")
    if ends_at - starts_at > dt.timedelta(hours=12):
        raise DomainError(
            _("An event lasts at most 12 hours; book several days separately."), field="ends_at"
        )


def earliest_bookable_day(
    rules: BookingRules, today: dt.date, calendar: workdays.Calendar | None = None
) -> WorkingDate:
    """The first day a request made ``today`` may be for, counting only Chinese working days;
    provisional while a year it counts through has no official schedule on the platform."""
    return (calendar or workdays.current()).add_working_days(today, rules.book_ahead_working_days)


def booking_windows(today: dt.date) -> list[tuple[Organisation, int, WorkingDate]]:
    """Each university with a venue open for requests: its book-ahead rule and earliest day (two queries)."""
    universities = list(Organisation.objects.filter(venues__active=True).distinct().order_by("name"))
    found = {r.university_id: r for r in BookingRules.objects.filter(university__in=universities)}
    windows = []
    for university in universities:
        rules = found.get(university.pk) or BookingRules(university=university)
        windows.append((university, rules.book_ahead_working_days, earliest_bookable_day(rules, today)))
    return windows


def request_window(event: Event) -> WorkingDate | None:
    """The booking window a campus-session request was checked against (from the day it was made)."""
    if event.kind != Event.Kind.CAMPUS or event.university_id is None:
        return None
    return earliest_bookable_day(rules_for_id(event.university_id), timezone.localdate(event.created_at))


def check_venue_slot(
    venue: Venue, starts_at: dt.datetime, ends_at: dt.datetime, *, exclude: int | None = None
) -> None:
    """Open, within opening hours, not a closed date, and free of confirmed bookings."""
    if not venue.active:
        raise DomainError(_("This venue cannot be booked at the moment."), field="venue")
    start, end = timezone.localtime(starts_at), timezone.localtime(ends_at)
    if start.date() != end.date():
        raise DomainError(_("A venue booking must start and end on the same day."), field="ends_at")
    if start.time() < venue.opens_at or end.time() > venue.closes_at:
        raise DomainError(
            _("The venue is open from %(opens)s to %(closes)s.")
            % {"opens": venue.opens_at.strftime("%H:%M"), "closes": venue.closes_at.strftime("%H:%M")},
            field="starts_at",
        )
    closure = venue.closures.filter(day=start.date()).first()
    if closure:
        raise DomainError(
            _("The venue is closed on %(day)s (%(reason)s).")
            % {"day": start.date(), "reason": closure.reason or "—"},
            field="starts_at",
        )
    clash = overlapping(venue, starts_at, ends_at, exclude=exclude).first()
    if clash:
        metrics.BOOKING_CONFLICTS.labels("venue_overlap").inc()
        raise Conflict(
            _("The venue is already booked from %(start)s to %(end)s.")
            % {
                "start": timezone.localtime(clash.starts_at).strftime("%H:%M"),
                "end": timezone.localtime(clash.ends_at).strftime("%H:%M"),
            },
            field="starts_at",
        )


def overlapping(venue: Venue, starts_at: dt.datetime, ends_at: dt.datetime, *, exclude: int | None = None):
    """Confirmed bookings of ``venue`` that overlap [starts_at, ends_at)."""
    clashes = Event.objects.filter(
        Q(venue=venue, status=Event.Status.APPROVED, starts_at__lt=ends_at, ends_at__gt=starts_at)
    )
    return clashes.exclude(pk=exclude) if exclude else clashes


def check_book_ahead(rules: BookingRules, starts_at: dt.datetime) -> None:
    earliest = earliest_bookable_day(rules, timezone.localdate())
    if timezone.localtime(starts_at).date() < earliest.day:
        raise DomainError(
            _("Book at least %(days)d working days ahead: the earliest day is %(day)s.")
            % {"days": rules.book_ahead_working_days, "day": str(earliest)},
            field="starts_at",
        )


def cancel_deadline(rules: BookingRules, event: Event) -> dt.datetime:
    return event.starts_at - dt.timedelta(hours=rules.cancel_hours_before)


def revisit_requests_after_year_entered(
    year: int, before: workdays.Calendar, after: workdays.Calendar, **_kwargs: object
) -> dict[str, int]:
    """When ``year``'s official schedule is entered: a pending campus-session request whose booking
    window was provisional and moved is pointed out to its requester and the university's staff,
    saying whether it still keeps the book-ahead rule (the university decides either way)."""
    pending = Event.objects.filter(
        kind=Event.Kind.CAMPUS,
        status=Event.Status.REQUESTED,
        created_at__gte=dt.datetime(year - 1, 1, 1, tzinfo=dt.UTC),
    ).select_related("created_by", "university")
    moved = 0
    for event in pending:
        rules = rules_for_id(event.university_id)
        made_on = timezone.localdate(event.created_at)
        old, new = earliest_bookable_day(rules, made_on, before), earliest_bookable_day(rules, made_on, after)
        if old == new:
            continue
        moved += 1
        if timezone.localtime(event.starts_at).date() >= new.day:
            verdict = gettext_lazy("the request still keeps the book-ahead rule.")
        else:
            verdict = gettext_lazy(
                "the request is shorter notice than the rule; the university may still approve it."
            )
        body = lazy_text(
            gettext_lazy(
                "With the official %(year)d holiday schedule the earliest day was %(new)s "
                "(not %(old)s): %(verdict)s"
            ),
            year=year,
            new=str(new),
            old=str(old),
            verdict=verdict,
        )
        title = lazy_text(gettext_lazy("Booking window recomputed: %s"), event.title)
        url = reverse("booking:event", kwargs={"pk": event.pk})
        people = [event.created_by] if event.created_by else []
        if event.university:
            people += list(event.university.members.filter(role=User.Role.UNIVERSITY_STAFF, is_active=True))
        for person in people:
            notify(person, "booking.window.moved", title, body, url)
    return {"campus_request_windows_moved": moved}
