"""Every URL pattern, walked as every role with hostile path, query and form values: no 5xx.

The patterns come from the URLconf itself (``get_resolver()``, namespaces included), so a new view is
walked without editing this file. Each pattern is built with real ids from a small seeded world (so
the view body runs) and with hostile values (0, -1, 2^63, 10^30, text, empty, a non-ASCII digit);
the parameters of every query and form are the fields the page itself renders plus common names,
each sent with every hostile value, by GET and by POST, and once with no fields at all. A pattern
that cannot be built fails the test. WebSocket routes are not in the URLconf (see
``livestream/tests`` for sockets); the admin site is walked as the admin.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest
from django.contrib.admin.utils import quote
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.urls.resolvers import RegexPattern, RoutePattern
from django.utils import timezone

from accounts.models import User
from booking.models import BoothApplication, CalendarFeed, Event, Registration, Venue, VenueClosure
from directory.models import Organisation
from interviews.models import Interview, Slot
from jobs.models import Application
from livestream.models import LiveSession
from qr.models import ShortLink
from qr.tokens import make_token
from reports.models import Contact, ReportTask
from review.models import Material, Rule
from tests.factories import (
    make_campaign,
    make_company,
    make_job,
    make_recruiter,
    make_student,
    make_university,
)

pytestmark = pytest.mark.django_db

HOSTILE = ("0", "-1", str(2**63), str(10**30), "text", "", "²")
COMMON_PARAMS = (
    "id", "pk", "application", "event", "job", "session", "page", "q", "after", "week", "year",
    "status", "kind", "region", "field", "venue", "booth", "decision", "approve", "reason", "next",
    "token", "code", "fmt", "ticket", "apply", "src", "ref", "source", "source_ref", "size", "university",
)  # fmt: skip
ROLES = ("anonymous", "student", "recruiter", "university_staff", "reviewer", "partner_staff", "admin")
IGNORED_FIELDS = {"csrfmiddlewaretoken"}
FULL_ROLES = 2  # roles per pattern that get every hostile value in every field (walk_pattern)
# A route word the world has no ids for takes this many of its ids. All of them made the walk's
# cost depend on the database's sequences: on SQLite, whose rolled-back ids start again, the
# world's objects share a few ids; on PostgreSQL, whose sequences the tests before the walk
# advanced, they have as many ids as objects (and the walk was twice as long).
GUESSED_IDS = 4


@dataclass
class World:
    users: dict[str, User | None]
    values: dict[str, list[str]]  # real values by the word that names them in a route
    hostile: dict[str, list[str]]  # more hostile values for some of those words (signed tokens)
    every_id: list[str] = field(default_factory=list)  # GUESSED_IDS of them: see candidates()


def seed_world() -> World:
    campaign = make_campaign()
    university = make_university()
    company = make_company()
    department = Organisation.objects.create(
        kind=Organisation.Kind.SME_DEPARTMENT, name="江苏省中小企业主管部门", region_id="320000"
    )
    partner = Organisation.objects.create(kind=Organisation.Kind.PARTNER_PLATFORM, name="智联招聘")
    recruiter = make_recruiter(company)
    student = make_student()
    staff = User.objects.create_user(
        "career", password="pw", role=User.Role.UNIVERSITY_STAFF, organisation=university
    )
    reviewer = User.objects.create_user(
        "jiangsu", password="pw", role=User.Role.REVIEWER, organisation=department
    )
    partner_staff = User.objects.create_user(
        "partner", password="pw", role=User.Role.PARTNER_STAFF, organisation=partner
    )
    admin = User.objects.create_superuser("root", password="pw", role=User.Role.ADMIN)

    job = make_job(company)
    pending = make_job(company, "数据分析师", publish=False)
    application = Application.objects.create(
        campaign=campaign, job=job, student=student, profile=student.graduate_profile
    )
    now = timezone.now()
    interview = Interview.objects.create(application=application, recruiter=recruiter)
    Slot.objects.create(
        interview=interview, recruiter=recruiter, starts_at=now + dt.timedelta(days=3),
        ends_at=now + dt.timedelta(days=3, minutes=30),
    )  # fmt: skip
    live = LiveSession.objects.create(
        campaign=campaign, company=company, title="直播", starts_at=now, ends_at=now + dt.timedelta(hours=1),
        state=LiveSession.State.LIVE,
    )  # fmt: skip
    ended = LiveSession.objects.create(
        campaign=campaign, company=company, title="回放", starts_at=now - dt.timedelta(days=1),
        ends_at=now - dt.timedelta(hours=23), state=LiveSession.State.ENDED, login_to_watch=True,
    )  # fmt: skip
    live.jobs.set([job])
    venue = Venue.objects.create(university=university, building="学生活动中心", name="报告厅", capacity=120)
    closure = VenueClosure.objects.create(venue=venue, day=(now + dt.timedelta(days=30)).date())
    start = now + dt.timedelta(days=10)
    common = {
        "campaign": campaign,
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=2),
        "capacity": 50,
    }
    visit = Event.objects.create(
        kind=Event.Kind.VISIT, title="走进灵思", organiser=company, address="星湖街 328 号",
        status=Event.Status.APPROVED, **common,
    )  # fmt: skip
    campus = Event.objects.create(
        kind=Event.Kind.CAMPUS, title="宣讲会", organiser=company, university=university, venue=venue,
        status=Event.Status.REQUESTED, **common,
    )  # fmt: skip
    fair = Event.objects.create(
        kind=Event.Kind.FAIR, title="专场", organiser=university, university=university, venue=venue,
        status=Event.Status.APPROVED, booth_count=10, **common,
    )  # fmt: skip
    BoothApplication.objects.create(fair=fair, company=company)
    ticket = Registration.objects.create(
        event=visit, student=student, status=Registration.Status.CONFIRMED, ticket_code="ABCD2345"
    )
    Event.objects.filter(pk=visit.pk).update(taken=1)
    feed = CalendarFeed.objects.create(user=student, key="k" * 32)
    link = ShortLink.objects.create(
        code="walk1", campaign=campaign, organisation=university, purpose=ShortLink.Purpose.ZONE,
        label="专区", target="/",
    )  # fmt: skip
    contact = Contact.objects.create(
        campaign=campaign, organisation=university, unit_name="华东理工示范大学", person="张老师",
        mobile="13912345678", email="career@example.edu.cn",
    )  # fmt: skip
    task = ReportTask.objects.create(kind=ReportTask.Kind.WEEK_SUMMARY, requested_by=reviewer)
    rule = Rule.objects.create(
        code="walk-gender", family=Rule.Family.GENDER, kind=Rule.Kind.DISCRIMINATION, pattern="限男性",
        explanation="性别限制",
    )  # fmt: skip
    material = Material.objects.create(
        kind=Material.Kind.POSTER, subject=f"live:{live.pk}:{company.pk}", organisation=company, text="海报",
        text_hash="0" * 64,
    )  # fmt: skip
    day = dt.timedelta(days=1)
    tokens = [
        make_token("ticket", {"r": ticket.pk, "c": ticket.ticket_code}, valid_for=day),
        make_token("live.join", {"s": live.pk}, valid_for=day),
    ]
    # Signed, so only the server could mint them, but a payload must still be checked.
    odd_tokens = [
        make_token(purpose, {"r": h, "c": h, "s": h}, valid_for=day)
        for purpose in ("ticket", "live.join")
        for h in ("-1", str(2**63), "text", "²")
    ] + [
        make_token("ticket", {"r": 2**63, "c": "x"}, valid_for=day),
        make_token("live.join", {"s": 2**63}, valid_for=day),
    ]
    ids = lambda *objects: [str(o.pk) for o in objects]  # noqa: E731
    values = {
        "jobs": ids(job, pending),
        "companies": ids(company),
        "applications": ids(application),
        "interviews": ids(interview),
        "live": ids(live, ended),
        "sessions": ids(live, ended),
        "events": ids(visit, campus, fair),
        "tickets": ids(ticket),
        "university": ids(university),
        "venues": ids(venue),
        "closures": ids(closure),
        "requests": ids(campus),
        "contacts": ids(contact),
        "tasks": ids(task),
        "rules": ids(rule),
        "materials": ids(material),
        "kind": [],  # reports/events/<kind>/<pk>: the alternatives of the group
        "hls": ["index.m3u8", "seg-0.ts", "../../settings.py"],
        "q": [link.code],
        "links": [link.code],
        "join": tokens,
        "t": tokens,
        "calendar": [feed.key],
        "weekly": ["2025-10-13", "2025-13-45", "0000-00-00", "----------"],
        "admin": ids(job, company, student),
        "c": [campaign.slug],  # a campaign's pages: c/<slug>/...
        "organisations": ids(university, company),
        "postings": ids(job, pending),  # the partner API must not show the unpublished one
        "user": ids(student),  # the admin's password form of a user
    }
    every_id = sorted({v for vs in values.values() for v in vs if v.isdigit()}, key=int)[:GUESSED_IDS]
    users = {
        "anonymous": None,
        "student": student,
        "recruiter": recruiter,
        "university_staff": staff,
        "reviewer": reviewer,
        "partner_staff": partner_staff,
        "admin": admin,
    }
    return World(users, values, {"join": odd_tokens, "t": odd_tokens}, every_id)


# ---- the URLconf, enumerated --------------------------------------------------------------------


@dataclass
class Pattern:
    parts: list[URLPattern | URLResolver]  # resolvers from the root, then the pattern
    route: str
    view: str
    name: str | None
    namespaces: list[str]

    @property
    def key(self) -> tuple:
        return (self.name, tuple(self.namespaces), self.view)

    @property
    def admin(self) -> bool:
        return self.route.startswith("admin/")


def patterns(resolver: URLResolver | None = None, parts: tuple = ()) -> Iterator[Pattern]:
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from patterns(entry, (*parts, entry))
        else:
            chain = [*parts, entry]
            view = dotted(entry.callback)
            namespaces = [p.namespace for p in parts if p.namespace]
            yield Pattern(chain, "".join(str(p.pattern) for p in chain), view, entry.name, namespaces)


def dotted(view: object) -> str:
    view = getattr(view, "view_class", view)
    return f"{view.__module__}.{view.__qualname__}"


ROUTE_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>\w+)>")
REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>(?P<regex>(?:[^()]|\([^()]*\))+)\)")


def segments(pattern: URLPattern | URLResolver) -> list[tuple[str, str | None, str]]:
    """The pattern as (text, parameter name, regex of that parameter) pieces."""
    pieces: list[tuple[str, str | None, str]] = []
    source = str(pattern.pattern)
    if isinstance(pattern.pattern, RoutePattern):
        converters = pattern.pattern.converters
        position = 0
        for match in ROUTE_PARAM.finditer(source):
            pieces.append((source[position : match.start()], None, ""))
            name = match["name"]
            pieces.append(("", name, converters[name].regex))
            position = match.end()
        pieces.append((source[position:], None, ""))
        return pieces
    assert isinstance(pattern.pattern, RegexPattern)
    source = source.removeprefix("^").removesuffix("$").removesuffix(r"\Z")
    position = 0
    for match in REGEX_GROUP.finditer(source):
        pieces.append((unescape(source[position : match.start()]), None, ""))
        pieces.append(("", match["name"], match["regex"]))
        position = match.end()
    pieces.append((unescape(source[position:]), None, ""))
    return pieces


def unescape(text: str) -> str:
    assert not re.search(r"[\[\]()*+?|{}]", re.sub(r"\\.", "", text)), f"regex text left in {text!r}"
    return re.sub(r"\\(.)", r"\1", text)


def admin_object(pattern: URLPattern | URLResolver) -> list[str]:
    """For an admin page of one object (``<path:object_id>``), the first object of its model, as the
    admin quotes it; none when the model has no row (the hostile ids are looked for all the same)."""
    model_admin = getattr(getattr(pattern, "callback", None), "model_admin", None)
    if model_admin is None:
        return []
    first = model_admin.model._default_manager.order_by("pk").values_list("pk", flat=True)[:1]
    return [quote(str(pk)) for pk in first] or ["1"]


def candidates(
    world: World, regex: str, word: str, own: list[str] | None = None
) -> tuple[list[str], list[str]]:
    """(real, hostile) values for one parameter: those its regex accepts."""
    alternatives = regex.split("|") if re.fullmatch(r"[\w|]+", regex) else []
    real = alternatives or own or world.values.get(word) or world.every_id
    accepts = re.compile(regex)
    real = [v for v in real if accepts.fullmatch(v)]
    hostile = [v for v in [*HOSTILE, *world.hostile.get(word, [])] if accepts.fullmatch(v) and v not in real]
    return real, hostile


def build(world: World, pattern: Pattern) -> list[tuple[str, bool]]:
    """URLs for the pattern: each parameter in turn takes its real and hostile values (the others
    real); ``True`` marks the URL built from real values only."""
    params: list[tuple[str, list[str], list[str]]] = []
    texts: list[str | int] = []
    for part in pattern.parts:
        word = ""
        for text, name, regex in segments(part):
            if name is None:
                texts.append(text)
                words = re.findall(r"[a-z]+", text)
                word = words[-1] if words else word
                continue
            own = admin_object(part) if pattern.admin and name == "object_id" else None
            real, hostile = candidates(world, regex, word, own)
            if not real:
                raise AssertionError(f"{pattern.route}: no value for <{name}> matches {regex!r}")
            texts.append(len(params))
            params.append((name, real, hostile))
            word = name if name == "kind" else word

    def render(choice: list[str]) -> str:
        return "/" + "".join(t if isinstance(t, str) else choice[t] for t in texts)

    base = [real[0] for _, real, _ in params]
    urls = [(render(base), True)]
    for index, (_, real, hostile) in enumerate(params):
        for value in real[1:]:
            urls.append((render([*base[:index], value, *base[index + 1 :]]), True))
        for value in hostile:
            urls.append((render([*base[:index], value, *base[index + 1 :]]), False))
    return urls


def resolves_to(url: str, pattern: Pattern) -> bool:
    try:
        match = resolve(url.split("?")[0])
    except Resolver404:
        return False
    same_name = (match.url_name, match.namespaces) == (pattern.name, pattern.namespaces)
    return same_name and dotted(match.func) == pattern.view


# ---- form and query parameters -----------------------------------------------------------------


class FormFields(HTMLParser):
    """The names of a page's form fields, and for choices (selects, radio buttons, checkboxes,
    submit buttons) the first value offered, so a form can pass its choices and reach the view's
    handling of the other fields. ``targets`` keeps the same per form action."""

    def __init__(self, page: str = "/") -> None:
        super().__init__()
        self.page = page
        self.names: set[str] = set()
        self.choices: dict[str, str] = {}
        self.targets: dict[str, FormFields] = {}
        self.select = ""
        self.form: FormFields | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "form":
            action = urljoin(self.page, attributes.get("action") or self.page).split("?")[0]
            self.form = self.targets.setdefault(action, FormFields(action))
            return
        for fields in {self, self.form} - {None}:
            fields.add(tag, attributes)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.form = None

    def add(self, tag: str, attributes: dict[str, str | None]) -> None:
        name, value = attributes.get("name") or "", attributes.get("value") or ""
        if tag == "option" and self.select and value:
            self.choices.setdefault(self.select, value)
        if tag not in {"input", "select", "textarea", "button"} or not name or name in IGNORED_FIELDS:
            return
        self.names.add(name)
        self.select = name if tag == "select" else ""
        chooses = tag == "button" or attributes.get("type") in {"radio", "checkbox", "submit"}
        if chooses and value:
            self.choices.setdefault(name, value)

    def merge(self, other: FormFields) -> None:
        self.names |= other.names
        for name, value in other.choices.items():
            self.choices.setdefault(name, value)


def form_fields(url: str, *responses) -> FormFields:
    fields = FormFields(url)
    for response in responses:
        if isinstance(response, Swept):
            fields.merge(response.fields)
        elif response.status_code == 200 and "html" in response.get("Content-Type", ""):
            fields.feed(response.content.decode(errors="replace"))
    return fields


@dataclass
class Swept:
    """What the walk keeps of the GET sweep's answer to a page of real ids: it stands for the
    walk's own GET of that URL (the same request by the same role), which is not sent again."""

    status_code: int
    location: str
    fields: FormFields

    def get(self, header: str, default: str = "") -> str:
        assert header == "Location", header
        return self.location or default


