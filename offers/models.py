"""Offers made from an application, the student's answer, and the 三方协议 (tripartite
employment agreement) once signed: what the university reports as its graduates' 就业去向."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from jobs.models import Application

TERMS_MAX = 1000


class Offer(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        EXPIRED = "expired", _("Expired")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="offers")
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    salary = models.PositiveIntegerField(_("monthly salary (CNY)"), null=True, blank=True)
    starts_on = models.DateField(_("start date"), null=True, blank=True)
    terms = models.TextField(_("terms"), max_length=TERMS_MAX, blank=True)
    reply_by = models.DateTimeField(_("reply by"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    agreement_signed_on = models.DateField(_("三方协议 signed on"), null=True, blank=True)
    agreement_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("made"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        constraints = [
            # At most one offer per application is open or taken: a new one only after a
            # decline or an expiry.
            models.UniqueConstraint(
                fields=["application"],
                condition=Q(status__in=["pending", "accepted"]),
                name="one_live_offer_per_application",
            ),
            models.CheckConstraint(
                condition=Q(agreement_signed_on__isnull=True) | Q(status="accepted"),
                name="agreement_only_on_accepted_offer",
            ),
        ]
        indexes = [models.Index(fields=["status", "reply_by"], name="offer_status_reply_by")]

    def __str__(self) -> str:
        return f"{self.application_id} · {self.get_status_display()}"
