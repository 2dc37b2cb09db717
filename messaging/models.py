"""1:1 messages between an applicant and the recruiters of the company they applied to, one
conversation per application; screened like postings, and reportable by either side."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from jobs.models import Application

BODY_MAX = 1000


class Side(models.TextChoices):
    STUDENT = "student", _("Applicant")
    COMPANY = "company", _("Company")


class Conversation(models.Model):
    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="conversation")
    student_read_at = models.DateTimeField(_("applicant read up to"), null=True, blank=True)
    company_read_at = models.DateTimeField(_("company read up to"), null=True, blank=True)
    created_at = models.DateTimeField(_("started"), auto_now_add=True)

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")

    def __str__(self) -> str:
        return f"conversation of application {self.application_id}"


class Message(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    side = models.CharField(_("side"), max_length=8, choices=Side.choices)
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("message"), max_length=BODY_MAX)
    findings = models.JSONField(_("screening findings"), default=list, blank=True)
    flagged = models.BooleanField(_("flagged by screening"), default=False)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        indexes = [models.Index(fields=["conversation", "created_at"], name="message_conversation_time")]

    def __str__(self) -> str:
        return f"{self.conversation_id}/{self.pk} {self.side}"


class MessageReport(models.Model):
    class Reason(models.TextChoices):
        HARASSMENT = "harassment", _("Harassment or abuse")
        DISCRIMINATION = "discrimination", _("Discriminatory wording")
        FRAUD = "fraud", _("Asks for fees, deposits or documents")
        OFF_PLATFORM = "off_platform", _("Pushes to leave the platform")
        OTHER = "other", _("Something else")

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    text = models.CharField(_("details"), max_length=500, blank=True)
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("message report")
        verbose_name_plural = _("message reports")
        constraints = [
            models.UniqueConstraint(
                fields=["message", "reporter"], name="one_report_per_message_and_reporter"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} · {self.message_id}"
