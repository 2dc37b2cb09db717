from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from offers.models import TERMS_MAX

DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


class OfferForm(forms.Form):
    reply_by = forms.DateTimeField(
        label=_("Reply by"),
        input_formats=[DATETIME_LOCAL, "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL),
    )
    salary = forms.IntegerField(
        label=_("Monthly salary (CNY)"), min_value=1, max_value=1_000_000, required=False
    )
    starts_on = forms.DateField(
        label=_("Start date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    terms = forms.CharField(
        label=_("Terms and note to the candidate"),
        max_length=TERMS_MAX,
        required=False,
        widget=forms.Textarea,
    )


class AnswerForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", _("Accept")), ("decline", _("Decline"))])


class AgreementForm(forms.Form):
    signed_on = forms.DateField(label=_("三方协议 signed on"), widget=forms.DateInput(attrs={"type": "date"}))
