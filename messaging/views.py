"""Conversation pages (the socket in ``consumers.py`` makes them live; without it they still work)
and the reviewers' queue of flagged and reported messages."""

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
from messaging import services
from messaging.forms import MessageForm, ReportForm, ReviewedForm
from messaging.models import MessageReport, Side

PARTIES = (User.Role.STUDENT, User.Role.RECRUITER, User.Role.ADMIN)


@require_http_methods(["GET", "POST"])
@role_required(*PARTIES)
def thread(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    found = services.access(request.user, pk)
    form = MessageForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                message = services.send(request.user, pk, form.cleaned_data["body"])
            except DomainError as error:
                form.add_error("body", error.message)
                status = error.status_code
            else:
                if message.flagged:
                    messages.warning(
                        request,
                        _("Sent, and flagged for the reviewers: %(why)s")
                        % {"why": "；".join(f.get("explanation", "") for f in message.findings)},
                    )
                return redirect("messaging:thread", pk=pk)
        else:
            status = 400
    services.mark_read(request.user, pk)
    application = found.application
    if found.side == Side.STUDENT:
        back, other = "jobs:my_applications", application.job.company.name
    else:
        back, other = "jobs:recruit_applications", application.profile.full_name
    context = {
        "application": application,
        "side": found.side or "",
        "other": other,
        "back": back,
        "history": services.history(application),
        "form": form,
        "report_reasons": MessageReport.Reason.choices,
        "strings": {
            "flagged": _("flagged for review"),
            "flaggedWhy": _("Sent, and flagged for the reviewers:"),
            "offline": _("Reconnecting…"),
            "live": _("Connected: new messages appear here"),
        },
    }
    return render(request, "messaging/thread.html", context, status=status)


@require_POST
@role_required(User.Role.STUDENT, User.Role.RECRUITER)
def report(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    services.access(request.user, pk)
    form = ReportForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the message and a reason."))
    else:
        try:
            services.report(
                request.user,
                pk,
                form.cleaned_data["message"],
                reason=form.cleaned_data["reason"],
                text=form.cleaned_data["text"],
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you. The reviewers will look at this message."))
    return redirect("messaging:thread", pk=pk)


@require_http_methods(["GET", "POST"])
@role_required(User.Role.REVIEWER, User.Role.ADMIN)
def review(request: AuthenticatedRequest) -> HttpResponse:
    if request.method == "POST":
        form = ReviewedForm(request.POST)
        if form.is_valid():
            services.mark_reviewed(request.user, form.cleaned_data["message"])
            messages.success(request, _("Marked as reviewed."))
        else:
            messages.error(request, _("Choose a message."))
        return redirect("messaging:review")
    queue = list(services.review_queue(request.user)[:200])
    return render(request, "messaging/review.html", {"queue": queue})
