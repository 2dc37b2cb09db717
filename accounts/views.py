"""Sign-up, the graduate profile and the role home page."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _

from accounts import identity, services
from accounts.forms import CompanySignupForm, GraduateProfileForm, SignupForm
from accounts.http import AuthenticatedRequest
from accounts.models import GraduateProfile, User
from accounts.permissions import role_required
from accounts.roles import is_platform_admin
from events_server import uploads
from events_server.clientip import request_address
from qr import attribution

ROLE_HOMES: dict[str, str] = {
    User.Role.STUDENT: "jobs:my_applications",
    User.Role.RECRUITER: "jobs:recruit_dashboard",
    User.Role.ADMIN: "admin:index",
}


def _safe_next(request: HttpRequest, default: str = "") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


def _signup_throttled(request: HttpRequest, form: Any) -> bool:
    """Count a sign-up from the client's address; past the limit the form says how long to wait."""
    if identity.signup_allowed(request_address(request)):
        return False
    form.add_error(None, identity.signup_refused_message(request_address(request)))
    return True


def register_student(request: HttpRequest) -> HttpResponse:
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not _signup_throttled(request, form):
        user = services.register_student(form.save(commit=False))
        attribution.credit_request(request, attribution.REGISTRATION)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Complete your graduate profile to apply in one tap."))
        next_url = _safe_next(request)
        profile_url = reverse("accounts:profile")
        return redirect(f"{profile_url}?{urlencode({'next': next_url})}" if next_url else profile_url)
    return render(request, "accounts/register.html", {"form": form, "next": _safe_next(request)})


def register_company(request: HttpRequest) -> HttpResponse:
    from accounts.identity_views import VERIFIED_PHONE_SESSION_KEY, verified_phone

    phone = verified_phone(request)
    form = CompanySignupForm(request.POST or None, request.FILES or None, verified_phone=phone)
    if request.method == "POST" and form.is_valid() and not _signup_throttled(request, form):
        request.session.pop(VERIFIED_PHONE_SESSION_KEY, None)
        user = form.save(commit=False)
        services.register_company(user, form.cleaned_data)
        attribution.credit_request(request, attribution.REGISTRATION)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Company registered. Post your first job."))
        return redirect("jobs:recruit_dashboard")
    return render(request, "accounts/register_company.html", {"form": form, "verified_phone": phone})


@login_required
def home(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    if is_platform_admin(user):
        return redirect("admin:index")
    if user.role == User.Role.STUDENT and not hasattr(user, "graduate_profile"):
        return redirect("accounts:profile")
    return redirect(ROLE_HOMES.get(user.role, "accounts:organisation"))


@role_required(User.Role.STUDENT)
def profile(request: AuthenticatedRequest) -> HttpResponse:
    instance = GraduateProfile.objects.filter(user=request.user).first() or GraduateProfile(user=request.user)
    form = GraduateProfileForm(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        services.save_profile(
            form.save(commit=False),
            form.cleaned_data["preferred_regions"],
            form.cleaned_data["preferred_fields"],
        )
        messages.success(request, _("Profile saved."))
        return redirect(_safe_next(request) or "jobs:my_applications")
    return render(request, "accounts/profile.html", {"form": form, "next": _safe_next(request)})


@role_required(User.Role.STUDENT)
def resume(request: AuthenticatedRequest) -> HttpResponseBase:
    profile = GraduateProfile.objects.filter(user=request.user).first()
    if profile is None or not profile.resume:
        raise Http404
    return uploads.serve(profile.resume, "resume")


@role_required(User.Role.UNIVERSITY_STAFF, User.Role.REVIEWER, User.Role.PARTNER_STAFF, User.Role.ADMIN)
def organisation(request: AuthenticatedRequest) -> HttpResponse:
    org = request.user.organisation
    return render(request, "accounts/organisation.html", {"organisation": org})
