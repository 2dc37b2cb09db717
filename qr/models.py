"""Trackable short links (``/q/<code>``) and their daily counts. Nobody who scans is stored."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaigns.models import Campaign
from directory.models import Organisation


class ShortLink(models.Model):
    class Purpose(models.TextChoices):
        ZONE = "zone", _("Campaign zone")
        PARTNER_ZONE = "partner_zone", _("Partner platform zone")
        LIVE = "live", _("Live session")
        EVENT = "event", _("Event")
        CUSTOM = "custom", _("Other page")

    code = models.CharField(_("code"), max_length=16, unique=True)
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="short_links")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="short_links",
        help_text=_("Empty for the campaign's own link, which administrators manage."),
    )
    purpose = models.CharField(_("purpose"), max_length=16, choices=Purpose.choices)
    label = models.CharField(_("label"), max_length=120)
    target = models.CharField(_("target"), max_length=500)
    allow_offsite = models.BooleanField(_("may point to another site"), default=False)
    disabled_at = models.DateTimeField(_("disabled"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["purpose", "label"]
        verbose_name = _("short link")
        verbose_name_plural = _("short links")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "organisation", "purpose", "target"], name="unique_link_per_owner_target"
            )
        ]

    def __str__(self) -> str:
        return f"{self.label} (/q/{self.code})"

    @property
    def path(self) -> str:
        return f"/q/{self.code}"

    def is_expired(self, now=None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or timezone.now())

    @property
    def is_active(self) -> bool:
        return self.disabled_at is None and not self.is_expired()


class LinkDailyCount(models.Model):
    """How often a link was opened, by source, and what it brought in, per day (Asia/Shanghai)."""

    class Metric(models.TextChoices):
        SCAN_QR = "scan.qr", _("Scans of the QR code")
        SCAN_POSTER = "scan.poster", _("Scans of a poster")
        CLICK = "scan.link", _("Clicks on the link")
        REGISTRATION = "registration", _("Registrations")
        BOOKING = "booking", _("Event registrations")
        VIEWER = "viewer", _("Live viewers")
        APPLICATION = "application", _("Applications")
        INTERVIEW = "interview", _("Interviews")
        OFFER = "offer", _("Offers")
        HIRE = "hire", _("Hires")

    link = models.ForeignKey(ShortLink, on_delete=models.CASCADE, related_name="daily_counts")
    day = models.DateField(_("day"))
    metric = models.CharField(_("metric"), max_length=16, choices=Metric.choices)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        ordering = ["link", "day", "metric"]
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")
        constraints = [
            models.UniqueConstraint(fields=["link", "day", "metric"], name="unique_link_day_metric")
        ]

    def __str__(self) -> str:
        return f"{self.link.code} {self.day} {self.metric}={self.count}"


class CreditedSubject(models.Model):
    """The link a visitor followed before something that has later steps (an application: its
    interview, offer and hire), so those steps credit the same link. ``subject`` is the domain's
    opaque key (``application:<id>``); qr never reads what it names."""

    subject = models.CharField(_("subject"), max_length=60, unique=True)
    link = models.ForeignKey(ShortLink, on_delete=models.CASCADE, related_name="credited_subjects")
    created_at = models.DateTimeField(_("credited"), auto_now_add=True)

    class Meta:
        verbose_name = _("credited subject")
        verbose_name_plural = _("credited subjects")

    def __str__(self) -> str:
        return f"{self.subject} → {self.link_id}"


class CreditedStep(models.Model):
    """A later step of a credited subject, counted once however often it is reported."""

    subject = models.ForeignKey(CreditedSubject, on_delete=models.CASCADE, related_name="steps")
    metric = models.CharField(_("metric"), max_length=16, choices=LinkDailyCount.Metric.choices)
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("credited step")
        verbose_name_plural = _("credited steps")
        constraints = [models.UniqueConstraint(fields=["subject", "metric"], name="one_credit_per_step")]

    def __str__(self) -> str:
        return f"{self.subject_id} {self.metric}"
