from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from qr.models import ShortLink


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
