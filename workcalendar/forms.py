"""The form an administrator fills from the State Council notice; the service checks the rules."""

from __future__ import annotations

import datetime as dt
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from workcalendar.services.entry import HolidayRange

HOLIDAY_ROWS = 8  # seven statutory holidays, and one spare row


class YearForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    notice = forms.CharField(
        label=_("Notice number"), max_length=80, help_text=_("e.g. 国办发明电〔2026〕7号")
    )
    working_days = forms.CharField(
        label=_("Adjusted working days (weekend days worked)"),
        required=False,
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Dates like 2027-02-07, separated by spaces, commas or new lines."),
    )

    def clean_working_days(self) -> list[dt.date]:
        found = []
        for word in re.split(r"[\s,，、;；]+", self.cleaned_data["working_days"].strip()):
            if not word:
                continue
            try:
                found.append(dt.date.fromisoformat(word))
            except ValueError:
                raise forms.ValidationError(
                    _("“%(word)s” is not a date like 2027-02-07."), params={"word": word}
                ) from None
        return sorted(set(found))


class HolidayForm(forms.Form):
    name = forms.CharField(label=_("Holiday"), max_length=60, required=False)
    first = forms.DateField(
        label=_("First day off"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    last = forms.DateField(
        label=_("Last day off"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict:
        data = super().clean() or {}
        filled = [data.get("name"), data.get("first"), data.get("last")]
        if any(filled) and not all(filled):
            raise forms.ValidationError(
                _("Fill in the holiday's name, first and last day, or leave the row empty.")
            )
        return data

    def holiday(self) -> HolidayRange | None:
        data = self.cleaned_data
        if not data.get("name"):
            return None
        return HolidayRange(data["name"], data["first"], data["last"])


HolidayFormSet = forms.formset_factory(HolidayForm, extra=HOLIDAY_ROWS, max_num=20, validate_max=True)
