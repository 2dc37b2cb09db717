"""Printable posters of live sessions and events, for their hosts, organisers and the fair's
companies: A4 PDF or 300 dpi PNG, once reviewers approved their words.

Images and PDFs are drawn in a worker thread (``asyncio.to_thread``), never on the event loop
that also serves the live-room sockets."""

from __future__ import annotations

import asyncio

from asgiref.sync import sync_to_async
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from accounts.models import User
from booking.models import Event
from booking.services.events import can_manage
from livestream.services import sessions
from posters import services as pages
from qr import posters
from qr.services.pages import public_base_url
from qr.views import image_response
from review import materials
from review.models import Material


def poster_text(request: HttpRequest, user: User, pk: int) -> posters.PosterText | Material:
    """The poster's text once reviewers approved it; otherwise its material, submitted for review."""
    session = sessions.access_hosted_session(user, pk)
    text = pages.live_poster_text(session, public_base_url(request))
    return approved_or_material(text, f"live:{session.pk}", session.company)


def approved_or_material(text: posters.PosterText, subject: str, owner) -> posters.PosterText | Material:
    material = materials.submit(Material.Kind.POSTER, subject, owner, pages.poster_copy(text))
    return text if material.status == Material.Status.APPROVED else material


def material_page(request: HttpRequest, material: Material) -> HttpResponse:
    status = 202 if material.status == Material.Status.PENDING else 403
    return render(request, "posters/review.html", {"material": material}, status=status)


@require_GET
async def live_poster(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """A printable poster of a live session for its hosts: A4 PDF or 300 dpi PNG."""
    return await serve_poster(request, poster_text, pk, fmt, f"live-{pk}-poster")


async def serve_poster(request: HttpRequest, build, pk: int, fmt: str, name: str) -> HttpResponse:
    """Who may have it and its approved text from ``build`` (sync, in a thread); drawn off the loop."""
    user = await request.auser()
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    text = await sync_to_async(build)(request, user, pk)
    if isinstance(text, Material):
        return await sync_to_async(material_page)(request, text)
    return await poster_response(text, fmt, name)


async def poster_response(text: posters.PosterText, fmt: str, name: str) -> HttpResponse:
    page = await asyncio.to_thread(posters.poster_page, text)
    if fmt == "pdf":
        content = await asyncio.to_thread(posters.to_pdf, [page])
        return image_response(content, "application/pdf", f"{name}.pdf", True)
    content = await asyncio.to_thread(posters.to_png, page)
    return image_response(content, "image/png", f"{name}.png", True)


def event_poster_text(request: HttpRequest, user: User, pk: int) -> posters.PosterText | Material:
    event = get_object_or_404(
        Event.objects.select_related("campaign", "organiser", "university", "venue"), pk=pk
    )
    at_the_fair = event.booths.filter(company_id=user.organisation_id, status="approved").exists()
    if event.status != Event.Status.APPROVED or not (can_manage(user, event) or at_the_fair):
        raise Http404(_("No such event."))
    owner = user.organisation or event.organiser
    text = pages.event_poster_text(event, owner, public_base_url(request))
    return approved_or_material(text, f"event:{event.pk}:{owner.pk}", owner)


@require_GET
async def event_poster(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """A poster of a campus session, visit or fair, for its organisers and the fair's companies."""
    return await serve_poster(request, event_poster_text, pk, fmt, f"event-{pk}-poster")
