"""The recruiter's side: the company's postings and the applicants to them."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import Http404, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedRequest
from accounts.permissions import role_required
from campaigns.services import current_campaign
from events_server import ratelimit, uploads
from events_server.errors import DomainError
from events_server.ids import parse_id
from jobs import services, sources
from jobs.forms import ApplicationStatusForm, JobCheckForm, JobPostingForm
from jobs.models import Application, JobPosting
from review.checks import highlight
from review.models import Decision
from review.services import screen_posting

RECRUITER = ("recruiter", "admin")


def _company_jobs(request: AuthenticatedRequest):
    return JobPosting.objects.filter(company_id=request.user.organisation_id)


@role_required(*RECRUITER)
def dashboard(request: AuthenticatedRequest) -> HttpResponse:
    last_reason = (
        Decision.objects.filter(job=OuterRef("pk"), job__status__in=["rejected", "changes"])
        .order_by("-at", "-id")
        .values("reason")[:1]
    )
    jobs = (
        _company_jobs(request)
        .select_related("region", "region__parent")
        .annotate(
            applicant_count=Count("applications"),
            new_count=Count("applications", filter=Q(applications__status=Application.Status.RECEIVED)),
        )
        .annotate(last_reason=Subquery(last_reason))
        .order_by("-updated_at")
    )
    return render(
        request, "jobs/recruit/dashboard.html", {"jobs": jobs, "company": request.user.organisation}
    )


def _screening(fields: dict[str, object]) -> dict[str, object]:
    text, findings = screen_posting(fields)
    return {"findings": findings, "segments": highlight(text, findings)}


def _edit_job(request: AuthenticatedRequest, job: JobPosting) -> HttpResponse:
    form = JobPostingForm(request.POST or None, instance=job)
    if request.method == "POST":
        check = JobCheckForm(request.POST)  # text past the caps is refused, not screened
        screening = _screening(check.cleaned_data if check.is_valid() else {})
    else:
        screening = _screening(vars(job))
    if request.method == "POST" and form.is_valid():
        was_published = job.status == JobPosting.Status.PUBLISHED
        try:
            job = services.save_job(form.save(commit=False), form.cleaned_data["fields"], by=request.user)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            if was_published:
                messages.warning(
                    request, _("Changes saved. The posting is hidden until it is reviewed again.")
                )
            else:
                messages.success(request, _("Posting saved."))
            return redirect("jobs:recruit_dashboard")
    return render(request, "jobs/recruit/job_form.html", {"form": form, "job": job, **screening})


@require_POST
@role_required(*RECRUITER)
def job_check(request: AuthenticatedRequest) -> HttpResponse:
    """Findings on the text being written, for the form to show before it is saved.

    Rate-limited per user (``JOB_CHECK_PER_MINUTE``: 429 with ``Retry-After``); text past the
    posting form's caps is refused with 413, before any rule runs on it."""
    limit = (f"job-check:{request.user.pk}", settings.JOB_CHECK_PER_MINUTE, 60)
    if not ratelimit.allow(*limit):
        response = JsonResponse(
            {"error": _("Too many checks in a minute; the check runs again when you save.")}, status=429
        )
        response["Retry-After"] = str(ratelimit.retry_after(*limit))
        return response
    form = JobCheckForm(request.POST)
    if not form.is_valid():
        errors = {name: [str(text) for text in texts] for name, texts in form.errors.items()}
        return JsonResponse(
            {"error": _("Some text is longer than a posting allows."), "fields": errors}, status=413
        )
    context = _screening(form.cleaned_data)
    return render(request, "review/_findings.html", context)


@role_required(*RECRUITER)
def job_new(request: AuthenticatedRequest) -> HttpResponse:
    campaign = current_campaign()
    if request.user.organisation is None or campaign is None:
        raise Http404
    return _edit_job(request, JobPosting(company=request.user.organisation, campaign=campaign))


@role_required(*RECRUITER)
def job_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _edit_job(request, services.access_company_job(request.user, pk))


@require_POST
@role_required(*RECRUITER)
def job_submit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    job = services.access_company_job(request.user, pk)
    try:
        services.submit_for_review(job, by=request.user)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Submitted for review. It is published once approved."))
    return redirect("jobs:recruit_dashboard")


@require_POST
@role_required(*RECRUITER)
def job_close(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    services.close_job(services.access_company_job(request.user, pk), by=request.user)
    messages.success(request, _("Posting closed."))
    return redirect("jobs:recruit_dashboard")


@role_required(*RECRUITER)
def applications(request: AuthenticatedRequest) -> HttpResponse:
    """The company's applicants, each with where it came from (session or link), filterable."""
    company_applications = Application.objects.filter(job__company_id=request.user.organisation_id)
    queryset = company_applications.select_related("job", "profile", "profile__university")
    job_id = request.GET.get("job", "")
    status = request.GET.get("status", "")
    source = request.GET.get("source", "")
    if parse_id(job_id):
        queryset = queryset.filter(job_id=parse_id(job_id))
    if status in Application.Status.values:
        queryset = queryset.filter(status=status)
    queryset = sources.filter_by_source(queryset, source)
    shown = list(queryset[:200])
    names = sources.source_names(a.source_ref for a in shown)
    for application in shown:
        application.source_label = sources.source_label(application, names)  # type: ignore[attr-defined]
    return render(
        request,
        "jobs/recruit/applications.html",
        {
            "applications": shown,
            "jobs": _company_jobs(request).only("id", "title"),
            "statuses": Application.Status.choices,
            "sources": sources.source_choices(request.user.organisation_id, company_applications),
            "selected_job": job_id,
            "selected_status": status,
            "selected_source": source,
        },
    )


@role_required(*RECRUITER)
def application_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    application = services.access_company_application(request.user, pk)
    services.mark_viewed(application, by=request.user)
    return _application_page(request, application, mobile="")


@require_POST
@role_required(*RECRUITER)
def application_mobile(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """ "显示完整号码": the page again with the full mobile number; the reveal is logged for the student."""
    application, mobile = services.reveal_mobile(request.user, pk)
    return _application_page(request, application, mobile=mobile)


def _application_page(
    request: AuthenticatedRequest, application: Application, *, mobile: str
) -> HttpResponse:
    next_statuses = [
        (value, label)
        for value, label in Application.Status.choices
        if value in services.recruiter_next_statuses(application.status)
    ]
    names = sources.source_names([application.source_ref])
    return render(
        request,
        "jobs/recruit/application_detail.html",
        {
            "application": application,
            "source_label": sources.source_label(application, names),
            "profile": application.profile,
            "events": application.events.select_related("actor"),
            "next_statuses": next_statuses,
            "mobile": mobile,
            "masked_mobile": services.mask_mobile(application.profile.phone),
        },
    )


@require_POST
@role_required(*RECRUITER)
def application_status(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    application = services.access_company_application(request.user, pk)
    form = ApplicationStatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a valid status."))
    else:
        try:
            services.change_application_status(application, form.cleaned_data["status"], by=request.user)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Status updated; the applicant sees it now."))
    return redirect("jobs:recruit_application", pk=application.pk)


@role_required(*RECRUITER)
def application_resume(request: AuthenticatedRequest, pk: int) -> HttpResponseBase:
    return uploads.serve(services.read_resume(request.user, pk), f"resume-{pk}")
