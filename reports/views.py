"""Reporting pages: Attachment 2 contacts, Attachment 3 returns and the due/overdue board, event
reports, the regional demand dashboard and graduate–job matching. Every view checks the role and
the unit or region scope through ``reports.services.scope``; rules live in the services."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.http import AuthenticatedRequest
from accounts.models import GraduateProfile, User
from accounts.permissions import role_required
from accounts.roles import is_platform_admin
from campaigns.models import Campaign, Phase
from campaigns.services import campaign_choice, phase_by_number
from directory.models import Organisation, Region
from events_server.errors import DomainError, NotAllowed
from events_server.ids import parse_id
from events_server.ratelimit import allow
from reports import columns
from reports.forms import ContactForm, ExportForm, RemarksForm, SummaryForm
from reports.models import ReportTask
from reports.services import contacts, demand, event_reports, exports, matching, returns, tasks
from reports.services.figures import empty
from reports.services.scope import (
    DEPARTMENT_KINDS,
    UNIT_ROLES,
    access_unit,
    is_unit,
    oversees,
    own_unit,
)
from reports.services.tables import return_row
from reports.services.weeks import latest_due_week, reporting_weeks

ADMIN = User.Role.ADMIN
EXPORTS_PER_MINUTE = 20


def campaign_or_404(request: HttpRequest) -> Campaign:
    """``?campaign=<slug>`` (a form's field on POST), else the current campaign: every figure a
    reporting page shows is this campaign's only."""
    slug = request.GET.get("campaign") or request.POST.get("campaign")
    campaign, request.campaign_choices = campaign_choice(slug)  # type: ignore[attr-defined]  # for the page
    if campaign is None:
        raise Http404(_("No campaign is running."))
    return campaign


def campaign_context(request: HttpRequest, campaign: Campaign, phase: Phase | None = None) -> dict:
    """What the campaign picker and the links between reporting pages need to keep the campaign."""
    return {
        "campaign": campaign,
        "campaigns": getattr(request, "campaign_choices", [campaign]),
        "phase": phase,
        "cq": urlencode({"campaign": campaign.slug}),
    }


def weeks_of(campaign: Campaign, phase: Phase | None) -> list:
    """The campaign's ended weeks, newest first, only ``phase``'s when one is given."""
    return [w for w in reporting_weeks(campaign) if phase is None or w.phase.pk == phase.pk]


def download(content: bytes, fmt: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=exports.XLSX_TYPE if fmt == "xlsx" else exports.CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def check_export_rate(user: User) -> None:
    if not allow(f"reports-export:{user.pk}", EXPORTS_PER_MINUTE, 60):
        raise DomainError(_("Too many downloads in a minute; wait a moment."))


@role_required(*UNIT_ROLES, ADMIN, User.Role.RECRUITER, User.Role.STUDENT)
@require_GET
def home(request: AuthenticatedRequest) -> HttpResponse:
    """What the user's role can report or look at."""
    user = request.user
    campaign = campaign_or_404(request)
    week = latest_due_week(campaign)
    context = {
        **campaign_context(request, campaign),
        "week": week,
        "has_unit": is_unit(user.organisation),
        "oversees": oversees(user),
        "department": is_platform_admin(user)
        or (user.organisation and user.organisation.kind in DEPARTMENT_KINDS),
    }
    unit = user.organisation
    if week is not None and is_unit(unit):
        ret = unit.weekly_returns.filter(campaign=campaign, week_start=week.monday).first()
        context["status"] = returns.status_of(ret, week)
        context["status_label"] = returns.BoardStatus.LABELS[context["status"]]
    return render(request, "reports/home.html", context)


# Attachment 2 -------------------------------------------------------------------------------


@role_required(*UNIT_ROLES, ADMIN)
@require_http_methods(["GET", "POST"])
def contact_list(request: AuthenticatedRequest) -> HttpResponse:
    """The unit's own contacts (add one here) and, for overseers, the table of their units."""
    campaign = campaign_or_404(request)
    user = request.user
    has_unit = is_unit(user.organisation)
    form = ContactForm(
        request.POST or None,
        initial={"unit_name": user.organisation.name if is_unit(user.organisation) else ""},
    )
    if request.method == "POST":
        if not has_unit:
            raise NotAllowed(_("Only staff of a reporting unit keep its contacts."))
        if form.is_valid():
            try:
                contacts.save_contact(campaign, user, form.cleaned_data)
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Contact saved."))
                return redirect("reports:contacts")
    context = {
        "form": form,
        "has_unit": has_unit,
        "own": list(contacts.unit_contacts(campaign, user)) if has_unit else [],
        "rows": contacts.table(campaign, user) if oversees(user) else [],
        "oversees": oversees(user),
        "columns": columns.ATTACHMENT_2,
        **campaign_context(request, campaign),
    }
    return render(request, "reports/contacts.html", context, status=400 if form.errors else 200)


@role_required(*UNIT_ROLES)
@require_http_methods(["GET", "POST"])
def contact_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    campaign = campaign_or_404(request)
    contact = contacts.access_contact(campaign, request.user, pk)
    form = ContactForm(request.POST or None, instance=contact)
    if request.method == "POST" and form.is_valid():
        contacts.save_contact(campaign, request.user, form.cleaned_data, contact)
        messages.success(request, _("Contact saved."))
        return redirect("reports:contacts")
    return render(
        request,
        "reports/contact_edit.html",
        {"form": form, "contact": contact},
        status=400 if form.errors else 200,
    )


@role_required(*UNIT_ROLES)
@require_POST
def contact_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    contacts.delete_contact(campaign_or_404(request), request.user, pk)
    messages.success(request, _("Contact removed."))
    return redirect("reports:contacts")


@role_required(*UNIT_ROLES, ADMIN)
@require_GET
def contacts_export(request: AuthenticatedRequest, fmt: str) -> HttpResponse:
    campaign = campaign_or_404(request)
    check_export_rate(request.user)
    rows = contacts.table(campaign, request.user)
    table = columns.ATTACHMENT_2
    title = str(columns.ATTACHMENT_2_TITLE)
    content = exports.to_xlsx(title, table, rows) if fmt == "xlsx" else exports.to_csv(table, rows)
    return download(content, fmt, f"attachment-2.{fmt}")


# Attachment 3 -------------------------------------------------------------------------------


def unit_for(request: AuthenticatedRequest) -> Organisation:
    """``?unit=`` for overseers (within their scope), otherwise the user's own unit."""
    if "unit" in request.GET:
        return access_unit(request.user, request.GET["unit"])
    return own_unit(request.user)


@role_required(*UNIT_ROLES, ADMIN)
@require_GET
def weekly_list(request: AuthenticatedRequest) -> HttpResponse:
    """The weeks a unit owes returns for, newest first, with each one's status."""
    campaign = campaign_or_404(request)
    phase = phase_by_number(campaign, request.GET.get("phase"))
    unit = unit_for(request)
    weeks = weeks_of(campaign, phase)
    filed = {r.week_start: r for r in unit.weekly_returns.filter(campaign=campaign)}
    rows = [(week, returns.status_of(filed.get(week.monday), week)) for week in weeks]
    labels = returns.BoardStatus.LABELS
    context = {
        **campaign_context(request, campaign, phase),
        "unit": unit,
        "rows": [(w, s, labels[s]) for w, s in rows],
        "own": unit == request.user.organisation,
    }
    return render(request, "reports/weekly_list.html", context)


@role_required(*UNIT_ROLES, ADMIN)
@require_http_methods(["GET", "POST"])
def weekly_return(request: AuthenticatedRequest, week: str) -> HttpResponse:
    """One week's return: its figures (fresh while a draft), remarks, and filing for the own unit."""
    campaign = campaign_or_404(request)
    the_week = returns.parse_week(campaign, week)
    unit = unit_for(request)
    own = unit == request.user.organisation and request.user.has_role(*UNIT_ROLES)
    form = RemarksForm(request.POST or None)
    if request.method == "POST":
        if not own:
            raise NotAllowed(_("Only the unit's own staff file its return."))
        if form.is_valid():
            try:
                returns.file_return(request.user, the_week, form.cleaned_data["remarks"])
            except DomainError as error:
                if error.status_code != 400:
                    raise
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Filed. The figures are now frozen."))
                return redirect(f"{request.get_full_path()}")
    ret = returns.draft(unit, the_week) if own else returns.preview(unit, the_week)
    figures = ret.figures or empty()
    query: dict[str, str | int] = (
        {"campaign": campaign.slug} if own else {"unit": unit.pk, "campaign": campaign.slug}
    )
    context = {
        **campaign_context(request, campaign),
        "unit": unit,
        "week": the_week,
        "ret": ret,
        "own": own,
        "form": form,
        "ended": returns.week_has_ended(the_week),
        "status": returns.BoardStatus.LABELS[returns.status_of(ret if ret.pk else None, the_week)],
        "figures": columns.figure_rows(figures),
        "unit_query": f"?{urlencode(query)}",
    }
    return render(request, "reports/weekly_return.html", context, status=400 if form.errors else 200)


@role_required(*UNIT_ROLES, ADMIN)
@require_GET
def weekly_export(request: AuthenticatedRequest, week: str, fmt: str) -> HttpResponse:
    """The return as xlsx or csv: the filed version once filed, else the current draft figures."""
    campaign = campaign_or_404(request)
    the_week = returns.parse_week(campaign, week)
    unit = unit_for(request)
    check_export_rate(request.user)
    ret = returns.preview(unit, the_week)
    rows = [return_row(1, unit, the_week, ret)]
    table = columns.attachment_3_columns()
    title = f"{columns.ATTACHMENT_3_TITLE} · {the_week}"
    content = exports.to_xlsx(title, table, rows) if fmt == "xlsx" else exports.to_csv(table, rows)
    return download(content, fmt, f"attachment-3-{the_week.monday:%Y-%m-%d}-{unit.pk}.{fmt}")


@role_required(User.Role.REVIEWER, ADMIN)
@require_GET
def board(request: AuthenticatedRequest) -> HttpResponse:
    """Every unit in the overseer's scope as due, overdue or filed for a week."""
    campaign = campaign_or_404(request)
    if not oversees(request.user):
        raise NotAllowed(_("Only departments and administrators see every unit's returns."))
    phase = phase_by_number(campaign, request.GET.get("phase"))
    weeks = weeks_of(campaign, phase)
    if "week" in request.GET:
        week = returns.parse_week(campaign, request.GET["week"])
    elif weeks:
        week = weeks[0]
    else:
        context = {**campaign_context(request, campaign, phase), "weeks": [], "week": None}
        return render(request, "reports/board.html", context)
    rows = returns.board(request.user, week)
    counts = {status: sum(row.status == status for row in rows) for status in returns.BoardStatus.LABELS}
    labels = returns.BoardStatus.LABELS
    context = {
        **campaign_context(request, campaign, phase),
        "week": week,
        "weeks": weeks,
        "rows": rows,
        "counts": [(status, labels[status], n) for status, n in counts.items()],
        "export_form": ExportForm(initial={"week": week.monday, "format": "xlsx"}),
    }
    return render(request, "reports/board.html", context)


@role_required(User.Role.REVIEWER, ADMIN)
@require_POST
def task_start(request: AuthenticatedRequest) -> HttpResponse:
    campaign = campaign_or_404(request)
    form = ExportForm(request.POST)
    if not form.is_valid():
        raise DomainError(_("Choose a week (its Monday) and a format."))
    week = returns.parse_week(campaign, form.cleaned_data["week"].isoformat())
    task = tasks.start_week_summary(request.user, campaign, week, form.cleaned_data["format"], get_language())
    return redirect("reports:task", pk=task.pk)


@role_required(User.Role.REVIEWER, ADMIN)
@require_GET
def task_page(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    task = tasks.access_task(request.user, pk)
    return render(request, "reports/task.html", {"task": task, "stale": tasks.is_stale(task)})


@never_cache
@role_required(User.Role.REVIEWER, ADMIN)
@require_GET
def task_progress(request: AuthenticatedRequest, pk: int) -> JsonResponse:
    task = tasks.access_task(request.user, pk)
    return JsonResponse(
        {
            "state": task.state,
            "done": task.done,
            "total": task.total,
            "percent": task.percent,
            "error": task.error,
            "stale": tasks.is_stale(task),
            "download": reverse("reports:task_download", args=[task.pk])
            if task.state == ReportTask.State.DONE
            else None,
        }
    )


@role_required(User.Role.REVIEWER, ADMIN)
@require_GET
def task_download(request: AuthenticatedRequest, pk: int) -> HttpResponseBase:
    task = tasks.access_task(request.user, pk)
    if task.state != ReportTask.State.DONE or not task.result:
        raise DomainError(_("The export is not ready yet."))
    fmt = task.filename.rsplit(".", 1)[-1]
    response = FileResponse(
        task.result.open("rb"),
        as_attachment=True,
        filename=task.filename,
        content_type=exports.XLSX_TYPE if fmt == "xlsx" else exports.CSV_TYPE,
    )
    response["Cache-Control"] = "private, no-store"
    return response


# Event reports ------------------------------------------------------------------------------


@role_required(User.Role.RECRUITER, User.Role.UNIVERSITY_STAFF, User.Role.REVIEWER, ADMIN)
@require_GET
def event_list(request: AuthenticatedRequest) -> HttpResponse:
    """Hosts: their ended events with due dates; overseers: the overdue ones in their remit."""
    campaign = campaign_or_404(request)
    user = request.user
    today = event_reports.today()
    hosted = (
        event_reports.hosted_by(user, campaign)
        if user.has_role(User.Role.RECRUITER, User.Role.UNIVERSITY_STAFF)
        else []
    )
    overseen = (
        event_reports.overseen_by(user, campaign)
        if user.has_role(User.Role.REVIEWER, User.Role.UNIVERSITY_STAFF, ADMIN)
        else []
    )
    context = {
        "today": today,
        "hosted": [(s, s.due, s.overdue(today)) for s in hosted],
        "overdue": [(s, s.due) for s in overseen if s.overdue(today)],
        "filed": [s for s in overseen if s.report is not None][:50],
        "show_overseen": bool(overseen) or user.has_role(User.Role.REVIEWER, ADMIN),
        **campaign_context(request, campaign),
    }
    return render(request, "reports/events.html", context)


@role_required(User.Role.RECRUITER, User.Role.UNIVERSITY_STAFF)
@require_http_methods(["GET", "POST"])
def event_report(request: AuthenticatedRequest, kind: str, pk: int) -> HttpResponse:
    subject = event_reports.access_subject(request.user, kind, pk)
    form = SummaryForm(request.POST or None)
    if request.method == "POST" and subject.report is None and form.is_valid():
        try:
            event_reports.file_report(request.user, kind, pk, form.cleaned_data["summary"])
        except DomainError as error:
            if error.status_code != 400:
                raise
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Event report filed."))
            return redirect("reports:event_report", kind=kind, pk=pk)
    figures = subject.report.figures if subject.report else event_reports.prefill(subject)
    context = {
        "subject": subject,
        "form": form,
        "due": subject.due,
        "overdue": subject.overdue(event_reports.today()),
        "figures": [(event_reports.FIGURE_LABELS[key], value) for key, value in figures.items()],
    }
    return render(request, "reports/event_report.html", context, status=400 if form.errors else 200)


# Regional demand ----------------------------------------------------------------------------


def demand_region(request: AuthenticatedRequest) -> Region | None:
    """The viewer's region; an administrator may pick a province with ``?region=``."""
    user = request.user
    if is_platform_admin(user):
        code = request.GET.get("region", "")
        if not code:
            return None
        region = Region.objects.filter(code=code).first() if code.isdigit() and len(code) == 6 else None
        if region is None:
            raise DomainError(_("There is no region with this code."), field="region")
        return region
    org = user.organisation
    if org is None or org.kind not in DEPARTMENT_KINDS:
        raise NotAllowed(_("The demand dashboard is for SME and employment departments."))
    return org.region


@role_required(User.Role.REVIEWER, ADMIN)
@require_GET
def demand_dashboard(request: AuthenticatedRequest) -> HttpResponse:
    campaign = campaign_or_404(request)
    phases = list(campaign.phases.all())
    if not phases:
        raise Http404(_("The campaign has no phases."))
    phase = phase_by_number(campaign, request.GET.get("phase"))
    if phase is None:
        today = timezone.localdate()
        phase = next((p for p in reversed(phases) if p.starts_on <= today), phases[0])
    region = demand_region(request)
    data = demand.dashboard(demand.Scope(phase, region))
    context = {
        **campaign_context(request, campaign, phase),
        "phases": phases,
        "region": region,
        "provinces": Region.objects.filter(level=Region.Level.PROVINCE)
        if is_platform_admin(request.user)
        else [],
        "data": data,
        "charts": data["charts"],
    }
    return render(request, "reports/demand.html", context)


# Graduates and matching ---------------------------------------------------------------------


@role_required(User.Role.UNIVERSITY_STAFF, ADMIN)
@require_GET
def graduates(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    if user.has_role(User.Role.UNIVERSITY_STAFF):
        university = user.organisation
    else:
        pk = parse_id(request.GET.get("university", ""))
        university = (
            Organisation.objects.filter(pk=pk, kind=Organisation.Kind.UNIVERSITY).first() if pk else None
        )
    if university is None:
        universities = Organisation.objects.filter(kind=Organisation.Kind.UNIVERSITY).order_by("name")
        return render(request, "reports/graduates.html", {"universities": universities, "groups": None})
    groups = matching.university_groups(university)
    context = {
        "university": university,
        "groups": groups,
        "graduates": GraduateProfile.objects.filter(university=university, seeking_employment=True).count(),
    }
    return render(request, "reports/graduates.html", context)


@role_required(User.Role.STUDENT)
@require_GET
def my_matches(request: AuthenticatedRequest) -> HttpResponse:
    profile = GraduateProfile.objects.filter(user=request.user).select_related("university__region").first()
    if profile is None:
        return render(request, "reports/matches.html", {"profile": None, "matches": []})
    return render(
        request, "reports/matches.html", {"profile": profile, "matches": matching.recommendations(profile)}
    )
