"""Offer pages: the recruiter makes one, the student answers, the career office sees 就业去向."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from events_server.errors import DomainError
from jobs.services import access_company_application
from offers import services
from offers.forms import AgreementForm, AnswerForm, OfferForm

RECRUITER = (User.Role.RECRUITER, User.Role.ADMIN)


@require_http_methods(["GET", "POST"])
@role_required(*RECRUITER)
def recruit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Make an offer from an application, and see the offers made on it."""
    application = access_company_application(request.user, pk)
    form = OfferForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.make_offer(request.user, application, **form.cleaned_data)
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
            status = error.status_code
        else:
            messages.success(request, _("Offer sent; the candidate is told now."))
            return redirect("offers:recruit", pk=application.pk)
    context = {"application": application, "offers": services.offers_of(application), "form": form}
    return render(
        request, "offers/recruit.html", context, status=400 if form.errors and status == 200 else status
    )


@require_http_methods(["GET", "POST"])
@role_required(User.Role.STUDENT)
def mine(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The student's offers on one application: accept or decline before the deadline."""
    application = services.student_application(request.user, pk)
    status = 200
    if request.method == "POST":
        form = AnswerForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose to accept or decline."))
            status = 400
        else:
            accept = form.cleaned_data["decision"] == "accept"
            try:
                services.answer(request.user, application.pk, accept=accept)
            except DomainError as error:
                messages.error(request, error.message)
                status = error.status_code
            else:
                messages.success(
                    request, _("Offer accepted. Congratulations!") if accept else _("Offer declined.")
                )
                return redirect("offers:mine", pk=application.pk)
    context = {
        "application": application,
        "offers": services.offers_of(application),
        "agreement_form": AgreementForm(),
    }
    return render(request, "offers/mine.html", context, status=status)


@require_POST
@role_required(User.Role.STUDENT, User.Role.UNIVERSITY_STAFF, User.Role.ADMIN)
def agreement(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Record that the 三方协议 was signed (the student, or their university's career office)."""
    application = services.agreement_application(request.user, pk)
    form = AgreementForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter the date the 三方协议 was signed."))
    else:
        try:
            services.record_agreement(request.user, application.pk, form.cleaned_data["signed_on"])
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("三方协议 recorded."))
    if request.user.role == User.Role.STUDENT:
        return redirect("offers:mine", pk=application.pk)
    return redirect("offers:destinations")


@role_required(User.Role.UNIVERSITY_STAFF, User.Role.ADMIN)
def destinations(request: AuthenticatedRequest) -> HttpResponse:
    """就业去向: the university's graduates who accepted an offer, and whether the 三方协议 is signed."""
    offers = list(services.destinations(request.user)[:500])
    signed = sum(1 for offer in offers if offer.agreement_signed_on)
    context = {
        "offers": offers,
        "accepted": len(offers),
        "signed": signed,
        "agreement_form": AgreementForm(),
    }
    return render(request, "offers/destinations.html", context)
