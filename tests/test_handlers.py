"""HTTP through ``events_server.handlers``: one worker thread per request, a pool per kind of view.

The views below are this module's own URL conf, served by a fresh handler."""

import asyncio
import threading

import pytest
from channels.testing import HttpCommunicator
from django.core import signals
from django.http import HttpResponse, StreamingHttpResponse
from django.test import override_settings
from django.urls import path

from events_server.handlers import OneHopASGIHandler

threads: dict[str, list[str]] = {"started": [], "view": [], "finished": []}
senders: list[type] = []


def sync_view(request):
    threads["view"].append(threading.current_thread().name)
    return HttpResponse("同步页面")


def slow_sync_view(request):
    threads["view"].append(threading.current_thread().name)
    threading.Event().wait(0.2)
    return HttpResponse("慢")


async def async_view(request):
    await asyncio.sleep(0)
    return HttpResponse("异步页面")


async def chunks():
    yield b"a" * 70_000
    yield "完".encode()


def streaming_view(request):
    return StreamingHttpResponse(chunks())


def broken_view(request):
    raise RuntimeError("a bug")


def rewrite_old_paths(get_response):
    """A middleware that serves an old address from its new view by rewriting ``path_info``."""

    def middleware(request):
        if request.path_info == "/old-sync/":
            request.path_info = "/sync/"
        return get_response(request)

    return middleware


urlpatterns = [
    path("old-sync/", async_view),
    path("sync/", sync_view),
    path("slow/", slow_sync_view),
    path("async/", async_view),
    path("stream/", streaming_view),
    path("broken/", broken_view),
]


@pytest.fixture
def handler():
    def record(kind):
        def receiver(sender, **kwargs):
            threads[kind].append(threading.current_thread().name)
            senders.append(sender)

        return receiver

    receivers = {"started": record("started"), "finished": record("finished")}
    signals.request_started.connect(receivers["started"])
    signals.request_finished.connect(receivers["finished"])
    for seen in threads.values():
        seen.clear()
    senders.clear()
    with override_settings(ROOT_URLCONF=__name__, HTTP_WORKER_THREADS=2, HTTP_ASYNC_VIEW_THREADS=3):
        yield OneHopASGIHandler()
    signals.request_started.disconnect(receivers["started"])
    signals.request_finished.disconnect(receivers["finished"])


async def get(handler, url):
    """Status and whole body (an ASGI body message may leave out ``body``, which
    ``HttpCommunicator.get_response`` does not allow)."""
    communicator = HttpCommunicator(handler, "GET", url, headers=[(b"host", b"testserver")])
    await communicator.send_input({"type": "http.request", "body": b""})
    start = await communicator.receive_output(5)
    body = b""
    while True:
        message = await communicator.receive_output(5)
        body += message.get("body", b"")
        if not message.get("more_body"):
            await communicator.wait(5)  # the handler has finished with the request
            return {"status": start["status"], "body": body}


async def test_a_sync_page_starts_runs_and_finishes_in_one_worker_thread(handler):
    response = await get(handler, "/sync/")
    assert (response["status"], response["body"].decode()) == (200, "同步页面")
    assert threads["started"] == threads["view"] == threads["finished"]
    assert threads["view"][0].startswith("http_")


async def test_an_async_view_is_served_from_its_own_pool(handler):
    response = await get(handler, "/async/")
    assert (response["status"], response["body"].decode()) == (200, "异步页面")
    assert threads["started"][0].startswith("http-async_")


async def test_concurrent_sync_requests_share_the_configured_threads(handler):
    responses = await asyncio.gather(*(get(handler, "/slow/") for _ in range(6)))
    assert [r["status"] for r in responses] == [200] * 6
    assert len(set(threads["view"])) == 2


async def test_a_streaming_response_arrives_whole_and_then_finishes_the_request(handler):
    response = await get(handler, "/stream/")
    assert response["body"] == b"a" * 70_000 + "完".encode()
    assert len(threads["finished"]) == 1


async def test_a_failing_view_answers_500_without_details(handler):
    response = await get(handler, "/broken/")
    assert response["status"] == 500
    assert b"a bug" not in response["body"]


async def test_an_unknown_path_answers_404(handler):
    assert (await get(handler, "/nowhere/"))["status"] == 404


async def test_both_request_signals_name_our_handler_as_their_sender(handler):
    await get(handler, "/sync/")
    await get(handler, "/stream/")
    assert senders == [OneHopASGIHandler] * 4


async def test_a_middleware_that_rewrites_the_path_gets_the_view_of_the_new_path(handler):
    """The view is resolved on arrival to pick its pool; a rewritten path is resolved again."""
    with override_settings(MIDDLEWARE=["tests.test_handlers.rewrite_old_paths"]):
        rewriting = OneHopASGIHandler()
    response = await get(rewriting, "/old-sync/")
    assert (response["status"], response["body"].decode()) == (200, "同步页面")
