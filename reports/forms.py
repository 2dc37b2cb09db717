from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from reports.models import Contact
from reports.services.event_reports import SUMMARY_MAX
from reports.services.returns import REMARKS_MAX


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["unit_name", "person", "title", "office_phone", "mobile", "email"]
        widgets = {
            "office_phone": forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
            "mobile": forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
        }


class RemarksForm(forms.Form):
    remarks = forms.CharField(
        label=_("Remarks"),
        required=False,
        max_length=REMARKS_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Anything the figures do not say: events off the platform, corrections, explanations."),
    )


class SummaryForm(forms.Form):
    summary = forms.CharField(
        label=_("Summary"),
        max_length=SUMMARY_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What happened, how it went, what follows."),
    )


class ExportForm(forms.Form):
    week = forms.DateField(label=_("Week starting (Monday)"))
    format = forms.ChoiceField(label=_("Format"), choices=[("xlsx", "xlsx"), ("csv", "csv")])
