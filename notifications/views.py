from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from accounts.http import AuthenticatedRequest
from notifications import services
from notifications.forms import PreferencesForm


@login_required
def inbox(request: AuthenticatedRequest) -> HttpResponse:
    if request.method == "POST":
        services.mark_all_read(request.user)
        return redirect("notifications:inbox")
    return render(
        request,
        "notifications/list.html",
        {"notifications": services.of(request.user)[:100], "unread": services.unread_count(request.user)},
    )


@never_cache
@require_GET
def unread(request: HttpRequest) -> JsonResponse:
    """The badge's count, for pages whose socket the worker's pushes do not reach."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login required"}, status=401)
    return JsonResponse({"unread": services.unread_count(request.user)})


@login_required
def preferences(request: AuthenticatedRequest) -> HttpResponse:
    pref = services.preference_of(request.user)
    form = PreferencesForm(request.POST or None, preference=pref)
    if request.method == "POST" and form.is_valid():
        services.save_preferences(request.user, form.cleaned_data["language"], form.channels())
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:preferences")
    return render(
        request,
        "notifications/preferences.html",
        {"form": form, "has_email": bool(request.user.email), "has_phone": bool(request.user.phone)},
    )
