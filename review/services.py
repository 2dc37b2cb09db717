"""Screening of postings: the rules in force and the findings on a posting's text."""

from __future__ import annotations

from review.checks import Finding, RuleSpec, check_text
from review.models import Rule


def active_rules() -> list[RuleSpec]:
    return [
        RuleSpec(r.code, r.family, r.kind, r.pattern, r.exceptions, r.explanation, r.legal_basis)
        for r in Rule.objects.filter(active=True)
    ]


def posting_text(fields: dict[str, object]) -> str:
    """The free-text parts of a posting that recruiters write, in one string."""
    parts = [
        fields.get(name) or "" for name in ("title", "description", "majors", "working_hours", "rest_days")
    ]
    return "\n".join(str(part) for part in parts if part)


def screen_posting(fields: dict[str, object]) -> tuple[str, list[Finding]]:
    text = posting_text(fields)
    return text, check_text(text, active_rules())
