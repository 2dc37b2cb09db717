"""Partner platforms' side of the exchange: API keys, webhooks and their deliveries, the postings
partners send us, their weekly figures, and the log of graduate profiles shared with them.

The partner itself is an ``Organisation`` of kind ``partner_platform``; its staff are users with
the ``partner_staff`` role."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaigns.models import Campaign
from directory.models import Organisation

PARTNER_KINDS = {"kind": Organisation.Kind.PARTNER_PLATFORM}


class Scope(models.TextChoices):
    READ = "read", _("Read")
    WRITE = "write", _("Write")


class ApiKey(models.Model):
    """One credential. The secret is shown once when made; only its SHA-256 is kept (the secret
    has 256 random bits, so a plain hash cannot be searched back). ``prefix`` names the key in
    lists, logs and the ``Authorization`` header (``shk_<prefix>_<secret>``)."""

    partner = models.ForeignKey(
        Organisation,
        verbose_name=_("partner platform"),
        on_delete=models.CASCADE,
        limit_choices_to=PARTNER_KINDS,
        related_name="api_keys",
    )
    name = models.CharField(_("name"), max_length=80)
    prefix = models.CharField(_("key id"), max_length=12, unique=True, editable=False)
    secret_hash = models.CharField(max_length=64, editable=False)
    can_read = models.BooleanField(_("may read"), default=True)
    can_write = models.BooleanField(_("may write"), default=False)
    rate_per_minute = models.PositiveIntegerField(
        _("requests per minute"), null=True, blank=True, help_text=_("Empty: the platform's default.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    replaces = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replaced_by", editable=False
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        constraints = [
            models.CheckConstraint(condition=Q(can_read=True) | Q(can_write=True), name="api_key_has_a_scope")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix})"

    @property
    def scopes(self) -> list[str]:
        return [s for s, allowed in ((Scope.READ, self.can_read), (Scope.WRITE, self.can_write)) if allowed]

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)


class WebhookEvent(models.TextChoices):
    POSTING_PUBLISHED = "posting.published", _("Posting published")
    POSTING_CLOSED = "posting.closed", _("Posting closed or withdrawn")
    SESSION_SCHEDULED = "session.scheduled", _("Live session scheduled")
    SESSION_LIVE = "session.live", _("Live session went live")
    SESSION_ENDED = "session.ended", _("Live session ended")


class WebhookEndpoint(models.Model):
    partner = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, limit_choices_to=PARTNER_KINDS, related_name="webhooks"
    )
    url = models.URLField(_("URL"), max_length=500)
    events = models.JSONField(_("events"), default=list)
    # Used to sign every delivery, so kept as is (shown to the partner once, like a key).
    secret = models.CharField(max_length=64, editable=False)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self) -> str:
        return self.url


class Delivery(models.Model):
    """One event for one endpoint, with its attempts: the delivery log partners read."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    # Sent as the Idempotency-Key header, the same on every attempt.
    key = models.UUIDField(_("idempotency key"), unique=True, default=uuid.uuid4, editable=False)
    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(_("event"), max_length=24, choices=WebhookEvent.choices)
    payload = models.JSONField(_("payload"))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self) -> str:
        return f"{self.event} → {self.endpoint_id}"


class Attempt(models.Model):
    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="attempt_log")
    number = models.PositiveSmallIntegerField()
    at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=200, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["delivery", "number"], name="one_attempt_per_number")]

    def __str__(self) -> str:
        return f"{self.delivery_id} #{self.number}"


class InboundPosting(models.Model):
    """A campaign posting a partner sent us, by the partner's own id: sending it again updates
    the same posting."""

    partner = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        limit_choices_to=PARTNER_KINDS,
        related_name="inbound_postings",
    )
    external_id = models.CharField(_("partner's id"), max_length=64)
    job = models.OneToOneField("jobs.JobPosting", on_delete=models.CASCADE, related_name="partner_source")
    content_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(_("received"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("posting from a partner")
        verbose_name_plural = _("postings from partners")
        constraints = [
            models.UniqueConstraint(fields=["partner", "external_id"], name="one_posting_per_external_id")
        ]

    def __str__(self) -> str:
        return f"{self.partner_id}:{self.external_id}"


class WeeklyFigures(models.Model):
    """What happened on the partner's own site in one reporting week, as the partner reports it."""

    partner = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, limit_choices_to=PARTNER_KINDS, related_name="reported_weeks"
    )
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="+")
    week_start = models.DateField(_("week starting (Monday)"))
    registrations = models.PositiveIntegerField(_("registrations"))
    postings = models.PositiveIntegerField(_("postings"))
    applications = models.PositiveIntegerField(_("applications"))
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    key = models.ForeignKey(ApiKey, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-week_start"]
        verbose_name = _("partner-reported weekly figures")
        verbose_name_plural = _("partner-reported weekly figures")
        constraints = [
            models.UniqueConstraint(
                fields=["partner", "campaign", "week_start"], name="one_figure_set_per_partner_week"
            )
        ]

    def __str__(self) -> str:
        return f"{self.partner_id} {self.week_start}"


class GraduateShare(models.Model):
    """One graduate profile handed to one partner: who, to whom, through which key, when."""

    partner = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    graduate = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.ForeignKey(ApiKey, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("graduate profile shared")
        verbose_name_plural = _("graduate profiles shared")

    def __str__(self) -> str:
        return f"{self.graduate_id} → {self.partner_id}"
