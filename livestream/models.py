"""Live-streamed recruitment sessions (直播带岗) as the campaign zone lists them.

The live room (chat, Q&A, pinned cards) and the video build on this model.
"""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from campaigns.models import Campaign
from directory.models import Organisation


class LiveSession(models.Model):
    class State(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        LIVE = "live", _("Live now")
        ENDED = "ended", _("Ended")

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="live_sessions")
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("host company"),
        on_delete=models.PROTECT,
        limit_choices_to={"kind": Organisation.Kind.COMPANY},
        related_name="live_sessions",
    )
    co_host = models.ForeignKey(
        Organisation,
        verbose_name=_("co-host university"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        limit_choices_to={"kind": Organisation.Kind.UNIVERSITY},
        related_name="co_hosted_sessions",
    )
    title = models.CharField(_("title"), max_length=80)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("planned end"))
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.SCHEDULED, db_index=True
    )
    jobs = models.ManyToManyField("jobs.JobPosting", verbose_name=_("featured jobs"), blank=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="live_session_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.title
