"""Public job pages: search, job detail, company page, and applying."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.models import User
from directory.models import Organisation
from events_server.errors import DomainError
from jobs import services
from jobs.forms import JobSearchForm
from jobs.models import Application
from jobs.search import JobFilters
from jobs.structured_data import job_posting_data, json_ld
from qr.models import LinkDailyCount
from qr.services import attribution


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    form = JobSearchForm(request.GET or None)
    jobs = services.public_jobs().none()
    if not request.GET:
        jobs = services.search_public_jobs(JobFilters())
    elif form.is_valid():
        jobs = services.search_public_jobs(form.filters())
    page = Paginator(jobs, settings.JOBS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "jobs/search.html",
        {"form": form, "page": page, "query": query.urlencode()},
        status=200 if not request.GET or form.is_valid() else 400,
    )


def _source_of(request: HttpRequest) -> tuple[str, str]:
    """Where a visitor came from, as the zone's links and later live rooms mark it."""
    source = request.POST.get("source") or request.GET.get("src") or Application.Source.ZONE
    ref = (request.POST.get("source_ref") or request.GET.get("ref") or "")[:40]
    if source not in Application.Source.values:
        return Application.Source.ZONE, ""
    return source, ref


@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(
        services.public_jobs().select_related("company", "company__industry", "region", "region__parent"),
        pk=pk,
    )
    existing = None
    if request.user.is_authenticated:
        existing = Application.objects.filter(job=job, student=request.user).first()
    source, source_ref = _source_of(request)
    url = request.build_absolute_uri(reverse("jobs:detail", args=[job.pk]))
    return render(
        request,
        "jobs/detail.html",
        {
            "job": job,
            "fields": job.fields.all(),
            "existing": existing,
            "json_ld": json_ld(job_posting_data(job, url)),
            "source": source,
            "source_ref": source_ref,
        },
    )


@require_POST
def apply(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(services.public_jobs().select_related("campaign"), pk=pk)
    detail_url = reverse("jobs:detail", args=[job.pk])
    if not request.user.is_authenticated:
        return redirect_to_login(detail_url)
    if request.user.role != User.Role.STUDENT:
        messages.error(request, _("Only students and graduates can apply for jobs."))
        return redirect(detail_url)
    if not hasattr(request.user, "graduate_profile"):
        messages.info(request, _("Complete your graduate profile, then apply with one tap."))
        return redirect(f"{reverse('accounts:profile')}?{urlencode({'next': detail_url})}")
    source, source_ref = _source_of(request)
    try:
        result = services.apply(
            request.user, job, source=source, source_ref=source_ref, note=request.POST.get("note", "")
        )
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(detail_url)
    if result.created:
        attribution.credit_request(request, LinkDailyCount.Metric.APPLICATION)
        messages.success(request, _("Application sent. You can follow its status under My applications."))
    else:
        messages.info(request, _("You have already applied for this job; here is your application."))
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(target)  # a URL, never a view name ("0" is not one)
    return redirect("accounts:applications")


@require_GET
def company(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(
        Organisation.objects.select_related("region", "region__parent", "industry"),
        pk=pk,
        kind=Organisation.Kind.COMPANY,
    )
    jobs = services.search_public_jobs(JobFilters(company_id=organisation.pk))
    return render(request, "jobs/company.html", {"company": organisation, "jobs": jobs[:100]})
