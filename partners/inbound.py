"""Postings partners send us, and the weekly figures they report.

A partner's posting is stored once per (partner, external id): sending it again updates that
posting. Every version goes through the same screening and review as a recruiter's; it is
published only when a reviewer approves it (``review.services.decide_posting``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.services import record
from campaigns.models import Campaign
from campaigns.services import current_campaign
from directory.models import Industry, Organisation, Region
from events_server.errors import Conflict, DomainError
from jobs.models import JobPosting
from jobs.services import announce_withdrawn, is_visible, set_search_columns
from partners.models import ApiKey, InboundPosting, WeeklyFigures
from review.checks import Finding
from review.models import Decision
from review.services import screen_posting

EXTERNAL_ID_MAX = 64
# What a partner may no longer change: the posting has ended.
FINAL_STATES = {JobPosting.Status.CLOSED, JobPosting.Status.EXPIRED}
POSTING_FIELDS = (
    "kind",
    "title",
    "description",
    "education",
    "majors",
    "headcount",
    "salary_min",
    "salary_max",
    "working_hours",
    "rest_days",
    "accommodation",
    "internship_months",
    "contact_name",
    "contact_phone",
    "contact_email",
)


@dataclass(frozen=True)
class InboundResult:
    inbound: InboundPosting
    created: bool
    changed: bool
    findings: list[Finding]


def check_external_id(external_id: str) -> str:
    if not external_id or len(external_id) > EXTERNAL_ID_MAX or not external_id.isprintable():
        raise DomainError(_("The external id must be 1 to 64 printable characters."), field="external_id")
    return external_id


def _content_hash(data: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def _resolve(data: dict[str, Any]) -> tuple[Organisation, Region, list[Industry]]:
    company = Organisation.objects.filter(
        kind=Organisation.Kind.COMPANY, credit_code=data["company_credit_code"].upper()
    ).first()
    if company is None:
        raise DomainError(
            _("No company with this credit code is registered with the platform."),
            field="company_credit_code",
        )
    region = Region.objects.filter(code=data["region_code"]).first()
    if region is None:
        raise DomainError(_("Not a GB/T 2260 region code."), field="region_code")
    codes = sorted(set(data.get("field_codes") or []))
    fields = list(Industry.objects.filter(code__in=codes))
    if len(fields) != len(codes):
        raise DomainError(_("Unknown field code."), field="field_codes")
    return company, region, fields


def upsert_posting(key: ApiKey, external_id: str, data: dict[str, Any]) -> InboundResult:
    """Create or update the partner's posting ``external_id`` and send it to review.

    Idempotent: the same content again changes nothing; two requests racing on a new id make one
    posting (the unique constraint decides, the loser updates the winner's row)."""
    external_id = check_external_id(external_id)
    try:
        with transaction.atomic():
            return _upsert(key, external_id, data)
    except IntegrityError:
        with transaction.atomic():
            return _upsert(key, external_id, data)


def _upsert(key: ApiKey, external_id: str, data: dict[str, Any]) -> InboundResult:
    partner = key.partner
    digest = _content_hash(data)
    inbound = (
        InboundPosting.objects.select_for_update()
        .select_related("job")
        .filter(partner=partner, external_id=external_id)
        .first()
    )
    if inbound is not None and inbound.content_hash == digest:
        return InboundResult(inbound, created=False, changed=False, findings=_findings(inbound.job))
    company, region, fields = _resolve(data)
    if inbound is None:
        campaign = current_campaign()
        if campaign is None:
            raise Conflict(_("There is no campaign to post in yet."))
        job = JobPosting(campaign=campaign, company=company, status=JobPosting.Status.PENDING)
    else:
        job = JobPosting.objects.select_for_update().select_related("company").get(pk=inbound.job_id)
        if job.status in FINAL_STATES:
            raise Conflict(_("This posting has closed and can no longer be changed."))
        if job.company_id != company.pk:
            raise DomainError(_("A posting cannot move to another company."), field="company_credit_code")
        job.version += 1
        job.status = JobPosting.Status.PENDING  # every new version is reviewed again
    for name in POSTING_FIELDS:
        setattr(job, name, data.get(name))
    job.majors = job.majors or ""
    job.contact_email = job.contact_email or ""
    job.working_hours, job.rest_days = job.working_hours or "", job.rest_days or ""
    job.region = region
    job.expires_on = data.get("valid_through")
    if job.kind != JobPosting.Kind.INTERNSHIP:
        job.accommodation, job.internship_months = False, None
    was_visible = is_visible(job.pk)
    set_search_columns(job, [field.code for field in fields])
    job.save()
    job.fields.set(fields)
    if was_visible:
        announce_withdrawn([job.pk])
    created = inbound is None
    if inbound is None:
        inbound = InboundPosting.objects.create(
            partner=partner, external_id=external_id, job=job, content_hash=digest
        )
    else:
        inbound.content_hash = digest
        inbound.save(update_fields=["content_hash", "updated_at"])
    inbound.job = job
    record(
        "partners.posting.created" if created else "partners.posting.updated",
        actor=None,
        obj=job,
        after={"partner": partner.pk, "key": key.prefix, "external_id": external_id, "version": job.version},
        region_code=region.province_code,
    )
    return InboundResult(inbound, created=created, changed=True, findings=_findings(job))


def _findings(job: JobPosting) -> list[Finding]:
    _text, findings = screen_posting(vars(job))
    return findings


def inbound_postings(partner: Organisation) -> Any:
    return InboundPosting.objects.filter(partner=partner).select_related("job")


def decisions(job: JobPosting) -> list[Decision]:
    return list(Decision.objects.filter(job=job).order_by("-at", "-id"))


def get_inbound(partner: Organisation, external_id: str) -> InboundPosting:
    inbound = inbound_postings(partner).filter(external_id=external_id).first()
    if inbound is None:
        raise DomainError(_("No posting with this external id."), status=404)
    return inbound


# --- weekly figures --------------------------------------------------------------------------


def parse_week(campaign: Campaign, value: str) -> dt.date:
    try:
        monday = dt.date.fromisoformat(value)
    except ValueError:
        raise DomainError(_("The week is its Monday, as YYYY-MM-DD."), field="week") from None
    if monday.weekday() != 0:
        raise DomainError(_("The week is its Monday, as YYYY-MM-DD."), field="week")
    phases = list(campaign.phases.all())
    sunday = monday + dt.timedelta(days=6)
    if not any(phase.starts_on <= sunday and monday <= phase.ends_on for phase in phases):
        raise DomainError(_("This week is outside the campaign's phases."), field="week")
    if monday > timezone.localdate():
        raise DomainError(_("Figures are reported for a week that has begun."), field="week")
    return monday


def campaign_for(slug: str | None) -> Campaign:
    campaign = Campaign.objects.filter(slug=slug).first() if slug else current_campaign()
    if campaign is None:
        raise DomainError(_("No such campaign."), field="campaign", status=404)
    return campaign


@transaction.atomic
def submit_figures(
    key: ApiKey, campaign: Campaign, week: str, values: dict[str, int]
) -> tuple[WeeklyFigures, bool]:
    """Store (or correct) the partner's own figures for one week; audited with the old values."""
    monday = parse_week(campaign, week)
    existing = (
        WeeklyFigures.objects.select_for_update()
        .filter(partner=key.partner, campaign=campaign, week_start=monday)
        .first()
    )
    before = None
    if existing is not None:
        before = {k: getattr(existing, k) for k in ("registrations", "postings", "applications")}
    figures, created = WeeklyFigures.objects.update_or_create(
        partner=key.partner,
        campaign=campaign,
        week_start=monday,
        defaults={**values, "submitted_at": timezone.now(), "key": key},
    )
    record(
        "partners.figures.submitted",
        actor=None,
        obj=figures,
        before=before,
        after={**values, "week": monday.isoformat(), "key": key.prefix},
    )
    return figures, created


def reported_figures(
    partner: Organisation, campaign_id: int, first: dt.date, last: dt.date
) -> list[WeeklyFigures]:
    """The partner's own reported weeks whose Monday falls in ``[first, last]``; reports reads this
    for the partner's Attachment 3."""
    return list(
        WeeklyFigures.objects.filter(
            partner=partner, campaign_id=campaign_id, week_start__gte=first, week_start__lte=last
        )
    )
