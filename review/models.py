"""Rules that screen postings for discrimination and fraud: data that reviewers extend in the admin."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


def validate_regex(value: str) -> None:
    try:
        re.compile(value)
    except re.error as error:
        raise ValidationError(
            _("Not a valid regular expression: %(error)s"), params={"error": error}
        ) from None


class Rule(models.Model):
    class Family(models.TextChoices):
        GENDER = "gender", _("Gender")
        AGE = "age", _("Age")
        ETHNICITY = "ethnicity", _("Ethnicity")
        HUKOU = "hukou", _("Household registration or native place")
        MARITAL = "marital", _("Marital or childbearing status")
        HEALTH = "health", _("Health")
        SCHOOL_TIER = "school_tier", _("School tier")
        APPEARANCE = "appearance", _("Appearance or height")
        FEE = "fee", _("Fees, deposits or loans")
        CONTACT = "contact", _("Personal contact only")
        TRAINING = "training", _("Training then placement")
        PYRAMID = "pyramid", _("Pyramid-scheme wording")
        WORKPLACE = "workplace", _("No concrete workplace")

    class Kind(models.TextChoices):
        DISCRIMINATION = "discrimination", _("Employment discrimination")
        FRAUD = "fraud", _("Possible fraud")

    code = models.SlugField(_("code"), max_length=60, unique=True)
    family = models.CharField(_("family"), max_length=16, choices=Family.choices)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    pattern = models.TextField(_("pattern (regular expression)"), validators=[validate_regex])
    exceptions = models.TextField(
        _("exceptions (regular expression)"),
        blank=True,
        validators=[validate_regex],
        help_text=_("Legitimate wording: a match in the same clause cancels the finding."),
    )
    explanation = models.TextField(_("explanation shown to recruiters"))
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["kind", "family", "code"]
        verbose_name = _("screening rule")
        verbose_name_plural = _("screening rules")

    def __str__(self) -> str:
        return f"{self.get_family_display()} · {self.code}"
