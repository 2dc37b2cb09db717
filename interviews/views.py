"""Interview pages: the recruiter's invitation form, each interview's page for both sides (pick a
time, reschedule, cancel, outcome), the .ics, the lists, and the 1:1 video room's page."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from events_server.errors import DomainError
from events_server.ids import parse_id
from interviews import services
from interviews.forms import TIME_FIELDS, InvitationForm, ReasonForm, RescheduleForm
from interviews.models import Interview
from interviews.services import Side
from jobs.services import access_company_application

RECRUITER = (User.Role.RECRUITER, "admin")
PEOPLE = (User.Role.STUDENT, User.Role.RECRUITER, "admin")


@role_required(*RECRUITER)
def invite(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    application = access_company_application(request.user, pk)
    form = InvitationForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                interview = services.invite(application.pk, form.invitation(), by=request.user)
            except DomainError as error:
                form.add_error(None, error.message)
                status = error.status_code
            else:
                messages.success(request, _("Invitation sent. The applicant is told now."))
                return redirect("interviews:detail", pk=interview.pk)
        else:
            status = 400
    context = {"form": form, "application": application, "time_inputs": _time_inputs(form)}
    return render(request, "interviews/invite.html", context, status=status)


def _time_inputs(form: InvitationForm) -> list[str]:
    values = [value[:40] for value in form.raw_times if value.strip()][:TIME_FIELDS]
    return values + [""] * (TIME_FIELDS - len(values))


def _page(
    request: AuthenticatedRequest, interview: Interview, side: Side, *, status: int = 200, **forms: object
) -> HttpResponse:
    window = services.join_window(interview)
    context = {
        "interview": interview,
        "side": side,
        "application": interview.application,
        "slots": services.open_slots(interview) if interview.status == Interview.Status.INVITED else [],
        "window": window,
        "where": services.where_text(interview),
        "open": interview.status in services.OPEN,
        "reschedule": forms.get("reschedule")
        or RescheduleForm(
            initial={
                "mode": interview.mode,
                "minutes": interview.minutes,
                "venue": interview.venue,
                "address": interview.address,
            }
        ),
        "reason_form": forms.get("reason_form") or ReasonForm(),
        "error": forms.get("error"),
    }
    context["time_inputs"] = _time_inputs(context["reschedule"])  # type: ignore[arg-type]
    return render(request, "interviews/detail.html", context, status=status)


@require_GET
@role_required(*PEOPLE)
def detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    interview, side = services.access(request.user, pk)
    return _page(request, interview, side)


@require_POST
@role_required(User.Role.STUDENT)
def pick(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    interview, side = services.access(request.user, pk)
    slot_id = parse_id(request.POST.get("slot", ""))
    try:
        if slot_id is None:
            raise DomainError(_("Choose one of the times offered."), field="slot")
        services.pick(request.user, pk, slot_id)
    except DomainError as error:
        interview.refresh_from_db()
        return _page(request, interview, side, status=error.status_code, error=error.message)
    messages.success(request, _("Time confirmed. Add it to your calendar."))
    return redirect("interviews:detail", pk=pk)


@require_POST
@role_required(*RECRUITER)
def reschedule(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    interview = services.access_as_recruiter(request.user, pk)
    form = RescheduleForm(request.POST)
    if not form.is_valid():
        return _page(request, interview, Side.RECRUITER, status=400, reschedule=form)
    try:
        services.reschedule(request.user, pk, form.invitation(), form.cleaned_data["reason"])
    except DomainError as error:
        form.add_error(None, error.message)
        return _page(request, interview, Side.RECRUITER, status=error.status_code, reschedule=form)
    messages.success(request, _("Rescheduled. The applicant is told now."))
    return redirect("interviews:detail", pk=pk)


def _with_reason(
    request: AuthenticatedRequest, pk: int, action: Callable[[User, int, str], Interview], done: str
) -> HttpResponse:
    interview, side = services.access(request.user, pk)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        return _page(request, interview, side, status=400, reason_form=form)
    try:
        action(request.user, pk, form.cleaned_data["reason"])
    except DomainError as error:
        interview.refresh_from_db()
        return _page(
            request, interview, side, status=error.status_code, reason_form=form, error=error.message
        )
    messages.success(request, done)
    return redirect("interviews:detail", pk=pk)


@require_POST
@role_required(User.Role.STUDENT)
def request_change(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _with_reason(request, pk, services.request_change, _("Your request was sent to the recruiter."))


@require_POST
@role_required(*PEOPLE)
def cancel(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _with_reason(request, pk, services.cancel, _("Interview cancelled. The other side is told now."))


@require_POST
@role_required(*RECRUITER)
def outcome(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    interview = services.access_as_recruiter(request.user, pk)
    try:
        services.mark(request.user, pk, request.POST.get("outcome", "")[:20])
    except DomainError as error:
        return _page(request, interview, Side.RECRUITER, status=error.status_code, error=error.message)
    messages.success(request, _("Recorded."))
    return redirect("interviews:detail", pk=pk)


@require_GET
@role_required(*PEOPLE)
def ics(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    response = HttpResponse(services.calendar(request.user, pk), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="interview-{pk}.ics"'
    return response


@require_GET
@role_required(User.Role.STUDENT)
def mine(request: AuthenticatedRequest) -> HttpResponse:
    return render(
        request,
        "interviews/list.html",
        {"interviews": services.for_student(request.user)[:200], "side": Side.STUDENT},
    )


@require_GET
@role_required(*RECRUITER)
def company(request: AuthenticatedRequest) -> HttpResponse:
    return render(
        request,
        "interviews/list.html",
        {"interviews": services.for_company(request.user)[:200], "side": Side.RECRUITER},
    )


@require_GET
@role_required(User.Role.STUDENT, User.Role.RECRUITER)
def room(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The video room's page; the socket checks the same rules again and gives the ICE servers."""
    interview, side = services.access(request.user, pk)
    try:
        services.enter_room(request.user, pk)
    except DomainError as error:
        return _page(request, interview, side, status=error.status_code, error=error.message)
    return render(
        request, "interviews/room.html", {"interview": interview, "side": side, "strings": room_strings()}
    )


def room_strings() -> dict[str, str]:
    """What room.js says, in the page's language."""
    return {
        "press_join": _("Press “Join the interview” to turn on your camera and microphone."),
        "starting": _("Starting your camera and microphone…"),
        "audio_only": _("The camera is off or refused: you join with sound only."),
        "no_devices": _("No camera or microphone: you can see and hear the other side only."),
        "waiting_recruiter": _("Waiting for the interviewer to join…"),
        "waiting_student": _("Waiting for the applicant to join…"),
        "connecting": _("Connecting…"),
        "connected": _("Connected"),
        "peer_left": _("The other side left. Waiting for them to come back…"),
        "peer_no_video": _("The other side has no camera on: sound only."),
        "reconnecting": _("Connection lost. Reconnecting…"),
        "mute": _("Mute"),
        "unmute": _("Unmute"),
        "camera_off": _("Camera off"),
        "camera_on": _("Camera on"),
    }
