"""Forms for signing in by phone and resetting a password by SMS code."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from directory.validators import validate_mobile


def normalise_phone(value: str) -> str:
    """Digits only, without a +86 / 0086 prefix: ``+86 139-1234-5678`` → ``13912345678``."""
    digits = "".join(ch for ch in value if ch.isascii() and ch.isdigit())
    for prefix in ("0086", "86"):
        if len(digits) == 11 + len(prefix) and digits.startswith(prefix):
            digits = digits[len(prefix) :]
    return digits


class PhoneField(forms.CharField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Mobile phone"))
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}))
        super().__init__(**kwargs)

    def clean(self, value: Any) -> str:
        text = super().clean(value)
        if len(text) > 20:
            raise ValidationError(_("Enter a mainland mobile number of 11 digits starting with 1."))
        phone = normalise_phone(text)
        validate_mobile(phone)
        return phone


class CodeField(forms.CharField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("SMS code"))
        kwargs.setdefault("max_length", 6)
        kwargs.setdefault("min_length", 6)
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "pattern": "[0-9]*"}
            ),
        )
        super().__init__(**kwargs)

    def clean(self, value: Any) -> str:
        code = super().clean(value)
        if code and not (code.isascii() and code.isdigit()):
            raise ValidationError(_("The code is six digits."), code="invalid_code")
        return code


class PhoneSignInForm(forms.Form):
    """Step one sends a code to ``phone``; step two checks ``code``. New numbers sign up."""

    phone = PhoneField()
    code = CodeField(required=False)
    kind = forms.ChoiceField(
        label=_("A new number signs up as"),
        choices=[("student", _("Student / graduate")), ("recruiter", _("Company recruiter"))],
        initial="student",
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, sending: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not sending:
            self.fields["code"].required = True
