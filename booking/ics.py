"""iCalendar (.ics) files for bookings, built with the icalendar library.

Times are written in UTC (``…Z``): a ``TZID=Asia/Shanghai`` without a VTIMEZONE block reads right
in Python but 8 hours off in ical.js (it falls back to floating local time), so no TZID is used.
X-WR-TIMEZONE only tells clients which zone to show the calendar in."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

import icalendar

PRODID = "-//shanhai//booking//ZH"
STATUSES = frozenset({"CONFIRMED", "CANCELLED", "TENTATIVE"})


def require_aware(moment: dt.datetime, what: str) -> None:
    """Raise ``ValueError`` unless ``moment`` is a timezone-aware datetime."""
    if not isinstance(moment, dt.datetime) or moment.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime, got {moment!r}")


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT. ``uid`` must stay the same for the same booking so calendars update it in place;
    raise ``sequence`` when a published event changes."""

    uid: str
    title: str
    start: dt.datetime
    end: dt.datetime
    location: str = ""
    description: str = ""
    url: str = ""
    status: str = "CONFIRMED"
    sequence: int = 0

    def __post_init__(self) -> None:
        require_aware(self.start, "start")
        require_aware(self.end, "end")
        if self.end < self.start:
            raise ValueError("end must not be before start")
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {sorted(STATUSES)}, got {self.status!r}")
        if not self.uid:
            raise ValueError("uid must not be empty")
        if self.sequence < 0:
            raise ValueError("sequence must not be negative")


def stable_uid(kind: str, pk: int, domain: str = "shanhai.invalid") -> str:
    """``kind-pk@domain``, e.g. ``visit-12@shanhai.invalid``: the same UID for the same booking in
    every file, so calendars update events instead of duplicating them."""
    if not re.fullmatch(r"[a-z-]+", kind):
        raise ValueError(f"kind must be lowercase letters and dashes, got {kind!r}")
    return f"{kind}-{pk}@{domain}"


def as_utc(moment: dt.datetime) -> dt.datetime:
    """The same instant in UTC, whole seconds (iCalendar has no fractions of a second)."""
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def build_calendar(events: Iterable[CalendarEvent], *, name: str, stamp: dt.datetime | None = None) -> bytes:
    """A VCALENDAR (METHOD:PUBLISH) named ``name`` holding ``events``; DTSTAMP is ``stamp`` or now.

    The library escapes text (commas, semicolons, newlines) and folds lines at 75 octets."""
    if stamp is not None:
        require_aware(stamp, "stamp")
    stamp = as_utc(stamp or dt.datetime.now(dt.UTC))
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # X- properties are not escaped by default (a newline even fails an assert): say they are text.
    calendar.add("x-wr-calname", icalendar.vText(" ".join(name.split())))
    calendar.add("x-wr-timezone", icalendar.vText("Asia/Shanghai"))
    for item in events:
        calendar.add_component(vevent(item, stamp))
    return calendar.to_ical()


def vevent(item: CalendarEvent, stamp: dt.datetime) -> icalendar.Event:
    """The VEVENT for ``item``, with every time in UTC."""
    event = icalendar.Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", as_utc(item.start))
    event.add("dtend", as_utc(item.end))
    event.add("summary", item.title)
    event.add("status", item.status)
    event.add("sequence", item.sequence)
    for key, value in (("location", item.location), ("description", item.description), ("url", item.url)):
        if value:
            event.add(key, value)
    return event
