"""The page an administrator fills to open the next campaign; the service checks the rules."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.models import Campaign, CampaignOrganisation
from campaigns.services import PhaseDraft
from directory.models import Organisation

PHASE_ROWS = 4  # the notice's two phases and two spare rows; empty rows are ignored


class CampaignForm(forms.Form):
    slug = forms.SlugField(
        label=_("Address name"), max_length=50, help_text=_("Letters, digits and hyphens, e.g. 2027.")
    )
    name = forms.CharField(label=_("Name"), max_length=120)
    theme = forms.CharField(label=_("Theme"), max_length=60)
    notice_reference = forms.CharField(
        label=_("Notice number"), max_length=60, required=False, help_text=_("e.g. 工信厅联企业〔2026〕12号")
    )
    summary = forms.CharField(
        label=_("Summary"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )
    carry_over_from = forms.ModelChoiceField(
        label=_("Carry over from"),
        queryset=Campaign.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label=_("Nothing (start empty)"),
        help_text=_(
            "Copies its hosts, organisers, partners and participants with their zone links, its zone "
            "and partner links (with new codes, so scans count per campaign) and its Attachment 2 "
            "contacts, to be confirmed."
        ),
    )


class PhaseForm(forms.Form):
    name = forms.CharField(label=_("Phase"), max_length=40, required=False)
    starts_on = forms.DateField(
        label=_("First day"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    ends_on = forms.DateField(
        label=_("Last day"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict:
        data = super().clean() or {}
        filled = [data.get("name"), data.get("starts_on"), data.get("ends_on")]
        if any(filled) and not all(filled):
            raise forms.ValidationError(
                _("Fill in the phase's name, first and last day, or leave the row empty.")
            )
        return data

    def phase(self) -> PhaseDraft | None:
        data = self.cleaned_data
        if not data.get("name"):
            return None
        return PhaseDraft(data["name"], data["starts_on"], data["ends_on"])


PhaseFormSet = forms.formset_factory(PhaseForm, extra=PHASE_ROWS, max_num=6, validate_max=True)


class MemberForm(forms.Form):
    """Add a host, organiser, partner platform or participant to a campaign."""

    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.exclude(kind=Organisation.Kind.COMPANY).order_by("kind", "name"),
        error_messages={"invalid_choice": _("Unknown organisation.")},
    )
    role = forms.ChoiceField(label=_("Role"), choices=CampaignOrganisation.Role.choices)
    zone_url = forms.URLField(
        label=_("Zone link"),
        required=False,
        max_length=200,
        assume_scheme="https",
    )
