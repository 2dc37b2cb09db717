"""Short links, code images, Attachment 1, link statistics, posters and join links.

Images and PDFs are drawn in a worker thread (``asyncio.to_thread``), never on the event loop
that also serves the live-room sockets."""

from __future__ import annotations

import asyncio

from asgiref.sync import sync_to_async
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from campaigns.services import campaign_choice
from livestream.services import sessions
from qr import codes, posters
from qr.forms import LinkStateForm
from qr.models import LinkDailyCount, ShortLink
from qr.services import attribution, links, pages
from qr.tokens import TokenError, read_token
from review import materials
from review.models import Material

ORGANISER_ROLES = (User.Role.ADMIN, User.Role.REVIEWER, User.Role.UNIVERSITY_STAFF, User.Role.PARTNER_STAFF)


def error_page(request: HttpRequest, message: str, status: int) -> HttpResponse:
    return render(request, "frontend/error.html", {"message": message}, status=status)


@never_cache
@require_GET
def follow(request: HttpRequest, code: str) -> HttpResponse:
    """``/q/<code>``: count the scan or click by source, remember the link, redirect."""
    try:
        link = links.follow(code, request.GET.get("via", ""))
    except links.LinkError as error:
        return error_page(request, error.message, error.status)
    return attribution.remember(HttpResponseRedirect(link.target), link.pk)


def code_spec(request: HttpRequest, data: str, fmt: str) -> codes.CodeSpec:
    size = request.GET.get("size", "480")
    if not (size.isascii() and size.isdigit()):  # "²" is a digit to str.isdigit, not to int()
        raise codes.CodeError(_("The size must be a whole number of pixels."))
    logo = request.GET.get("logo") == "1"
    level = request.GET.get("level", "H" if logo else "M").upper()
    return codes.CodeSpec(data=data, fmt=fmt, size=int(size), level=level, logo=logo).validate()


def image_response(content: bytes, content_type: str, filename: str, download: bool) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Cache-Control"] = "public, max-age=3600"
    if download:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
async def code_image(request: HttpRequest, code: str, fmt: str) -> HttpResponse:
    """``/q/<code>/qr.png`` or ``.svg``; ``size``, ``level`` (L/M/Q/H) and ``logo=1`` choose the look."""
    link = await ShortLink.objects.filter(code=code).afirst() if links.is_code(code) else None
    if link is None:
        raise Http404(_("There is no link with this code."))
    try:
        spec = code_spec(request, f"{pages.public_base_url(request)}{link.path}?via=qr", fmt)
        content = await asyncio.to_thread(codes.render, spec)
    except codes.CodeError as error:
        return await sync_to_async(error_page)(request, error.message, 400)
    content_type = "image/png" if fmt == "png" else "image/svg+xml"
    return image_response(content, content_type, f"qr-{code}.{fmt}", request.GET.get("download") == "1")


def attachment_context(request: HttpRequest) -> dict[str, object]:
    """``?campaign=<slug>`` picks an earlier campaign's links (each campaign has its own codes)."""
    campaign, campaigns = campaign_choice(request.GET.get("campaign"))
    if campaign is None:
        raise Http404(_("No campaign is running."))
    sections = links.attachment_links(campaign)
    every_link = [link for section in sections for link in section.links]
    return {
        "campaign": campaign,
        "campaigns": campaigns,
        "sections": sections,
        "base_url": pages.public_base_url(request),
        "manageable": {link.pk for link in every_link if links.can_manage(request.user, link)},
    }


@role_required(*ORGANISER_ROLES)
@require_GET
def attachment(request: AuthenticatedRequest) -> HttpResponse:
    """Attachment 1: every link and code for portal home pages, with downloads."""
    return render(request, "qr/attachment.html", attachment_context(request))


def attachment_pdf_pages(request: HttpRequest) -> tuple[str, list[posters.SheetEntry]]:
    context = attachment_context(request)
    return pages.sheet_title(context["campaign"]), pages.sheet_entries(
        context["sections"], context["base_url"]
    )


