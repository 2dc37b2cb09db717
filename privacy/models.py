"""The privacy notice (versioned, as data) and each person's consents, with version and time."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PrivacyNotice(models.Model):
    """One version of the notice. The newest published one is in force; publishing a new version
    asks everyone again at their next request."""

    version = models.CharField(_("version"), max_length=20, unique=True)
    title = models.CharField(_("title"), max_length=120, default="山海有约个人信息保护政策")
    body = models.TextField(_("text (zh-hans)"))
    body_en = models.TextField(_("text (English)"), blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")
        ordering = ["-published_at"]

    def __str__(self) -> str:
        return f"{self.title} {self.version}"


class Consent(models.Model):
    class Kind(models.TextChoices):
        NOTICE = "notice", _("privacy notice")
        SHARING = (
            "sharing",
            _("sharing my graduate profile with universities' matching and partner platforms"),
        )

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    notice = models.ForeignKey(PrivacyNotice, verbose_name=_("notice version"), on_delete=models.PROTECT)
    given_at = models.DateTimeField(_("given"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at"]
        indexes = [models.Index(fields=["user", "kind", "withdrawn_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} {self.kind} {self.notice_id}"
