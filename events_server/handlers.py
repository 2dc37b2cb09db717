"""Django's ASGI handler with the request path of its WSGI handler: one trip to a worker thread.

Our middleware chain is synchronous (every Django middleware we use is a ``MiddlewareMixin``,
which under an async chain hops to a thread for each hook). Under stock ``ASGIHandler`` a
request to a sync view still travels loop → new thread (middleware) → loop (``async_to_sync``
of Django's async core) → the same thread (the view), with further hops for ``request_started``
and ``response.close()``, and a thread created and joined for every request
(``ThreadSensitiveContext``). Here the chain is built synchronous, as under WSGI, and the whole
request — started signal, middleware, view, finished signal — runs in one call on a pool of
long-lived threads, each with its own database connection wrapper.

Async views (health, QR images, WebRTC offers) still run on the event loop: Django
calls them through ``async_to_sync``, which from a worker thread schedules them on the loop that
handed the request over, so peers created there live on daphne's loop as before. Their worker
waits while they await, so they get a pool of their own (``HTTP_ASYNC_VIEW_THREADS``); sync
views share a few threads (``HTTP_WORKER_THREADS``, 4): only one runs Python at a time, and on
the booking benchmark 2-4 threads per process beat 10 in throughput and tail latency.

Unlike stock ``ASGIHandler``, a view is not cancelled when its client disconnects (a sync view
never was); the response is then sent to a closed connection and dropped.

Measured with ``bench/booking.py`` (see docs/performance.md)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Any, TypeVar

from asgiref.sync import iscoroutinefunction, sync_to_async
from django.conf import settings
from django.core import signals
from django.core.exceptions import RequestAborted
from django.core.handlers.asgi import ASGIHandler, get_script_prefix
from django.http import FileResponse, HttpRequest, HttpResponseBase
from django.urls import Resolver404, ResolverMatch, get_resolver, set_script_prefix

Scope = Mapping[str, Any]
Receive = Callable[[], Awaitable[Mapping[str, Any]]]
Send = Callable[[Mapping[str, Any]], Awaitable[None]]
Resolved = tuple[str, ResolverMatch] | None
T = TypeVar("T")


class OneHopASGIHandler(ASGIHandler):
    """Builds the middleware chain synchronous and serves each request in one worker call."""

    def __init__(self) -> None:
        super(ASGIHandler, self).__init__()  # BaseHandler: no async chain
        self.load_middleware(is_async=False)
        self.workers = ThreadPoolExecutor(settings.HTTP_WORKER_THREADS, thread_name_prefix="http")
        self.async_view_workers = ThreadPoolExecutor(
            settings.HTTP_ASYNC_VIEW_THREADS, thread_name_prefix="http-async"
        )

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            body_file = await self.read_body(receive)
        except RequestAborted:
            return
        set_script_prefix(get_script_prefix(scope))
        try:
            workers, resolved = self.workers_for(scope)
            response = await self.in_worker(workers, self.respond, scope, body_file, resolved)
            with contextlib.suppress(asyncio.CancelledError):  # the client left while we were sending
                await self.send_response(response, send)
            if response.streaming:
                await self.in_worker(workers, response.close)
        finally:
            body_file.close()

    def workers_for(self, scope: Scope) -> tuple[ThreadPoolExecutor, Resolved]:
        """The pool for the view the path resolves to (async views have their own), and the match,
        which ``resolve_request`` reuses: resolving is ≈ 5 % of a booking request's CPU."""
        script_name = get_script_prefix(scope)
        path = scope["path"].removeprefix(script_name) if script_name else scope["path"]
        try:
            match = get_resolver().resolve(path)
        except Resolver404:
            return self.workers, None
        workers = self.async_view_workers if iscoroutinefunction(match.func) else self.workers
        return workers, (path, match)

    def resolve_request(self, request: HttpRequest) -> ResolverMatch:
        early: Resolved = getattr(request, "resolved_on_arrival", None)
        if early is None or early[0] != request.path_info or hasattr(request, "urlconf"):
            return super().resolve_request(request)  # a middleware changed what to resolve
        request.resolver_match = early[1]
        return early[1]

    @staticmethod
    async def in_worker(workers: ThreadPoolExecutor, function: Callable[..., T], *args: Any) -> T:
        return await sync_to_async(function, thread_sensitive=False, executor=workers)(*args)

    def respond(self, scope: Scope, body_file: IO[bytes], resolved: Resolved) -> HttpResponseBase:
        """The whole synchronous request, as ``WSGIHandler.__call__`` runs it.

        A complete (non-streaming) response is closed here, before its bytes are sent, so the
        database connection goes back to the pool without another trip to a thread."""
        signals.request_started.send(sender=self.__class__, scope=scope)
        request, response = self.create_request(scope, body_file)
        if request is not None:
            # Attributes Django's own handlers set too (``_handler_class``) or that only ours reads.
            request.resolved_on_arrival = resolved  # type: ignore[attr-defined]
            response = self.get_response(request)
            response._handler_class = self.__class__  # type: ignore[attr-defined]
            if isinstance(response, FileResponse):
                response.block_size = self.chunk_size
        if response is None:  # create_request returns a request or an error response, never neither
            raise RuntimeError("ASGIHandler.create_request returned neither a request nor a response")
        if not response.streaming:
            response.close()
        return response


def get_one_hop_asgi_application() -> OneHopASGIHandler:
    """Like ``django.core.asgi.get_asgi_application``."""
    import django

    django.setup(set_prefix=False)
    return OneHopASGIHandler()
