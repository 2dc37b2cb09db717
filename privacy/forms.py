from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class NoticeConsentForm(forms.Form):
    agree = forms.BooleanField(
        label=_("I have read the privacy notice and agree to the processing it describes."),
        error_messages={"required": _("Please read the privacy notice and agree to it to continue.")},
    )


class SharingForm(forms.Form):
    share = forms.BooleanField(
        label=_(
            "Share my graduate profile with my university's job matching and with partner platforms "
            "(optional, revocable at any time)"
        ),
        required=False,
    )
