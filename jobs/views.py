"""Public job pages: search, job detail, company page, and applying."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from directory.models import Organisation
from events_server.errors import DomainError
from jobs import services, sources
from jobs.forms import JobSearchForm
from jobs.models import Application, JobPosting
from jobs.search import JobFilters
from jobs.structured_data import job_posting_data, json_ld
from livestream.services import room
from qr import attribution


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


def visible_job_or_unavailable(request: HttpRequest, pk: int) -> JobPosting | HttpResponse:
    """The posting if students may see it; otherwise a plain page that says it is not open.

    A room, an old link or a bookmark may point to a posting that is waiting for review, was
    sent back, closed or expired: the student learns that much, and nothing of its text."""
    job = (
        services.public_jobs()
        .select_related("campaign", "company", "company__industry", "region", "region__parent")
        .filter(pk=pk)
        .first()
    )
    if job is None:
        return render(request, "jobs/unavailable.html", status=404)
    return job


def room_token(request: HttpRequest) -> str:
    """The live room's signed job link, carried from the job page to the apply form."""
    name = sources.ROOM_LINK_PARAM
    token = request.POST.get(name) or request.GET.get(name) or ""
    return token[: sources.MAX_TOKEN_LENGTH]


def job_url(job: JobPosting, token: str) -> str:
    url = reverse("jobs:detail", args=[job.pk])
    return f"{url}?{urlencode({sources.ROOM_LINK_PARAM: token})}" if token else url


@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = visible_job_or_unavailable(request, pk)
    if isinstance(job, HttpResponse):
        return job
    existing = None
    online_resume = False
    if request.user.is_authenticated:
        existing = Application.objects.filter(job=job, student=request.user).first()
        if request.user.role == User.Role.STUDENT:
            from careers.services import has_resume

            online_resume = has_resume(request.user)
    url = request.build_absolute_uri(reverse("jobs:detail", args=[job.pk]))
    return render(
        request,
        "jobs/detail.html",
        {
            "job": job,
            "fields": job.fields.all(),
            "existing": existing,
            "online_resume": online_resume,
            "json_ld": json_ld(job_posting_data(job, url)),
            "room_token": room_token(request),
            "room_param": sources.ROOM_LINK_PARAM,
        },
    )


@require_POST
def apply(request: HttpRequest, pk: int) -> HttpResponse:
    job = visible_job_or_unavailable(request, pk)
    if isinstance(job, HttpResponse):
        return job
    token = room_token(request)
    detail_url = job_url(job, token)
    if not request.user.is_authenticated:
        return redirect_to_login(detail_url)
    if request.user.role != User.Role.STUDENT:
        messages.error(request, _("Only students and graduates can apply for jobs."))
        return redirect(detail_url)
    if not hasattr(request.user, "graduate_profile"):
        messages.info(request, _("Complete your graduate profile, then apply with one tap."))
        return redirect(f"{reverse('accounts:profile')}?{urlencode({'next': detail_url})}")
    source, source_ref = sources.vouched_source(job, room_token=token, cookies=request.COOKIES)
    session_id = sources.live_session_id(source, source_ref)
    try:
        resume_file = None
        if request.POST.get("resume") == "online":  # "use this resume": the online resume's PDF
            from careers.services import application_resume

            resume_file = application_resume(request.user)
        with transaction.atomic():
            result = services.apply(
                request.user,
                job,
                source=source,
                source_ref=source_ref,
                note=request.POST.get("note", ""),
                resume_file=resume_file,
            )
            if result.created and session_id is not None:
                room.record_room_application(result.application, session_id)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(detail_url)
    if result.created:
        attribution.credit_request(
            request, attribution.APPLICATION, subject=services.attribution_subject(result.application.pk)
        )
        messages.success(request, _("Application sent. You can follow its status under My applications."))
    else:
        messages.info(request, _("You have already applied for this job; here is your application."))
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(target)  # a URL, never a view name ("0" is not one)
    return redirect("jobs:my_applications")


@require_GET
def company(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(
        Organisation.objects.select_related("region", "region__parent", "industry"),
        pk=pk,
        kind=Organisation.Kind.COMPANY,
    )
    jobs = services.search_public_jobs(JobFilters(company_id=organisation.pk))
    return render(request, "jobs/company.html", {"company": organisation, "jobs": jobs[:100]})


@role_required(User.Role.STUDENT)
def my_applications(request: AuthenticatedRequest) -> HttpResponse:
    """A student's applications with their status history ("My applications")."""
    mine = (
        Application.objects.filter(student=request.user)
        .select_related("job", "job__company", "job__region", "job__region__parent")
        .prefetch_related("events", "interviews")
    )
    return render(request, "jobs/my_applications.html", {"applications": mine})
