from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import Organisation
from events_server.ids import ModelIdsField
from jobs.services import public_jobs
from livestream.models import LiveSession

LONGEST_SESSION = dt.timedelta(hours=12)


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M")


class LiveSessionForm(forms.ModelForm):
    class Meta:
        model = LiveSession
        fields = [
            "title",
            "description",
            "starts_at",
            "ends_at",
            "jobs",
            "co_host",
            "moderated",
            "login_to_watch",
        ]
        widgets = {
            "starts_at": LocalDateTimeInput(),
            "ends_at": LocalDateTimeInput(),
            "jobs": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 3}),
        }
        field_classes = {"jobs": ModelIdsField}

    def __init__(self, *args: Any, company: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelMultipleChoiceField, self.fields["jobs"]).queryset = (
            public_jobs().filter(company=company).order_by("title")
        )
        self.fields["jobs"].help_text = _("Published jobs of your company you will pin on screen.")
        cast(forms.ModelChoiceField, self.fields["co_host"]).queryset = Organisation.objects.filter(
            kind=Organisation.Kind.UNIVERSITY, verification=Organisation.Verification.VERIFIED
        ).order_by("name")

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends:
            if ends <= starts:
                self.add_error("ends_at", _("The session must end after it starts."))
            elif ends - starts > LONGEST_SESSION:
                self.add_error("ends_at", _("A session can last at most 12 hours."))
        if starts and "starts_at" in self.changed_data and starts < timezone.now() - dt.timedelta(minutes=5):
            self.add_error("starts_at", _("Choose a start time in the future."))
        return data
