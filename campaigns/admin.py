from django.contrib import admin
from django.db import models

from campaigns.models import Campaign, CampaignOrganisation, Phase
from events_server.admin_widgets import SafeAutocomplete


class PhaseInline(admin.TabularInline):
    model = Phase
    extra = 0


class CampaignOrganisationInline(SafeAutocomplete, admin.TabularInline):
    model = CampaignOrganisation
    extra = 0
    autocomplete_fields = ["organisation"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["name", "theme", "slug", "notice_reference"]
    search_fields = ["name", "theme", "slug"]
    inlines = [PhaseInline, CampaignOrganisationInline]
