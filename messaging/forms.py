from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from messaging.models import BODY_MAX, MessageReport


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"),
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": BODY_MAX}),
    )


class ReportForm(forms.Form):
    message = forms.IntegerField(min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)
    reason = forms.ChoiceField(label=_("Reason"), choices=MessageReport.Reason.choices)
    text = forms.CharField(label=_("Details"), max_length=500, required=False)


class ReviewedForm(forms.Form):
    message = forms.IntegerField(min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)