def pattern_of(url: str) -> tuple | None:
    try:
        match = resolve(url)
    except Resolver404:
        return None
    return (match.url_name, tuple(match.namespaces), dotted(match.func))


# ---- the walk ------------------------------------------------------------------------------------


@dataclass
class Walk:
    requests: int = 0
    failures: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    forms: dict[tuple, FormFields] = field(default_factory=dict)  # forms that post to a pattern
    swept: dict[str, Swept] = field(default_factory=dict)  # the GET sweep's answers, by URL
    full_rounds: Counter = field(default_factory=Counter)  # roles that had the full rounds, by pattern

    def learn(self, fields: FormFields) -> None:
        """Keep the forms a page holds by the pattern they post to (pages come before the views
        their forms post to, or after: the walk runs a GET sweep first)."""
        for action, form in fields.targets.items():
            key = pattern_of(action)
            if key is not None:
                self.forms.setdefault(key, FormFields(action)).merge(form)

    def send(self, client: Client, method: str, url: str, data: dict[str, str] | None = None):
        response = getattr(client, method)(url, data or {})
        self.requests += 1
        self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
        if response.status_code >= 500:
            where = f"{response.status_code} {method.upper()} {url}"
            value = repr(Counter(data.values()).most_common(1)[0][0]) if data else "(no fields)"
            self.failures.append(f"{where} with fields = {value} {data if data else ''}"[:300])
        return response


