from django import forms
from django.utils.translation import gettext_lazy as _

from review.checks import RuleSpec, compile_rule
from review.models import REASON_MAX, Decision, Report, Rule, validate_regex


class DecisionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(
        label=_("Decision"), choices=Decision.Outcome.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Reason"), required=False, max_length=REASON_MAX, widget=forms.Textarea(attrs={"rows": 3})
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong?"), choices=Report.Reason.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RuleForm(forms.ModelForm):
    """A screening rule as reviewers write it, with a phrase to try it on before saving."""

    sample = forms.CharField(
        label=_("Try it on"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("A phrase to check with this rule before saving; it is not stored."),
    )

    class Meta:
        model = Rule
        fields = ["code", "family", "kind", "pattern", "exceptions", "explanation", "legal_basis", "active"]
        widgets = {
            "pattern": forms.Textarea(attrs={"rows": 2}),
            "exceptions": forms.Textarea(attrs={"rows": 2}),
            "explanation": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_pattern(self) -> str:
        """Checked on RE2, the engine the rule will run on (``Rule.pattern``'s validator)."""
        pattern = self.cleaned_data["pattern"].strip()
        validate_regex(pattern)
        if compile_rule(pattern).search("") is not None:
            raise forms.ValidationError(_("This pattern matches empty text, so it would flag every posting."))
        return pattern

    def spec(self) -> RuleSpec:
        data = self.cleaned_data
        return RuleSpec(
            data["code"],
            data["family"],
            data["kind"],
            data["pattern"],
            data.get("exceptions", ""),
            data["explanation"],
            data.get("legal_basis", ""),
        )
