from django.contrib import admin

from reports.models import Contact, EventReport, ReportTask, WeeklyReturn


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ["unit_name", "person", "title", "mobile", "email", "updated_at"]
    list_filter = ["campaign", "organisation__kind"]
    search_fields = ["unit_name", "organisation__name"]
    list_select_related = ["organisation"]
    readonly_fields = ["updated_at", "updated_by"]


@admin.register(WeeklyReturn)
class WeeklyReturnAdmin(admin.ModelAdmin):
    """Read-only: returns are filed by their units through the service, which audits them."""

    list_display = ["organisation", "week_start", "status", "filed_at"]
    list_filter = ["campaign", "status", "week_start", "organisation__kind"]
    search_fields = ["organisation__name"]
    list_select_related = ["organisation"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(EventReport)
class EventReportAdmin(admin.ModelAdmin):
    list_display = ["__str__", "host", "ended_at", "due_on", "filed_at"]
    list_filter = ["campaign"]
    search_fields = ["host__name"]
    list_select_related = ["host", "live_session", "event"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ReportTask)
class ReportTaskAdmin(admin.ModelAdmin):
    list_display = ["kind", "requested_by", "state", "done", "total", "created_at", "finished_at"]
    list_filter = ["kind", "state"]
    readonly_fields = ["params", "error"]
