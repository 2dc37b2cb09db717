"""Live-streamed recruitment sessions (直播带岗): the session, its chat, Q&A and pinned job cards."""

from __future__ import annotations

from django.conf import settings
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
    jobs = models.ManyToManyField(
        "jobs.JobPosting", verbose_name=_("featured jobs"), blank=True, related_name="live_sessions_featuring"
    )
    moderated = models.BooleanField(
        _("questions wait for approval"),
        default=True,
        help_text=_("New questions appear to everyone only after a host approves them."),
    )
    login_to_watch = models.BooleanField(
        _("viewers must log in"), default=False, help_text=_("Otherwise anyone with the link may watch.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    went_live_at = models.DateTimeField(_("went live"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    peak_viewers = models.PositiveIntegerField(_("peak viewers"), default=0)
    unique_viewers = models.PositiveIntegerField(_("unique viewers"), default=0)

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


class PinnedCard(models.Model):
    """One pin of a featured job on screen; applications record the card they came from."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="cards")
    job = models.ForeignKey("jobs.JobPosting", on_delete=models.PROTECT, related_name="+")
    pinned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    pinned_at = models.DateTimeField(auto_now_add=True)
    unpinned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pinned_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["session"], condition=Q(unpinned_at__isnull=True), name="one_pinned_card_per_session"
            )
        ]

    def __str__(self) -> str:
        return f"{self.session_id}:{self.job_id}"


class CardApplication(models.Model):
    """An application made from a pinned card in a live session."""

    application = models.OneToOneField("jobs.Application", on_delete=models.CASCADE, related_name="live_card")
    card = models.ForeignKey(
        PinnedCard, null=True, blank=True, on_delete=models.PROTECT, related_name="applications"
    )
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="card_applications")

    def __str__(self) -> str:
        return f"{self.session_id}:{self.application_id}"


class ChatMessage(models.Model):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="chat_messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.CharField(_("message"), max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["session", "-id"], name="chat_recent")]

    def __str__(self) -> str:
        return self.body[:40]


class Question(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        OPEN = "open", _("Open")
        ANSWERED = "answered", _("Answered")
        HIDDEN = "hidden", _("Hidden")

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="questions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.CharField(_("question"), max_length=300)
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    highlighted = models.BooleanField(default=False)
    votes = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-votes", "created_at"]
        indexes = [models.Index(fields=["session", "state", "-votes"], name="question_top")]

    def __str__(self) -> str:
        return self.body[:40]


class QuestionVote(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="vote_rows")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["question", "user"], name="one_vote_per_user")]

    def __str__(self) -> str:
        return f"{self.question_id}:{self.user_id}"


class Mute(models.Model):
    """A viewer a host silenced in one session until a time."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="mutes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    until = models.DateTimeField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="one_mute_per_user")]

    def __str__(self) -> str:
        return f"{self.session_id}:{self.user_id} until {self.until:%H:%M}"


class BannedWord(models.Model):
    """Words chat and questions refuse (spam lures, abuse); kept by administrators."""

    word = models.CharField(_("word"), max_length=30, unique=True)

    class Meta:
        ordering = ["word"]
        verbose_name = _("banned word")
        verbose_name_plural = _("banned words")

    def __str__(self) -> str:
        return self.word


class Subscription(models.Model):
    """预约直播: a person asked to be reminded before a session starts ("提醒我")."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="subscriptions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("session reminder subscription")
        verbose_name_plural = _("session reminder subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_subscription_per_session")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.session_id}"


class ReminderPlan(models.Model):
    """A reminder task queued for one start time of a session: one per (session, start), so a
    session moved to a new time gets a new reminder and the old one finds itself stale."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="+")
    starts_at = models.DateTimeField()
    queued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "starts_at"], name="one_reminder_per_start")
        ]

    def __str__(self) -> str:
        return f"{self.session_id} @ {self.starts_at:%Y-%m-%d %H:%M}"