def client_for(user: User | None) -> Client:
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def refused(response) -> bool:
    """The role was turned away at the door: the login redirect or the 403 page."""
    login = response.status_code == 302 and "/login/" in response.get("Location", "")
    return login or response.status_code == 403


def walk_pattern(walk: Walk, world: World, pattern: Pattern, client: Client) -> None:
    """Every URL of the pattern by GET and by POST with no fields; with the choices of the forms
    that post to it made, also the URLs of hostile ids. On the first URL of real ids that finds
    its object, every hostile value in every field the pages render and every common name, by GET
    and by POST, and once more with the forms' choices made; other URLs of real ids, roles
    refused at the door and the admin site (Django's own forms) get lighter rounds. The full rounds
    go to the first FULL_ROLES roles a pattern lets in (a public page: anonymous and student; a
    company page: the recruiter and the administrator); later roles it lets in get lighter ones."""
    urls = build(world, pattern)
    if not resolves_to(urls[0][0], pattern):
        raise AssertionError(f"{pattern.route}: built {urls[0][0]}, which resolves elsewhere")
    posted = walk.forms.get(pattern.key, FormFields())
    full = walk.full_rounds[pattern.key] < FULL_ROLES
    for url, real in urls:
        if not resolves_to(url, pattern):
            continue  # another pattern answers this URL: it is walked there
        first = walk.swept.pop(url, None) or walk.send(client, "get", url)
        empty = walk.send(client, "post", url)  # missing fields
        if not real:
            if posted.choices and empty.status_code != 405:  # a valid form for a hostile id
                walk.send(client, "post", url, dict.fromkeys(posted.names, "0") | posted.choices)
            continue
        fields = form_fields(url, first, empty)
        fields.merge(posted)
        names = sorted(fields.names | set(COMMON_PARAMS))
        at_the_door = refused(first) and refused(empty)
        found = 404 not in (first.status_code, empty.status_code)
        if pattern.admin or at_the_door:
            # Django's own admin forms; or a role turned away before the view reads a field (one
            # round still catches a view that reads its fields before it checks the role).
            values: tuple[str, ...] = ("text",)
        elif full and found:  # the full rounds go to the first URL that finds its object
            values = HOSTILE
            walk.full_rounds[pattern.key] += 1
            full = False
        else:
            values = ("text", str(10**30))
        # A method the view refuses (405) is refused before the view reads anything: not repeated.
        methods = [m for m, r in (("get", first), ("post", empty)) if r.status_code != 405]
        for value in values:
            data = dict.fromkeys(names, value)
            for method in methods:
                walk.send(client, method, url, data)
            if fields.choices and "post" in methods:  # the form's choices made, the rest hostile
                walk.send(client, "post", url, data | fields.choices)


