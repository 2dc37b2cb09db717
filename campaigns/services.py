"""Which campaign is current, which phase a moment belongs to, and opening the next campaign.

``current_campaign()`` is the one owner of "which campaign does a new posting, session or event
belong to": job, live-session and booking services all ask it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import cast

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit import services as audit
from campaigns.models import Campaign, CampaignOrganisation, Phase
from campaigns.signals import carried_over
from directory.models import Organisation
from events_server.errors import DomainError


def _span(campaign: Campaign) -> tuple[dt.date, dt.date] | None:
    phases = list(campaign.phases.all())
    if not phases:
        return None
    return min(p.starts_on for p in phases), max(p.ends_on for p in phases)


def current_campaign(day: dt.date | None = None) -> Campaign | None:
    """CAMPAIGN_SLUG's campaign if set; else the one with a phase containing ``day`` (today in
    Asia/Shanghai), else the next to start, else the most recent to end (campaigns without
    phases come last, newest slug first)."""
    return pick_current(list(Campaign.objects.prefetch_related("phases")), day)


def pick_current(campaigns: list[Campaign], day: dt.date | None = None) -> Campaign | None:
    """``current_campaign``'s rule applied to campaigns already loaded with their phases."""
    if settings.CAMPAIGN_SLUG:
        return next((c for c in campaigns if c.slug == settings.CAMPAIGN_SLUG), None)
    day = day or timezone.localdate()
    dated = [(c, span) for c in campaigns if (span := _span(c)) is not None]
    running = [c for c, _span_ in dated if c.phase_on(day) is not None]
    if running:
        return running[0]
    upcoming = [(span[0], c) for c, span in dated if span[0] > day]
    if upcoming:
        return min(upcoming, key=lambda row: row[0])[1]
    if dated:
        return max(dated, key=lambda row: row[1][1])[0]
    return campaigns[0] if campaigns else None


def campaign_state(campaign: Campaign, day: dt.date | None = None) -> str:
    """``running``, ``between`` (phases), ``upcoming`` or ``ended`` on ``day``."""
    day = day or timezone.localdate()
    span = _span(campaign)
    if span is None or span[0] > day:
        return "upcoming"
    if span[1] < day:
        return "ended"
    return "running" if campaign.phase_on(day) else "between"


def campaign_choice(slug: str | None) -> tuple[Campaign | None, list[Campaign]]:
    """The campaign named by ``slug`` (the current one when no slug is given) and every campaign
    to choose from, in two queries. An unknown slug is a DomainError: a page that filters by
    campaign says so rather than showing another campaign's figures."""
    campaigns = list(Campaign.objects.prefetch_related("phases"))
    if not slug:
        return pick_current(campaigns), campaigns
    campaign = next((c for c in campaigns if c.slug == slug), None)
    if campaign is None:
        raise DomainError(_("There is no campaign “%(slug)s”.") % {"slug": slug[:50]}, field="campaign")
    return campaign, campaigns


def phase_by_number(campaign: Campaign, number: str | None) -> Phase | None:
    """The campaign's phase ``number`` (as given in a query string), None when not given."""
    if not number:
        return None
    phase = next((p for p in campaign.phases.all() if str(p.number) == str(number).strip()), None)
    if phase is None:
        raise DomainError(_("There is no such phase."), field="phase")
    return phase


def next_phase(campaign: Campaign, day: dt.date | None = None) -> Phase | None:
    """The first phase starting after ``day`` (Shanghai date), if any."""
    day = day or timezone.localdate()
    return next((p for p in campaign.phases.all() if p.starts_on > day), None)


def phase_at(campaign: Campaign, moment: dt.datetime | dt.date | None = None) -> Phase | None:
    """The phase of ``campaign`` at a moment (local date in Asia/Shanghai)."""
    if moment is None:
        moment = timezone.now()
    day = timezone.localdate(moment) if isinstance(moment, dt.datetime) else moment
    return campaign.phase_on(day)


# Opening the next campaign ------------------------------------------------------------------


@dataclass(frozen=True)
class PhaseDraft:
    name: str
    starts_on: dt.date
    ends_on: dt.date


@dataclass(frozen=True)
class CampaignDraft:
    slug: str
    name: str
    theme: str
    notice_reference: str
    summary: str
    phases: list[PhaseDraft]


