"""The official Chinese working-day calendar, year by year: statutory holidays (days off, even on a
weekday) and adjusted working days (调休, worked even on a weekend). A year without a row here is
counted on weekdays and every date derived from it is provisional (see ``workcalendar.services.days``)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class CalendarYear(models.Model):
    """One year whose official schedule the platform knows; its number is the key."""

    class Source(models.TextChoices):
        PACKAGE = "package", _("Seeded from chinese-calendar")
        ENTERED = "entered", _("Entered from the State Council notice")

    year = models.PositiveSmallIntegerField(_("year"), primary_key=True)
    notice = models.CharField(
        _("notice number"), max_length=80, blank=True, help_text=_("e.g. 国办发明电〔2026〕7号")
    )
    source = models.CharField(_("source"), max_length=8, choices=Source.choices)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    entered_at = models.DateTimeField(_("entered"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("calendar year")
        verbose_name_plural = _("calendar years")
        constraints = [
            models.CheckConstraint(condition=Q(year__gte=2000, year__lte=2100), name="calendar_year_in_range")
        ]

    def __str__(self) -> str:
        return str(self.year)


class CalendarDay(models.Model):
    """A date that differs from the plain weekday rule: a holiday, or an adjusted working day."""

    class Kind(models.TextChoices):
        HOLIDAY = "holiday", _("Holiday")
        WORKING = "working", _("Adjusted working day")

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=60, help_text=_("e.g. 国庆节"))
    year = models.ForeignKey(CalendarYear, on_delete=models.CASCADE, related_name="days")

    class Meta:
        ordering = ["date"]
        verbose_name = _("calendar day")
        verbose_name_plural = _("calendar days")
        constraints = [
            models.CheckConstraint(condition=Q(date__year=F("year")), name="calendar_day_in_its_year"),
            models.CheckConstraint(
                condition=Q(kind__in=["holiday", "working"]), name="calendar_day_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date.isoformat()} {self.get_kind_display()} {self.name}"
