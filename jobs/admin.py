from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.http import AuthenticatedRequest
from events_server.admin_widgets import SafeAutocomplete
from events_server.errors import DomainError
from jobs import services
from jobs.models import Application, ApplicationEvent, JobPosting


@admin.register(JobPosting)
class JobPostingAdmin(SafeAutocomplete, admin.ModelAdmin):
    list_display = ["title", "company", "kind", "region", "headcount", "status", "published_at"]
    list_filter = ["status", "kind", "accommodation", "fields", "education", "campaign"]
    search_fields = ["title", "company__name", "company__credit_code", "majors"]
    list_select_related = ["company", "region", "region__parent"]
    autocomplete_fields = ["company", "region"]
    filter_horizontal = ["fields"]
    date_hierarchy = "published_at"
    readonly_fields = ["published_at", "created_at", "updated_at", "created_by"]
    actions = ["publish", "close"]

    def save_model(self, request: HttpRequest, obj: JobPosting, form, change: bool) -> None:
        was_visible = change and services.is_visible(obj.pk)
        super().save_model(request, obj, form, change)
        if was_visible and not services.is_visible(obj.pk):
            services.announce_withdrawn([obj.pk])

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        services.reindex_job(form.instance)

    @admin.action(description=_("Publish selected postings"))
    def publish(self, request: AuthenticatedRequest, queryset: QuerySet[JobPosting]) -> None:
        done = 0
        for job in queryset:
            try:
                services.publish_job(job, by=request.user)
                done += 1
            except DomainError as error:
                self.message_user(request, f"{job}: {error.message}", messages.ERROR)
        self.message_user(request, ngettext("%d posting published.", "%d postings published.", done) % done)

    @admin.action(description=_("Close selected postings"))
    def close(self, request: AuthenticatedRequest, queryset: QuerySet[JobPosting]) -> None:
        for job in queryset:
            services.close_job(job, by=request.user)


class ApplicationEventInline(admin.TabularInline):
    model = ApplicationEvent
    extra = 0
    readonly_fields = ["status", "actor", "at"]
    can_delete = False


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ["id", "job", "profile", "status", "source", "created_at"]
    list_filter = ["status", "source", "campaign"]
    search_fields = ["job__title", "job__company__name", "profile__full_name", "student__username"]
    list_select_related = ["job", "profile"]
    raw_id_fields = ["job", "student", "profile"]
    date_hierarchy = "created_at"
    inlines = [ApplicationEventInline]
