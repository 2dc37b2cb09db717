"""Short links: creating them with unguessable codes, following them, counting what they bring."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import cast
from urllib.parse import urlsplit

from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import is_platform_admin
from audit import services as audit
from campaigns.models import Campaign, CampaignOrganisation
from directory.models import Organisation
from events_server.errors import DomainError
from qr import attribution
from qr.models import LinkDailyCount, ShortLink

# 31 letters and digits without look-alikes (0/o, 1/l/i): 10 of them give about 50 bits.
ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 10
ATTACHMENT_KINDS = (
    Organisation.Kind.UNIVERSITY,
    Organisation.Kind.SME_DEPARTMENT,
    Organisation.Kind.EMPLOYMENT_DEPARTMENT,
)


class LinkError(DomainError):
    """A link that cannot be made or followed; ``status`` is the HTTP status to answer with."""

    code = "link"

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message, status=status)


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def is_code(text: str) -> bool:
    return len(text) == CODE_LENGTH and all(char in ALPHABET for char in text)


def validate_target(target: str, *, allow_offsite: bool) -> str:
    """A path on this site, or (only where allowed) an absolute http(s) address."""
    target = target.strip()
    parts = urlsplit(target)
    if len(target) > 500 or any(char in target for char in "\\\r\n\t "):
        raise LinkError(_("The target address is too long or contains spaces or backslashes."))
    if parts.scheme:
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LinkError(_("The target must be an http or https address."))
        if not allow_offsite:
            raise LinkError(_("This link may only point to a page of this site."))
        return target
    if not target.startswith("/") or target.startswith("//"):
        raise LinkError(_("The target must be a page of this site, starting with “/”."))
    return target


def create_link(
    campaign: Campaign,
    *,
    organisation: Organisation | None,
    purpose: str,
    label: str,
    target: str,
    allow_offsite: bool = False,
    created_by=None,
) -> ShortLink:
    """A new link with a fresh code (drawn again in the unlikely case it is taken)."""
    target = validate_target(target, allow_offsite=allow_offsite)
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return ShortLink.objects.create(
                    code=new_code(),
                    campaign=campaign,
                    organisation=organisation,
                    purpose=purpose,
                    label=label[:120],
                    target=target,
                    allow_offsite=allow_offsite,
                    created_by=created_by,
                )
        except IntegrityError:
            existing = ShortLink.objects.filter(
                campaign=campaign, organisation=organisation, purpose=purpose, target=target
            ).first()
            if existing:
                return existing
    raise LinkError(_("Could not draw a free link code; please try again."), status=503)


def link_for(
    campaign: Campaign, organisation: Organisation | None, purpose: str, target: str, label: str
) -> ShortLink:
    """The owner's link to ``target``, made on first use."""
    existing = ShortLink.objects.filter(
        campaign=campaign, organisation=organisation, purpose=purpose, target=target
    ).first()
    return existing or create_link(
        campaign,
        organisation=organisation,
        purpose=purpose,
        label=label,
        target=target,
        allow_offsite=purpose == ShortLink.Purpose.PARTNER_ZONE,
    )


def link_for_live_session(session) -> ShortLink:
    return link_for(
        session.campaign, session.company, ShortLink.Purpose.LIVE, f"/live/{session.pk}/", session.title
    )


def link_for_event(event, owner: Organisation) -> ShortLink:
    """``owner``'s own link to a campus session, visit or fair: each company's fair poster counts
    its own scans."""
    return link_for(event.campaign, owner, ShortLink.Purpose.EVENT, f"/events/{event.pk}/", event.title)


@dataclass(frozen=True)
class AttachmentSection:
    title: str
    links: list[ShortLink]


def attachment_links(campaign: Campaign) -> list[AttachmentSection]:
    """Attachment 1: the zone's link, each partner platform's zone, each university and department."""
    zone = link_for(campaign, None, ShortLink.Purpose.ZONE, "/", campaign.name)
    partners = [
        link_for(
            campaign,
            member.organisation,
            ShortLink.Purpose.PARTNER_ZONE,
            member.zone_url,
            member.organisation.name,
        )
        for member in campaign.memberships.filter(role=CampaignOrganisation.Role.PARTNER)
        .exclude(zone_url="")
        .select_related("organisation")
    ]
    organisations = Organisation.objects.filter(kind__in=ATTACHMENT_KINDS).order_by(
        "kind", "region_id", "name"
    )
    owned = organisation_zone_links(campaign, list(organisations))
    universities = [owned[o.pk] for o in organisations if o.kind == Organisation.Kind.UNIVERSITY]
    departments = [owned[o.pk] for o in organisations if o.kind != Organisation.Kind.UNIVERSITY]
    return [
        AttachmentSection(_("Campaign zone"), [zone]),
        AttachmentSection(_("Partner platforms"), partners),
        AttachmentSection(_("Universities"), universities),
        AttachmentSection(_("Departments"), departments),
    ]


