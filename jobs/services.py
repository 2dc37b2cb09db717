"""Business rules for postings and applications.

Views, admin actions and management commands call these functions; none of
them writes these rules again. ``DomainError`` carries the message a user sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.files import File
from django.db import IntegrityError, transaction
from django.db.models import Count, QuerySet, Sum
from django.db.models.fields.files import FieldFile
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import GraduateProfile, User
from accounts.roles import is_platform_admin
from campaigns.models import Campaign
from directory.models import Organisation
from events_server.errors import Conflict, DomainError, NotAllowed
from jobs.models import Application, ApplicationEvent, JobPosting, ResumeRead
from jobs.search import JobFilters, apply_filters, document_tokens, facet_tokens, normalise
from jobs.signals import publication_started, publication_withdrawn
from notifications.services import notify
from qr import attribution

# Where an application may go next from each status.
NEXT_STATUSES: dict[str, set[str]] = {
    Application.Status.RECEIVED: {"viewed", "interview", "rejected"},
    Application.Status.VIEWED: {"interview", "offer", "rejected"},
    Application.Status.INTERVIEW: {"offer", "rejected"},
    Application.Status.OFFER: {"hired", "rejected"},
    Application.Status.HIRED: set(),
    Application.Status.REJECTED: set(),
}
# Steps only the offers flow takes (``offers.services``): an offer made moves the application to
# ``offer``, the student's acceptance to ``hired``. A recruiter's status form never offers them: an
# application at "offer" or "hired" always has its Offer record.
OFFERS_ONLY: frozenset[str] = frozenset({Application.Status.OFFER, Application.Status.HIRED})


def recruiter_next_statuses(status: str) -> set[str]:
    """Where a recruiter may move an application from ``status`` with the status form."""
    return NEXT_STATUSES.get(status, set()) - OFFERS_ONLY


EDITABLE_JOB_STATUSES = {"draft", "pending", "rejected", "changes", "published"}
SUBMITTABLE_JOB_STATUSES = {"draft", "rejected", "changes"}
# Changing any of these on a published posting sends it back to review.
MATERIAL_FIELDS = [
    "kind",
    "title",
    "description",
    "region_id",
    "education",
    "majors",
    "headcount",
    "salary_min",
    "salary_max",
    "working_hours",
    "rest_days",
    "accommodation",
    "internship_months",
]


def public_jobs() -> QuerySet[JobPosting]:
    """Postings students may see (``JobPostingQuerySet.visible_to_students`` owns the rule)."""
    return JobPosting.objects.visible_to_students()


def is_visible(job_id: int | None) -> bool:
    return job_id is not None and public_jobs().filter(pk=job_id).exists()


def announce_withdrawn(job_ids: Iterable[int]) -> None:
    """Postings just left what students see: live rooms take them down (after the commit).

    Every path that ends a publication calls this inside its transaction."""
    ids = sorted(set(job_ids))
    if ids:
        publication_withdrawn.send(sender=JobPosting, job_ids=ids)


def announce_published(job_ids: Iterable[int]) -> None:
    """Postings just became public: partner platforms hear of it (inside the transaction).

    Every path that publishes a posting calls this inside its transaction."""
    ids = sorted(set(job_ids))
    if ids:
        publication_started.send(sender=JobPosting, job_ids=ids)


def set_search_columns(job: JobPosting, field_codes: Iterable[str]) -> None:
    """Fill the job's search columns from its text and filters (see jobs/search.py)."""
    region = job.region
    parts = [job.title, job.company.name, job.majors, region.full_name, job.description]
    job.search_document = normalise(" ".join(parts))
    job.search_tokens = document_tokens(*parts) + facet_tokens(
        region_code=region.code,
        province_code=region.province_code,
        field_codes=field_codes,
        kind=job.kind,
        accommodation=job.accommodation,
    )


def reindex_job(job: JobPosting) -> None:
    """Recompute and store the search columns of a saved job from its current field tags."""
    set_search_columns(job, job.fields.values_list("code", flat=True))
    JobPosting.objects.filter(pk=job.pk).update(
        search_document=job.search_document, search_tokens=job.search_tokens
    )


