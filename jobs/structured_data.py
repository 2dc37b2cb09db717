"""schema.org JobPosting JSON-LD for job pages, so search engines list them."""

from __future__ import annotations

import json
from typing import Any

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from jobs.models import JobPosting

EMPLOYMENT_TYPES = {JobPosting.Kind.FULL_TIME: "FULL_TIME", JobPosting.Kind.INTERNSHIP: "INTERN"}
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def job_posting_data(job: JobPosting, url: str) -> dict[str, Any]:
    region = job.region
    address = {"@type": "PostalAddress", "addressCountry": "CN"}
    if region.parent:
        address |= {"addressRegion": region.parent.name, "addressLocality": region.name}
    else:
        address |= {"addressRegion": region.name}
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": job.description,
        "identifier": {"@type": "PropertyValue", "name": job.company.name, "value": str(job.pk)},
        "datePosted": job.published_at.date().isoformat() if job.published_at else None,
        "employmentType": EMPLOYMENT_TYPES[JobPosting.Kind(job.kind)],
        "hiringOrganization": {"@type": "Organization", "name": job.company.name},
        "jobLocation": {"@type": "Place", "address": address},
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "CNY",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": job.salary_min,
                "maxValue": job.salary_max,
                "unitText": "MONTH",
            },
        },
        "totalJobOpenings": job.headcount,
        "directApply": True,
        "url": url,
    }
    if job.expires_on:
        data["validThrough"] = f"{job.expires_on.isoformat()}T23:59:59+08:00"
    if job.education != JobPosting.Education.ANY:
        data["educationRequirements"] = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": job.get_education_display(),
        }
    return {k: v for k, v in data.items() if v is not None}


def json_ld(data: dict[str, Any]) -> SafeString:
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
