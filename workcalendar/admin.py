"""Read-only views of the calendar: a year is entered or corrected on /working-calendar/, which
validates it, audits it and recomputes the dates derived from it."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from workcalendar.models import CalendarDay, CalendarYear


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class DayInline(admin.TabularInline):
    model = CalendarDay
    fields = ("date", "kind", "name")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(CalendarYear)
class CalendarYearAdmin(ReadOnly):
    list_display = ("year", "source", "notice", "entered_by", "entered_at")
    list_filter = ("source",)
    inlines = [DayInline]


@admin.register(CalendarDay)
class CalendarDayAdmin(ReadOnly):
    list_display = ("date", "kind", "name", "year")
    list_filter = ("kind", "year")
    date_hierarchy = "date"
