"""What ``accounts`` keeps about a person, for the personal-data export (``privacy.exports``)."""

from __future__ import annotations

from typing import Any

from accounts.models import GraduateProfile
from privacy.exports import Section, plain, register, rows


def account(user: Any) -> Section:
    data = rows(
        [user],
        ["username", "first_name", "last_name", "email", "phone", "phone_verified_at", "role",
         "organisation", "date_joined", "last_login"],
    )[0]  # fmt: skip
    data["has_password"] = user.has_usable_password()
    return Section(data)


def profile(user: Any) -> Section:
    found = GraduateProfile.objects.filter(user=user).select_related("university").first()
    if found is None:
        return Section(None)
    data = rows(
        [found],
        ["full_name", "university", "major", "degree", "graduation_year", "phone", "resume",
         "seeking_employment", "updated_at"],
    )[0]  # fmt: skip
    data["preferred_regions"] = [str(r) for r in found.preferred_regions.all()]
    data["preferred_fields"] = [str(f) for f in found.preferred_fields.all()]
    files = []
    if found.resume:
        files.append((f"resume/{found.resume.name.rsplit('/', 1)[-1]}", found.resume))
        data["resume"] = plain(found.resume)
    return Section(data, files)


register("account", account)
register("profile", profile)
