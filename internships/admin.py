from django.contrib import admin

from internships.models import AccommodationWeek, Evaluation, Placement, Problem, WeeklyLog


class LogInline(admin.TabularInline):
    model = WeeklyLog
    extra = 0


class NightsInline(admin.TabularInline):
    model = AccommodationWeek
    extra = 0
    readonly_fields = ["recorded_by", "recorded_at"]


class EvaluationInline(admin.TabularInline):
    model = Evaluation
    extra = 0
    readonly_fields = ["by", "at"]


@admin.register(Placement)
class PlacementAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "company",
        "university",
        "starts_on",
        "ends_on",
        "state",
        "accommodation_provided",
    ]
    list_filter = ["state", "accommodation_provided"]
    search_fields = ["application__profile__full_name", "company__name", "university__name"]
    list_select_related = ["application__profile", "company", "university"]
    raw_id_fields = ["application", "student", "supervisor"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [LogInline, NightsInline, EvaluationInline]


@admin.register(Problem)
class ProblemAdmin(admin.ModelAdmin):
    list_display = ["__str__", "placement", "state", "raised_at", "respond_by", "responded_at"]
    list_filter = ["state"]
    raw_id_fields = ["placement", "raised_by", "responded_by"]
