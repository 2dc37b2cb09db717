"""Job postings (the SME job database) and applications to them."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import GraduateProfile
from campaigns.models import Campaign
from directory.models import Industry, Organisation, Region
from events_server import uploads

DESCRIPTION_MAX = 5000


class JobPostingQuerySet(models.QuerySet["JobPosting"]):
    def visible_to_students(self) -> JobPostingQuerySet:
        """The one rule for what students may see anywhere (rooms, posters, zone, search, feeds,
        matching, job pages): reviewed and published, and not past its closing date."""
        today = timezone.localdate()
        return self.filter(status=JobPosting.Status.PUBLISHED).filter(
            Q(expires_on__isnull=True) | Q(expires_on__gte=today)
        )


class JobPosting(models.Model):
    class Kind(models.TextChoices):
        FULL_TIME = "full_time", _("Full-time")
        INTERNSHIP = "internship", _("Internship")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Pending review")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")
        CHANGES = "changes", _("Changes requested")
        CLOSED = "closed", _("Closed")
        EXPIRED = "expired", _("Expired")

    class Education(models.TextChoices):
        ANY = "any", _("Any")
        JUNIOR_COLLEGE = "junior_college", _("Junior college (专科) or above")
        BACHELOR = "bachelor", _("Bachelor or above")
        MASTER = "master", _("Master or above")
        DOCTOR = "doctor", _("Doctorate")

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="jobs")
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("company"),
        on_delete=models.PROTECT,
        limit_choices_to={"kind": Organisation.Kind.COMPANY},
        related_name="jobs",
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.FULL_TIME)
    title = models.CharField(_("title"), max_length=80)
    description = models.TextField(
        _("job description"), max_length=DESCRIPTION_MAX, validators=[MaxLengthValidator(DESCRIPTION_MAX)]
    )
    region = models.ForeignKey(Region, verbose_name=_("work location"), on_delete=models.PROTECT)
    fields = models.ManyToManyField(Industry, verbose_name=_("fields"), related_name="jobs")
    education = models.CharField(
        _("education"), max_length=16, choices=Education.choices, default=Education.BACHELOR
    )
    majors = models.CharField(_("majors"), max_length=200, blank=True)
    headcount = models.PositiveIntegerField(_("head-count"))
    salary_min = models.PositiveIntegerField(_("monthly salary from (CNY)"))
    salary_max = models.PositiveIntegerField(_("monthly salary to (CNY)"))
    working_hours = models.CharField(_("working hours"), max_length=60, blank=True)
    rest_days = models.CharField(_("rest days"), max_length=60, blank=True)
    accommodation = models.BooleanField(_("short-term free accommodation for interns"), default=False)
    internship_months = models.PositiveSmallIntegerField(
        _("internship length (months)"), null=True, blank=True
    )
    contact_name = models.CharField(_("contact person"), max_length=40)
    contact_phone = models.CharField(_("contact phone"), max_length=20)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    expires_on = models.DateField(_("open until"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    # Bumped on every save by the recruiter: a review decision names the version it saw.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Filled by jobs.search from the text fields; see jobs/search.py.
    search_document = models.TextField(editable=False, default="")
    search_tokens = models.JSONField(editable=False, default=list)

    objects = JobPostingQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("job posting")
        verbose_name_plural = _("job postings")
        constraints = [
            models.CheckConstraint(condition=Q(headcount__gt=0), name="job_headcount_positive"),
            models.CheckConstraint(
                condition=Q(salary_min__lte=F("salary_max")), name="job_salary_range_ordered"
            ),
            models.CheckConstraint(
                condition=Q(kind="internship") | Q(accommodation=False),
                name="job_accommodation_only_for_internships",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="job_status_published"),
            models.Index(fields=["company", "status"], name="job_company_status"),
            models.Index(fields=["region", "status"], name="job_region_status"),
            # partners' incremental sync pages by (updated_at, id) from a checkpoint
            models.Index(fields=["updated_at", "id"], name="job_updated"),
        ]

    def __str__(self) -> str:
        return self.title


def sent_resume_path(instance: Application, filename: str) -> str:
    return uploads.stored_name("resumes/sent", filename)


class Application(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        VIEWED = "viewed", _("Viewed")
        INTERVIEW = "interview", _("Interview")
        OFFER = "offer", _("Offer")
        HIRED = "hired", _("Hired")
        REJECTED = "rejected", _("Not selected")

    class Source(models.TextChoices):
        ZONE = "zone", _("Campaign zone")
        LIVE = "live", _("Live session")
        LINK = "link", _("Campaign link")
        PARTNER = "partner", _("Partner platform")

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="applications")
    job = models.ForeignKey(JobPosting, on_delete=models.PROTECT, related_name="applications")
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="applications"
    )
    profile = models.ForeignKey(GraduateProfile, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.RECEIVED)
    source = models.CharField(_("source"), max_length=8, choices=Source.choices, default=Source.ZONE)
    source_ref = models.CharField(_("source reference"), max_length=40, blank=True)
    note = models.CharField(_("note to the recruiter"), max_length=500, blank=True)
    # The resume as it was sent: a copy made at apply time, the only one the company sees.
    resume = uploads.TypedFileField(_("resume sent"), upload_to=sent_resume_path, blank=True)
    created_at = models.DateTimeField(_("applied"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.UniqueConstraint(fields=["job", "student"], name="one_application_per_job"),
        ]
        indexes = [
            models.Index(fields=["job", "status"], name="application_job_status"),
            models.Index(fields=["campaign", "source"], name="application_source"),
        ]

    def __str__(self) -> str:
        return f"{self.profile.full_name} → {self.job}"


class ApplicationEvent(models.Model):
    """One step of an application's history, shown to the student as a timeline."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(_("status"), max_length=10, choices=Application.Status.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("application event")
        verbose_name_plural = _("application events")

    def __str__(self) -> str:
        return f"{self.get_status_display()} @ {self.at:%Y-%m-%d %H:%M}"


class ResumeRead(models.Model):
    """One read of an application's resume, or one reveal of the applicant's full mobile number, by
    someone other than the student: who, for which company, when, what. The student sees these
    ("谁看过我的简历"); administrators' reads are logged too."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="resume_reads")
    reader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reader"),
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organisation"),
    )

    class Item(models.TextChoices):
        RESUME = "resume", _("Resume")
        MOBILE = "mobile", _("Mobile number")

    reader_role = models.CharField(_("reader's role"), max_length=20)
    # What was disclosed: the resume file, or the full mobile number (shown masked until asked for).
    item = models.CharField(_("what was read"), max_length=10, choices=Item.choices, default=Item.RESUME)
    at = models.DateTimeField(_("read at"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("resume read")
        verbose_name_plural = _("resume reads")

    def __str__(self) -> str:
        return f"{self.application_id} {self.reader_role} {self.at:%Y-%m-%d %H:%M}"
