"""Offline docking (四(四)): venues, campus sessions, company visits, special fairs and tickets."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from campaigns.models import Campaign
from directory.models import Organisation


class Venue(models.Model):
    university = models.ForeignKey(
        Organisation,
        verbose_name=_("university"),
        on_delete=models.CASCADE,
        related_name="venues",
        limit_choices_to={"kind": Organisation.Kind.UNIVERSITY},
    )
    name = models.CharField(_("name"), max_length=80)
    building = models.CharField(_("building"), max_length=80, blank=True)
    capacity = models.PositiveIntegerField(_("seats"))
    equipment = models.CharField(
        _("equipment"), max_length=200, blank=True, help_text=_("Projector, microphones, …")
    )
    opens_at = models.TimeField(_("opens at"), default=dt.time(8, 0))
    closes_at = models.TimeField(_("closes at"), default=dt.time(21, 0))
    active = models.BooleanField(_("can be booked"), default=True)

    class Meta:
        ordering = ["university", "building", "name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        constraints = [
            models.UniqueConstraint(fields=["university", "building", "name"], name="unique_venue_name"),
            models.CheckConstraint(
                condition=Q(closes_at__gt=F("opens_at")), name="venue_opens_before_closing"
            ),
            models.CheckConstraint(condition=Q(capacity__gt=0), name="venue_has_seats"),
        ]

    def __str__(self) -> str:
        return f"{self.building} {self.name}".strip()


class VenueClosure(models.Model):
    venue = models.ForeignKey(Venue, on_delete=models.CASCADE, related_name="closures")
    day = models.DateField(_("closed on"))
    reason = models.CharField(_("reason"), max_length=120, blank=True)

    class Meta:
        ordering = ["day"]
        verbose_name = _("closed date")
        verbose_name_plural = _("closed dates")
        constraints = [models.UniqueConstraint(fields=["venue", "day"], name="unique_venue_closure")]

    def __str__(self) -> str:
        return f"{self.venue} {self.day}"


class BookingRules(models.Model):
    """A university's rules; universities that set none get the defaults below."""

    university = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="booking_rules", verbose_name=_("university")
    )
    book_ahead_working_days = models.PositiveSmallIntegerField(
        _("book at least this many working days ahead"), default=3
    )
    cancel_hours_before = models.PositiveSmallIntegerField(
        _("cancel at the latest this many hours before"), default=24
    )
    no_show_limit = models.PositiveSmallIntegerField(
        _("no-shows that suspend a student"), default=3, help_text=_("0 switches suspension off.")
    )
    suspension_days = models.PositiveSmallIntegerField(_("suspension lasts (days)"), default=30)

    class Meta:
        verbose_name = _("booking rules")
        verbose_name_plural = _("booking rules")

    def __str__(self) -> str:
        return str(self.university)


class Event(models.Model):
    class Kind(models.TextChoices):
        CAMPUS = "campus", _("Campus recruiting session (宣讲会)")
        VISIT = "visit", _("Company visit (入企体验)")
        FAIR = "fair", _("Special fair (专场招聘会)")

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Waiting for the university")
        APPROVED = "approved", _("Confirmed")
        REJECTED = "rejected", _("Rejected")
        CANCELLED = "cancelled", _("Cancelled")

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="booking_events")
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, db_index=True)
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    organiser = models.ForeignKey(
        Organisation, verbose_name=_("organiser"), on_delete=models.PROTECT, related_name="organised_events"
    )
    university = models.ForeignKey(
        Organisation,
        verbose_name=_("university"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hosted_events",
    )
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveIntegerField(_("places"))
    taken = models.PositiveIntegerField(_("places taken"), default=0)
    booth_count = models.PositiveSmallIntegerField(_("booths"), default=0)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, db_index=True)
    decision_reason = models.CharField(_("reason"), max_length=300, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    no_shows_marked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["status", "kind", "starts_at"])]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="event_ends_after_start"),
            models.CheckConstraint(condition=Q(taken__lte=F("capacity")), name="event_never_overbooked"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def places_left(self) -> int:
        return max(self.capacity - self.taken, 0)


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="registrations"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, db_index=True)
    ticket_code = models.CharField(_("ticket code"), max_length=12, unique=True)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    no_show = models.BooleanField(_("did not come"), default=False)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["event", "created_at", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "student"],
                condition=~Q(status="cancelled"),
                name="one_live_registration_per_student",
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.event} · {self.ticket_code}"


class BoothApplication(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the organiser")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    fair = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="booths")
    company = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="booth_applications")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    booth_number = models.PositiveSmallIntegerField(_("booth number"), null=True, blank=True)
    note = models.CharField(_("what the company will show"), max_length=300, blank=True)
    decision_reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["fair", "booth_number", "created_at"]
        verbose_name = _("booth application")
        verbose_name_plural = _("booth applications")
        constraints = [
            models.UniqueConstraint(fields=["fair", "company"], name="one_booth_per_company_per_fair"),
            models.UniqueConstraint(
                fields=["fair", "booth_number"],
                condition=Q(booth_number__isnull=False),
                name="unique_booth_number",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.fair} · {self.company}"


class CalendarFeed(models.Model):
    """A secret address for subscribing to one's own bookings from a calendar app."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    key = models.CharField(max_length=32, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"feed of {self.user_id}"
