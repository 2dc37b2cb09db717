from django.contrib import admin

from qr.forms import ShortLinkForm
from qr.models import LinkDailyCount, ShortLink
from qr.services.links import new_code


@admin.register(ShortLink)
class ShortLinkAdmin(admin.ModelAdmin):
    form = ShortLinkForm
    list_display = ("label", "code", "purpose", "organisation", "target", "disabled_at", "expires_at")
    list_filter = ("purpose", "campaign")
    search_fields = ("label", "code", "organisation__name")
    readonly_fields = ("code", "created_by", "created_at")
    raw_id_fields = ("organisation",)

    def save_model(self, request, obj, form, change):
        if not obj.code:
            obj.code = new_code()
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(LinkDailyCount)
class LinkDailyCountAdmin(admin.ModelAdmin):
    list_display = ("link", "day", "metric", "count")
    list_filter = ("metric",)
    date_hierarchy = "day"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
