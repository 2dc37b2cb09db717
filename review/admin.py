from django.contrib import admin

from review.models import Material, Rule


@admin.register(Rule)
class RuleAdmin(admin.ModelAdmin):
    list_display = ["code", "family", "kind", "active", "updated_at"]
    list_filter = ["kind", "family", "active"]
    search_fields = ["code", "pattern", "explanation"]


@admin.register(Material)
class MaterialAdmin(admin.ModelAdmin):
    """Read-only: decisions go through the review queue, which audits them."""

    list_display = ("kind", "subject", "organisation", "status", "created_at")
    list_filter = ("kind", "status")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
