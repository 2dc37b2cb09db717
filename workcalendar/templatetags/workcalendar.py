"""``{{ due|working_date }}``: a date derived from the working-day calendar, with its provisional
mark when the year's official schedule is not on the platform yet."""

from __future__ import annotations

from django import template
from django.utils.html import format_html

from workcalendar.services.days import WorkingDate

register = template.Library()


@register.filter
def working_date(value: WorkingDate) -> str:
    if not isinstance(value, WorkingDate):
        raise TypeError(f"working_date needs a WorkingDate, got {type(value).__name__}")
    if not value.provisional:
        return format_html('<time datetime="{0}">{0}</time>', value.isoformat())
    return format_html(
        '<time datetime="{0}">{0}</time> <span class="badge state-provisional" data-provisional>{1}</span>',
        value.isoformat(),
        value.provisional_note,
    )