@require_GET
async def attachment_pdf(request: HttpRequest) -> HttpResponse:
    user = await request.auser()
    if not user.is_authenticated or not user.has_role(*ORGANISER_ROLES):
        return await sync_to_async(error_page)(
            request, _("Your account's role does not give access to this page."), 403
        )
    title, entries = await sync_to_async(attachment_pdf_pages)(request)
    content = await asyncio.to_thread(lambda: posters.to_pdf(posters.attachment_pages(title, entries)))
    return image_response(content, "application/pdf", "attachment-1.pdf", True)


@require_http_methods(["GET", "POST"])
def link_detail(request: HttpRequest, code: str) -> HttpResponse:
    """The owner's view of one link: scans and arrivals per day, switch off, set an expiry."""
    link = get_object_or_404(ShortLink.objects.select_related("organisation", "campaign"), code=code)
    if not links.can_manage(request.user, link):
        raise Http404(_("There is no link with this code."))
    form = LinkStateForm(request.POST or None, link=link)
    if request.method == "POST" and form.is_valid():
        try:
            links.set_state(link, actor=request.user, **form.cleaned_data)
        except links.LinkError as error:
            form.add_error("expires_at", error.message)
        else:
            return redirect("qr:link", code=link.code)
    rows = links.daily_table(link)
    metrics = LinkDailyCount.Metric
    totals = links.totals([link])[link.pk]
    context = {
        "link": link,
        "form": form,
        "rows": rows,
        "peak": max([row.scans for row in rows] + [1]),
        "totals": [(label, totals[value]) for value, label in metrics.choices],
        "table": [(row.day, [row.values[value] for value in metrics.values]) for row in reversed(rows)],
        "url": f"{pages.public_base_url(request)}{link.path}",
    }
    return render(request, "qr/link.html", context, status=400 if form.errors else 200)


def poster_text(request: HttpRequest, user: User, pk: int) -> posters.PosterText | Material:
    """The poster's text once reviewers approved it; otherwise its material, submitted for review."""
    session = sessions.access_hosted_session(user, pk)
    text = pages.live_poster_text(session, pages.public_base_url(request))
    return approved_or_material(text, f"live:{session.pk}", session.company)


def approved_or_material(text: posters.PosterText, subject: str, owner) -> posters.PosterText | Material:
    material = materials.submit(Material.Kind.POSTER, subject, owner, pages.poster_copy(text))
    return text if material.status == Material.Status.APPROVED else material


def material_page(request: HttpRequest, material: Material) -> HttpResponse:
    status = 202 if material.status == Material.Status.PENDING else 403
    return render(request, "qr/poster_review.html", {"material": material}, status=status)


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


def token_value(request: HttpRequest, purpose: str, token: str, keys: set[str]) -> dict | HttpResponse:
    """The token's payload (a dict holding ``keys``), or the 400 page saying why it is refused."""
    try:
        value = read_token(purpose, token).value
    except TokenError as error:
        return render(request, "qr/token_error.html", {"error": error}, status=400)
    if not isinstance(value, dict) or not keys <= value.keys():
        return render(request, "qr/token_error.html", {"error": TokenError("tampered")}, status=400)
    return value


@never_cache
@require_GET
def join(request: HttpRequest, token: str) -> HttpResponse:
    """A signed join link to a live session; tampered, expired or misused tokens get a 400 page."""
    value = token_value(request, "live.join", token, {"s"})
    if isinstance(value, HttpResponse):
        return value
    if not isinstance(value["s"], int):
        return render(request, "qr/token_error.html", {"error": TokenError("tampered")}, status=400)
    return redirect("livestream:session", pk=value["s"])


def event_poster_text(request: HttpRequest, user: User, pk: int) -> posters.PosterText | Material:
    from booking.models import Event
    from booking.services.events import can_manage

    event = get_object_or_404(
        Event.objects.select_related("campaign", "organiser", "university", "venue"), pk=pk
    )
    at_the_fair = event.booths.filter(company_id=user.organisation_id, status="approved").exists()
    if event.status != Event.Status.APPROVED or not (can_manage(user, event) or at_the_fair):
        raise Http404(_("No such event."))
    owner = user.organisation or event.organiser
    text = pages.event_poster_text(event, owner, pages.public_base_url(request))
    return approved_or_material(text, f"event:{event.pk}:{owner.pk}", owner)


@require_GET
async def event_poster(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """A poster of a campus session, visit or fair, for its organisers and the fair's companies."""
    return await serve_poster(request, event_poster_text, pk, fmt, f"event-{pk}-poster")
