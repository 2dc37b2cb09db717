"""What the partner API reads and writes, field by field (the OpenAPI document follows these)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from booking.models import Event
from directory.models import Organisation
from jobs.models import JobPosting
from jobs.structured_data import EMPLOYMENT_TYPES, job_posting_data
from livestream.models import LiveSession
from partners import feeds
from partners.models import Attempt, Delivery, WebhookEndpoint, WebhookEvent


def absolute(context: dict[str, Any], path: str) -> str:
    request = context.get("request")
    if request is not None:
        return str(request.build_absolute_uri(path))
    return f"{settings.SITE_URL}{path}"


class RegionSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="GB/T 2260 code")
    name = serializers.CharField()
    province_code = serializers.CharField()


class CompanyRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    verified = serializers.SerializerMethodField()
    specialised = serializers.BooleanField(help_text="专精特新")

    def get_verified(self, company: Organisation) -> bool:
        return bool(company.verification == Organisation.Verification.VERIFIED)


class CampaignRefSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()


class PostingSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    updated_at = serializers.DateTimeField()
    published_at = serializers.DateTimeField(allow_null=True)
    url = serializers.SerializerMethodField()
    title = serializers.CharField()
    description = serializers.CharField()
    kind = serializers.ChoiceField(choices=JobPosting.Kind.choices)
    employment_type = serializers.SerializerMethodField(help_text="schema.org employmentType")
    company = CompanyRefSerializer()
    region = RegionSerializer()
    field_codes = serializers.SerializerMethodField(
        help_text="industry codes (the notice's eight emerging fields first)"
    )
    education = serializers.ChoiceField(choices=JobPosting.Education.choices)
    majors = serializers.CharField()
    headcount = serializers.IntegerField()
    salary_min = serializers.IntegerField(help_text="CNY a month")
    salary_max = serializers.IntegerField(help_text="CNY a month")
    internship = serializers.SerializerMethodField()
    internship_months = serializers.IntegerField(allow_null=True)
    accommodation = serializers.BooleanField(help_text="short-term free accommodation for interns")
    valid_through = serializers.DateField(source="expires_on", allow_null=True)
    campaign = CampaignRefSerializer()
    phase = serializers.SerializerMethodField()
    json_ld = serializers.SerializerMethodField(help_text="the schema.org JobPosting object")

    def get_url(self, job: JobPosting) -> str:
        return absolute(self.context, f"/jobs/{job.pk}/")

    def get_employment_type(self, job: JobPosting) -> str:
        return EMPLOYMENT_TYPES[JobPosting.Kind(job.kind)]

    def get_field_codes(self, job: JobPosting) -> list[str]:
        return sorted(field.code for field in job.fields.all())

    def get_internship(self, job: JobPosting) -> bool:
        return bool(job.kind == JobPosting.Kind.INTERNSHIP)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_phase(self, job: JobPosting) -> str | None:
        return feeds.phase_name(job)

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_json_ld(self, job: JobPosting) -> dict[str, Any]:
        return job_posting_data(job, self.get_url(job))


def posting_dict(job: JobPosting, base_url: str, field_codes: list[str], phase: str | None) -> dict[str, Any]:
    """What ``PostingSerializer`` gives, written out by hand: the feed serialises up to a thousand
    postings a page, and DRF's field machinery costs several times this. A test checks that both
    give the same (``test_the_fast_posting_form_equals_the_serializer``)."""
    company, region = job.company, job.region
    url = f"{base_url}/jobs/{job.pk}/"
    return {
        "id": job.pk,
        "updated_at": _datetime(job.updated_at),
        "published_at": _datetime(job.published_at),
        "url": url,
        "title": job.title,
        "description": job.description,
        "kind": job.kind,
        "employment_type": EMPLOYMENT_TYPES[JobPosting.Kind(job.kind)],
        "company": {
            "id": company.pk,
            "name": company.name,
            "verified": company.verification == Organisation.Verification.VERIFIED,
            "specialised": company.specialised,
        },
        "region": {"code": region.code, "name": region.name, "province_code": region.province_code},
        "field_codes": field_codes,
        "education": job.education,
        "majors": job.majors,
        "headcount": job.headcount,
        "salary_min": job.salary_min,
        "salary_max": job.salary_max,
        "internship": job.kind == JobPosting.Kind.INTERNSHIP,
        "internship_months": job.internship_months,
        "accommodation": job.accommodation,
        "valid_through": job.expires_on.isoformat() if job.expires_on else None,
        "campaign": {"slug": job.campaign.slug, "name": job.campaign.name},
        "phase": phase,
        "json_ld": job_posting_data(job, url),
    }


_DATETIME = serializers.DateTimeField()


def _datetime(value: dt.datetime | None) -> str | None:
    return None if value is None else _DATETIME.to_representation(value)


class TombstoneSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    updated_at = serializers.DateTimeField()
    status = serializers.ChoiceField(choices=JobPosting.Status.choices, help_text="why it left the feed")


class PostingPageSerializer(serializers.Serializer):
    results = PostingSerializer(many=True)
    tombstones = TombstoneSerializer(many=True, help_text="postings to delete from the copy")
    next_cursor = serializers.CharField(allow_null=True)
    next = serializers.URLField(allow_null=True)


class CompanySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    credit_code = serializers.CharField(help_text="统一社会信用代码")
    region = RegionSerializer(allow_null=True)
    industry = serializers.CharField(source="industry_id", allow_null=True, help_text="industry code")
    specialised = serializers.BooleanField(help_text="专精特新")
    verified = serializers.SerializerMethodField()
    website = serializers.CharField()
    url = serializers.SerializerMethodField()

    def get_verified(self, company: Organisation) -> bool:
        return bool(company.verification == Organisation.Verification.VERIFIED)

    def get_url(self, company: Organisation) -> str:
        return absolute(self.context, f"/companies/{company.pk}/")


class SessionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    description = serializers.CharField()
    state = serializers.ChoiceField(choices=LiveSession.State.choices)
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    company = CompanyRefSerializer()
    co_host = serializers.CharField(source="co_host.name", allow_null=True, default=None)
    campaign = CampaignRefSerializer()
    job_ids = serializers.SerializerMethodField()
    join_url = serializers.SerializerMethodField(
        help_text="your own tracked link: viewers are credited to you"
    )

    def get_job_ids(self, session: LiveSession) -> list[int]:
        return sorted(job.pk for job in session.jobs.all())

    def get_join_url(self, session: LiveSession) -> str:
        link = feeds.session_link(session, self.context["partner"])
        return absolute(self.context, link.path)


class EventSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=Event.Kind.choices)
    title = serializers.CharField()
    description = serializers.CharField()
    organiser = serializers.CharField(source="organiser.name")
    university = serializers.CharField(source="university.name", allow_null=True, default=None)
    address = serializers.CharField()
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    capacity = serializers.IntegerField()
    places_left = serializers.SerializerMethodField()
    campaign = CampaignRefSerializer()
    registration_url = serializers.SerializerMethodField(
        help_text="your own tracked link: registrations are credited to you"
    )

    def get_places_left(self, event: Event) -> int:
        return max(0, int(event.capacity - event.taken))

    def get_registration_url(self, event: Event) -> str:
        link = feeds.event_link(event, self.context["partner"])
        return absolute(self.context, link.path)


# --- webhooks --------------------------------------------------------------------------------


class WebhookInSerializer(serializers.Serializer):
    url = serializers.URLField(max_length=500)
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=WebhookEvent.choices),
        min_length=1,
        max_length=len(WebhookEvent),
    )


class WebhookSerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookEndpoint
        fields = ["id", "url", "events", "active", "created_at"]


class WebhookCreatedSerializer(WebhookSerializer):
    secret = serializers.CharField(help_text="signs every delivery; shown only now")

    class Meta(WebhookSerializer.Meta):
        fields = [*WebhookSerializer.Meta.fields, "secret"]


class AttemptSerializer(serializers.ModelSerializer):
    # Declared, not derived: the derived ones carry the database's integer range, which would
    # make the document differ between SQLite and PostgreSQL.
    number = serializers.IntegerField(min_value=1)
    status_code = serializers.IntegerField(allow_null=True)
    duration_ms = serializers.IntegerField(min_value=0)

    class Meta:
        model = Attempt
        fields = ["number", "at", "status_code", "error", "duration_ms"]


class DeliverySerializer(serializers.ModelSerializer):
    idempotency_key = serializers.UUIDField(source="key")
    attempts = serializers.IntegerField(min_value=0)
    attempt_log = AttemptSerializer(many=True)

    class Meta:
        model = Delivery
        fields = [
            "id",
            "idempotency_key",
            "endpoint",
            "event",
            "state",
            "attempts",
            "created_at",
            "next_attempt_at",
            "delivered_at",
            "payload",
            "attempt_log",
        ]


# --- inbound ---------------------------------------------------------------------------------


class InboundPostingInSerializer(serializers.Serializer):
    company_credit_code = serializers.CharField(
        max_length=18, help_text="the hiring company, registered with us"
    )
    kind = serializers.ChoiceField(choices=JobPosting.Kind.choices, default=JobPosting.Kind.FULL_TIME)
    title = serializers.CharField(max_length=80)
    description = serializers.CharField(max_length=5000)
    region_code = serializers.CharField(max_length=6)
    field_codes = serializers.ListField(
        child=serializers.SlugField(max_length=40), max_length=10, default=list
    )
    education = serializers.ChoiceField(
        choices=JobPosting.Education.choices, default=JobPosting.Education.BACHELOR
    )
    majors = serializers.CharField(max_length=200, allow_blank=True, default="")
    headcount = serializers.IntegerField(min_value=1, max_value=100000)
    salary_min = serializers.IntegerField(min_value=0, max_value=10_000_000)
    salary_max = serializers.IntegerField(min_value=0, max_value=10_000_000)
    working_hours = serializers.CharField(max_length=60, allow_blank=True, default="")
    rest_days = serializers.CharField(max_length=60, allow_blank=True, default="")
    accommodation = serializers.BooleanField(default=False)
    internship_months = serializers.IntegerField(min_value=1, max_value=24, allow_null=True, default=None)
    contact_name = serializers.CharField(max_length=40)
    contact_phone = serializers.CharField(max_length=20)
    contact_email = serializers.EmailField(allow_blank=True, default="")
    valid_through = serializers.DateField(allow_null=True, default=None)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["salary_min"] > attrs["salary_max"]:
            raise serializers.ValidationError({"salary_max": ["Must not be below salary_min."]})
        if attrs["accommodation"] and attrs["kind"] != JobPosting.Kind.INTERNSHIP:
            raise serializers.ValidationError({"accommodation": ["Only internships offer accommodation."]})
        return attrs


class FindingSerializer(serializers.Serializer):
    rule = serializers.CharField()
    family = serializers.CharField()
    kind = serializers.CharField()
    phrase = serializers.CharField(help_text="the words that matched")
    explanation = serializers.CharField()
    legal_basis = serializers.CharField()


class DecisionSerializer(serializers.Serializer):
    version = serializers.IntegerField()
    outcome = serializers.CharField()
    reason = serializers.CharField()
    at = serializers.DateTimeField()


class InboundPostingSerializer(serializers.Serializer):
    external_id = serializers.CharField()
    posting_id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=JobPosting.Status.choices)
    version = serializers.IntegerField()
    url = serializers.CharField(allow_null=True)
    findings = FindingSerializer(many=True, help_text="what the automatic screening found in this version")
    decisions = DecisionSerializer(many=True, help_text="reviewers' decisions, newest first, with reasons")
    created = serializers.BooleanField(required=False)
    updated_at = serializers.DateTimeField()


class WeeklyFiguresInSerializer(serializers.Serializer):
    registrations = serializers.IntegerField(min_value=0, max_value=100_000_000)
    postings = serializers.IntegerField(min_value=0, max_value=100_000_000)
    applications = serializers.IntegerField(min_value=0, max_value=100_000_000)


class WeeklyFiguresSerializer(WeeklyFiguresInSerializer):
    campaign = serializers.SlugField(source="campaign.slug")
    week_start = serializers.DateField()
    submitted_at = serializers.DateTimeField()


class GraduateSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="user_id")
    full_name = serializers.CharField()
    university = serializers.CharField(source="university.name")
    major = serializers.CharField()
    degree = serializers.CharField()
    graduation_year = serializers.IntegerField()
    preferred_regions = serializers.SerializerMethodField()
    preferred_fields = serializers.SerializerMethodField()
    seeking_employment = serializers.BooleanField()

    def get_preferred_regions(self, profile: Any) -> list[str]:
        return sorted(region.code for region in profile.preferred_regions.all())

    def get_preferred_fields(self, profile: Any) -> list[str]:
        return sorted(field.code for field in profile.preferred_fields.all())


class MeSerializer(serializers.Serializer):
    partner = serializers.CharField()
    key = serializers.CharField()
    scopes = serializers.ListField(child=serializers.CharField())
    rate_per_minute = serializers.IntegerField()
    expires_at = serializers.DateTimeField(allow_null=True)


def parse_since(value: str | None) -> dt.datetime | None:
    from django.utils.dateparse import parse_datetime

    if not value:
        return None
    try:
        parsed = parse_datetime(value)
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise serializers.ValidationError(
            {"updated_since": ["An ISO 8601 time with its offset, e.g. 2026-03-01T08:00:00+08:00."]}
        )
    return parsed
