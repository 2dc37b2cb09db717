"""The .ics files: read back with icalendar, and cross-checked with ical.js (what web clients use)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from icalendar.parser import unescape_backslash

from booking.ics import PRODID, CalendarEvent, build_calendar, stable_uid

SHANGHAI = ZoneInfo("Asia/Shanghai")
UTC = dt.UTC
STAMP = dt.datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]
ICALJS_SCRIPT = REPO / "booking" / "tests" / "icaljs_instants.mjs"
ICALJS_PACKAGE = REPO / "node_modules" / "ical.js" / "package.json"
CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}  # the same rule as the root conftest.py

TRICKY_TITLE = "宣讲会：山海科技, 第二场; 欢迎\n新同学 — 报名请带学生证\\简历"


def shanghai(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=SHANGHAI)


EVENTS = [
    CalendarEvent(
        uid=stable_uid("visit", 12),
        title="走进灵思智能",
        start=shanghai(2026, 3, 10, 14, 0),
        end=shanghai(2026, 3, 10, 16, 0),
        location="苏州工业园区星湖街 328 号",
        url="https://example.cn/events/12/",
    ),
    CalendarEvent(  # across midnight in Shanghai, and across the UTC date line too
        uid=stable_uid("campus-session", 7),
        title=TRICKY_TITLE,
        start=shanghai(2025, 12, 31, 23, 30),
        end=shanghai(2026, 1, 1, 0, 30),
        location="北京大学, 百周年纪念讲堂; 二层",
        description="第一行\n第二行：带上简历, 笔; 以及证件",
        status="TENTATIVE",
        sequence=2,
    ),
    CalendarEvent(  # early morning Shanghai is the previous day in UTC
        uid=stable_uid("fair", 3),
        title="春季双选会",
        start=shanghai(2026, 4, 1, 7, 0),
        end=shanghai(2026, 4, 1, 12, 0),
        status="CANCELLED",
    ),
    CalendarEvent(  # an input given in UTC+0 comes out as the same instant
        uid=stable_uid("visit", 13),
        title="Online briefing",
        start=dt.datetime(2026, 5, 20, 2, 0, tzinfo=UTC),
        end=dt.datetime(2026, 5, 20, 3, 30, tzinfo=UTC),
    ),
]


def parse(body: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(body)


def vevents(body: bytes) -> list[icalendar.Event]:
    return list(parse(body).walk("VEVENT"))


def x_text(value: icalendar.vUnknown) -> str:
    """An X- property as the text it encodes: icalendar reads X- properties back still escaped."""
    assert isinstance(value, icalendar.vUnknown)
    return unescape_backslash(str(value))


def test_calendar_header():
    body = build_calendar(EVENTS, name="我的预约, 春季; 第一批", stamp=STAMP)
    assert "X-WR-CALNAME:我的预约\\, 春季\\; 第一批\r\n".encode() in body
    calendar = parse(body)
    assert str(calendar["prodid"]) == PRODID == "-//shanhai//booking//ZH"
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["calscale"]) == "GREGORIAN"
    assert str(calendar["method"]) == "PUBLISH"
    assert x_text(calendar["x-wr-calname"]) == "我的预约, 春季; 第一批"
    assert x_text(calendar["x-wr-timezone"]) == "Asia/Shanghai"
    assert not list(calendar.walk("VTIMEZONE"))  # nothing refers to one


def test_calendar_name_with_a_newline_becomes_one_line():
    calendar = parse(build_calendar([], name="山海\n有约", stamp=STAMP))
    assert x_text(calendar["x-wr-calname"]) == "山海 有约"


def test_instants_equal_the_input_and_are_written_in_utc():
    body = build_calendar(EVENTS, name="t", stamp=STAMP)
    parsed = vevents(body)
    assert [str(e["uid"]) for e in parsed] == [e.uid for e in EVENTS]
    for event, item in zip(parsed, EVENTS, strict=True):
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert start.utcoffset() == dt.timedelta(0) and end.utcoffset() == dt.timedelta(0)
        assert start == item.start and end == item.end
        assert start.astimezone(UTC) == item.start.astimezone(UTC)
        assert "tzid" not in event["dtstart"].params and "tzid" not in event["dtend"].params
    assert b"TZID" not in body
    assert b"DTSTART:20251231T153000Z" in body and b"DTEND:20251231T163000Z" in body  # 23:30 in Shanghai
    assert b"DTSTART:20260331T230000Z" in body  # 07:00 on 1 April in Shanghai
    assert b"DTSTART:20260520T020000Z" in body and b"DTEND:20260520T033000Z" in body


def test_every_vevent_has_a_utc_dtstamp():
    for event in vevents(build_calendar(EVENTS, name="t", stamp=shanghai(2026, 3, 2, 9, 0))):
        assert event.decoded("dtstamp") == STAMP
        assert event.decoded("dtstamp").utcoffset() == dt.timedelta(0)


def test_dtstamp_defaults_to_now():
    before = dt.datetime.now(UTC).replace(microsecond=0)
    events = vevents(build_calendar(EVENTS, name="t"))
    after = dt.datetime.now(UTC)
    assert all(before <= e.decoded("dtstamp") <= after for e in events)


def test_uid_is_stable_across_builds():
    first = build_calendar(EVENTS, name="t", stamp=STAMP)
    second = build_calendar(EVENTS, name="t", stamp=STAMP + dt.timedelta(days=3))
    assert [str(e["uid"]) for e in vevents(first)] == [str(e["uid"]) for e in vevents(second)]
    assert first.replace(b"20260302T010000Z", b"20260305T010000Z") == second  # only DTSTAMP changes


def test_text_round_trips_with_escaping():
    body = build_calendar(EVENTS, name="t", stamp=STAMP)
    event = vevents(body)[1]
    assert str(event["summary"]) == TRICKY_TITLE
    assert str(event["location"]) == "北京大学, 百周年纪念讲堂; 二层"
    assert str(event["description"]) == "第一行\n第二行：带上简历, 笔; 以及证件"
    unfolded = body.replace(b"\r\n ", b"")
    assert "SUMMARY:宣讲会：山海科技\\, 第二场\\; 欢迎\\n新同学".encode() in unfolded
    assert b"\\\\" in unfolded  # the backslash is escaped too


def test_other_properties():
    parsed = vevents(build_calendar(EVENTS, name="t", stamp=STAMP))
    assert [str(e["status"]) for e in parsed] == ["CONFIRMED", "TENTATIVE", "CANCELLED", "CONFIRMED"]
    assert [e.decoded("sequence") for e in parsed] == [0, 2, 0, 0]
    assert str(parsed[0]["url"]) == "https://example.cn/events/12/"
    assert "url" not in parsed[2] and "description" not in parsed[0]  # empty values are left out


def test_lines_are_crlf_and_folded_at_75_octets():
    body = build_calendar([*EVENTS, EVENTS[1]], name="山海有约" * 20, stamp=STAMP)
    assert body.endswith(b"\r\n") and b"\n" not in body.replace(b"\r\n", b"")
    lines = body.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # something long enough was folded
    for line in lines:
        line.decode()  # folding never splits a UTF-8 character


@pytest.mark.parametrize("status", ["confirmed", "DONE", "", "CANCELED"])
def test_unknown_status_is_rejected(status):
    with pytest.raises(ValueError, match="status"):
        CalendarEvent(uid="u", title="t", start=STAMP, end=STAMP, status=status)


def test_naive_datetimes_are_rejected():
    naive = dt.datetime(2026, 3, 10, 14, 0)  # noqa: DTZ001 - the point of the test
    with pytest.raises(ValueError, match="timezone-aware"):
        CalendarEvent(uid="u", title="t", start=naive, end=STAMP)
    with pytest.raises(ValueError, match="timezone-aware"):
        CalendarEvent(uid="u", title="t", start=STAMP, end=naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        build_calendar(EVENTS, name="t", stamp=naive)


def test_other_invalid_events_are_rejected():
    with pytest.raises(ValueError, match="before start"):
        CalendarEvent(uid="u", title="t", start=STAMP, end=STAMP - dt.timedelta(minutes=1))
    with pytest.raises(ValueError, match="uid"):
        CalendarEvent(uid="", title="t", start=STAMP, end=STAMP)
    with pytest.raises(ValueError, match="sequence"):
        CalendarEvent(uid="u", title="t", start=STAMP, end=STAMP, sequence=-1)


def test_stable_uid():
    assert stable_uid("visit", 12) == "visit-12@shanhai.invalid"
    assert stable_uid("campus-session", 7, domain="example.cn") == "campus-session-7@example.cn"
    for kind in ["", "Visit", "visit_1", "visit 1", "visit@x", "会"]:
        with pytest.raises(ValueError, match="kind"):
            stable_uid(kind, 1)


# ical.js cross-check ---------------------------------------------------------------------------


def run_icaljs(body: bytes, tmp_path: Path) -> list[dict]:
    """What ical.js reads from ``body``; fails under CI and skips elsewhere when it cannot run."""
    node = shutil.which("node")
    if node is None or not ICALJS_PACKAGE.exists():
        missing = "Node.js (apt-get install nodejs npm)" if node is None else ICALJS_PACKAGE.parent
        message = f"the ical.js cross-check needs {missing}: run `npm ci` in the repo root ({REPO})"
        if CI:
            pytest.fail(f"CI=true and {message}", pytrace=False)
        pytest.skip(message)
    path = tmp_path / "calendar.ics"
    path.write_bytes(body)
    result = subprocess.run(  # noqa: S603 - fixed program and arguments
        [node, str(ICALJS_SCRIPT), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={**os.environ, "TZ": "UTC"},  # a time ical.js cannot place must not match by luck
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def epoch_ms(moment: dt.datetime) -> int:
    return round(moment.timestamp() * 1000)


def test_icaljs_reads_the_same_instants_and_text_as_icalendar(tmp_path):
    body = build_calendar(EVENTS, name="我的预约", stamp=STAMP)
    seen = run_icaljs(body, tmp_path)
    expected = [
        {
            "uid": str(e["uid"]),
            "start": epoch_ms(e.decoded("dtstart")),
            "end": epoch_ms(e.decoded("dtend")),
            "summary": str(e["summary"]),
            "location": str(e.get("location", "")),
            "description": str(e.get("description", "")),
            "zone": "UTC",
        }
        for e in vevents(body)
    ]
    assert seen == expected
    assert [(s["start"], s["end"]) for s in seen] == [(epoch_ms(e.start), epoch_ms(e.end)) for e in EVENTS]
    assert seen[1]["summary"] == TRICKY_TITLE


def test_icaljs_reads_a_tzid_without_vtimezone_8_hours_off(tmp_path):
    """Why build_calendar writes UTC: the same Shanghai time with a bare TZID (no VTIMEZONE block)
    is right for icalendar but floating, so 8 hours off under TZ=UTC, for ical.js."""
    event = icalendar.Event()
    event.add("uid", "tzid@shanhai.invalid")
    event.add("dtstamp", STAMP)
    event.add("dtstart", shanghai(2026, 3, 10, 14, 0))
    event.add("dtend", shanghai(2026, 3, 10, 16, 0))
    event.add("summary", "TZID")
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(event)
    body = calendar.to_ical()
    assert b"DTSTART;TZID=Asia/Shanghai:20260310T140000" in body and b"VTIMEZONE" not in body
    assert vevents(body)[0].decoded("dtstart") == shanghai(2026, 3, 10, 14, 0)  # icalendar: right
    (seen,) = run_icaljs(body, tmp_path)
    assert seen["zone"] == "floating"
    assert seen["start"] - epoch_ms(shanghai(2026, 3, 10, 14, 0)) == 8 * 3600 * 1000  # ical.js: wrong
