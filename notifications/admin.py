from django.contrib import admin

from notifications.models import Notification, Preference


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "user", "created_at", "read_at", "emailed_at", "texted_at")
    list_filter = ("kind",)
    raw_id_fields = ("user",)
    search_fields = ("event_key",)


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin):
    list_display = ("user", "language", "updated_at")
    raw_id_fields = ("user",)
