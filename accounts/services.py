"""Registering students and companies, and keeping graduate profiles."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from accounts.models import GraduateProfile, User
from directory.models import Organisation


@transaction.atomic
def register_company(user: User, company: dict[str, Any]) -> Organisation:
    """Create the company and make ``user`` (unsaved) its first recruiter."""
    organisation = Organisation.objects.create(
        kind=Organisation.Kind.COMPANY,
        name=company["company_name"],
        credit_code=company["credit_code"],
        region=company["region"],
        industry=company["industry"],
        specialised=company["specialised"],
        licence=company["licence"],
    )
    user.role = User.Role.RECRUITER
    user.organisation = organisation
    user.save()
    return organisation


def register_student(user: User) -> User:
    user.role = User.Role.STUDENT
    user.organisation = None
    user.save()
    return user


def save_profile(profile: GraduateProfile, regions: Any, fields: Any) -> GraduateProfile:
    """Save a profile; a replaced resume file is removed from storage."""
    old_name = ""
    if profile.pk:
        old_name = (
            GraduateProfile.objects.filter(pk=profile.pk).values_list("resume", flat=True).first() or ""
        )
    with transaction.atomic():
        profile.save()
        profile.preferred_regions.set(regions)
        profile.preferred_fields.set(fields)
    if old_name and old_name != profile.resume.name:
        profile.resume.storage.delete(old_name)
    return profile
