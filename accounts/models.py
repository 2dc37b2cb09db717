"""People: the custom user with a role tied to an organisation, and graduate profiles."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractUser
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import Industry, Organisation, Region
from directory.validators import validate_mobile
from events_server import uploads

# Which organisation kinds each staff role may belong to.
ROLE_ORGANISATION_KINDS: dict[str, set[str]] = {
    "recruiter": {Organisation.Kind.COMPANY},
    "university_staff": {Organisation.Kind.UNIVERSITY},
    "reviewer": {Organisation.Kind.SME_DEPARTMENT, Organisation.Kind.EMPLOYMENT_DEPARTMENT},
    "partner_staff": {Organisation.Kind.PARTNER_PLATFORM},
}


class User(AbstractUser):
    class Role(models.TextChoices):
        STUDENT = "student", _("Student / graduate")
        RECRUITER = "recruiter", _("Company recruiter")
        UNIVERSITY_STAFF = "university_staff", _("University career office")
        REVIEWER = "reviewer", _("Department reviewer")
        PARTNER_STAFF = "partner_staff", _("Partner platform staff")
        ADMIN = "admin", _("Administrator")

    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.STUDENT)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
    )
    # Sign-in by SMS code: the number, unique among accounts, and when a code last proved it.
    phone = models.CharField(
        _("mobile phone"), max_length=11, unique=True, null=True, blank=True, validators=[validate_mobile]
    )
    phone_verified_at = models.DateTimeField(_("phone verified"), null=True, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=["student", "admin"]) | Q(organisation__isnull=False),
                name="staff_roles_have_organisation",
            ),
        ]

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        super().clean()
        kinds = ROLE_ORGANISATION_KINDS.get(self.role)
        if kinds is None:
            return
        if self.organisation is None or self.organisation.kind not in kinds:
            raise ValidationError({"organisation": _("This role needs an organisation of a matching kind.")})

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.role == self.Role.ADMIN:
            self.is_staff = True
        super().save(*args, **kwargs)

    def has_role(self, *roles: str) -> bool:
        from accounts.roles import has_role

        return has_role(self, *roles)


def resume_path(instance: GraduateProfile, filename: str) -> str:
    """A random name (no personal data in paths) with the extension of the type its bytes show."""
    return uploads.stored_name("resumes", filename)


class GraduateProfile(models.Model):
    class Degree(models.TextChoices):
        JUNIOR_COLLEGE = "junior_college", _("Junior college (专科)")
        BACHELOR = "bachelor", _("Bachelor")
        MASTER = "master", _("Master")
        DOCTOR = "doctor", _("Doctorate")

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="graduate_profile")
    full_name = models.CharField(_("full name"), max_length=40)
    university = models.ForeignKey(
        Organisation,
        verbose_name=_("university"),
        on_delete=models.PROTECT,
        limit_choices_to={"kind": Organisation.Kind.UNIVERSITY},
        related_name="graduates",
    )
    major = models.CharField(_("major"), max_length=60)
    degree = models.CharField(_("degree"), max_length=20, choices=Degree.choices)
    graduation_year = models.PositiveSmallIntegerField(
        _("graduation year"), validators=[MinValueValidator(2000), MaxValueValidator(2035)]
    )
    preferred_regions = models.ManyToManyField(Region, verbose_name=_("preferred regions"), blank=True)
    preferred_fields = models.ManyToManyField(Industry, verbose_name=_("preferred fields"), blank=True)
    phone = models.CharField(_("mobile phone"), max_length=11, validators=[validate_mobile])
    resume = uploads.TypedFileField(_("resume (PDF)"), upload_to=resume_path, blank=True)
    seeking_employment = models.BooleanField(_("looking for a job"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("graduate profile")
        verbose_name_plural = _("graduate profiles")

    def __str__(self) -> str:
        return f"{self.full_name} ({self.university})"


class PhoneCode(models.Model):
    """A six-digit code sent by SMS. Only a keyed hash of the code is stored, and of the address
    that asked for it (for the per-address limit)."""

    class Purpose(models.TextChoices):
        SIGN_IN = "sign_in", _("sign in or sign up")
        RESET = "reset", _("password reset")

    phone = models.CharField(_("mobile phone"), max_length=11)
    purpose = models.CharField(_("purpose"), max_length=10, choices=Purpose.choices)
    code_hash = models.CharField(max_length=64)
    address_hash = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("wrong tries"), default=0)
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    class Meta:
        verbose_name = _("SMS code")
        verbose_name_plural = _("SMS codes")
        indexes = [models.Index(fields=["phone", "purpose", "created_at"])]

    def __str__(self) -> str:
        return f"{self.phone[:3]}****{self.phone[-4:]} {self.purpose} {self.created_at:%Y-%m-%d %H:%M}"