def check_company_member(user: User, company: Organisation) -> None:
    if is_platform_admin(user):
        return
    if user.role != User.Role.RECRUITER or user.organisation_id != company.pk:
        raise NotAllowed(_("Only recruiters of this company may do that."))


def access_company_job(user: User, job_id: int) -> JobPosting:
    """A job of the recruiter's own company; other companies' jobs do not exist for them."""
    queryset = JobPosting.objects.select_related("company", "region")
    if not is_platform_admin(user):
        queryset = queryset.filter(company_id=user.organisation_id)
    try:
        return queryset.get(pk=job_id)
    except JobPosting.DoesNotExist:
        raise Http404 from None


@transaction.atomic
def save_job(job: JobPosting, fields: list[Any], *, by: User) -> JobPosting:
    """Create or update a posting from a validated form; published edits go back to review."""
    check_company_member(by, job.company)
    if job.pk and job.status not in EDITABLE_JOB_STATUSES:
        raise DomainError(_("A closed or expired posting can no longer be edited."))
    if job.kind != JobPosting.Kind.INTERNSHIP:
        job.accommodation = False
        job.internship_months = None
    if job.status == JobPosting.Status.PUBLISHED and _material_change(job, fields):
        job.status = JobPosting.Status.PENDING
    if not job.pk:
        job.created_by = by
    else:
        job.version += 1
    was_visible = is_visible(job.pk)
    set_search_columns(job, [field.code for field in fields])
    job.save()
    job.fields.set(fields)
    if was_visible and not is_visible(job.pk):
        announce_withdrawn([job.pk])
    return job


def _material_change(job: JobPosting, fields: list[Any]) -> bool:
    """Whether an edit touches what reviewers approved (contacts and closing date do not)."""
    saved = JobPosting.objects.filter(pk=job.pk).values(*MATERIAL_FIELDS).first() or {}
    if any(saved.get(name) != getattr(job, name) for name in MATERIAL_FIELDS):
        return True
    return set(job.fields.values_list("code", flat=True)) != {field.code for field in fields}


def submit_for_review(job: JobPosting, *, by: User) -> None:
    check_company_member(by, job.company)
    if job.status not in SUBMITTABLE_JOB_STATUSES:
        raise DomainError(_("Only drafts and postings sent back by a reviewer can be submitted for review."))
    job.status = JobPosting.Status.PENDING
    job.save(update_fields=["status", "updated_at"])


@transaction.atomic
def publish_job(job: JobPosting, *, by: User | None = None) -> None:
    """Make a posting public. Review rules come with the review issue; admins publish here."""
    if job.status in {JobPosting.Status.CLOSED, JobPosting.Status.EXPIRED}:
        raise DomainError(_("A closed or expired posting cannot be published."))
    was_published = job.status == JobPosting.Status.PUBLISHED
    job.status = JobPosting.Status.PUBLISHED
    job.published_at = job.published_at or timezone.now()
    job.save(update_fields=["status", "published_at", "updated_at"])
    if not was_published:
        announce_published([job.pk])


@transaction.atomic
def close_job(job: JobPosting, *, by: User) -> None:
    check_company_member(by, job.company)
    was_visible = is_visible(job.pk)
    job.status = JobPosting.Status.CLOSED
    job.save(update_fields=["status", "updated_at"])
    if was_visible:
        announce_withdrawn([job.pk])


@transaction.atomic
def expire_overdue_jobs(today: dt.date | None = None) -> int:
    today = today or timezone.localdate()
    overdue = JobPosting.objects.filter(status=JobPosting.Status.PUBLISHED, expires_on__lt=today)
    ids = list(overdue.values_list("pk", flat=True))
    count = JobPosting.objects.filter(pk__in=ids).update(
        status=JobPosting.Status.EXPIRED, updated_at=timezone.now()
    )
    announce_withdrawn(ids)
    return count


@dataclass(frozen=True)
class ApplyResult:
    application: Application
    created: bool


