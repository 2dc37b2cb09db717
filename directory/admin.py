from django.contrib import admin
from django.db import models

from directory.models import Industry, Organisation, Region
from events_server.admin_widgets import SafeAutocomplete


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "parent"]
    list_filter = ["level"]
    search_fields = ["code", "name"]
    list_select_related = ["parent"]


@admin.register(Industry)
class IndustryAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "name_en", "emerging", "position"]
    list_filter = ["emerging"]
    search_fields = ["code", "name", "name_en"]


@admin.register(Organisation)
class OrganisationAdmin(SafeAutocomplete, admin.ModelAdmin):
    list_display = ["name", "kind", "region", "industry", "specialised", "credit_code", "created_at"]
    list_filter = ["kind", "specialised", "industry", ("region__parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "credit_code", "region__name"]
    list_select_related = ["region", "region__parent", "industry"]
    autocomplete_fields = ["region"]
    date_hierarchy = "created_at"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
