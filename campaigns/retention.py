"""Retention of ended campaigns: ``CAMPAIGN_RETENTION_DAYS`` after a campaign's last phase has
ended, what its people wrote or sent is anonymised and the statistics stay.

Each app says what it keeps per campaign in its ``personal_data.py``
(``privacy.erasure.register_campaign_eraser``), with the same functions the deletion of an account
uses: application notes and resume copies (files destroyed), the applicants' conversations, offer
terms, interview reasons and notes, live-room chat and questions, the career offices' contacts
(Attachment 2). Applications, offers, interviews, registrations stay as anonymous rows, so the
filed weekly returns (Attachment 3) never change. The audit log's entries older than the period
get their contacts (names, phone numbers, e-mail addresses) replaced by keyed pseudonyms.

Idempotent: every step changes only what is not anonymous yet, so a second run reports zeros.
Run daily by the schedule (``campaigns.apps``) and by ``manage.py anonymise_ended_campaigns``
(deploy/systemd/events-retention.timer for sites that prefer a timer).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from audit.models import AuditEntry
from campaigns.models import Campaign
from privacy import erasure

#: Keys of the audit log's before/after data that hold a person's name or contacts.
CONTACT_KEYS = frozenset(
    {"person", "full_name", "name_of_person", "contact", "phone", "mobile", "office_phone", "email"}
)
PHONE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class Report:
    cutoff: dt.date
    campaigns: dict[str, dict[str, int]] = field(default_factory=dict)
    audit_entries: int = 0

    @property
    def changed(self) -> int:
        return sum(sum(c.values()) for c in self.campaigns.values()) + self.audit_entries


def ended_before(day: dt.date):
    """Campaigns whose last phase ended before ``day`` (campaigns without phases never end)."""
    return (
        Campaign.objects.annotate(last_day=Max("phases__ends_on")).filter(last_day__lt=day).order_by("slug")
    )


def _pseudonymise_text(text: str) -> str:
    text = EMAIL.sub(lambda m: erasure.pseudonym(m.group()), text)
    return PHONE.sub(lambda m: erasure.pseudonym(m.group()), text)


def _pseudonymise(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _pseudonymise(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_pseudonymise(v, key) for v in value]
    if isinstance(value, str) and value:
        return erasure.pseudonym(value) if key in CONTACT_KEYS else _pseudonymise_text(value)
    return value


def pseudonymise_audit(before: dt.datetime) -> int:
    """Entries written before ``before``: contacts in their data (names under contact keys; phone
    numbers and e-mail addresses anywhere, reasons and object names too) and the names of
    Attachment 2 contacts in their object names become pseudonyms. Returns how many entries changed."""
    changed = 0
    for entry in AuditEntry.objects.filter(at__lt=before).iterator():
        data = {"before": _pseudonymise(entry.before), "after": _pseudonymise(entry.after)}
        reason = _pseudonymise_text(entry.reason)
        repr_ = _pseudonymise_text(entry.object_repr)
        if entry.object_type == "reports.contact" and " · " in repr_:
            unit, person = repr_.rsplit(" · ", 1)
            repr_ = f"{unit} · {erasure.pseudonym(person)}"
        if (data["before"], data["after"], reason, repr_) != (
            entry.before, entry.after, entry.reason, entry.object_repr
        ):  # fmt: skip
            AuditEntry.objects.filter(pk=entry.pk).update(object_repr=repr_[:200], reason=reason, **data)
            changed += 1
    return changed


class _DryRun(Exception):
    pass


def anonymise_ended_campaigns(*, dry_run: bool = False, now: dt.datetime | None = None) -> Report:
    """Anonymise every campaign ended more than ``CAMPAIGN_RETENTION_DAYS`` ago, and the audit
    entries older than that. A dry run does everything in a transaction it rolls back and keeps
    the files: the counts are what a real run would change."""
    now = now or timezone.now()
    days = settings.CAMPAIGN_RETENTION_DAYS
    report = Report(cutoff=timezone.localdate(now) - dt.timedelta(days=days))
    token = erasure.keep_files.set(dry_run)
    try:
        with transaction.atomic():
            for campaign in ended_before(report.cutoff):
                report.campaigns[campaign.slug] = {
                    f"{name}.{what}": n
                    for name, eraser in erasure.campaign_erasers()
                    for what, n in eraser(campaign).items()
                }
            report.audit_entries = pseudonymise_audit(now - dt.timedelta(days=days))
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    finally:
        erasure.keep_files.reset(token)
    return report
