"""Short links, code images, Attachment 1, link statistics and join links.

Images and PDFs are drawn in a worker thread (``asyncio.to_thread``), never on the event loop
that also serves the live-room sockets."""

from __future__ import annotations

import asyncio
from typing import TypedDict

from asgiref.sync import sync_to_async
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from campaigns.models import Campaign
from campaigns.services import campaign_choice
from events_server.errors import NotAllowed
from qr import attribution, codes, posters
from qr.forms import LinkStateForm
from qr.models import LinkDailyCount, ShortLink
from qr.services import links, pages
from qr.tokens import TokenError, read_payload

ORGANISER_ROLES = (User.Role.ADMIN, User.Role.REVIEWER, User.Role.UNIVERSITY_STAFF, User.Role.PARTNER_STAFF)


@never_cache
@require_GET
def follow(request: HttpRequest, code: str) -> HttpResponse:
    """``/q/<code>``: count the scan or click by source, remember the link, redirect."""
    link = links.follow(code, request.GET.get("via", ""))  # a LinkError is the middleware's to show
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
    spec = code_spec(request, f"{pages.public_base_url(request)}{link.path}?via=qr", fmt)
    content = await asyncio.to_thread(codes.render, spec)  # a CodeError is the middleware's to show
    content_type = "image/png" if fmt == "png" else "image/svg+xml"
    return image_response(content, content_type, f"qr-{code}.{fmt}", request.GET.get("download") == "1")


class AttachmentContext(TypedDict):
    campaign: Campaign
    campaigns: list[Campaign]
    sections: list[links.AttachmentSection]
    base_url: str
    manageable: set[int]


def attachment_context(request: HttpRequest) -> AttachmentContext:
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
        raise NotAllowed(_("Your account's role does not give access to this page."))
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
        "funnel": links.funnel(totals),
        "table": [(row.day, [row.values[value] for value in metrics.values]) for row in reversed(rows)],
        "url": f"{pages.public_base_url(request)}{link.path}",
    }
    return render(request, "qr/link.html", context, status=400 if form.errors else 200)


@never_cache
@require_GET
def join(request: HttpRequest, token: str) -> HttpResponse:
    """A signed join link to a live session; tampered, expired or misused tokens get a 400 page."""
    value = read_payload("live.join", token, {"s"})
    if not isinstance(value["s"], int):
        raise TokenError("tampered")
    return redirect("livestream:session", pk=value["s"])
