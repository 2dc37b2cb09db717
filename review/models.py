"""Rules that screen postings for discrimination and fraud: data that reviewers extend in the admin."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from review.checks import PatternError, compile_rule

PATTERN_MAX = 500
EXPLANATION_MAX = 1000
REASON_MAX = 1000


def validate_regex(value: str) -> None:
    """A pattern the screening engine (RE2) can run: no backreferences, no lookarounds."""
    try:
        compile_rule(value)
    except PatternError as error:
        raise ValidationError(
            _(
                "Not a valid regular expression, or not one the screening engine (RE2) can run: "
                "%(error)s. RE2 supports no "
                "backreferences (\\1) and no lookarounds ((?=…), (?!…), (?<=…), (?<!…)). To require "
                "a neighbouring character without marking it, use a group named ctx, e.g. "
                "(?P<ctx1>^|[^上])下线提成; or put the legitimate wording in the exceptions."
            ),
            code="re2",
            params={"error": error},
        ) from None


def capped(limit: int) -> list[MaxLengthValidator]:
    """Free text is capped at the model too (``TextField.max_length`` alone only sizes the form)."""
    return [MaxLengthValidator(limit)]


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
    pattern = models.TextField(
        _("pattern (regular expression)"),
        max_length=PATTERN_MAX,
        validators=[validate_regex, *capped(PATTERN_MAX)],
    )
    exceptions = models.TextField(
        _("exceptions (regular expression)"),
        blank=True,
        max_length=PATTERN_MAX,
        validators=[validate_regex, *capped(PATTERN_MAX)],
        help_text=_("Legitimate wording: a match in the same clause cancels the finding."),
    )
    explanation = models.TextField(
        _("explanation shown to recruiters"), max_length=EXPLANATION_MAX, validators=capped(EXPLANATION_MAX)
    )
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["kind", "family", "code"]
        verbose_name = _("screening rule")
        verbose_name_plural = _("screening rules")

    def __str__(self) -> str:
        return f"{self.get_family_display()} · {self.code}"


class ReasonTemplate(models.Model):
    """A reusable reason for rejecting or sending back a posting."""

    text = models.TextField(_("text"), max_length=REASON_MAX, validators=capped(REASON_MAX))
    active = models.BooleanField(_("active"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("reason template")
        verbose_name_plural = _("reason templates")

    def __str__(self) -> str:
        return self.text[:60]


class Decision(models.Model):
    """A reviewer's decision on one version of a posting or on a company registration."""

    class Outcome(models.TextChoices):
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        CHANGES = "changes", _("Changes requested")

    job = models.ForeignKey(
        "jobs.JobPosting", null=True, blank=True, on_delete=models.CASCADE, related_name="decisions"
    )
    company = models.ForeignKey(
        "directory.Organisation", null=True, blank=True, on_delete=models.CASCADE, related_name="decisions"
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    reason = models.TextField(_("reason"), blank=True, max_length=REASON_MAX, validators=capped(REASON_MAX))
    findings = models.JSONField(_("findings at the time"), default=list, blank=True)
    reviewer = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("review decision")
        verbose_name_plural = _("review decisions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(job__isnull=False) ^ models.Q(company__isnull=False),
                name="decision_has_one_subject",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()} · {self.job or self.company}"


class Report(models.Model):
    """A student's report about a posting or a live session."""

    class Reason(models.TextChoices):
        FAKE = "fake", _("Fake or misleading posting")
        DISCRIMINATION = "discrimination", _("Discriminatory requirement")
        FEES = "fees", _("Asks for fees or deposits")
        CONTACT = "contact", _("Unreachable or suspicious contact")
        OTHER = "other", _("Something else")

    job = models.ForeignKey(
        "jobs.JobPosting", null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    live_session = models.ForeignKey(
        "livestream.LiveSession", null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    student = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    text = models.CharField(_("details"), max_length=500, blank=True)
    handled = models.BooleanField(_("handled"), default=False)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(job__isnull=False) ^ models.Q(live_session__isnull=False),
                name="report_has_one_subject",
            ),
            models.UniqueConstraint(fields=["student", "job"], name="one_report_per_student_and_job"),
            models.UniqueConstraint(
                fields=["student", "live_session"], name="one_report_per_student_and_session"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} · {self.job or self.live_session}"


class Material(models.Model):
    """On-site material (a poster's text, a fair booth's copy) that is shown only once approved.

    ``subject`` names what it belongs to (``live:12``, ``event:5``, ``booth:7``); a changed text
    is a new row, so an approval never covers words the reviewer did not see."""

    class Kind(models.TextChoices):
        POSTER = "poster", _("Poster")
        BOOTH_COPY = "booth_copy", _("Booth copy")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    subject = models.CharField(_("belongs to"), max_length=40)
    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="materials", verbose_name=_("owner")
    )
    text = models.TextField(_("text"))
    text_hash = models.CharField(max_length=64)
    findings = models.JSONField(_("findings at submission"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    decided_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("on-site material")
        verbose_name_plural = _("on-site materials")
        constraints = [
            models.UniqueConstraint(fields=["kind", "subject", "text_hash"], name="one_material_per_text"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.subject}"