def check_phases(phases: list[PhaseDraft], *, exclude: Campaign | None = None) -> None:
    """At least one phase; each ends on or after its first day; in order, not overlapping each
    other nor any other campaign's phases (so a day belongs to one campaign)."""
    if not phases:
        raise DomainError(_("Give the campaign at least one phase."), field="phases")
    for number, phase in enumerate(phases, start=1):
        if phase.ends_on < phase.starts_on:
            raise DomainError(_("Phase %(n)d ends before it starts.") % {"n": number}, field="phases")
    for number, (before, after) in enumerate(itertools.pairwise(phases), start=2):
        if after.starts_on <= before.ends_on:
            raise DomainError(
                _("Phase %(n)d must start after phase %(m)d ends (phases are in order and do not overlap).")
                % {"n": number, "m": number - 1},
                field="phases",
            )
    others = Phase.objects.select_related("campaign")
    if exclude is not None:
        others = others.exclude(campaign=exclude)
    for phase in phases:
        clash = others.filter(starts_on__lte=phase.ends_on, ends_on__gte=phase.starts_on).first()
        if clash is not None:
            raise DomainError(
                _("“%(phase)s” overlaps %(other)s of %(campaign)s.")
                % {"phase": phase.name, "other": clash.name, "campaign": clash.campaign.name},
                field="phases",
            )


def check_campaign(draft: CampaignDraft) -> None:
    if Campaign.objects.filter(slug=draft.slug).exists():
        raise DomainError(_("A campaign with this slug already exists."), field="slug")
    check_phases(draft.phases)


@transaction.atomic
def create_next_campaign(
    draft: CampaignDraft, *, actor: object, carry_over_from: Campaign | None = None
) -> Campaign:
    """Open a campaign with its phases; from ``carry_over_from`` copy its organisations (roles,
    zone links, positions), its zone, partner-zone and custom links with new codes (so scans
    count per campaign) and its Attachment 2 contacts as a starting point to be confirmed."""
    check_campaign(draft)
    try:
        with transaction.atomic():
            campaign = Campaign.objects.create(
                slug=draft.slug,
                name=draft.name,
                theme=draft.theme,
                notice_reference=draft.notice_reference,
                summary=draft.summary,
            )
    except IntegrityError:  # the same slug submitted twice at once
        raise DomainError(_("A campaign with this slug already exists."), field="slug") from None
    Phase.objects.bulk_create(
        Phase(campaign=campaign, number=n, name=p.name, starts_on=p.starts_on, ends_on=p.ends_on)
        for n, p in enumerate(draft.phases, start=1)
    )
    carried = {"organisations": 0, "links": 0, "contacts": 0}
    if carry_over_from is not None:  # a DomainError on the way (no free link code) saves nothing
        carried |= _carry_over(carry_over_from, campaign, actor)
    audit.record(
        "campaigns.campaign.created",
        actor=actor,
        obj=campaign,
        after={
            "slug": campaign.slug,
            "phases": [[p.name, p.starts_on.isoformat(), p.ends_on.isoformat()] for p in draft.phases],
            "carried_over_from": carry_over_from.slug if carry_over_from else "",
            **carried,
        },
    )
    return campaign


def _carry_over(source: Campaign, campaign: Campaign, actor: object) -> dict[str, int]:
    members = CampaignOrganisation.objects.bulk_create(
        CampaignOrganisation(
            campaign=campaign,
            organisation_id=m.organisation_id,
            role=m.role,
            zone_url=m.zone_url,
            position=m.position,
        )
        for m in source.memberships.all()
    )
    carried = {"organisations": len(members)}
    for _receiver, counts in carried_over.send(Campaign, source=source, campaign=campaign, actor=actor):
        carried |= cast("dict[str, int]", counts)  # each receiver returns its counts
    return carried


# Hosts, organisers, partners and participants ------------------------------------------------


def add_member(
    campaign: Campaign, organisation: Organisation, role: str, *, actor: object, zone_url: str = ""
) -> CampaignOrganisation:
    """Name ``organisation`` a host, organiser, partner or participant of ``campaign`` (audited)."""
    if role not in CampaignOrganisation.Role.values:
        raise DomainError(_("Choose a role."), field="role")
    if role == CampaignOrganisation.Role.PARTNER and organisation.kind != Organisation.Kind.PARTNER_PLATFORM:
        raise DomainError(_("Only a partner recruitment platform can be a partner."), field="organisation")
    with transaction.atomic():
        position = campaign.memberships.filter(role=role).count()
        member, created = CampaignOrganisation.objects.get_or_create(
            campaign=campaign,
            organisation=organisation,
            role=role,
            defaults={"zone_url": zone_url, "position": position},
        )
        if not created:
            raise DomainError(_("%(name)s already has this role.") % {"name": organisation.name})
        audit.record(
            "campaigns.member.added",
            actor=actor,
            obj=campaign,
            after={"organisation": organisation.pk, "role": role, "zone_url": zone_url},
        )
    return member


def remove_member(member: CampaignOrganisation, *, actor: object) -> None:
    with transaction.atomic():
        audit.record(
            "campaigns.member.removed",
            actor=actor,
            obj=member.campaign,
            before={"organisation": member.organisation_id, "role": member.role, "zone_url": member.zone_url},
        )
        member.delete()
