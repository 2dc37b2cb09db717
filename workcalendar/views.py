"""Administrators enter next year's official schedule here each November (docs/operations.md)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from events_server.errors import DomainError
from workcalendar.forms import HolidayFormSet, YearForm
from workcalendar.models import CalendarYear
from workcalendar.services.entry import enter_official_year


@role_required(User.Role.ADMIN)
@require_http_methods(["GET", "POST"])
def years(request: AuthenticatedRequest) -> HttpResponse:
    form = YearForm(request.POST or None)
    rows = HolidayFormSet(request.POST or None, prefix="holidays")
    if request.method == "POST" and form.is_valid() and rows.is_valid():
        holidays = [holiday for row in rows for holiday in [row.holiday()] if holiday]
        try:
            entered = enter_official_year(
                request.user,
                form.cleaned_data["year"],
                form.cleaned_data["notice"],
                holidays,
                form.cleaned_data["working_days"],
            )
        except DomainError as error:
            if error.field in form.fields:
                form.add_error(error.field, error.message)
            else:
                form.add_error(None, error.message)
        else:
            messages.success(request, _("The %(year)d schedule is saved.") % {"year": entered.year})
            return redirect("workcalendar:years")
    context = {
        "form": form,
        "rows": rows,
        "years": CalendarYear.objects.select_related("entered_by")[:30],
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "workcalendar/years.html", context, status=status)
