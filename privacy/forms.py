from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from accounts.models import User


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


class DeleteAccountForm(forms.Form):
    understand = forms.BooleanField(
        label=_("I understand that my account, profile and resume are erased now and cannot be restored."),
    )
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, required=False, strip=False)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        if user.has_usable_password():
            self.fields["password"].required = True
        else:  # signed in by SMS code only: the fresh sign-in is the proof
            del self.fields["password"]

    def clean_password(self) -> str:
        password = self.cleaned_data.get("password", "")
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not right."))
        return password
