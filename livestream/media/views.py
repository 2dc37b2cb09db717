"""Video endpoints: offer/answer for publishers and viewers (WHIP/WHEP-like, JSON), ICE servers,
and the HLS files (served here on one machine; nginx or a CDN serves them in production)."""

from __future__ import annotations

import json

from asgiref.sync import sync_to_async
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from events_server.errors import DomainError
from livestream.media import hls, placement
from livestream.media.hub import SeatsFull, hub
from livestream.services import sessions, stage, video_links


def error(exc: DomainError, **extra: object) -> JsonResponse:
    return JsonResponse(
        {"error": {"code": exc.code, "message": exc.message}, **extra}, status=exc.status_code
    )


def read_json(request: HttpRequest) -> object:
    try:
        return json.loads(request.body or b"{}")
    except (ValueError, RecursionError):  # deep nesting raises RecursionError
        raise DomainError(_("The request is not valid JSON.")) from None


def owner_key(request: HttpRequest, user) -> str:
    if user.is_authenticated:
        return f"u{user.pk}"
    # Only a viewer id this server signed counts; a cookie the client made up counts as its address.
    viewer = sessions.verified_viewer_id(request.COOKIES.get("lv", ""))
    return "a" + (viewer or request.META.get("REMOTE_ADDR", ""))


@require_GET
def ice_servers(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"iceServers": stage.ice_servers(request.user)})


@require_GET
def where(request: HttpRequest, pk: int) -> JsonResponse:
    """Where the page sends this session's offers: a media worker's URL prefix ("" = this site's
    default media upstream). Any process answers; a session without a live worker is placed now."""
    session = stage.check_viewer(request.user, pk)
    if session.state != session.State.LIVE:
        return JsonResponse(placement.NOWHERE)
    return JsonResponse(placement.where(pk))


class Moved(DomainError):
    status_code = 421  # Misdirected Request: ask for the placement and send the offer there
    code = "moved"


async def elsewhere(pk: int) -> tuple[JsonResponse | None, bool]:
    """(a "moved" answer if the session is placed on another worker, whether this worker continues it)."""
    if not placement.enabled():
        return None, False  # one media process: every session is here
    found, resume = await sync_to_async(placement.route)(pk, settings.MEDIA_WORKER_ID)
    if found is None:
        return None, resume
    moved = Moved(_("The video moved to another server. Reconnecting…"))
    return error(moved, placement=found.as_json()), False


@require_POST
async def publish(request: HttpRequest, pk: int, worker: str = "") -> JsonResponse:
    user = await request.auser()
    try:
        await sync_to_async(stage.check_publisher)(user, pk)
        offer = stage.clean_offer(read_json(request))
        moved, resume = await elsewhere(pk)
        if moved is not None:
            return moved
        peer, answer = await hub.publish(pk, f"u{user.pk}", offer, resume=resume)
    except DomainError as exc:
        return error(exc)
    return JsonResponse({"peer": peer, "sdp": answer, "type": "answer"})


@require_POST
async def view(request: HttpRequest, pk: int, worker: str = "") -> JsonResponse:
    user = await request.auser()
    try:
        await sync_to_async(stage.check_live_viewer)(user, pk)
        offer = stage.clean_offer(read_json(request))
        moved, resume = await elsewhere(pk)
        if moved is not None:
            return moved
        peer, answer = await hub.view(pk, owner_key(request, user), offer, resume=resume)
    except SeatsFull as exc:
        return error(exc, fallback="hls")
    except DomainError as exc:
        return error(exc)
    return JsonResponse({"peer": peer, "sdp": answer, "type": "answer"})


@require_POST
async def leave(request: HttpRequest, pk: int, worker: str = "") -> JsonResponse:
    """Close one's own peer: a viewer leaving, or a host handing the camera over."""
    user = await request.auser()
    try:
        body = read_json(request)
    except DomainError as exc:
        return error(exc)
    peer = hub.peers.get(body.get("peer", "") if isinstance(body, dict) else "")
    if peer is None or peer.session_id != pk or peer.owner != owner_key(request, user):
        return JsonResponse({"error": {"code": "not_found", "message": _("No such connection.")}}, status=404)
    await hub.close_peer(peer.id)
    return JsonResponse({"closed": True})


def hls_response(pk: int, name: str, *, shared: bool) -> HttpResponse:
    """A playlist or segment, read whole (segments are 40-60 KB). Live playlists may be cached for
    one segment (nginx: proxy_cache_lock, one origin request a second however many viewers),
    segments for good; nothing varies by language or cookie (``response.shared_cache``)."""
    if not hls.FILE_NAME.match(name) or (name.endswith(".ts") and not hls.segment_listed(pk, name)):
        raise Http404(_("The stream has not started yet."))
    try:
        body = (hls.session_dir(pk) / name).read_bytes()
    except FileNotFoundError:
        raise Http404(_("The stream has not started yet.")) from None
    playlist = name.endswith(".m3u8")
    response = HttpResponse(body, content_type="application/vnd.apple.mpegurl" if playlist else "video/mp2t")
    scope = "public" if shared else "private"
    age = f"max-age={hls.segment_seconds()}" if playlist else "max-age=31536000, immutable"
    response["Cache-Control"] = f"{scope}, {age}"
    response.shared_cache = shared  # type: ignore[attr-defined]  # livestream.media.middleware drops Vary
    return response


@require_GET
def hls_file(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    """A public session's files (anyone may cache them). A login-only session's too, for a
    logged-in viewer, but kept out of shared caches; its page uses the signed paths below. A sync
    view: the request's one worker thread checks the viewer and reads the file."""
    if not hls.FILE_NAME.match(name):
        raise Http404
    session = stage.check_viewer(request.user, pk)
    return hls_response(pk, name, shared=not session.login_to_watch)


@require_GET
def hls_signed_file(request: HttpRequest, pk: int, expires: str, token: str, name: str) -> HttpResponse:
    """A login-only session's files under a signed, expiring path. nginx checks the signature
    itself (secure_link) and caches the answer; this check serves ``make run`` without nginx."""
    if not hls.check_signature(pk, expires, token):
        return HttpResponse(
            _("This video link has expired. Reload the page."), status=403, content_type="text/plain"
        )
    return hls_response(pk, name, shared=True)


@require_GET
def hls_link(request: HttpRequest, pk: int) -> JsonResponse:
    """A fresh playlist URL for the page's player (after its signed link expired)."""
    try:
        url = video_links.hls_url(request.user, pk, request.GET.get("replay") == "1")
    except DomainError as exc:
        return error(exc)
    return JsonResponse({"url": url})
