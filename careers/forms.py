from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from careers.models import Entry, Resume
from careers.services import clean_month
from directory.models import Industry
from events_server.errors import DomainError


class ResumeForm(forms.ModelForm):
    class Meta:
        model = Resume
        fields = ["full_name", "phone", "email", "objective", "skills", "self_evaluation", "template"]
        widgets = {
            "skills": forms.Textarea(attrs={"rows": 4}),
            "self_evaluation": forms.Textarea(attrs={"rows": 3}),
            "phone": forms.TextInput(attrs={"inputmode": "tel"}),
        }


class EntryForm(forms.ModelForm):
    class Meta:
        model = Entry
        fields = ["title", "role", "start", "end", "details"]
        widgets = {
            "start": forms.TextInput(attrs={"placeholder": "2024-07", "inputmode": "numeric"}),
            "end": forms.TextInput(attrs={"placeholder": "2024-09", "inputmode": "numeric"}),
            "details": forms.Textarea(attrs={"rows": 3}),
        }

    # Each section names its fields in its own words (the model's labels cover all four).
    LABELS: dict[str, dict[str, Any]] = {
        Entry.Section.EDUCATION: {
            "title": _("School"),
            "role": _("Major and degree"),
            "details": _("Courses, ranking, thesis (one a line)"),
        },
        Entry.Section.INTERNSHIP: {"title": _("Company or organisation"), "role": _("Position")},
        Entry.Section.PROJECT: {"title": _("Project"), "role": _("Your role")},
        Entry.Section.AWARD: {
            "title": _("Award or certificate"),
            "role": _("Level or awarded by"),
            "start": _("When (year-month, e.g. 2024-07)"),
        },
    }

    def __init__(self, *args: Any, section: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, label in self.LABELS.get(section, {}).items():
            self.fields[name].label = label
        if section == Entry.Section.AWARD:
            del self.fields["end"]  # an award has a date, not a period

    def _month(self, name: str) -> str:
        try:
            return clean_month(self.cleaned_data.get(name, ""))
        except DomainError as error:
            raise forms.ValidationError(error.message) from error

    def clean_start(self) -> str:
        return self._month("start")

    def clean_end(self) -> str:
        return self._month("end")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end is before the start."))
        return data


EntryFormSet = forms.modelformset_factory(
    Entry, form=EntryForm, extra=1, can_delete=True, max_num=12, absolute_max=12, validate_max=True
)


class DiagnoseForm(forms.Form):
    file = forms.FileField(label=_("Or upload a PDF or Word (.docx) resume"), required=False)
    job = forms.IntegerField(
        label=_("Target posting number (optional)"), required=False, min_value=1, max_value=2**31 - 1
    )


class ImportForm(forms.Form):
    file = forms.FileField(label=_("PDF or Word (.docx) resume"))


class StartInterviewForm(forms.Form):
    job = forms.IntegerField(label=_("Posting number"), required=False, min_value=1, max_value=2**31 - 1)
    field = forms.ModelChoiceField(
        label=_("Or an emerging field"),
        queryset=Industry.objects.filter(emerging=True),
        required=False,
        to_field_name="code",
    )


class AnswerForm(forms.Form):
    text = forms.CharField(label=_("Your answer"), widget=forms.Textarea(attrs={"rows": 6}), max_length=4000)
    seconds = forms.IntegerField(required=False, min_value=1, max_value=3600, widget=forms.HiddenInput)
