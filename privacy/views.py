from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from accounts.http import AuthenticatedRequest
from events_server import ratelimit
from privacy import erasure, exports, services
from privacy.forms import DeleteAccountForm, NoticeConsentForm, SharingForm


def notice(request: HttpRequest) -> HttpResponse:
    current = services.current_notice()
    if current is None:
        raise Http404
    return render(request, "privacy/notice.html", {"notice": current})


@login_required
def consent(request: AuthenticatedRequest) -> HttpResponse:
    current = services.needs_consent(request.user)
    target = request.POST.get("next") or request.GET.get("next") or ""
    if not (
        target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    ):
        target = ""  # only a path on this site (a bare word would be taken for a URL name)
    if current is None:
        return redirect(target or "accounts:home")
    form = NoticeConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.record_consent(request.user, current)
        return redirect(target or "accounts:home")
    return render(request, "privacy/consent.html", {"notice": current, "form": form, "next": target})


@login_required
def sharing(request: AuthenticatedRequest) -> HttpResponse:
    form = SharingForm(
        request.POST if request.method == "POST" else None,
        initial={"share": services.sharing_allowed(request.user)},
    )
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["share"] and services.current_notice() is None:
            form.add_error(
                "share", _("The privacy notice has not been published yet; sharing cannot be agreed to.")
            )
            return render(request, "privacy/sharing.html", {"form": form}, status=409)
        services.set_sharing(request.user, form.cleaned_data["share"])
        messages.success(request, _("Your choice is saved."))
        return redirect("privacy:sharing")
    return render(request, "privacy/sharing.html", {"form": form})


@login_required
def my_data(request: AuthenticatedRequest) -> HttpResponse:
    return render(request, "privacy/my_data.html", {"sharing": services.sharing_allowed(request.user)})


@login_required
def export(request: AuthenticatedRequest) -> HttpResponseBase:
    """Everything kept about the signed-in person, as a zip streamed from a temporary file."""
    if request.method != "POST":
        return redirect("privacy:mine")
    if not ratelimit.allow(f"privacy-export:{request.user.pk}", 5, 3600):
        messages.error(request, _("You have downloaded your data several times this hour. Try again later."))
        return redirect("privacy:mine")
    name = f"shanhai-personal-data-{timezone.localdate():%Y%m%d}.zip"
    return FileResponse(exports.export_file(request.user), as_attachment=True, filename=name)


@login_required
def delete_account(request: AuthenticatedRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        erasure.delete_account(request.user, actor=request.user, reason="requested by the person")
        logout(request)
        messages.success(request, _("Your account has been deleted and your personal data erased."))
        return redirect("frontend:zone")
    return render(request, "privacy/delete.html", {"form": form})
