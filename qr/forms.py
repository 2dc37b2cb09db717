from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from qr.models import ShortLink
from qr.services.links import LinkError, validate_target


class LinkStateForm(forms.Form):
    enabled = forms.BooleanField(label=_("Link is on"), required=False)
    expires_at = forms.DateTimeField(
        label=_("Expires"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Leave empty for a link that does not expire."),
    )

    def __init__(self, *args, link: ShortLink, **kwargs) -> None:
        kwargs.setdefault("initial", {"enabled": link.disabled_at is None, "expires_at": link.expires_at})
        super().__init__(*args, **kwargs)


class ShortLinkForm(forms.ModelForm):
    """The admin's form: a target is checked by the links service, as ``create_link`` checks it."""

    class Meta:
        model = ShortLink
        fields = [
            "campaign",
            "organisation",
            "purpose",
            "label",
            "target",
            "allow_offsite",
            "disabled_at",
            "expires_at",
        ]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if "target" in data:
            try:
                data["target"] = validate_target(
                    data["target"], allow_offsite=data.get("allow_offsite", False)
                )
            except LinkError as error:
                self.add_error("target", error.message)
        return data
