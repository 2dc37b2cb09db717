"""Forms of the interview pages: what the recruiter offers, and the reasons either side gives."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from interviews.models import Interview
from interviews.services import MAX_SLOTS, Invitation

TIME_FIELDS = 5  # datetime inputs the page shows; the service accepts up to MAX_SLOTS
MINUTES = [(15, "15"), (30, "30"), (45, "45"), (60, "60"), (90, "90"), (120, "120")]


def parse_local(value: str) -> dt.datetime | None:
    """A ``datetime-local`` input ("2026-03-10T14:30") as an aware time in the site's zone."""
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = timezone.make_aware(moment)
    return moment


class InvitationForm(forms.Form):
    mode = forms.ChoiceField(label=_("How"), choices=Interview.Mode.choices, initial=Interview.Mode.VIDEO)
    minutes = forms.TypedChoiceField(label=_("Length (minutes)"), choices=MINUTES, coerce=int, initial=30)
    fixed = forms.BooleanField(label=_("A fixed time (no choice for the applicant)"), required=False)
    venue = forms.CharField(label=_("Venue"), max_length=100, required=False)
    address = forms.CharField(label=_("Address"), max_length=200, required=False)
    note = forms.CharField(
        label=_("Note to the applicant"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, data: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.times: list[dt.datetime] = []
        self.raw_times: list[str] = (
            list(data.getlist("time")) if data is not None and hasattr(data, "getlist") else []
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        values = [value for value in self.raw_times if value.strip()]
        if len(values) > MAX_SLOTS:
            self.add_error(None, _("Offer at most %(n)d times.") % {"n": MAX_SLOTS})
            return cleaned
        for value in values:
            moment = parse_local(value[:40])
            if moment is None:
                self.add_error(None, _("“%(value)s” is not a date and time.") % {"value": value[:40]})
                return cleaned
            self.times.append(moment)
        if not self.times:
            self.add_error(None, _("Offer at least one time."))
        return cleaned

    def invitation(self) -> Invitation:
        data = self.cleaned_data
        return Invitation(
            mode=data["mode"],
            minutes=data["minutes"],
            times=self.times,
            fixed=data["fixed"],
            venue=data["venue"],
            address=data["address"],
            note=data["note"],
        )


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=300, widget=forms.Textarea(attrs={"rows": 2}))


class RescheduleForm(InvitationForm):
    reason = forms.CharField(label=_("Reason"), max_length=300, widget=forms.Textarea(attrs={"rows": 2}))
