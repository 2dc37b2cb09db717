"""Administrators open the next campaign here (docs/operations.md); everyone sees the list of
campaigns. Each campaign's own zone is ``frontend.views.campaign_zone`` at /c/<slug>/."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts.models import User
from accounts.permissions import role_required
from campaigns.forms import CampaignForm, PhaseFormSet
from campaigns.models import Campaign
from campaigns.services import CampaignDraft, campaign_state, create_next_campaign, current_campaign
from events_server.errors import DomainError


@role_required(User.Role.ADMIN)
@require_http_methods(["GET", "POST"])
def new_campaign(request: HttpRequest) -> HttpResponse:
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
        "can_create": request.user.is_authenticated and request.user.has_role(User.Role.ADMIN),
    }
    return render(request, "campaigns/list.html", context)
