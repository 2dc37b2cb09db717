"""Forms of the placement pages; the rules they check again live in internships.services."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from internships.models import LOG_MAX_CHARS, MAX_NIGHTS_PER_WEEK, TEXT_MAX_CHARS, Evaluation, Placement

DATE = forms.DateInput(attrs={"type": "date"})


class ConfirmPlacementForm(forms.ModelForm):
    class Meta:
        model = Placement
        fields = ["starts_on", "ends_on", "mentor_name", "mentor_title"]
        widgets = {"starts_on": DATE, "ends_on": DATE}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mentor_name"].required = True

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        starts_on, ends_on = data.get("starts_on"), data.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The last day cannot be before the first day."))
        return data


class PageForm(forms.Form):
    """A form that shares its page with others: its field ids carry its own prefix."""

    id_prefix = "form"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", f"{self.id_prefix}_%s")
        super().__init__(*args, **kwargs)


class WeeklyLogForm(PageForm):
    id_prefix = "log"
    text = forms.CharField(
        label=_("What I did this week"),
        max_length=LOG_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": LOG_MAX_CHARS}),
    )


class NightsForm(forms.Form):
    week = forms.TypedChoiceField(label=_("Week"), coerce=dt.date.fromisoformat)
    nights = forms.IntegerField(label=_("Nights used"), min_value=0, max_value=MAX_NIGHTS_PER_WEEK)

    def __init__(self, *args: Any, weeks: list[dt.date], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["week"]).choices = [
            (monday.isoformat(), f"{monday:%Y-%m-%d} – {monday + dt.timedelta(days=6):%m-%d}")
            for monday in reversed(weeks)
        ]


class EvaluationForm(forms.Form):
    stage = forms.ChoiceField(choices=Evaluation.Stage.choices, widget=forms.HiddenInput)
    rating = forms.TypedChoiceField(
        label=_("Rating"),
        coerce=int,
        choices=[(n, str(n)) for n in range(5, 0, -1)],
        widget=forms.RadioSelect,
    )
    comments = forms.CharField(
        label=_("Comments"),
        required=False,
        max_length=TEXT_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": TEXT_MAX_CHARS}),
    )


class ProblemForm(PageForm):
    id_prefix = "problem"
    text = forms.CharField(
        label=_("Describe the problem"),
        max_length=TEXT_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": TEXT_MAX_CHARS}),
    )


class ResponseForm(forms.Form):
    response = forms.CharField(
        label=_("Your answer"),
        max_length=TEXT_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": TEXT_MAX_CHARS}),
    )


class SupervisorForm(forms.Form):
    supervisor = forms.ModelChoiceField(label=_("University supervisor"), queryset=User.objects.none())

    def __init__(self, *args: Any, university_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["supervisor"]).queryset = User.objects.filter(
            role=User.Role.UNIVERSITY_STAFF, organisation_id=university_id, is_active=True
        ).order_by("username")


class EndEarlyForm(forms.Form):
    ended_on = forms.DateField(label=_("Last day"), widget=DATE)
    reason = forms.CharField(label=_("Why"), max_length=500)
