from django.contrib import admin

from review.models import Rule


@admin.register(Rule)
class RuleAdmin(admin.ModelAdmin):
    list_display = ["code", "family", "kind", "active", "updated_at"]
    list_filter = ["kind", "family", "active"]
    search_fields = ["code", "pattern", "explanation"]
