"""Signing in: by phone and SMS code (new numbers sign up), and resetting a password by SMS."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import SetPasswordForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from accounts import identity, phone_codes
from accounts.identity_forms import PhoneSignInForm
from accounts.models import PhoneCode, User
from accounts.sms import SmsError
from events_server.clientip import request_address

BACKEND = "django.contrib.auth.backends.ModelBackend"
RESET_SESSION_KEY = "accounts_sms_reset"
VERIFIED_PHONE_SESSION_KEY = "accounts_verified_phone"
VERIFIED_PHONE_SECONDS = 1800  # time to fill in the company form after the code was right
RESET_SECONDS = 600  # time to choose a new password after the code was right


def _safe_next(request: HttpRequest) -> str:
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next") or request.GET.get("next") or ""
    if target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return ""


def _send(request: HttpRequest, form: PhoneSignInForm, purpose: str) -> int | None:
    """Send a code for the form's phone; a refusal becomes a form error. Returns the status."""
    try:
        phone_codes.send_code(form.cleaned_data["phone"], purpose, request_address(request))
    except phone_codes.CodeRefused as refused:
        form.add_error(None, refused.message)
        return 429
    except SmsError:
        form.add_error(None, _("The text message could not be sent. Try again later."))
        return 503
    messages.success(request, _("A six-digit code was sent to your phone. It is valid for 5 minutes."))
    return None


def phone_sign_in(request: HttpRequest) -> HttpResponse:
    sending = request.POST.get("action") == "send"
    form = PhoneSignInForm(request.POST or None, sending=sending)
    status = 200
    sent = False
    if request.method == "POST" and form.is_valid():
        phone = form.cleaned_data["phone"]
        if sending:
            status = _send(request, form, PhoneCode.Purpose.SIGN_IN) or 200
            sent = status == 200
        elif not phone_codes.check_code(phone, PhoneCode.Purpose.SIGN_IN, form.cleaned_data["code"]):
            form.add_error("code", _("The code is wrong or has expired. Ask for a new one if needed."))
            status = 400
        elif form.cleaned_data.get("kind") == "recruiter" and not User.objects.filter(phone=phone).exists():
            # A new recruiter registers the company next; the proven number goes with the form.
            request.session[VERIFIED_PHONE_SESSION_KEY] = {"phone": phone, "at": int(time.time())}
            return redirect("accounts:register_company")
        else:
            try:
                user, created = identity.sign_in_with_phone(phone, request_address(request))
            except identity.SignInRefused as refused:
                form.add_error(None, refused.message)
                status = 429
            else:
                login(request, user, backend=BACKEND)
                if created:
                    messages.success(
                        request, _("Welcome! Complete your graduate profile to apply in one tap.")
                    )
                    return redirect("accounts:profile")
                return redirect(_safe_next(request) or settings.LOGIN_REDIRECT_URL)
    sent = sent or bool(request.POST.get("sent"))
    context = {"form": form, "next": _safe_next(request), "sent": sent}
    return render(request, "accounts/phone_sign_in.html", context, status=status)


def sms_password_reset(request: HttpRequest) -> HttpResponse:
    """Step one: prove the phone with a code. The account's password is then set in step two."""
    sending = request.POST.get("action") == "send"
    form = PhoneSignInForm(request.POST or None, sending=sending)
    status = 200
    sent = False
    if request.method == "POST" and form.is_valid():
        phone = form.cleaned_data["phone"]
        known = User.objects.filter(phone=phone, is_active=True).exists()
        if sending:
            # The same answer whether or not an account has this number (no account discovery).
            if known:
                status = _send(request, form, PhoneCode.Purpose.RESET) or 200
            else:
                messages.success(
                    request, _("A six-digit code was sent to your phone. It is valid for 5 minutes.")
                )
            sent = status == 200
        elif known and phone_codes.check_code(phone, PhoneCode.Purpose.RESET, form.cleaned_data["code"]):
            user = User.objects.get(phone=phone)
            request.session[RESET_SESSION_KEY] = {"user": user.pk, "at": int(time.time())}
            return redirect("accounts:sms_password_reset_set")
        else:
            form.add_error("code", _("The code is wrong or has expired. Ask for a new one if needed."))
            status = 400
    sent = sent or bool(request.POST.get("sent"))
    return render(request, "accounts/sms_password_reset.html", {"form": form, "sent": sent}, status=status)


@sensitive_post_parameters("new_password1", "new_password2")
def sms_password_reset_set(request: HttpRequest) -> HttpResponse:
    state = request.session.get(RESET_SESSION_KEY) or {}
    user_pk = state.get("user")
    user = User.objects.filter(pk=user_pk, is_active=True).first() if user_pk is not None else None
    if user is None or time.time() - state.get("at", 0) > RESET_SECONDS:
        request.session.pop(RESET_SESSION_KEY, None)
        messages.error(request, _("The reset has expired. Ask for a new code."))
        return redirect("accounts:sms_password_reset")
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        request.session.pop(RESET_SESSION_KEY, None)
        messages.success(request, _("Your password has been set. You can log in with it now."))
        return redirect(reverse("accounts:login"))
    return render(request, "accounts/sms_password_reset_set.html", {"form": form})


def verified_phone(request: HttpRequest) -> str:
    """The phone number this browser proved by SMS code for a company sign-up, if still fresh."""
    state = request.session.get(VERIFIED_PHONE_SESSION_KEY) or {}
    if time.time() - state.get("at", 0) > VERIFIED_PHONE_SECONDS:
        return ""
    return state.get("phone", "")
