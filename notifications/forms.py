from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from notifications import services
from notifications.models import URGENT, Channel, Group, Preference


def field_name(group: Group, channel: str) -> str:
    return f"{group.value}__{channel}"


class PreferencesForm(forms.Form):
    """The language of messages, and per group of kinds the channels besides the inbox."""

    language = forms.ChoiceField(label=_("Language of messages"), choices=settings.LANGUAGES)

    def __init__(self, *args: Any, preference: Preference | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = services.language_of(None, preference)
        self.rows: list[tuple[Group, list[tuple[str, forms.BoundField | None]]]] = []
        for group in Group:
            chosen = services.choices_of(preference, group)
            cells: list[tuple[str, forms.BoundField | None]] = []
            for channel in Channel:
                if channel == Channel.SMS and group not in URGENT:
                    cells.append((str(channel.label), None))
                    continue
                name = field_name(group, channel.value)
                self.fields[name] = forms.BooleanField(
                    label=f"{group.label} · {channel.label}", required=False, initial=channel.value in chosen
                )
                cells.append((str(channel.label), self[name]))
            self.rows.append((group, cells))

    def channels(self) -> dict[str, list[str]]:
        return {
            group.value: [c for c in Channel.values if self.cleaned_data.get(field_name(group, c))]
            for group in Group
        }
