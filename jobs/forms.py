from __future__ import annotations

from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from directory.forms import RegionField
from directory.models import Industry, Organisation
from jobs.models import Application, JobPosting
from jobs.search import JobFilters

MAX_SALARY = 1_000_000  # CNY per month; beyond it a figure is a typo


class JobSearchForm(forms.Form):
    q = forms.CharField(label=_("Keyword"), required=False, max_length=60)
    region = RegionField(label=_("Region"), required=False, include_provinces=True)
    field = forms.ModelChoiceField(
        label=_("Field"),
        queryset=Industry.objects.all(),
        required=False,
        to_field_name="code",
        empty_label=_("All fields"),
        error_messages={"invalid_choice": _("Unknown field.")},
    )
    internship = forms.BooleanField(label=_("Internships only"), required=False)
    accommodation = forms.BooleanField(label=_("Free accommodation"), required=False)
    company = forms.ModelChoiceField(
        label=_("Company"),
        queryset=Organisation.objects.filter(kind=Organisation.Kind.COMPANY),
        required=False,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("Unknown company.")},
    )
    salary_low = forms.IntegerField(
        label=_("Monthly pay from (CNY)"),
        required=False,
        min_value=0,
        max_value=MAX_SALARY,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "step": 500, "placeholder": "5000"}),
    )
    salary_high = forms.IntegerField(
        label=_("to (CNY)"),
        required=False,
        min_value=0,
        max_value=MAX_SALARY,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "step": 500, "placeholder": "15000"}),
    )
    education = forms.ChoiceField(
        label=_("My education"),
        required=False,
        choices=[("", _("Any education"))]
        + [(value, label) for value, label in JobPosting.Education.choices if value != "any"],
        error_messages={"invalid_choice": _("Unknown education level.")},
    )
    specialised = forms.BooleanField(label=_("Specialised SMEs (专精特新) only"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("newest", _("Newest")), ("salary", _("Highest pay")), ("closing", _("Closing soon"))],
        error_messages={"invalid_choice": _("Unknown sort order.")},
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        low, high = data.get("salary_low"), data.get("salary_high")
        if low is not None and high is not None and low > high:
            self.add_error("salary_high", _("The upper end of the pay range is below the lower end."))
        return data

    def filters(self) -> JobFilters:
        data = self.cleaned_data
        return JobFilters(
            salary_low=data.get("salary_low"),
            salary_high=data.get("salary_high"),
            education=data.get("education") or "",
            specialised=bool(data.get("specialised")),
            sort=data.get("sort") or "newest",
            keyword=data.get("q") or "",
            region_code=data["region"].code if data.get("region") else "",
            field_code=data["field"].code if data.get("field") else "",
            internship=bool(data.get("internship")),
            accommodation=bool(data.get("accommodation")),
            company_id=data["company"].pk if data.get("company") else None,
        )


class JobPostingForm(forms.ModelForm):
    region = RegionField(label=_("Work location"), include_provinces=False)
    # A form field named "fields": the form metaclass moves it into base_fields, so it does not
    # replace BaseForm.fields at run time, which mypy cannot see.
    fields = forms.ModelMultipleChoiceField(  # type: ignore[assignment]
        label=_("Fields"),
        queryset=Industry.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one field.")},
    )

    class Meta:
        model = JobPosting
        fields = [
            "kind",
            "title",
            "description",
            "region",
            "fields",
            "education",
            "majors",
            "headcount",
            "salary_min",
            "salary_max",
            "working_hours",
            "rest_days",
            "accommodation",
            "internship_months",
            "expires_on",
            "contact_name",
            "contact_phone",
            "contact_email",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 6}),
            "expires_on": forms.DateInput(attrs={"type": "date"}),
            "headcount": forms.NumberInput(attrs={"min": 1}),
            "salary_min": forms.NumberInput(attrs={"min": 0, "step": 100}),
            "salary_max": forms.NumberInput(attrs={"min": 0, "step": 100}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["region"] = self.instance.region_id
        form_fields = cast("dict[str, forms.Field]", self.fields)  # see the "fields" field above
        form_fields["headcount"].validators.append(_at_least_one)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        low, high = data.get("salary_min"), data.get("salary_max")
        if low is not None and high is not None and low > high:
            self.add_error("salary_max", _("The upper salary must not be below the lower one."))
        if data.get("kind") != JobPosting.Kind.INTERNSHIP and data.get("accommodation"):
            self.add_error("accommodation", _("Free accommodation can only be offered with internships."))
        return data


class JobCheckForm(forms.ModelForm):
    """The free text of a posting being written, for the live screening check: every field
    optional, each capped as the posting form caps it."""

    class Meta:
        model = JobPosting
        fields = ["title", "description", "majors", "working_hours", "rest_days"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False

    def _post_clean(self) -> None:
        """Only the lengths matter here: no model validation of a posting that is not saved."""


def _at_least_one(value: int) -> None:
    if value is not None and value < 1:
        raise ValidationError(_("Head-count must be at least 1."), code="min_value")


class ApplicationStatusForm(forms.Form):
    # Offer and hired are the offers flow's steps (``jobs.services.OFFERS_ONLY``), not choices here.
    status = forms.ChoiceField(
        label=_("New status"),
        choices=[
            (value, label)
            for value, label in Application.Status.choices
            if value not in (Application.Status.OFFER, Application.Status.HIRED)
        ],
    )
