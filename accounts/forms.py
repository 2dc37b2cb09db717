from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm, UserCreationForm
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from accounts.models import GraduateProfile, User
from directory.forms import RegionField
from directory.models import Industry, Organisation, Region
from directory.validators import normalise_credit_code, validate_credit_code
from events_server import uploads

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class SignupForm(UserCreationForm):
    class Meta:
        model = User
        fields = ["username", "email"]


class QueuedPasswordResetForm(PasswordResetForm):
    """Django's password-reset form, whose e-mail goes through the task queue like every other mail
    (``accounts.tasks.send_password_reset``): the request never talks to the SMTP server, so a slow
    or failing server neither holds the request nor tells whether an address has an account."""

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        from accounts.tasks import send_password_reset

        send_password_reset.enqueue(
            context["user"].pk,
            {"domain": context["domain"], "site_name": context["site_name"], "protocol": context["protocol"]},
            {
                "subject": subject_template_name,
                "body": email_template_name,
                "html": html_email_template_name or "",
            },
            from_email or "",
            translation.get_language() or settings.LANGUAGE_CODE,
        )


LICENCE_TYPES = (uploads.PDF, uploads.JPEG, uploads.PNG)


def validate_upload(
    upload: UploadedFile, accepted: tuple[uploads.FileType, ...], wrong_type: StrOrPromise
) -> None:
    """Size within RESUME_MAX_BYTES and content (not the name) of an accepted type; the stored
    name and its extension are chosen by the server from that content (``uploads.TypedFileField``)."""
    limit = settings.RESUME_MAX_BYTES
    if (upload.size or 0) > limit:
        raise ValidationError(
            _("The file is larger than %(mb)d MB.") % {"mb": limit // (1024 * 1024)}, code="too_large"
        )
    if uploads.detect(upload) not in accepted:
        raise ValidationError(wrong_type, code="wrong_type")


def validate_resume(upload: UploadedFile) -> None:
    validate_upload(upload, (uploads.PDF,), _("The resume must be a PDF file."))


class GraduateProfileForm(forms.ModelForm):
    preferred_regions = forms.ModelMultipleChoiceField(
        label=_("Preferred regions"),
        queryset=Region.objects.select_related("parent"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    preferred_fields = forms.ModelMultipleChoiceField(
        label=_("Preferred fields"),
        queryset=Industry.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = GraduateProfile
        fields = [
            "full_name",
            "university",
            "major",
            "degree",
            "graduation_year",
            "preferred_regions",
            "preferred_fields",
            "phone",
            "resume",
            "seeking_employment",
        ]
        widgets = {
            "phone": forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
            "resume": forms.ClearableFileInput(attrs={"accept": "application/pdf"}),
            "graduation_year": forms.NumberInput(attrs={"min": 2000, "max": 2035}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["university"]).queryset = Organisation.objects.filter(
            kind=Organisation.Kind.UNIVERSITY
        )

    def clean_resume(self) -> Any:
        resume = self.cleaned_data.get("resume")
        if isinstance(resume, UploadedFile):
            validate_resume(resume)
        return resume


class CompanySignupForm(SignupForm):
    company_name = forms.CharField(label=_("Company name"), max_length=120)
    credit_code = forms.CharField(
        label=_("Unified social credit code"),
        max_length=24,
        help_text=_("18 characters, as on the business licence."),
    )
    region = RegionField(label=_("Registered region"))
    industry = forms.ModelChoiceField(label=_("Industry"), queryset=Industry.objects.all())
    specialised = forms.BooleanField(label=_("Specialised and sophisticated SME (专精特新)"), required=False)
    licence = forms.FileField(
        label=_("Business licence (PDF, JPG or PNG)"),
        help_text=_("Reviewers check it before your postings are published."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )

    def __init__(self, *args: Any, verified_phone: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.verified_phone = verified_phone
        if verified_phone:  # signed up by SMS code: a password is optional
            for name in ("password1", "password2"):
                field = self.fields[name]
                field.required = False
                if isinstance(field, forms.CharField):  # Django's password fields are
                    field.empty_value = None

    def save(self, commit: bool = True) -> User:
        user = super().save(commit=False)
        if self.verified_phone:
            from django.utils import timezone

            user.phone = self.verified_phone
            user.phone_verified_at = timezone.now()
        if commit:
            user.save()
        return user

    def clean_company_name(self) -> str:
        name = self.cleaned_data["company_name"].strip()
        if Organisation.objects.filter(kind=Organisation.Kind.COMPANY, name=name).exists():
            raise ValidationError(
                _("A company with this name is already registered. Ask its recruiter for access."),
                code="duplicate",
            )
        return name

    def clean_licence(self) -> UploadedFile:
        licence = self.cleaned_data["licence"]
        validate_upload(licence, LICENCE_TYPES, _("The licence must be a PDF, JPG or PNG file."))
        return licence

    def clean_credit_code(self) -> str:
        code = normalise_credit_code(self.cleaned_data["credit_code"])
        validate_credit_code(code)
        if Organisation.objects.filter(credit_code=code).exists():
            raise ValidationError(
                _("A company with this credit code is already registered. Ask its recruiter for access."),
                code="duplicate",
            )
        return code
