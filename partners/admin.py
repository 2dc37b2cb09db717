from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from partners import keys
from partners.models import ApiKey, Delivery, GraduateShare, InboundPosting, WebhookEndpoint, WeeklyFigures


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    """Administrators make keys for a partner here (the key is shown once, in the message)."""

    list_display = [
        "name",
        "partner",
        "prefix",
        "can_read",
        "can_write",
        "created_at",
        "expires_at",
        "revoked_at",
        "last_used_at",
    ]
    list_filter = ["partner"]
    fields = [
        "partner",
        "name",
        "can_read",
        "can_write",
        "rate_per_minute",
        "prefix",
        "created_at",
        "expires_at",
        "revoked_at",
        "last_used_at",
    ]
    readonly_fields = ["prefix", "created_at", "expires_at", "revoked_at", "last_used_at"]
    actions = ["revoke", "rotate"]

    def get_readonly_fields(self, request: HttpRequest, obj: ApiKey | None = None) -> Any:
        if obj is not None:
            return [*self.readonly_fields, "partner", "name", "can_read", "can_write"]
        return self.readonly_fields

    def save_model(self, request: HttpRequest, obj: ApiKey, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        issued = keys.create_key(
            obj.partner,
            name=obj.name,
            can_read=obj.can_read,
            can_write=obj.can_write,
            by=request.user,  # type: ignore[arg-type]
        )
        if obj.rate_per_minute:
            ApiKey.objects.filter(pk=issued.key.pk).update(rate_per_minute=obj.rate_per_minute)
        obj.pk = issued.key.pk
        obj._state.adding = False
        messages.warning(
            request, _("Copy the new key now, it is shown only once: %(key)s") % {"key": issued.secret}
        )

    @admin.action(description=_("Revoke the selected keys"))
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiKey]) -> None:
        for key in queryset:
            keys.revoke_key(key.pk, by=request.user)  # type: ignore[arg-type]

    @admin.action(description=_("Rotate the selected keys"))
    def rotate(self, request: HttpRequest, queryset: QuerySet[ApiKey]) -> None:
        for key in queryset.filter(revoked_at__isnull=True):
            issued = keys.rotate_key(key.pk, by=request.user)  # type: ignore[arg-type]
            messages.warning(
                request,
                _("New key for %(name)s, shown only once: %(key)s")
                % {"name": key.name, "key": issued.secret},
            )


class MadeByPartners(admin.ModelAdmin):
    """Rows partners make through the API: administrators read them (and may switch a webhook
    off), never make one here."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(MadeByPartners):
    list_display = ["url", "partner", "active", "created_at"]
    list_filter = ["active", "partner"]
    readonly_fields = ["partner", "url", "events", "created_at"]


@admin.register(Delivery)
class DeliveryAdmin(MadeByPartners):
    list_display = ["event", "endpoint", "state", "attempts", "created_at", "delivered_at"]
    list_filter = ["state", "event"]
    readonly_fields = [f.name for f in Delivery._meta.fields]


@admin.register(InboundPosting)
class InboundPostingAdmin(MadeByPartners):
    list_display = ["external_id", "partner", "job", "updated_at"]
    readonly_fields = ["partner", "external_id", "job", "content_hash", "created_at", "updated_at"]


@admin.register(WeeklyFigures)
class WeeklyFiguresAdmin(MadeByPartners):
    list_display = ["partner", "week_start", "registrations", "postings", "applications", "submitted_at"]
    list_filter = ["partner", "campaign"]
    readonly_fields = [
        "partner",
        "campaign",
        "week_start",
        "registrations",
        "postings",
        "applications",
        "submitted_at",
        "key",
    ]


@admin.register(GraduateShare)
class GraduateShareAdmin(MadeByPartners):
    list_display = ["graduate", "partner", "key", "at"]
    readonly_fields = ["graduate", "partner", "key", "at"]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
