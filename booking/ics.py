"""iCalendar files for bookings, built with the icalendar library.

Times are written in UTC (``…Z``): a ``TZID=Asia/Shanghai`` without a VTIMEZONE block reads
right in Python but 8 hours off in ical.js, so no TZID is used at all."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

import icalendar

PRODID = "-//shanhai//booking//ZH"
STATUSES = {"CONFIRMED", "CANCELLED", "TENTATIVE"}


@dataclass(frozen=True)
class CalendarEvent:
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
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("calendar times must be timezone-aware")
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {sorted(STATUSES)}")


def stable_uid(kind: str, pk: int, domain: str = "shanhai.invalid") -> str:
    """The same UID for the same booking in every file, so calendars update instead of duplicating."""
    if not re.fullmatch(r"[a-z-]+", kind):
        raise ValueError("kind must be lowercase letters and dashes")
    return f"{kind}-{pk}@{domain}"


def utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


def build_calendar(events: Iterable[CalendarEvent], *, name: str, stamp: dt.datetime | None = None) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Shanghai")
    stamp = utc(stamp or dt.datetime.now(dt.UTC))
    for item in events:
        calendar.add_component(vevent(item, stamp))
    return calendar.to_ical()


def vevent(item: CalendarEvent, stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", utc(item.start))
    event.add("dtend", utc(item.end))
    event.add("summary", item.title)
    event.add("status", item.status)
    event.add("sequence", item.sequence)
    for key, value in (("location", item.location), ("description", item.description), ("url", item.url)):
        if value:
            event.add(key, value)
    return event
