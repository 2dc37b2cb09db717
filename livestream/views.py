"""Session pages: the room students watch, the host console, scheduling and the archive."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from events_server.errors import DomainError
from livestream.forms import LiveSessionForm
from livestream.media.hls import replay_ready
from livestream.models import LiveSession, Question
from livestream.services import reminders, room, sessions, share, video_links
from livestream.strings import room_strings
from qr import attribution
from qr.services import pages

VIEWER_COOKIE = "lv"  # a random id that counts unique anonymous viewers; no personal data


def remember_viewer(request: HttpRequest, response: HttpResponse) -> str:
    """The page's anonymous viewer id: the server-signed one the browser holds, or a new one
    (an unsigned or altered cookie is replaced, so a client cannot choose who it counts as)."""
    viewer = sessions.verified_viewer_id(request.COOKIES.get(VIEWER_COOKIE, ""))
    if viewer is None:
        cookie = sessions.issue_viewer_id()
        viewer = sessions.verified_viewer_id(cookie) or ""
        response.set_cookie(VIEWER_COOKIE, cookie, max_age=365 * 24 * 3600, httponly=True, samesite="Lax")
    return viewer


def room_context(request: HttpRequest, session: LiveSession, *, host: bool = False) -> dict[str, object]:
    """The room's page; only the host console lists the session's unpublished jobs (marked)."""
    apply_job = request.GET.get("apply", "")
    return {
        "session": session,
        "jobs": room.featured_jobs(session, include_unpublished=host),
        "socket_path": f"/ws/live/{session.pk}/",
        "apply_job": apply_job if apply_job.isdigit() else "",
        "can_host": sessions.can_host(request.user, session),
        "room_strings": room_strings(),
        "hls_url": video_links.hls_url(request.user, session.pk),
        "upcoming": reminders.is_upcoming(session),
        "subscribed": reminders.is_subscribed(request.user, session),
        "subscribers": reminders.subscriber_count(session)
        if sessions.can_host(request.user, session)
        else None,
    }


def session_page(request: HttpRequest, pk: int) -> HttpResponse:
    session = sessions.access_session(pk)
    if session.state == LiveSession.State.ENDED:
        return archive(request, session)
    if session.login_to_watch and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    response = render(request, "livestream/session.html", room_context(request, session))
    viewer = remember_viewer(request, response)
    attribution.credit_request(request, attribution.VIEWER, once_key=f"{session.pk}:{viewer}")
    return response


def archive(request: HttpRequest, session: LiveSession) -> HttpResponse:
    if session.login_to_watch and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())  # the archive is for whom the room was
    chat = session.chat_messages.filter(deleted_at__isnull=True).select_related("author").order_by("id")
    page = Paginator(chat, 100).get_page(request.GET.get("page"))
    questions = (
        session.questions.filter(state__in=[Question.State.OPEN, Question.State.ANSWERED])
        .select_related("author")
        .order_by("-votes", "created_at")
    )
    context = {
        "session": session,
        "figures": sessions.session_figures(session),
        "chat_page": page,
        "questions": questions,
        "jobs": room.featured_jobs(session),
        "replay": replay_ready(session.pk),
        "room_strings": room_strings(),
        "hls_url": video_links.hls_url(request.user, session.pk, replay=True),
    }
    return render(request, "livestream/archive.html", context)


@role_required(User.Role.RECRUITER, User.Role.ADMIN)
def host_console(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    session = sessions.access_hosted_session(request.user, pk)
    if session.state == LiveSession.State.ENDED:
        return redirect("livestream:session", pk=session.pk)
    context = room_context(request, session, host=True) | {
        "share": share.share_links(session, pages.public_base_url(request))
    }
    return render(request, "livestream/host.html", context)


@role_required(User.Role.RECRUITER)
def my_sessions(request: AuthenticatedRequest) -> HttpResponse:
    mine = LiveSession.objects.filter(company_id=request.user.organisation_id).order_by("-starts_at")
    return render(request, "livestream/mine.html", {"sessions": mine})


@role_required(User.Role.RECRUITER)
@require_http_methods(["GET", "POST"])
def schedule(request: AuthenticatedRequest) -> HttpResponse:
    company = request.user.organisation
    if company is None:  # recruiters always belong to a company (a database constraint)
        raise PermissionDenied
    form = LiveSessionForm(request.POST or None, company=company)
    if request.method == "POST" and form.is_valid():
        try:
            session = sessions.schedule_session(request.user, form)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Session scheduled. Open the host console when you are ready."))
            return redirect("livestream:host", pk=session.pk)
    return render(request, "livestream/schedule.html", {"form": form})


@role_required(User.Role.RECRUITER, User.Role.ADMIN)
@require_http_methods(["GET", "POST"])
def edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    session = sessions.access_hosted_session(request.user, pk)
    form = LiveSessionForm(request.POST or None, instance=session, company=session.company)
    if request.method == "POST" and form.is_valid():
        try:
            sessions.update_session(request.user, session, form)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Session saved."))
            return redirect("livestream:host", pk=session.pk)
    return render(request, "livestream/schedule.html", {"form": form, "session": session})


@login_required
@require_http_methods(["POST"])
def remind(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """ "提醒我": subscribe to (or, with ``cancel``, leave) the reminder before the session."""
    session = sessions.access_session(pk)
    if request.POST.get("cancel"):
        reminders.unsubscribe(request.user, session)
        messages.success(request, _("You will not be reminded of this session."))
    else:
        reminders.subscribe(request.user, session)
        messages.success(request, _("We will remind you 10 minutes before the session starts."))
    return redirect("livestream:session", pk=session.pk)


def calendar(request: HttpRequest, pk: int) -> HttpResponse:
    """The session as an .ics file for the visitor's calendar."""
    session = sessions.access_session(pk)
    if session.login_to_watch and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    base = pages.public_base_url(request)
    response = HttpResponse(
        reminders.calendar_file(session, base), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="live-{session.pk}.ics"'
    return response