def organisation_zone_links(campaign: Campaign, organisations: list[Organisation]) -> dict[int, ShortLink]:
    """Each organisation's own link to the zone, creating the missing ones in one go."""
    links = {
        cast(int, link.organisation_id): link  # organisation__in: never None here
        for link in ShortLink.objects.filter(
            campaign=campaign, purpose=ShortLink.Purpose.ZONE, target="/", organisation__in=organisations
        )
    }
    for organisation in organisations:
        if organisation.pk not in links:
            links[organisation.pk] = link_for(
                campaign, organisation, ShortLink.Purpose.ZONE, "/", organisation.name
            )
    return links


def resolve(code: str) -> ShortLink:
    """The active link behind ``code``; unknown codes are 404, disabled or expired ones 410."""
    link = ShortLink.objects.filter(code=code).first() if is_code(code) else None
    if link is None:
        raise LinkError(
            _("There is no link with this code. Check that it was copied completely."), status=404
        )
    if link.disabled_at is not None:
        raise LinkError(_("This link has been switched off by its owner."), status=410)
    if link.is_expired():
        raise LinkError(_("This link has expired."), status=410)
    return link


def follow(code: str, source: str) -> ShortLink:
    """Resolve a scanned or clicked link and count it under its source."""
    link = resolve(code)
    attribution.scanned(link.pk, source)
    return link


# Links worth a new code in the next campaign: zone links on portals and posters, partner zones,
# custom pages. Links to one live session or event belong to that session or event.
CARRIED_PURPOSES = (ShortLink.Purpose.ZONE, ShortLink.Purpose.PARTNER_ZONE, ShortLink.Purpose.CUSTOM)


def carry_over(source: Campaign, campaign: Campaign, actor: object, **_signal: object) -> dict[str, int]:
    """The next campaign gets ``source``'s zone, partner-zone and custom links with new codes (so
    scans count per campaign); a receiver of ``campaigns.signals.carried_over``."""
    now = timezone.now()
    links = [
        create_link(
            campaign,
            organisation=link.organisation,
            purpose=link.purpose,
            label=link.label,
            target=link.target,
            allow_offsite=link.allow_offsite,
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        for link in source.short_links.filter(purpose__in=CARRIED_PURPOSES, disabled_at=None)
        .select_related("organisation")
        .order_by("pk")
        if not link.is_expired(now)
    ]
    return {"links": len(links)}


def can_manage(user, link: ShortLink) -> bool:
    if not user.is_authenticated:
        return False
    if is_platform_admin(user):
        return True
    return link.organisation_id is not None and link.organisation_id == user.organisation_id


def set_state(link: ShortLink, *, actor, enabled: bool, expires_at: dt.datetime | None) -> ShortLink:
    """Switch a link on or off and set or clear its expiry; the change is audited."""
    if expires_at is not None and expires_at <= timezone.now():
        raise LinkError(_("The expiry must be in the future."))
    before = {"disabled": link.disabled_at is not None, "expires_at": str(link.expires_at or "")}
    link.disabled_at = None if enabled else (link.disabled_at or timezone.now())
    link.expires_at = expires_at
    link.save(update_fields=["disabled_at", "expires_at"])
    after = {"disabled": link.disabled_at is not None, "expires_at": str(link.expires_at or "")}
    audit.record("qr.link.changed", actor=actor, obj=link, before=before, after=after)
    return link


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    values: dict[str, int]

    @property
    def scans(self) -> int:
        return sum(v for k, v in self.values.items() if k.startswith("scan."))


def daily_table(link: ShortLink, days: int = 30) -> list[DayRow]:
    """One row per day for the last ``days`` days, every metric present (zeros included)."""
    today = timezone.localdate()
    first = today - dt.timedelta(days=days - 1)
    values: dict[dt.date, dict[str, int]] = {
        first + dt.timedelta(days=i): dict.fromkeys(LinkDailyCount.Metric.values, 0) for i in range(days)
    }
    for row in link.daily_counts.filter(day__gte=first, day__lte=today):
        values[row.day][row.metric] = row.count
    return [DayRow(day, counts) for day, counts in values.items()]


def totals(links: list[ShortLink]) -> dict[int, dict[str, int]]:
    """All-time totals per link and metric."""
    result: dict[int, dict[str, int]] = {
        link.pk: dict.fromkeys(LinkDailyCount.Metric.values, 0) for link in links
    }
    rows = (
        LinkDailyCount.objects.filter(link__in=links).values("link_id", "metric").annotate(total=Sum("count"))
    )
    for row in rows:
        result[row["link_id"]][row["metric"]] = row["total"]
    return result


@dataclass(frozen=True)
class FunnelStep:
    label: str
    count: int
    percent: int | None  # of the step before, None for the first or after a zero


def funnel(totals: dict[str, int]) -> list[FunnelStep]:
    """Scan → sign-up → live viewer → application → interview → offer → hire, from a link's
    totals (``totals``); each step with its share of the step before."""
    steps = [(str(_("Scans and clicks")), sum(v for k, v in totals.items() if k.startswith("scan.")))]
    labels = dict(LinkDailyCount.Metric.choices)
    steps += [(str(labels[metric]), totals.get(metric, 0)) for metric in attribution.FUNNEL]
    out, before = [], 0
    for number, (label, value) in enumerate(steps):
        percent = round(100 * value / before) if number and before else None
        out.append(FunnelStep(label, value, percent))
        before = value
    return out
