from django.contrib import admin

from booking.models import (
    BookingRules,
    BoothApplication,
    Event,
    Registration,
    Venue,
    VenueClosure,
)


class ClosureInline(admin.TabularInline):
    model = VenueClosure
    extra = 0


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
    list_display = ("__str__", "university", "capacity", "opens_at", "closes_at", "active")
    list_filter = ("active",)
    search_fields = ("name", "building", "university__name")
    inlines = [ClosureInline]


@admin.register(BookingRules)
class BookingRulesAdmin(admin.ModelAdmin):
    list_display = (
        "university",
        "book_ahead_working_days",
        "cancel_hours_before",
        "no_show_limit",
        "suspension_days",
    )


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "status", "organiser", "starts_at", "taken", "capacity")
    list_filter = ("kind", "status")
    search_fields = ("title", "organiser__name")
    date_hierarchy = "starts_at"
    # Places are taken and given back only through the booking services, never by hand.
    readonly_fields = ("taken", "decided_by", "decided_at", "created_by", "reminded_at", "no_shows_marked_at")
    raw_id_fields = ("organiser", "university", "venue")


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ("event", "status", "created_at", "checked_in_at", "no_show")
    list_filter = ("status", "no_show")
    search_fields = ("ticket_code", "event__title")
    raw_id_fields = ("event", "student", "checked_in_by")

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(BoothApplication)
class BoothApplicationAdmin(admin.ModelAdmin):
    list_display = ("fair", "company", "status", "booth_number")
    list_filter = ("status",)
    raw_id_fields = ("fair", "company")
