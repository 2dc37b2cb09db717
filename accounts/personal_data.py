"""What ``accounts`` keeps about a person: export (``privacy.exports``) and erasure (``privacy.erasure``)."""

from __future__ import annotations

from typing import Any

from axes.models import AccessAttempt
from django.core.files.base import File
from django.utils.crypto import get_random_string

from accounts.models import GraduateProfile
from privacy.erasure import register_eraser
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
    files: list[tuple[str, File]] = []
    if found.resume:  # a file is there: it has a name
        files.append((f"resume/{(found.resume.name or '').rsplit('/', 1)[-1]}", found.resume))
        data["resume"] = plain(found.resume)
    return Section(data, files)


register("account", account)
register("profile", profile)


def erase_account(user: Any) -> dict[str, int]:
    """The account becomes an anonymous, disabled tombstone; the profile keeps only what statistics
    count (university, major, degree, graduation year); the resume file is destroyed."""
    counts = {"resume_files": 0, "sign_in_attempts": 0}
    profile = GraduateProfile.objects.filter(user=user).first()
    if profile is not None:
        if profile.resume.name:  # the same test as `if profile.resume`
            profile.resume.storage.delete(profile.resume.name)
            counts["resume_files"] = 1
        profile.full_name = "已注销用户"
        profile.phone = ""
        profile.resume = ""
        profile.seeking_employment = False
        profile.save()
        profile.preferred_regions.clear()
        profile.preferred_fields.clear()
    counts["sign_in_attempts"] = AccessAttempt.objects.filter(username=user.get_username()).delete()[0]
    user.username = f"deleted-{get_random_string(12)}"
    user.first_name = user.last_name = user.email = ""
    user.phone = None
    user.phone_verified_at = None
    user.is_active = False
    user.set_unusable_password()  # also ends every session: their auth hash no longer matches
    user.save()
    return counts


register_eraser("account", erase_account, last=True)
