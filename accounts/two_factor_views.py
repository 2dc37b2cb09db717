"""Setting up and entering the second factor (see ``accounts.two_factor``)."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts import two_factor as tf
from accounts.http import AuthenticatedRequest


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Code from your authenticator app, or a recovery code"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "autofocus": True}
        ),
    )


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return ""


@login_required
def two_factor(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    form = TokenForm(request.POST or None)
    device = tf.confirmed_totp(user)
    if device is None:  # first time: set up an authenticator app
        pending = tf.pending_totp(user)
        if request.method == "POST" and form.is_valid():
            codes = tf.confirm(request, pending, form.cleaned_data["token"])
            if codes is not None:
                return render(
                    request, "accounts/two_factor_codes.html", {"codes": codes, "next": _next(request)}
                )
            form.add_error("token", _("The code is not right. Check the time on your phone and try again."))
        context = {
            "form": form,
            "next": _next(request),
            "qr": tf.qr_data_uri(pending),
            "secret": tf.secret_text(pending),
        }
        return render(request, "accounts/two_factor_setup.html", context, status=400 if form.errors else 200)
    if request.method == "POST" and form.is_valid():
        if tf.verify(request, form.cleaned_data["token"]):
            return redirect(_next(request) or "accounts:home")
        form.add_error("token", _("The code is not right, or too many tries: wait a moment and try again."))
    return render(
        request,
        "accounts/two_factor_verify.html",
        {"form": form, "next": _next(request)},
        status=400 if form.errors else 200,
    )


@login_required
def recovery_codes(request: AuthenticatedRequest) -> HttpResponse:
    """New recovery codes (the old ones stop working), for a verified session only."""
    if request.method != "POST" or not request.user.is_verified():  # type: ignore[attr-defined]  # OTPMiddleware adds it
        return redirect("accounts:two_factor")
    codes = tf.new_recovery_codes(request.user)
    return render(request, "accounts/two_factor_codes.html", {"codes": codes, "next": ""})
