"""Career services: the online resume, resume diagnoses and mock interviews (issue 20).

Personal data kept is minimal: the resume carries a name, a phone and an e-mail (no photo, no
ID number, no birth date); a diagnosis keeps its findings, not the uploaded file; a mock interview
keeps typed or transcribed answers, and a recording only when the graduate ticks "keep it"."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from directory.models import Industry, Organisation
from jobs.models import JobPosting


class Resume(models.Model):
    class Template(models.TextChoices):
        CLASSIC = "classic", _("Classic")
        MODERN = "modern", _("Modern")
        COMPACT = "compact", _("Compact")

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="online_resume")
    full_name = models.CharField(_("full name"), max_length=40, blank=True)
    phone = models.CharField(_("mobile phone"), max_length=20, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    objective = models.CharField(_("job objective"), max_length=80, blank=True)
    skills = models.TextField(_("skills"), blank=True, help_text=_("One skill per line."))
    self_evaluation = models.TextField(_("self-evaluation"), max_length=600, blank=True)
    template = models.CharField(
        _("template"), max_length=10, choices=Template.choices, default=Template.CLASSIC
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("online resume")
        verbose_name_plural = _("online resumes")

    def __str__(self) -> str:
        return self.full_name or str(self.user)


class Entry(models.Model):
    class Section(models.TextChoices):
        EDUCATION = "education", _("Education background")
        INTERNSHIP = "internship", _("Internship experience")
        PROJECT = "project", _("Project experience")
        AWARD = "award", _("Awards and certificates")

    resume = models.ForeignKey(Resume, on_delete=models.CASCADE, related_name="entries")
    section = models.CharField(_("section"), max_length=12, choices=Section.choices)
    title = models.CharField(_("school, company, project or award"), max_length=80)
    role = models.CharField(_("major and degree, position or role"), max_length=80, blank=True)
    start = models.CharField(_("from (YYYY-MM)"), max_length=7, blank=True)
    end = models.CharField(_("to (YYYY-MM, empty: ongoing)"), max_length=7, blank=True)
    details = models.TextField(_("what you did and achieved (one point a line)"), max_length=1500, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["section", "position", "pk"]
        verbose_name = _("resume entry")
        verbose_name_plural = _("resume entries")

    def __str__(self) -> str:
        return self.title


class Diagnosis(models.Model):
    class Source(models.TextChoices):
        ONLINE = "online", _("Online resume")
        UPLOAD = "upload", _("Uploaded file")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="resume_diagnoses")
    source = models.CharField(_("source"), max_length=8, choices=Source.choices)
    filename = models.CharField(_("file name"), max_length=120, blank=True)
    job = models.ForeignKey(
        JobPosting, verbose_name=_("target posting"), null=True, blank=True, on_delete=models.SET_NULL
    )
    findings = models.JSONField(_("findings"), default=list)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("resume diagnosis")
        verbose_name_plural = _("resume diagnoses")

    def __str__(self) -> str:
        return f"{self.user} {self.created_at:%Y-%m-%d %H:%M}"


class Interview(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        FINISHED = "finished", _("Finished")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="mock_interviews")
    job = models.ForeignKey(JobPosting, null=True, blank=True, on_delete=models.SET_NULL)
    field = models.ForeignKey(Industry, null=True, blank=True, on_delete=models.SET_NULL)
    title = models.CharField(_("title"), max_length=120)
    questions = models.JSONField(_("questions"), default=list)  # [{"text", "kind", "keywords"}]
    keywords = models.JSONField(_("posting keywords"), default=list)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    overall = models.JSONField(_("overall feedback"), default=dict)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("mock interview")
        verbose_name_plural = _("mock interviews")

    def __str__(self) -> str:
        return self.title


def recording_path(instance: Answer, filename: str) -> str:
    """A random name; the browser's container (WebM or Ogg) is kept as the extension."""
    extension = "ogg" if filename.lower().endswith(".ogg") else "webm"
    return f"interview-recordings/{uuid.uuid4().hex}.{extension}"


class Answer(models.Model):
    class Mode(models.TextChoices):
        TEXT = "text", _("Typed")
        VOICE = "voice", _("Voice")
        VIDEO = "video", _("Video")

    class State(models.TextChoices):
        DONE = "done", _("Feedback ready")
        TRANSCRIBING = "transcribing", _("Transcribing")
        FAILED = "failed", _("Could not transcribe")

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="answers")
    index = models.PositiveSmallIntegerField(_("question number"))
    mode = models.CharField(_("mode"), max_length=6, choices=Mode.choices, default=Mode.TEXT)
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.DONE)
    text = models.TextField(_("answer"), max_length=4000, blank=True)
    seconds = models.PositiveIntegerField(_("seconds spoken"), null=True, blank=True)
    recording = models.FileField(_("recording"), upload_to=recording_path, blank=True)
    keep_recording = models.BooleanField(_("keep the recording"), default=False)
    feedback = models.JSONField(_("feedback"), default=dict)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["interview", "index"]
        constraints = [models.UniqueConstraint(fields=["interview", "index"], name="one_answer_per_question")]
        verbose_name = _("mock interview answer")
        verbose_name_plural = _("mock interview answers")

    def __str__(self) -> str:
        return f"{self.interview} #{self.index + 1}"


class Usage(models.Model):
    """Anonymous counts per university and month, for its reports: no user is stored."""

    class Service(models.TextChoices):
        RESUME_PDF = "resume_pdf", _("Resume PDF")
        DIAGNOSIS = "diagnosis", _("Resume diagnosis")
        INTERVIEW = "interview", _("Mock interview")

    university = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.CASCADE)
    month = models.DateField(_("month"))
    service = models.CharField(_("service"), max_length=12, choices=Service.choices)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["university", "month", "service"], name="careers_usage_once"),
        ]
        verbose_name = _("career-service usage")
        verbose_name_plural = _("career-service usage")

    def __str__(self) -> str:
        return f"{self.university} {self.month:%Y-%m} {self.service}: {self.count}"
