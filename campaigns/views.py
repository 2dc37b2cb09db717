"""Administrators open the next campaign here (docs/operations.md); everyone sees the list of
campaigns. Each campaign's own zone is ``frontend.views.campaign_zone`` at /c/<slug>/."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from accounts.roles import is_platform_admin
from campaigns.forms import CampaignForm, MemberForm, PhaseFormSet
from campaigns.models import Campaign, CampaignOrganisation
from campaigns.services import (
    CampaignDraft,
    add_member,
    campaign_state,
    create_next_campaign,
    current_campaign,
    remove_member,
)
from events_server.errors import DomainError


@role_required(User.Role.ADMIN)
@require_http_methods(["GET", "POST"])
def new_campaign(request: AuthenticatedRequest) -> HttpResponse:
    current = current_campaign()
    form = CampaignForm(request.POST or None, initial={"carry_over_from": current.slug if current else None})
    rows = PhaseFormSet(request.POST or None, prefix="phases")
    if request.method == "POST" and form.is_valid() and rows.is_valid():
        data = form.cleaned_data
        draft = CampaignDraft(
            slug=data["slug"],
            name=data["name"],
            theme=data["theme"],
            notice_reference=data["notice_reference"],
            summary=data["summary"],
            phases=[phase for row in rows for phase in [row.phase()] if phase],
        )
        try:
            source = data["carry_over_from"]
            campaign = create_next_campaign(draft, actor=request.user, carry_over_from=source)
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            messages.success(request, _("%(name)s is open.") % {"name": campaign.name})
            return redirect("campaigns:list")
    status = 400 if request.method == "POST" else 200
    return render(request, "campaigns/new.html", {"form": form, "rows": rows}, status=status)


@require_GET
def campaign_list(request: HttpRequest) -> HttpResponse:
    current = current_campaign()
    campaigns = [
        (campaign, campaign_state(campaign), campaign == current)
        for campaign in Campaign.objects.prefetch_related("phases")
    ]
    context = {
        "campaigns": campaigns,
        "current": current,
        "can_create": is_platform_admin(request.user),
    }
    return render(request, "campaigns/list.html", context)


@role_required(User.Role.ADMIN)
@require_http_methods(["GET", "POST"])
def members(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    """``/c/<slug>/organisations/``: the campaign's hosts, organisers, partners and participants."""
    campaign = get_object_or_404(Campaign, slug=slug)
    form = MemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            add_member(
                campaign, data["organisation"], data["role"], actor=request.user, zone_url=data["zone_url"]
            )
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            messages.success(request, _("%(name)s added.") % {"name": data["organisation"].name})
            return redirect("campaigns:members", slug=campaign.slug)
    rows = campaign.memberships.select_related("organisation").order_by("role", "position", "pk")
    context = {"campaign": campaign, "form": form, "rows": rows}
    return render(request, "campaigns/members.html", context, status=400 if form.errors else 200)


@role_required(User.Role.ADMIN)
@require_http_methods(["POST"])
def member_remove(request: AuthenticatedRequest, slug: str, pk: int) -> HttpResponse:
    member = get_object_or_404(
        CampaignOrganisation.objects.select_related("campaign"), pk=pk, campaign__slug=slug
    )
    remove_member(member, actor=request.user)
    messages.success(request, _("%(name)s removed.") % {"name": member.organisation.name})
    return redirect("campaigns:members", slug=slug)
