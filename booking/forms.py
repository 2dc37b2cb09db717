"""Forms check the shape of input; the booking services check the rules and say what is wrong."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from booking.models import BookingRules, Event, Venue, VenueClosure
from booking.services.events import EventDraft
from livestream.forms import LocalDateTimeInput


class EventForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=120)
    description = forms.CharField(
        label=_("Description"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )
    starts_at = forms.DateTimeField(label=_("Starts"), widget=LocalDateTimeInput())
    ends_at = forms.DateTimeField(label=_("Ends"), widget=LocalDateTimeInput())
    capacity = forms.IntegerField(label=_("Places for students"), min_value=1, max_value=100000)

    def draft(self) -> EventDraft:
        data = self.cleaned_data
        return EventDraft(
            title=data["title"],
            description=data.get("description", ""),
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            capacity=data["capacity"],
            venue=data.get("venue"),
            address=data.get("address", ""),
            booth_count=data.get("booth_count") or 0,
        )


class CampusSessionForm(EventForm):
    venue = forms.ModelChoiceField(label=_("Venue"), queryset=Venue.objects.none())
    field_order = ["title", "venue", "starts_at", "ends_at", "capacity", "description"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        venues = (
            Venue.objects.filter(active=True)
            .select_related("university")
            .order_by("university__name", "name")
        )
        venue = cast(forms.ModelChoiceField, self.fields["venue"])
        venue.queryset = venues
        # ModelChoiceField documents label_from_instance as the hook for a choice's label.
        venue.label_from_instance = lambda v: f"{v.university.name} · {v} ({v.capacity})"  # type: ignore[method-assign,assignment]


class VisitForm(EventForm):
    address = forms.CharField(label=_("Where students should come"), max_length=200)
    field_order = ["title", "address", "starts_at", "ends_at", "capacity", "description"]


class FairForm(EventForm):
    venue = forms.ModelChoiceField(label=_("Venue"), queryset=Venue.objects.none(), required=False)
    address = forms.CharField(label=_("Or an address"), max_length=200, required=False)
    booth_count = forms.IntegerField(label=_("Booths"), min_value=1, max_value=500)
    field_order = [
        "title",
        "venue",
        "address",
        "starts_at",
        "ends_at",
        "capacity",
        "booth_count",
        "description",
    ]

    def __init__(self, *args: Any, organisation=None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["venue"]).queryset = Venue.objects.filter(
            university=organisation, active=True
        )


class VenueForm(forms.ModelForm):
    class Meta:
        model = Venue
        fields = ["name", "building", "capacity", "equipment", "opens_at", "closes_at", "active"]
        widgets = {
            "opens_at": forms.TimeInput(attrs={"type": "time"}),
            "closes_at": forms.TimeInput(attrs={"type": "time"}),
        }

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("opens_at") and data.get("closes_at") and data["closes_at"] <= data["opens_at"]:
            self.add_error("closes_at", _("The venue must close after it opens."))
        return data


class ClosureForm(forms.ModelForm):
    class Meta:
        model = VenueClosure
        fields = ["day", "reason"]
        widgets = {"day": forms.DateInput(attrs={"type": "date"})}


class RulesForm(forms.ModelForm):
    class Meta:
        model = BookingRules
        fields = ["book_ahead_working_days", "cancel_hours_before", "no_show_limit", "suspension_days"]

    def clean_book_ahead_working_days(self) -> int:
        days = self.cleaned_data["book_ahead_working_days"]
        if days > 60:
            raise forms.ValidationError(_("At most 60 working days."))
        return days


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("reject", _("Reject"))])
    reason = forms.CharField(label=_("Reason"), max_length=300, required=False)


class BoothDecisionForm(DecisionForm):
    number = forms.IntegerField(label=_("Booth number"), min_value=1, max_value=500, required=False)


class BoothApplicationForm(forms.Form):
    note = forms.CharField(label=_("What your company will show"), max_length=300, required=False)


class CheckInForm(forms.Form):
    code = forms.CharField(label=_("Ticket code"), max_length=2000)


KIND_FILTER = [("", _("All")), *Event.Kind.choices]
