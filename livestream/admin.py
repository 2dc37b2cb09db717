from django.contrib import admin

from livestream.models import LiveSession


@admin.register(LiveSession)
class LiveSessionAdmin(admin.ModelAdmin):
    list_display = ["title", "company", "starts_at", "state", "co_host"]
    list_filter = ["state", "campaign"]
    search_fields = ["title", "company__name"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["company", "co_host", "jobs"]
    list_select_related = ["company", "co_host"]
