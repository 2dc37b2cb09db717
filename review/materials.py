"""On-site materials (posters, booth copy for fairs) go through the reviewers' queue before they
are shown: the first request for a poster or a booth text submits it; a reviewer of the owner's
region approves or rejects it with a reason; only approved text is printed or displayed."""

from __future__ import annotations

import hashlib

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from audit.services import record
from events_server.errors import Conflict, DomainError
from notifications.services import notify_members
from review.checks import check_text
from review.models import Material
from review.services import REASON_MAX, _region_scope, active_rules, check_reason_length, scoped_get


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def submit(kind: str, subject: str, organisation, text: str) -> Material:
    """The material for exactly this text, submitting it (with its findings) the first time."""
    text_hash = digest(text)
    found = Material.objects.filter(kind=kind, subject=subject, text_hash=text_hash).first()
    if found:
        return found
    findings = [vars(f) for f in check_text(text, active_rules())]
    try:
        with transaction.atomic():
            return Material.objects.create(
                kind=kind,
                subject=subject,
                organisation=organisation,
                text=text,
                text_hash=text_hash,
                findings=findings,
            )
    except IntegrityError:  # submitted by a concurrent request
        return Material.objects.get(kind=kind, subject=subject, text_hash=text_hash)


def approved_subjects(kind: str, texts: dict[str, str]) -> set[str]:
    """Of ``texts`` (subject → text), the subjects whose exact text is approved: one query."""
    wanted = {subject: digest(text) for subject, text in texts.items()}
    rows = Material.objects.filter(
        kind=kind, subject__in=wanted, status=Material.Status.APPROVED
    ).values_list("subject", "text_hash")
    return {subject for subject, text_hash in rows if wanted[subject] == text_hash}


def pending_for(user: User) -> QuerySet[Material]:
    return Material.objects.filter(
        _region_scope(user, "organisation__region"), status=Material.Status.PENDING
    ).select_related("organisation")


def access(user: User, material_id: int) -> Material:
    return scoped_get(
        Material.objects.select_related("organisation"), user, "organisation__region", material_id
    )


@transaction.atomic
def decide(user: User, material_id: int, *, approve: bool, reason: str = "") -> Material:
    material = access(user, material_id)
    material = Material.objects.select_for_update().get(pk=material.pk)
    reason = reason.strip()
    if material.status != Material.Status.PENDING:
        raise Conflict(_("This material has already been decided."))
    if not approve and not reason:
        raise DomainError(_("Give a reason for the rejection."), field="reason")
    if approve and material.findings and not reason:
        raise DomainError(
            _("The automatic check found problems: give a reason to approve anyway."), field="reason"
        )
    check_reason_length(reason, limit=Material._meta.get_field("reason").max_length or REASON_MAX)
    material.status = Material.Status.APPROVED if approve else Material.Status.REJECTED
    material.reason, material.decided_by, material.decided_at = reason, user, timezone.now()
    material.save(update_fields=["status", "reason", "decided_by", "decided_at"])
    region = material.organisation.region.province_code if material.organisation.region else ""
    record(
        f"review.material.{material.status}",
        actor=user,
        obj=material,
        after={"status": material.status},
        reason=reason,
        region_code=region,
    )
    tell_owner(material)
    return material


def tell_owner(material: Material) -> None:
    if material.status == Material.Status.APPROVED:
        title = _("Approved: %(kind)s") % {"kind": material.get_kind_display()}
        body = material.text[:200]
    else:
        title = _("Not approved: %(kind)s") % {"kind": material.get_kind_display()}
        body = _("Reason: %s") % material.reason
    kind = (
        "review.material.approved"
        if material.status == Material.Status.APPROVED
        else "review.material.declined"
    )
    notify_members(material.organisation, kind, title, body)
