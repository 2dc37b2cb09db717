"""Interviews a recruiter invites an applicant to, and the recruiter's diary of interview times.

An interview is held online (the 1:1 video room), by phone or on site. The recruiter either offers
several slots (the student picks one) or fixes the time (one slot, booked at once). A recruiter's
*booked* slots never overlap: on PostgreSQL an exclusion constraint over (recruiter, the slot's
time range) says so in the database (``interviews/migrations/0001_initial.py``); on SQLite the
booking service checks under the write lock of its transaction (``interviews.services.book``)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateTimeRangeField, RangeBoundary, RangeOperators
from django.db import models
from django.db.models import F, Func, Q
from django.utils.translation import gettext_lazy as _

from jobs.models import Application

SLOTS_NEVER_OVERLAP = "interview_booked_slots_of_a_recruiter_never_overlap"


class TsTzRange(Func):
    """``tstzrange(start, end, '[)')``: half-open, so back-to-back interviews are fine."""

    function = "TSTZRANGE"
    output_field = DateTimeRangeField()


class Interview(models.Model):
    class Mode(models.TextChoices):
        VIDEO = "video", _("Online video")
        PHONE = "phone", _("Phone")
        ONSITE = "onsite", _("On site")

    class Status(models.TextChoices):
        INVITED = "invited", _("Waiting for the applicant to choose a time")
        SCHEDULED = "scheduled", _("Interview time fixed")
        CHANGE_REQUESTED = "change", _("Applicant asked for another time")
        CANCELLED = "cancelled", _("Cancelled")
        HELD = "held", _("Held")
        NO_SHOW = "no_show", _("Applicant did not attend")

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="interviews")
    # The interviewer: whose diary the slots are in, and one of the two people in the video room.
    recruiter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    mode = models.CharField(_("how"), max_length=8, choices=Mode.choices, default=Mode.VIDEO)
    minutes = models.PositiveSmallIntegerField(_("length (minutes)"), default=30)
    venue = models.CharField(_("venue"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    note = models.CharField(_("note to the applicant"), max_length=500, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.INVITED, db_index=True
    )
    starts_at = models.DateTimeField(_("starts"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    # Raised on every change of time or status: calendars update the event in place.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    reason = models.CharField(_("reason"), max_length=300, blank=True)  # of the last change or cancellation
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The start a reminder was sent for (a reminder for another start is still due).
    reminded_day_before = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_hour_before = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__isnull=True, ends_at__isnull=True)
                | Q(starts_at__isnull=False, ends_at__gt=F("starts_at")),
                name="interview_time_ordered",
            ),
            models.CheckConstraint(condition=Q(minutes__gte=5, minutes__lte=480), name="interview_minutes"),
        ]

    def __str__(self) -> str:
        return f"{self.application} · {self.get_mode_display()}"


class Slot(models.Model):
    """A time offered for an interview; ``booked`` once it is the interview's time."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="slots")
    recruiter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    booked = models.BooleanField(default=False)

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("interview slot")
        verbose_name_plural = _("interview slots")
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="interview_slot_ordered"),
            # PostgreSQL only: the migration adds it there and nowhere else (see the module doc).
            ExclusionConstraint(
                name=SLOTS_NEVER_OVERLAP,
                expressions=[
                    ("recruiter", RangeOperators.EQUAL),
                    (TsTzRange("starts_at", "ends_at", RangeBoundary()), RangeOperators.OVERLAPS),
                ],
                condition=Q(booked=True),
            ),
        ]
        indexes = [models.Index(fields=["recruiter", "booked", "starts_at"], name="interview_slot_diary")]

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M}–{self.ends_at:%H:%M}"
