"""The columns of Attachments 2 and 3, in one place, so the tables can follow the ministry's form.

The notice names the tables but not their columns; these follow what it says is counted. To
change a table, change the tuples below: the pages, the xlsx and the csv exports all read them.
``kind`` says how a cell is written: ``text`` and ``phone`` always as text (never a formula or a
number, so ``=1+1`` stays literal and a phone keeps its ``+`` and leading zeros), ``int`` as a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

Kind = Literal["text", "phone", "int"]


@dataclass(frozen=True)
class Column:
    key: str
    header: str | Promise
    kind: Kind = "text"
    width: int = 14


ATTACHMENT_2_TITLE = _("Attachment 2: campaign contacts")
ATTACHMENT_2: tuple[Column, ...] = (
    Column("number", _("No."), "int", 6),
    Column("unit_name", _("Unit"), "text", 30),
    Column("unit_kind", _("Kind of unit"), "text", 16),
    Column("region", _("Region"), "text", 14),
    Column("person", _("Contact person"), "text", 12),
    Column("title", _("Title"), "text", 14),
    Column("office_phone", _("Office phone"), "phone", 18),
    Column("mobile", _("Mobile"), "phone", 18),
    Column("email", _("E-mail"), "text", 26),
)

# The figures of Attachment 3, each reported for the week and cumulatively for the phase.
FIGURES: tuple[tuple[str, str | Promise], ...] = (
    ("companies", _("Participating companies")),
    ("postings", _("Postings published")),
    ("headcount", _("Head-count sought")),
    ("events_live", _("Live-streamed sessions")),
    ("events_online", _("Other online events")),
    ("events_campus", _("Campus recruiting sessions")),
    ("events_visit", _("Company visits")),
    ("events_fair", _("Special fairs")),
    ("viewers_peak", _("Live viewers, peak")),
    ("viewers_unique", _("Live viewers, unique")),
    ("applications", _("Applications")),
    ("interviews", _("Interviews")),
    ("offers", _("Offers")),
    ("hires", _("Hires")),
    ("intern_places", _("Intern places under way")),
    ("intern_nights", _("Intern accommodation nights used")),
)
FIGURE_KEYS = tuple(key for key, _label in FIGURES)

ATTACHMENT_3_TITLE = _("Attachment 3: weekly recruitment statistics")
ATTACHMENT_3_LEAD: tuple[Column, ...] = (
    Column("number", _("No."), "int", 6),
    Column("unit_name", _("Unit"), "text", 30),
    Column("region", _("Region"), "text", 14),
    Column("period", _("Week"), "text", 24),
    Column("phase", _("Phase"), "text", 12),
)
ATTACHMENT_3_TAIL: tuple[Column, ...] = (
    Column("status", _("Status"), "text", 10),
    Column("filed_at", _("Filed"), "text", 18),
    Column("remarks", _("Remarks"), "text", 40),
)


def attachment_3_columns() -> tuple[Column, ...]:
    """Lead columns, then each figure for the week and for the phase so far, then filing columns."""
    figures = []
    for key, label in FIGURES:
        figures.append(Column(f"week.{key}", _("%(figure)s, this week") % {"figure": label}, "int", 12))
        figures.append(
            Column(f"cumulative.{key}", _("%(figure)s, phase to date") % {"figure": label}, "int", 12)
        )
    return (*ATTACHMENT_3_LEAD, *figures, *ATTACHMENT_3_TAIL)


def partner_reported(figures: dict[str, Any]) -> set[str]:
    """The figures a partner platform reported itself (see reports.services.figures)."""
    return set(figures.get("partner_reported") or {})


def figure_rows(figures: dict[str, Any]) -> list[tuple[Any, int | None, int | None]]:
    """(label, this week, phase to date) per figure, partner-reported ones marked, and the
    partner's own registrations (which have no figure of their own) last."""
    marked = partner_reported(figures)
    rows: list[tuple[Any, int | None, int | None]] = []
    for key, label in FIGURES:
        if key in marked:
            label = _("%(figure)s (incl. partner-reported)") % {"figure": label}
        rows.append((label, figures["week"].get(key), figures["cumulative"].get(key)))
    if "registrations" in figures:
        registrations = figures["registrations"]
        rows.append(
            (
                _("Registrations on the partner's site (partner-reported)"),
                registrations.get("week"),
                registrations.get("cumulative"),
            )
        )
    return rows


def partner_remark(figures: dict[str, Any]) -> str:
    """A note for exports: which figures the partner reported, and its registrations."""
    marked = partner_reported(figures)
    if not marked:
        return ""
    labels = [str(label) for key, label in FIGURES if key in marked]
    registrations = figures.get("registrations") or {}
    return str(
        _("Partner-reported: %(figures)s; registrations %(week)s this week, %(total)s phase to date.")
        % {
            "figures": ", ".join(labels),
            "week": registrations.get("week", 0),
            "total": registrations.get("cumulative", 0),
        }
    )