def apply(
    student: User,
    job: JobPosting,
    *,
    source: str = Application.Source.ZONE,
    source_ref: str = "",
    note: str = "",
    resume_file: File | None = None,
) -> ApplyResult:
    """Apply once: a second attempt returns the existing application unchanged. ``resume_file``
    (the online resume's PDF, careers) is sent instead of the profile's uploaded resume."""
    if student.role != User.Role.STUDENT:
        raise NotAllowed(_("Only students and graduates can apply for jobs."))
    existing = Application.objects.filter(job=job, student=student).first()
    if existing:
        return ApplyResult(existing, created=False)
    if not public_jobs().filter(pk=job.pk).exists():
        raise DomainError(_("This job is no longer open for applications."))
    profile = GraduateProfile.objects.filter(user=student).first()
    if profile is None:
        raise DomainError(_("Complete your graduate profile before applying."), field="profile")
    if source not in Application.Source.values:
        source, source_ref = Application.Source.ZONE, ""
    try:
        with transaction.atomic():
            application = Application.objects.create(
                campaign=job.campaign,
                job=job,
                student=student,
                profile=profile,
                source=source,
                source_ref=source_ref[:40],
                note=note[:500],
            )
            ApplicationEvent.objects.create(application=application, status=application.status)
    except IntegrityError:
        # Two taps racing: the other one won, show its result.
        return ApplyResult(Application.objects.get(job=job, student=student), created=False)
    if resume_file is not None:
        application.resume.save("resume.pdf", resume_file, save=False)
        Application.objects.filter(pk=application.pk).update(resume=application.resume.name)
    else:
        snapshot_resume(application, profile)
    return ApplyResult(application, created=True)


def snapshot_resume(application: Application, profile: GraduateProfile) -> None:
    """Keep a copy of the resume as sent: a later upload does not change what this company sees."""
    if not profile.resume:
        return
    with profile.resume.open("rb") as source:
        application.resume.save((profile.resume.name or "").rsplit("/", 1)[-1], File(source), save=False)
    Application.objects.filter(pk=application.pk).update(resume=application.resume.name)


def read_resume(reader: User, application_id: int) -> FieldFile:
    """The resume an application was sent with, for a member of the job's company (or an
    administrator); every read is logged for the student to see. Applications made before
    resumes were kept per application show the profile's resume."""
    application = access_company_application(reader, application_id)
    resume = application.resume or application.profile.resume
    if not resume:
        raise Http404
    log_disclosure(application, reader, ResumeRead.Item.RESUME)
    return resume


def log_disclosure(application: Application, reader: User, item: str) -> None:
    """One read of an applicant's resume or full mobile number, listed for the student in
    谁看过我的简历."""
    ResumeRead.objects.create(
        application=application,
        reader=reader,
        organisation=reader.organisation,
        reader_role="admin" if reader.is_superuser else reader.role,
        item=item,
    )


def mask_mobile(phone: str) -> str:
    """A mobile number as a company sees it by default: 138****1234 (personal data minimum)."""
    phone = (phone or "").strip()
    if not phone:
        return ""
    if len(phone) < 8:
        return "*" * len(phone)
    return f"{phone[:3]}****{phone[-4:]}"


def reveal_mobile(reader: User, application_id: int) -> tuple[Application, str]:
    """The application and its applicant's full mobile number, for a member of the job's company
    (or an administrator) who asks for it; every reveal is logged with the resume reads, for the
    student to see."""
    application = access_company_application(reader, application_id)
    phone = application.profile.phone
    if not phone:
        raise Http404
    log_disclosure(application, reader, ResumeRead.Item.MOBILE)
    return application, phone


def access_company_application(user: User, application_id: int) -> Application:
    queryset = Application.objects.select_related("job", "job__company", "profile", "student")
    if not is_platform_admin(user):
        queryset = queryset.filter(job__company_id=user.organisation_id)
    try:
        return queryset.get(pk=application_id)
    except Application.DoesNotExist:
        raise Http404 from None


# The later steps an application's campaign link is credited with (qr.attribution).
LINK_STEPS: dict[str, str] = {
    Application.Status.INTERVIEW: attribution.INTERVIEW,
    Application.Status.OFFER: attribution.OFFER,
    Application.Status.HIRED: attribution.HIRE,
}


