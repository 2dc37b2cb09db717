from django.contrib import admin

from privacy.models import Consent, PrivacyNotice


@admin.register(PrivacyNotice)
class PrivacyNoticeAdmin(admin.ModelAdmin):
    list_display = ["version", "title", "published_at"]
    ordering = ["-published_at"]


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "notice", "given_at", "withdrawn_at"]
    list_filter = ["kind", "notice"]
    raw_id_fields = ["user"]
    readonly_fields = ["user", "kind", "notice", "given_at", "withdrawn_at"]

    def has_add_permission(self, request: object) -> bool:
        return False
