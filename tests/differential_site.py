"""A small site for ``tests/test_handler_differential.py``: every kind of request and response the
stock ASGI handler and ours must treat alike. Test-only; the test points ROOT_URLCONF here."""

from __future__ import annotations

import hashlib
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import path, reverse
from django.views.decorators.csrf import csrf_exempt

# The file the file view serves; the test writes it.
served_file: dict[str, Path] = {}


def plain(request: HttpRequest) -> HttpResponse:
    response = JsonResponse({"method": request.method, "query": request.GET.dict(), "urlconf": "root"})
    response["X-Shanhai"] = "山海有约".encode().decode("latin1")
    response.set_cookie("seen", "1", max_age=60)
    return response


@csrf_exempt
def echo(request: HttpRequest) -> HttpResponse:
    """The body back, with its length and digest."""
    body = request.body
    return HttpResponse(
        body, headers={"X-Length": str(len(body)), "X-Sha256": hashlib.sha256(body).hexdigest()}
    )


@csrf_exempt
def form(request: HttpRequest) -> HttpResponse:
    files = {
        name: {"name": upload.name, "size": upload.size, "sha256": hashlib.sha256(upload.read()).hexdigest()}
        for name, upload in request.FILES.items()
    }
    return JsonResponse({"fields": request.POST.dict(), "files": files})


def download(request: HttpRequest) -> FileResponse:
    return FileResponse(served_file["path"].open("rb"), as_attachment=True, filename="招聘公告.pdf")


def parts() -> Iterator[bytes]:
    for number in range(5):
        yield f"第{number}段".encode() * 20_000


async def async_parts() -> AsyncIterator[bytes]:
    for part in parts():
        yield part


def stream(request: HttpRequest) -> StreamingHttpResponse:
    return StreamingHttpResponse(parts(), content_type="text/plain; charset=utf-8")


def async_stream(request: HttpRequest) -> StreamingHttpResponse:
    return StreamingHttpResponse(async_parts(), content_type="text/plain; charset=utf-8")


async def async_page(request: HttpRequest) -> HttpResponse:
    return HttpResponse(f"异步 {request.path}")


def broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug the visitor must not see")


def where(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {
            "path": request.path,
            "path_info": request.path_info,
            "script_name": request.META["SCRIPT_NAME"],
            "reverse": reverse("plain"),
            "absolute": request.build_absolute_uri(),
        }
    )


def slow(request: HttpRequest) -> HttpResponse:
    """Long enough for the client to leave first."""
    time.sleep(0.3)
    return HttpResponse("慢")


def other_plain(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"urlconf": "other", "path": request.path})


class UrlconfSwitch:
    """A middleware that serves a request from another URL conf when it asks to, and an old
    address from its new view by rewriting ``path_info``."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.headers.get("X-Urlconf") == "other":
            request.urlconf = "tests.differential_other_urls"
        if request.path_info == "/old-plain/":
            request.path_info = "/plain/"
        return self.get_response(request)


urlpatterns = [
    path("plain/", plain, name="plain"),
    path("old-plain/", async_page),
    path("echo/", echo),
    path("form/", form),
    path("download/", download),
    path("stream/", stream),
    path("async-stream/", async_stream),
    path("async/", async_page),
    path("broken/", broken),
    path("where/", where),
    path("slow/", slow),
]
