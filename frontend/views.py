from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from campaigns.models import Campaign
from campaigns.services import campaign_state, current_campaign
from frontend.health import health_report
from frontend.services import archive_context, zone_context
from jobs.services import zone_counters


@require_GET
def zone(request: HttpRequest) -> HttpResponse:
    campaign = current_campaign()
    if campaign is None:
        return render(request, "frontend/no_campaign.html", status=503)
    return render(request, "frontend/zone.html", {"campaign": campaign, **zone_context(campaign)})


@require_GET
def campaign_zone(request: HttpRequest, slug: str) -> HttpResponse:
    """Any campaign's zone at its own address; the current one lives at ``/``."""
    campaign = get_object_or_404(Campaign.objects.prefetch_related("phases"), slug=slug)
    current = current_campaign()
    if campaign == current:
        return redirect("frontend:zone")
    context = {
        "campaign": campaign,
        "archived": True,
        "state": campaign_state(campaign),
        "current": current,
        **archive_context(campaign),
    }
    return render(request, "frontend/zone.html", context)


@require_GET
def counters(request: HttpRequest) -> JsonResponse:
    campaign = current_campaign()
    if campaign is None:
        raise Http404
    response = JsonResponse(zone_counters(campaign))
    response["Cache-Control"] = "public, max-age=10"
    return response


@never_cache
@require_GET
async def healthz(request: HttpRequest) -> JsonResponse:
    report = await health_report()
    return JsonResponse(report, status=200 if report["status"] == "ok" else 503)