def learn_forms(walk: Walk, world: World, patterns: list[Pattern], client: Client, user: User | None) -> None:
    """The GET sweep: every page of real ids, for the forms it holds; the walk reuses its answers."""
    walk.swept = {}
    for pattern in patterns:
        url = build(world, pattern)[0][0]
        response = walk.send(client, "get", url)
        fields = form_fields(url, response)
        walk.swept[url] = Swept(response.status_code, response.get("Location", ""), fields)
        walk.learn(fields)
        if user is not None and "_auth_user_id" not in client.session:
            client.force_login(user)  # the page logged the role out


@pytest.fixture
def quiet_client_errors() -> Iterator[None]:
    """4xx answers are the expected outcome here: log only server errors (tracebacks cost time)."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


def test_no_url_answers_any_role_or_hostile_value_with_a_server_error(capsys, quiet_client_errors):
    world = seed_world()
    every = list(patterns())
    assert len(every) > 50
    walk = Walk()
    started = time.monotonic()
    walked: set[str] = set()
    for role in ROLES:
        client = client_for(world.users[role])
        walk.forms = {}
        mine = [pattern for pattern in every if role == "admin" or not pattern.admin]
        learn_forms(walk, world, mine, client, world.users[role])
        for pattern in mine:
            began = time.monotonic()
            walk_pattern(walk, world, pattern, client)
            walk.seconds[pattern.route] = walk.seconds.get(pattern.route, 0) + time.monotonic() - began
            user = world.users[role]
            if user is not None and "_auth_user_id" not in client.session:
                client.force_login(user)  # the pattern logged the role out
            walked.add(pattern.route)
    took = time.monotonic() - started
    with capsys.disabled():
        print(
            f"\nURL walk: {len(walked)} of {len(every)} patterns ({sum(p.admin for p in every)} admin), "
            f"{len(ROLES)} roles, {walk.requests} requests in {took:.1f} s; "
            f"statuses {sorted(walk.statuses.items())}"
        )
        slowest = sorted(walk.seconds.items(), key=lambda item: -item[1])[:8]
        print("slowest:", ", ".join(f"{route} {seconds:.1f} s" for route, seconds in slowest))
    assert len(walked) == len(every)
    assert walk.failures == [], "\n".join(walk.failures[:60])
