from django.contrib import admin

from messaging.models import Message, MessageReport


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ("conversation", "side", "flagged", "reviewed_at", "created_at")
    list_filter = ("flagged", "side")
    raw_id_fields = ("conversation", "sender")


@admin.register(MessageReport)
class MessageReportAdmin(admin.ModelAdmin):
    list_display = ("message", "reason", "handled_at", "created_at")
    list_filter = ("reason",)
    raw_id_fields = ("message", "reporter")
