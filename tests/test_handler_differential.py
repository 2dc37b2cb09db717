"""Our ASGI handler (``events_server.handlers``) against Django's own, request for request.

``OneHopASGIHandler`` replaces ``ASGIHandler.handle`` and leans on Django internals (``read_body``,
``create_request``, ``send_response``, ``get_script_prefix``, ``_handler_class``). Each case below
drives both as raw ASGI apps with the same messages and compares everything the client and the
signal receivers see: status, headers, every body message, and how often ``request_started``,
``request_finished`` and ``got_request_exception`` fired. A Django upgrade that changes one of
those internals shows up here as a difference. The site is ``tests/differential_site.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core import signals
from django.core.handlers.asgi import ASGIHandler
from django.test import override_settings

from events_server.handlers import OneHopASGIHandler
from tests import differential_site

pytestmark = pytest.mark.filterwarnings("ignore:StreamingHttpResponse must consume synchronous iterators")
Message = dict[str, Any]
UNSTABLE_HEADERS = {b"date", b"server"}
EXPIRES = re.compile(rb"expires=[^;]*; ")  # a cookie's clock time; its Max-Age is compared


@dataclass
class Exchange:
    """What one handler did with one request."""

    sent: list[Message]
    signals: Counter[str] = field(default_factory=Counter)

    @property
    def status(self) -> int | None:
        return self.sent[0]["status"] if self.sent else None

    @property
    def body(self) -> bytes:
        return b"".join(message.get("body", b"") for message in self.sent[1:])

    def header(self, name: bytes) -> bytes | None:
        return dict((key.lower(), value) for key, value in self.sent[0]["headers"]).get(name)


@contextlib.contextmanager
def counting_signals() -> Iterator[Counter[str]]:
    counts: Counter[str] = Counter()
    lock = threading.Lock()
    receivers = {}
    for name in ("request_started", "request_finished", "got_request_exception"):

        def receiver(sender: Any, _name: str = name, **kwargs: Any) -> None:
            with lock:
                counts[_name] += 1

        receivers[name] = receiver
        getattr(signals, name).connect(receiver, weak=False)
    try:
        yield counts
    finally:
        for name, receiver in receivers.items():
            getattr(signals, name).disconnect(receiver)


def normalised(message: Message) -> Message:
    if message["type"] != "http.response.start":
        return {
            "type": message["type"],
            "body": message.get("body", b""),
            "more": message.get("more_body", False),
        }
    headers = [
        (key.lower(), EXPIRES.sub(b"", value) if key.lower() == b"set-cookie" else value)
        for key, value in message["headers"]
        if key.lower() not in UNSTABLE_HEADERS
    ]
    return {"type": message["type"], "status": message["status"], "headers": headers}


async def exchange(app: Any, scope: Message, incoming: list[Message]) -> Exchange:
    """Run one request through ``app``; after ``incoming`` the client stays connected and silent."""
    queue = list(incoming)
    silent = asyncio.Event()
    sent: list[Message] = []

    async def receive() -> Message:
        if queue:
            return queue.pop(0)
        await silent.wait()
        raise AssertionError("unreachable")

    async def send(message: Message) -> None:
        sent.append(message)

    with counting_signals() as counts:
        await asyncio.wait_for(app(scope, receive, send), 20)
    return Exchange([normalised(message) for message in sent], counts)


def http_scope(method: str, path: str, *, root_path: str = "", query: bytes = b"", headers=()) -> Message:
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "root_path": root_path,
        "path": root_path + path,
        "raw_path": (root_path + path).encode(),
        "query_string": query,
        "headers": [(b"host", b"testserver"), (b"user-agent", b"differential"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }


def body_messages(body: bytes, chunk: int = 65_536) -> list[Message]:
    chunks = [body[i : i + chunk] for i in range(0, len(body), chunk)] or [b""]
    return [
        {"type": "http.request", "body": part, "more_body": i < len(chunks) - 1}
        for i, part in enumerate(chunks)
    ]


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, bytes]:
    boundary = "shanhai-boundary-7f3a"
    lines: list[bytes] = []
    for name, value in fields.items():
        lines += [
            f"--{boundary}".encode(),
            f'Content-Disposition: form-data; name="{name}"'.encode(),
            b"",
            value.encode(),
        ]
    for name, (filename, content) in files.items():
        disposition = f'Content-Disposition: form-data; name="{name}"; filename="{filename}"'
        lines += [
            f"--{boundary}".encode(),
            disposition.encode(),
            b"Content-Type: application/pdf",
            b"",
            content,
        ]
    lines += [f"--{boundary}--".encode(), b""]
    return b"\r\n".join(lines), f"multipart/form-data; boundary={boundary}".encode()


@pytest.fixture
def handlers(tmp_path) -> Iterator[dict[str, Any]]:
    served = tmp_path / "notice.pdf"
    served.write_bytes(os.urandom(200_000))
    differential_site.served_file["path"] = served
    middleware = [*settings.MIDDLEWARE, "tests.differential_site.UrlconfSwitch"]
    with override_settings(ROOT_URLCONF="tests.differential_site", MIDDLEWARE=middleware):
        yield {"stock": ASGIHandler(), "ours": OneHopASGIHandler()}


async def both(
    handlers: dict[str, Any], scope: Message, incoming: list[Message]
) -> tuple[Exchange, Exchange]:
    stock = await exchange(handlers["stock"], scope, incoming)
    ours = await exchange(handlers["ours"], scope, incoming)
    assert ours.sent == stock.sent, "our handler answered differently from Django's"
    assert ours.signals == stock.signals, "our handler fired different signals from Django's"
    return stock, ours


BIG = os.urandom(3 * 1024 * 1024)  # over FILE_UPLOAD_MAX_MEMORY_SIZE (2 MiB): spooled to disk


async def test_a_get_with_a_query_gets_the_same_page_headers_and_cookie(handlers):
    scope = http_scope("GET", "/plain/", query="q=山海&page=2".encode())
    stock, _ = await both(handlers, scope, body_messages(b""))
    assert stock.status == 200
    assert b'"q": "\\u5c71\\u6d77"' in stock.body
    assert stock.header(b"set-cookie") is not None
    assert stock.signals == Counter(request_started=1, request_finished=1)


@pytest.mark.parametrize("size", [0, 10, 70_000, len(BIG)], ids=["empty", "small", "chunked", "spooled"])
async def test_a_post_body_arrives_whole_in_any_number_of_messages(handlers, size):
    body = BIG[:size]
    scope = http_scope("POST", "/echo/", headers=[(b"content-length", str(size).encode())])
    stock, _ = await both(handlers, scope, body_messages(body))
    assert (stock.status, stock.body) == (200, body)


async def test_a_multipart_form_with_a_big_file_is_parsed_alike(handlers):
    body, content_type = multipart({"姓名": "李雷", "专业": "软件工程"}, {"resume": ("简历.pdf", BIG)})
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    stock, _ = await both(handlers, http_scope("POST", "/form/", headers=headers), body_messages(body))
    assert stock.status == 200
    assert str(len(BIG)).encode() in stock.body


async def test_a_file_download_arrives_in_the_same_chunks(handlers):
    stock, _ = await both(handlers, http_scope("GET", "/download/"), body_messages(b""))
    assert stock.status == 200
    assert stock.body == differential_site.served_file["path"].read_bytes()
    assert b"attachment" in (stock.header(b"content-disposition") or b"")
    assert len(stock.sent) > 3  # several body messages


@pytest.mark.parametrize("url", ["/stream/", "/async-stream/"], ids=["sync-iterator", "async-iterator"])
async def test_a_streaming_response_arrives_whole_and_finishes_once(handlers, url):
    stock, _ = await both(handlers, http_scope("GET", url), body_messages(b""))
    assert stock.status == 200
    assert stock.body == b"".join(differential_site.parts())
    assert stock.signals == Counter(request_started=1, request_finished=1)


async def test_an_async_view_answers_alike(handlers):
    stock, _ = await both(handlers, http_scope("GET", "/async/"), body_messages(b""))
    assert (stock.status, stock.body.decode()) == (200, "异步 /async/")


async def test_a_failing_view_answers_500_and_reports_the_exception_alike(handlers):
    stock, _ = await both(handlers, http_scope("GET", "/broken/"), body_messages(b""))
    assert stock.status == 500
    assert b"a bug" not in stock.body
    assert stock.signals["got_request_exception"] == 1


async def test_an_unknown_path_answers_404_alike(handlers):
    stock, _ = await both(handlers, http_scope("GET", "/nowhere/"), body_messages(b""))
    assert stock.status == 404


@pytest.mark.parametrize("root_path", ["/fair", "/招聘会"])
async def test_under_a_script_prefix_paths_and_reversed_urls_agree(handlers, root_path):
    stock, _ = await both(handlers, http_scope("GET", "/where/", root_path=root_path), body_messages(b""))
    assert stock.status == 200
    page = stock.body.decode("unicode_escape")
    assert '"path_info": "/where/"' in page
    assert f'"reverse": "{quote(root_path)}/plain/"' in page


async def test_a_page_outside_the_script_prefix_answers_alike(handlers):
    scope = http_scope("GET", "/where/", root_path="/fair")
    scope["path"] = "/elsewhere/where/"
    await both(handlers, scope, body_messages(b""))


@pytest.mark.parametrize("url", ["/plain/", "/only-here/", "/echo/"])
async def test_a_middleware_that_changes_the_urlconf_is_obeyed(handlers, url):
    scope = http_scope("GET", url, headers=[(b"x-urlconf", b"other")])
    stock, _ = await both(handlers, scope, body_messages(b""))
    if url == "/echo/":
        assert stock.status == 404  # not in the other URL conf
    else:
        assert (stock.status, b'"urlconf": "other"' in stock.body) == (200, True)


async def test_a_middleware_that_rewrites_the_path_is_obeyed(handlers):
    stock, _ = await both(handlers, http_scope("GET", "/old-plain/"), body_messages(b""))
    assert (stock.status, b'"urlconf": "root"' in stock.body) == (200, True)


@pytest.mark.parametrize("received", [0, 1], ids=["before-the-body", "mid-body"])
async def test_a_client_that_leaves_while_sending_its_body_gets_nothing_and_starts_no_request(
    handlers, received
):
    incoming = [*body_messages(BIG)[:received], {"type": "http.disconnect"}]
    stock, _ = await both(handlers, http_scope("POST", "/echo/"), incoming)
    assert stock.sent == []
    assert stock.signals == Counter()


async def test_a_client_that_leaves_before_the_response_finishes_the_request_once_in_both(handlers):
    """The one documented difference: Django cancels the view's task and sends nothing; ours lets the
    sync view finish and sends its answer, which a real server drops. Neither raises, and each
    starts and finishes the request exactly once."""
    incoming = [*body_messages(b""), {"type": "http.disconnect"}]
    stock = await exchange(handlers["stock"], http_scope("GET", "/slow/"), incoming)
    ours = await exchange(handlers["ours"], http_scope("GET", "/slow/"), incoming)
    assert stock.sent == []
    assert [ours.status, ours.body.decode()] == [200, "慢"]
    assert stock.signals == ours.signals == Counter(request_started=1, request_finished=1)
