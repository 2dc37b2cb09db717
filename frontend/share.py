"""Sharing a page: the web-app manifest and a QR code of any page of this site.

A student shares a job, a live session or an event from a phone: the share panel (the
``share_button`` tag) shows the page's link to copy and its QR code to show to a classmate's
camera. The code is drawn in a worker thread and cached like every other code (``qr.codes``)."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from qr import codes
from qr.services.pages import public_base_url

MAX_PATH = 300
ICON_SIZES = (192, 512)


def site_path(value: str) -> str | None:
    """``value`` when it is a path on this site (``/jobs/12/?x=1``), else None."""
    if not value or len(value) > MAX_PATH or not value.startswith("/") or value.startswith(("//", "/\\")):
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or any(ord(c) < 32 for c in value):
        return None
    return value


@require_GET
async def share_code(request: HttpRequest) -> HttpResponse:
    """``/share/qr.svg?path=/jobs/12/``: the QR code of a page of this site, as SVG."""
    path = site_path(request.GET.get("path", ""))
    if path is None:
        return HttpResponse(
            _("Give the path of a page on this site, such as /jobs/12/."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    spec = codes.CodeSpec(data=f"{public_base_url(request)}{path}", fmt="svg", size=240, level="M")
    try:
        content = await asyncio.to_thread(codes.render, spec)
    except codes.CodeError as error:
        return HttpResponse(error.message, status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content, content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def manifest(request: HttpRequest) -> JsonResponse:
    """``/manifest.webmanifest``: name, colours and icons for "add to home screen"."""
    icons = [
        {
            "src": static(f"frontend/icons/icon-{size}.png"),
            "sizes": f"{size}x{size}",
            "type": "image/png",
            "purpose": "any maskable",
        }
        for size in ICON_SIZES
    ]
    body = {
        "name": _("Shanhai recruitment · SME 100-day online recruitment"),
        "short_name": _("Shanhai recruitment"),
        "lang": request.LANGUAGE_CODE,
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#f5f7fa",
        "theme_color": "#0b5cad",
        "icons": icons,
    }
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    response["Cache-Control"] = "public, max-age=3600"
    return response
