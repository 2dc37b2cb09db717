"""Internship placements (notice 四(五)): what a hired internship application becomes.

A placement carries the dates, the company mentor, the university supervisor and whether free
accommodation is provided; the student writes one short log per week, both sides evaluate at
mid-way and at the end, the company records the accommodation nights actually used per week, and
the student raises problems to the university supervisor, who answers by a deadline.
Weeks are named by their Monday (Asia/Shanghai)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from directory.models import Organisation
from jobs.models import Application

LOG_MAX_CHARS = 500
TEXT_MAX_CHARS = 1000
MAX_NIGHTS_PER_WEEK = 7


class Placement(models.Model):
    class State(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ACTIVE = "active", _("Under way")
        COMPLETED = "completed", _("Completed")
        ENDED_EARLY = "ended_early", _("Ended early")

    application = models.OneToOneField(Application, on_delete=models.PROTECT, related_name="placement")
    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="placements")
    company = models.ForeignKey(
        Organisation, verbose_name=_("company"), on_delete=models.PROTECT, related_name="placements"
    )
    university = models.ForeignKey(
        Organisation, verbose_name=_("university"), on_delete=models.PROTECT, related_name="+"
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    ended_on = models.DateField(_("ended early on"), null=True, blank=True)
    mentor_name = models.CharField(_("company mentor"), max_length=40, blank=True)
    mentor_title = models.CharField(_("mentor's title"), max_length=40, blank=True)
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("university supervisor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supervised_placements",
    )
    accommodation_provided = models.BooleanField(_("free accommodation provided"), default=False)
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.PLANNED, db_index=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-starts_on", "-id"]
        verbose_name = _("internship placement")
        verbose_name_plural = _("internship placements")
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="placement_dates_ordered"),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | (Q(ended_on__gte=F("starts_on")) & Q(ended_on__lte=F("ends_on"))),
                name="placement_ended_inside_period",
            ),
        ]
        indexes = [
            models.Index(fields=["university", "state"], name="placement_university_state"),
            models.Index(fields=["company", "state"], name="placement_company_state"),
        ]

    def __str__(self) -> str:
        return f"{self.application.profile.full_name} @ {self.company.name}"

    @property
    def last_day(self) -> dt.date:
        """The last day the intern is (or was) there."""
        return self.ended_on or self.ends_on


class AccommodationWeek(models.Model):
    """Nights of free accommodation the intern actually used in one week, recorded by the company."""

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="accommodation_weeks")
    week = models.DateField(_("week (Monday)"))
    nights = models.PositiveSmallIntegerField(_("nights used"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now=True)

    class Meta:
        ordering = ["-week"]
        verbose_name = _("accommodation used in a week")
        verbose_name_plural = _("accommodation used per week")
        constraints = [
            models.UniqueConstraint(fields=["placement", "week"], name="one_accommodation_figure_per_week"),
            models.CheckConstraint(
                condition=Q(nights__gte=0) & Q(nights__lte=MAX_NIGHTS_PER_WEEK), name="nights_in_a_week"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.week:%Y-%m-%d}: {self.nights}"


class WeeklyLog(models.Model):
    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="logs")
    week = models.DateField(_("week (Monday)"))
    text = models.CharField(_("what I did this week"), max_length=LOG_MAX_CHARS)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-week"]
        verbose_name = _("weekly log")
        verbose_name_plural = _("weekly logs")
        constraints = [
            models.UniqueConstraint(fields=["placement", "week"], name="one_log_per_week"),
        ]

    def __str__(self) -> str:
        return f"{self.week:%Y-%m-%d}"


class Evaluation(models.Model):
    class Stage(models.TextChoices):
        MID = "mid", _("Mid-way")
        END = "end", _("End")

    class Side(models.TextChoices):
        STUDENT = "student", _("Student")
        COMPANY = "company", _("Company")

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="evaluations")
    stage = models.CharField(_("stage"), max_length=4, choices=Stage.choices)
    side = models.CharField(_("side"), max_length=8, choices=Side.choices)
    rating = models.PositiveSmallIntegerField(_("rating (1–5)"))
    comments = models.CharField(_("comments"), max_length=TEXT_MAX_CHARS, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        ordering = ["stage", "side"]
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        constraints = [
            models.UniqueConstraint(fields=["placement", "stage", "side"], name="one_evaluation_per_side"),
            models.CheckConstraint(condition=Q(rating__gte=1) & Q(rating__lte=5), name="rating_one_to_five"),
        ]

    def __str__(self) -> str:
        return f"{self.get_stage_display()} · {self.get_side_display()}: {self.rating}"


class Problem(models.Model):
    class State(models.TextChoices):
        OPEN = "open", _("Open")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="problems")
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.CharField(_("problem"), max_length=TEXT_MAX_CHARS)
    raised_at = models.DateTimeField(_("raised"))
    respond_by = models.DateTimeField(_("answer due"))
    response = models.CharField(_("response"), max_length=TEXT_MAX_CHARS, blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.OPEN)

    class Meta:
        ordering = ["respond_by", "id"]
        verbose_name = _("problem")
        verbose_name_plural = _("problems")
        constraints = [
            models.CheckConstraint(
                condition=Q(respond_by__gte=F("raised_at")), name="problem_due_after_raised"
            ),
            models.CheckConstraint(
                condition=Q(state="open") | Q(responded_at__isnull=False), name="problem_answered_has_time"
            ),
        ]
        indexes = [models.Index(fields=["state", "respond_by"], name="problem_state_due")]

    def __str__(self) -> str:
        return self.text[:40]
