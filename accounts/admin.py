from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

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
