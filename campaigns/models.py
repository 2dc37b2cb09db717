"""The campaign (百日招聘活动), its phases and the organisations that run it."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from directory.models import Organisation


class Campaign(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=120)
    theme = models.CharField(_("theme"), max_length=60)
    notice_reference = models.CharField(_("notice reference"), max_length=60, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    organisations = models.ManyToManyField(
        Organisation, through="CampaignOrganisation", related_name="campaigns", blank=True
    )

    class Meta:
        ordering = ["-slug"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self) -> str:
        return self.name

    def phase_on(self, day: dt.date) -> Phase | None:
        """The phase a date belongs to, or None between and outside phases."""
        for phase in self.phases.all():
            if phase.starts_on <= day <= phase.ends_on:
                return phase
        return None


class Phase(models.Model):
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="phases")
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=40)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))

    class Meta:
        ordering = ["campaign", "number"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "number"], name="unique_phase_number"),
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="phase_dates_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.starts_on:%Y-%m-%d} – {self.ends_on:%Y-%m-%d})"


class CampaignOrganisation(models.Model):
    class Role(models.TextChoices):
        HOST = "host", _("Host (主办)")
        ORGANISER = "organiser", _("Organiser (承办)")
        PARTNER = "partner", _("Partner platform (参与)")
        PARTICIPANT = "participant", _("Participant")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="campaign_memberships"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)
    zone_url = models.URLField(_("zone link"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["campaign", "role", "position"]
        verbose_name = _("campaign organisation")
        verbose_name_plural = _("campaign organisations")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "organisation", "role"], name="unique_campaign_role")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.get_role_display()}"
