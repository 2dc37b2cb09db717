"""Automatic findings on posting text: which rule, which phrase, and why.

Text is cut into clauses (at ，。；！？ and line breaks). A rule's pattern that
matches in a clause is a finding unless the rule's exception pattern also
matches in that clause ("男女不限", "不收取任何押金"): legitimate wording that
looks like the forbidden kind passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

CLAUSE_RE = re.compile(r"[^，,。．；;！!？?\n]+")


@dataclass(frozen=True)
class RuleSpec:
    code: str
    family: str
    kind: str
    pattern: str
    exceptions: str
    explanation: str
    legal_basis: str = ""


@dataclass(frozen=True)
class Finding:
    rule: str
    family: str
    kind: str
    phrase: str
    start: int
    end: int
    explanation: str
    legal_basis: str

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "family": self.family,
            "kind": self.kind,
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "explanation": self.explanation,
            "legal_basis": self.legal_basis,
        }


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def check_text(text: str, rules: Iterable[RuleSpec]) -> list[Finding]:
    """All findings in ``text``, in reading order, at most one per rule and clause."""
    findings: list[Finding] = []
    rules = list(rules)
    for clause in CLAUSE_RE.finditer(text or ""):
        for rule in rules:
            match = _compiled(rule.pattern).search(clause.group())  # type: ignore[union-attr]
            if match is None:
                continue
            exception = _compiled(rule.exceptions)
            if exception is not None and exception.search(clause.group()):
                continue
            start = clause.start() + match.start()
            findings.append(
                Finding(
                    rule.code,
                    rule.family,
                    rule.kind,
                    match.group(),
                    start,
                    clause.start() + match.end(),
                    rule.explanation,
                    rule.legal_basis,
                )
            )
    return sorted(findings, key=lambda f: (f.start, f.rule))


@dataclass(frozen=True)
class Segment:
    text: str
    finding: Finding | None = None


def highlight(text: str, findings: list[Finding]) -> list[Segment]:
    """The text cut into plain and flagged pieces, for rendering with <mark>."""
    segments: list[Segment] = []
    position = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < position:
            continue  # overlaps a phrase already marked
        if finding.start > position:
            segments.append(Segment(text[position : finding.start]))
        segments.append(Segment(text[finding.start : finding.end], finding))
        position = finding.end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments
