"""In-app notifications: what a person is told, with a link to where it happened; and how each
person wants to be told (channels per group of kinds, language)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Group(models.TextChoices):
    """Kinds grouped for the preferences page; a kind's group is its first dotted part."""

    APPLICATIONS = "jobs", _("Applications")
    INTERVIEWS = "interviews", _("Interviews")
    OFFERS = "offers", _("Offers")
    MESSAGES = "messaging", _("Messages")
    REVIEW = "review", _("Review decisions")
    BOOKING = "booking", _("Events and bookings")
    REPORTS = "reports", _("Weekly returns")
    LIVE = "livestream", _("Live sessions")
    INTERNSHIPS = "internships", _("Internships")
    OTHER = "other", _("Other")

    @classmethod
    def of(cls, kind: str) -> Group:
        head = kind.split(".", 1)[0]
        return cls(head) if head in cls.values else cls.OTHER


# Groups whose notifications may go out by SMS too (time matters: a session starting, an
# interview, an offer's deadline, a return due).
URGENT = frozenset({Group.INTERVIEWS, Group.OFFERS, Group.REPORTS, Group.LIVE})


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("SMS")


class Notification(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(
        _("kind"),
        max_length=60,
        blank=True,
        help_text=_("What happened, as a dotted code such as booking.waitlist."),
    )
    # The event this notification tells of (e.g. "jobs.application:12:interview"): one per user.
    event_key = models.CharField(_("event"), max_length=200, blank=True, default="")
    title = models.CharField(_("title"), max_length=120)
    body = models.CharField(_("message"), max_length=500, blank=True)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # Delivery by the worker: which channels were chosen when it was made, and when each went.
    channels = models.JSONField(default=list, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    texted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "booking_notification"  # the rows were booking's before this app owned them
        ordering = ["-created_at"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["user", "read_at"], name="booking_not_user_id_0ddc06_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "event_key"], condition=~Q(event_key=""), name="notification_once_per_event"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Preference(models.Model):
    """How one person wants to be told: the language of messages and, per group of kinds, the
    channels besides the inbox (which always gets them). No row means the defaults."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="zh-hans")
    # {group: [channel, ...]} for the groups the person changed; others take the defaults.
    channels = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return f"{self.user_id}"