def attribution_subject(application_id: int) -> str:
    """The key under which qr remembers the link that brought an application."""
    return f"application:{application_id}"


@transaction.atomic
def change_application_status(
    application: Application, new_status: str, *, by: User, tell: bool = True
) -> None:
    """A recruiter's step (the status form, an interview invitation). An offer and a hire are not
    steps a recruiter sets: they come with an Offer record, from ``offers.services``."""
    check_company_member(by, application.job.company)
    if new_status in OFFERS_ONLY:
        raise Conflict(
            _(
                "“%(status)s” is set by the offer itself: make the offer from the application's "
                "Offer page, and the application becomes “Hired” when the student accepts it."
            )
            % {"status": Application.Status(new_status).label}
        )
    move_application(application, new_status, actor=by, tell=tell)


@transaction.atomic
def move_application(application: Application, new_status: str, *, actor: User, tell: bool = True) -> None:
    """Move an application along ``NEXT_STATUSES`` and record the step. Callers authorise the
    actor: recruiters through ``change_application_status``, offers for a student's answer.
    ``tell=False`` when the caller tells the student itself (an interview invitation, an offer),
    so one step does not arrive as two notifications."""
    by = actor
    locked = Application.objects.select_for_update().get(pk=application.pk)
    if new_status not in NEXT_STATUSES.get(locked.status, set()):
        raise Conflict(
            _("An application that is “%(current)s” cannot move to “%(new)s”.")
            % {
                "current": locked.get_status_display(),
                "new": Application.Status(new_status).label
                if new_status in Application.Status.values
                else new_status,
            }
        )
    locked.status = new_status
    locked.save(update_fields=["status", "updated_at"])
    event = ApplicationEvent.objects.create(application=locked, status=new_status, actor=by)
    if new_status in LINK_STEPS:
        attribution.credit_step(attribution_subject(locked.pk), LINK_STEPS[new_status])
    if tell:
        tell_applicant(locked, event)
    from internships.services.placements import propose_placement  # a hired internship becomes a placement

    propose_placement(locked, by=by)
    application.status = new_status


def tell_applicant(application: Application, event: ApplicationEvent) -> None:
    """The student hears of each step of their application, in their own language, once."""
    if application.student_id is None:  # an anonymised application: nobody to tell
        return
    status = Application.Status(event.status)
    notify(
        application.student,
        f"jobs.application.{status.value}",
        format_lazy(
            gettext_lazy("Your application for {job}: {status}"),
            job=application.job.title,
            status=status.label,
        ),
        format_lazy(
            gettext_lazy("{company} moved your application to “{status}”."),
            company=application.job.company.name,
            status=status.label,
        ),
        reverse("jobs:my_applications"),
        event_key=f"jobs.application:{application.pk}:{event.pk}",
    )


def mark_viewed(application: Application, *, by: User) -> None:
    """Opening a new application tells the student it was seen."""
    if application.status == Application.Status.RECEIVED:
        change_application_status(application, Application.Status.VIEWED, by=by)


ZONE_COUNTERS_KEY = "zone-counters:{}"


def zone_counters(campaign: Campaign) -> dict[str, int]:
    """Companies, jobs, head-count and applications of the campaign, cached briefly."""
    key = ZONE_COUNTERS_KEY.format(campaign.pk)
    counters = cache.get(key)
    if counters is None:
        jobs = public_jobs().filter(campaign=campaign)
        totals = jobs.aggregate(
            jobs=Count("id"), headcount=Sum("headcount"), companies=Count("company", distinct=True)
        )
        counters = {
            "companies": totals["companies"] or 0,
            "jobs": totals["jobs"] or 0,
            "headcount": totals["headcount"] or 0,
            "applications": Application.objects.filter(campaign=campaign).count(),
        }
        cache.set(key, counters, settings.ZONE_COUNTERS_CACHE_SECONDS)
    return counters


def search_public_jobs(filters: JobFilters) -> QuerySet[JobPosting]:
    jobs = apply_filters(public_jobs(), filters)
    return (
        jobs.select_related("company", "region", "region__parent")
        .prefetch_related("fields")
        .order_by(*filters.ordering())
    )
