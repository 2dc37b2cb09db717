from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from notifications import services


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        services.mark_all_read(request.user)
        return redirect("notifications:inbox")
    return render(request, "notifications/list.html", {"notifications": services.of(request.user)[:100]})
