"""Sent inside the transaction that enters a year, after its days are written.

Receivers (apps that persist or show dates derived from the calendar) get ``year``, ``before`` and
``after`` (two ``workcalendar.services.days.Calendar``) and ``actor``; they recompute what moved,
notify its owners (``notifications.services.notify`` mails after the commit) and return a short summary
``{"label": count}`` that goes into the audit entry."""

from django.dispatch import Signal

official_year_entered = Signal()
