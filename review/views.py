"""The reviewer's queue and decisions, the audit log, and students' reports."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from accounts.roles import is_platform_admin
from audit.models import AuditEntry
from events_server import uploads
from events_server.errors import DomainError
from jobs.services import public_jobs
from livestream.services import sessions
from review import materials, services
from review.checks import Finding, check_text, highlight, runs
from review.forms import DecisionForm, ReportForm, RuleForm
from review.models import ReasonTemplate, Rule

REVIEWERS = services.REVIEWER_ROLES


@role_required(*REVIEWERS)
def queue(request: AuthenticatedRequest) -> HttpResponse:
    items = services.review_queue(request.user)
    jobs = list(items["jobs"].prefetch_related("reports")[:200])
    context = {
        "jobs": jobs,
        "companies": items["companies"][:200],
        "sessions": items["sessions"][:200],
        "materials": materials.pending_for(request.user)[:200],
    }
    return render(request, "review/queue.html", context)


def _job_context(job, form: DecisionForm) -> dict[str, object]:
    text, findings = services.screen_posting(vars(job))
    return {
        "job": job,
        "form": form,
        "findings": findings,
        "segments": highlight(text, findings),
        "duplicates": services.near_duplicates(job),
        "pay_median": services.pay_outlier(job),
        "reports": job.reports.filter(handled=False),
        "decisions": job.decisions.select_related("reviewer"),
        "templates": ReasonTemplate.objects.filter(active=True),
    }


@role_required(*REVIEWERS)
def job_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    job = services.access_review_job(request.user, pk)
    form = DecisionForm(request.POST or None, initial={"version": job.version})
    if request.method == "POST" and form.is_valid():
        try:
            services.decide_posting(job.pk, by=request.user, **form.cleaned_data)
        except DomainError as error:
            form.add_error("reason" if error.field == "reason" else None, error.message)
        else:
            messages.success(request, _("Decision recorded; the recruiter sees it now."))
            return redirect("review:queue")
    return render(
        request, "review/job_detail.html", _job_context(job, form), status=400 if form.errors else 200
    )


@role_required(*REVIEWERS)
def company_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    company = services.access_review_company(request.user, pk)
    error = ""
    if request.method == "POST":
        try:
            services.decide_company(
                company.pk,
                outcome=request.POST.get("outcome", ""),
                reason=request.POST.get("reason", ""),
                by=request.user,
            )
        except DomainError as failure:
            error = failure.message
        else:
            messages.success(request, _("Decision recorded."))
            return redirect("review:queue")
    return render(
        request,
        "review/company_detail.html",
        {"company": company, "error": error},
        status=400 if error else 200,
    )


@role_required(*REVIEWERS)
def company_licence(request: AuthenticatedRequest, pk: int) -> HttpResponseBase:
    company = services.access_review_company(request.user, pk)
    if not company.licence:
        raise Http404
    return uploads.serve(company.licence, f"licence-{company.pk}")


@role_required(*REVIEWERS)
def log(request: AuthenticatedRequest) -> HttpResponse:
    entries = AuditEntry.objects.select_related("actor")
    user = request.user
    region = user.organisation.region if user.organisation else None
    if not is_platform_admin(user) and region:
        entries = entries.filter(region_code=region.province_code)
    return render(request, "review/log.html", {"entries": entries[:200]})


@role_required(User.Role.STUDENT)
def report_job(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(public_jobs().select_related("company", "region"), pk=pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_posting(request.user, job, **form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you. Reviewers will look at this posting."))
            return redirect("jobs:detail", pk=job.pk)
    context = {
        "form": form,
        "subject": job.title,
        "owner": job.company.name,
        "title": _("Report this posting"),
    }
    return render(request, "review/report.html", context, status=400 if form.errors else 200)


@role_required(User.Role.STUDENT)
def report_session(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    session = sessions.access_session(pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_session(request.user, session, **form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you. Reviewers will look at this live session."))
            return redirect("livestream:session", pk=session.pk)
    context = {
        "form": form,
        "subject": session.title,
        "owner": session.company.name,
        "title": _("Report this live session"),
    }
    return render(request, "review/report.html", context, status=400 if form.errors else 200)


@role_required(*REVIEWERS)
def session_reports(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """A reported live session: its reports, a link to its page or archive, and closing them."""
    session = services.access_review_session(request.user, pk)
    error = ""
    if request.method == "POST":
        try:
            services.handle_session_reports(request.user, session, note=request.POST.get("note", ""))
        except DomainError as failure:
            error = failure.message
        else:
            messages.success(request, _("Reports closed; the note is in the audit log."))
            return redirect("review:queue")
    reports = session.reports.filter(handled=False)
    context = {"session": session, "reports": reports, "error": error}
    return render(request, "review/session_reports.html", context, status=400 if error else 200)


@role_required(*REVIEWERS)
def rules(request: AuthenticatedRequest) -> HttpResponse:
    """Every screening rule; reviewers add and change them here, without a deploy."""
    family = request.GET.get("family", "")
    shown = Rule.objects.all()
    if family in Rule.Family.values:
        shown = shown.filter(family=family)
    rules = list(shown)
    for rule in rules:  # written before rules ran on RE2, with a lookaround or a backreference
        rule.skipped = not (runs(rule.pattern) and runs(rule.exceptions))  # type: ignore[attr-defined]  # for the page only
    context = {"rules": rules, "families": Rule.Family.choices, "family": family}
    return render(request, "review/rules.html", context)


@role_required(*REVIEWERS)
def rule_edit(request: AuthenticatedRequest, pk: int | None = None) -> HttpResponse:
    """Write or change a rule; "try" shows what it finds in a sample phrase without saving."""
    rule = get_object_or_404(Rule, pk=pk) if pk else None
    form = RuleForm(request.POST or None, instance=rule)
    trial = None
    if request.method == "POST" and form.is_valid():
        if request.POST.get("action") == "try":
            sample = form.cleaned_data["sample"]
            found = check_text(sample, [form.spec()])
            trial = {"findings": found, "segments": highlight(sample, found)}
        else:
            saved = services.save_rule(request.user, form.save(commit=False), created=rule is None)
            messages.success(
                request, _("Rule %(code)s saved; it applies to the next check.") % {"code": saved.code}
            )
            return redirect("review:rules")
    context = {"form": form, "rule": rule, "trial": trial}
    return render(request, "review/rule_edit.html", context, status=400 if form.errors else 200)


@role_required(*REVIEWERS)
def material_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """A poster's text or a booth's copy, with its findings: approve or reject with a reason."""
    material = materials.access(request.user, pk)
    error = ""
    if request.method == "POST":
        try:
            materials.decide(
                request.user,
                pk,
                approve=request.POST.get("decision") == "approve",
                reason=request.POST.get("reason", ""),
            )
        except DomainError as failure:
            error = failure.message
        else:
            messages.success(request, _("Decision recorded; the owner is told."))
            return redirect("review:queue")
    findings = [Finding(**f) for f in material.findings]
    context = {
        "material": material,
        "error": error,
        "findings": findings,
        "segments": highlight(material.text, findings),
        "templates": ReasonTemplate.objects.filter(active=True),
    }
    return render(request, "review/material.html", context, status=400 if error else 200)
