from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db.models import Model
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import GraduateProfile, User
from events_server.admin_widgets import SafeAutocomplete


@admin.register(User)
class UserAdmin(SafeAutocomplete, DjangoUserAdmin):
    fieldsets = (
        *(DjangoUserAdmin.fieldsets or ()),
        (_("Role"), {"fields": ("role", "organisation")}),
    )
    add_fieldsets = (
        *DjangoUserAdmin.add_fieldsets,
        (_("Role"), {"fields": ("role", "organisation")}),
    )
    list_display = ["username", "email", "role", "organisation", "is_active", "date_joined"]
    list_filter = ["role", "is_active", "is_staff", "organisation__kind"]
    search_fields = ["username", "email", "organisation__name"]
    autocomplete_fields = ["organisation"]
    list_select_related = ["organisation"]


@admin.register(GraduateProfile)
class GraduateProfileAdmin(SafeAutocomplete, admin.ModelAdmin):
    list_display = ["full_name", "university", "major", "degree", "graduation_year", "seeking_employment"]
    list_filter = ["degree", "graduation_year", "seeking_employment", "university"]
    search_fields = ["full_name", "major", "user__username", "university__name"]
    autocomplete_fields = ["university", "preferred_regions"]
    filter_horizontal = ["preferred_fields"]
    raw_id_fields = ["user"]
    list_select_related = ["university"]


class TwoFactorDeviceAdmin(admin.ModelAdmin):
    """A person's authenticator or recovery codes, as the admin site shows them: who, which device,
    when last used. Never the secret, its QR code or the codes: a device cannot be added or edited
    here (whoever made it would know its secret); one can be removed, and its owner enrols again on
    the product's own two-factor pages. Replaces django-otp's admins, whose config and QR code pages
    show the secret to every administrator."""

    list_display = ["user", "name", "confirmed", "created_at", "last_used_at"]
    list_filter = ["confirmed", "created_at", "last_used_at"]
    search_fields = ["user__username", "user__email", "name"]
    list_select_related = ["user"]
    fields = readonly_fields = ("user", "name", "confirmed", "created_at", "last_used_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


for device_model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(device_model):  # django-otp's own admin, if it was imported first
        admin.site.unregister(device_model)
    admin.site.register(device_model, TwoFactorDeviceAdmin)
