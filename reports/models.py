"""Reporting (五(三) of the notice): Attachment 2 contacts, Attachment 3 weekly returns, event
reports within three working days, and background report tasks with their progress."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from booking.models import Event
from campaigns.models import Campaign, Phase
from directory.models import Organisation
from livestream.models import LiveSession

# Office lines and mobiles as people write them: +86, area codes with leading zeros, dashes, extensions.
validate_phone = RegexValidator(
    r"^\+?[0-9][0-9 ()\-]{4,22}([ ]?(ext\.?|转)[ ]?[0-9]{1,6})?$",
    _("Enter a phone number: digits, spaces, dashes and brackets, optionally starting with +."),
    code="invalid_phone",
)


class Contact(models.Model):
    """One row of Attachment 2 (对接活动联系人及联系方式): a unit's contact for the campaign."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="report_contacts")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="report_contacts"
    )
    unit_name = models.CharField(
        _("unit name"), max_length=120, help_text=_("As it should appear in the table, e.g. with the office.")
    )
    person = models.CharField(_("contact person"), max_length=40)
    title = models.CharField(_("title"), max_length=60, blank=True)
    office_phone = models.CharField(_("office phone"), max_length=32, blank=True, validators=[validate_phone])
    mobile = models.CharField(_("mobile"), max_length=32, validators=[validate_phone])
    email = models.EmailField(_("e-mail"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["organisation__name", "position", "id"]
        verbose_name = _("contact (Attachment 2)")
        verbose_name_plural = _("contacts (Attachment 2)")

    def __str__(self) -> str:
        return f"{self.unit_name} · {self.person}"


class WeeklyReturn(models.Model):
    """Attachment 3 (招聘情况统计表) of one unit for one week, Monday 00:00 to Sunday 24:00 Shanghai.

    While a draft, its figures are recomputed from the data whenever it is opened; filing
    freezes them (with the remarks) and the filed version is what every export shows."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        FILED = "filed", _("Filed")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="weekly_returns")
    phase = models.ForeignKey(Phase, on_delete=models.PROTECT, related_name="weekly_returns")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="weekly_returns"
    )
    week_start = models.DateField(_("week starting"))
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.DRAFT)
    figures = models.JSONField(_("figures"), default=dict, blank=True)
    remarks = models.TextField(_("remarks"), blank=True, max_length=2000)
    computed_at = models.DateTimeField(_("computed"), null=True, blank=True)
    filed_at = models.DateTimeField(_("filed"), null=True, blank=True)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-week_start", "organisation__name"]
        verbose_name = _("weekly return (Attachment 3)")
        verbose_name_plural = _("weekly returns (Attachment 3)")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "organisation", "week_start"], name="one_return_per_unit_and_week"
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(filed_at__isnull=False), name="filed_return_has_time"
            ),
        ]
        indexes = [models.Index(fields=["campaign", "week_start", "status"], name="return_week_status")]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.week_start:%Y-%m-%d}"


class EventReport(models.Model):
    """The activity information a host files within three working days after an event (五(三))."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="event_reports")
    live_session = models.OneToOneField(
        LiveSession, null=True, blank=True, on_delete=models.CASCADE, related_name="report"
    )
    event = models.OneToOneField(
        Event, null=True, blank=True, on_delete=models.CASCADE, related_name="report"
    )
    host = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="event_reports")
    ended_at = models.DateTimeField(_("event ended"))
    due_on = models.DateField(_("due by the end of"))
    figures = models.JSONField(_("figures"), default=dict)
    summary = models.TextField(_("summary"), max_length=4000)
    filed_at = models.DateTimeField(_("filed"))
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-ended_at"]
        verbose_name = _("event report")
        verbose_name_plural = _("event reports")
        constraints = [
            models.CheckConstraint(
                condition=(Q(live_session__isnull=False) & Q(event__isnull=True))
                | (Q(live_session__isnull=True) & Q(event__isnull=False)),
                name="event_report_has_one_subject",
            )
        ]

    def __str__(self) -> str:
        return str(self.live_session or self.event)

    @property
    def on_time(self) -> bool:
        from reports.services.weeks import local_date

        return local_date(self.filed_at) <= self.due_on


def task_path(instance: ReportTask, filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1][:4] if "." in filename else "bin"
    return f"reports/{uuid.uuid4().hex}.{extension}"


class ReportTask(models.Model):
    """A long export or recomputation run in the background; the page polls its progress."""

    class Kind(models.TextChoices):
        WEEK_SUMMARY = "week_summary", _("Attachment 3 of every unit for a week")

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    params = models.JSONField(default=dict)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    state = models.CharField(max_length=8, choices=State.choices, default=State.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=300, blank=True)
    result = models.FileField(upload_to=task_path, blank=True)
    filename = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk}"

    @property
    def percent(self) -> int:
        return (
            int(100 * self.done / self.total) if self.total else (100 if self.state == self.State.DONE else 0)
        )
