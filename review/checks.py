r"""Automatic findings on posting text: which rule, which phrase, and why.

Text is cut into clauses (at ，。；！？ and line breaks). A rule's pattern that
matches in a clause is a finding unless the rule's exception pattern also
matches in that clause ("男女不限", "不收取任何押金"): legitimate wording that
looks like the forbidden kind passes.

Rules are written by reviewers, so they run on RE2 (google-re2), whose time is
linear in the text whatever the pattern: no rule can freeze a process. RE2 has
no backreferences and no lookarounds; a group named ``ctx…`` plays the part of
a lookaround: it must match, but it is not part of the reported phrase
(``(?P<ctx1>^|[^上])下线提成`` reports "下线提成", not "x下线提成"). Python's
Unicode meaning of ``\d``, ``\s``, ``\w`` and ``\uXXXX`` escapes is kept (RE2 reads
them as ASCII); matching ignores case.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import re2

logger = logging.getLogger(__name__)

CLAUSE_RE = re.compile(r"[^，,。．；;！!？?\n]+")

# Python's Unicode classes, spelled for RE2: outside a [...] class, and inside one.
_OUTSIDE = {"d": r"\p{Nd}", "D": r"\P{Nd}", "s": r"[\s\v\p{Z}]", "S": r"[^\s\v\p{Z}]"}
_OUTSIDE |= {"w": r"[\p{L}\p{N}_]", "W": r"[^\p{L}\p{N}_]"}
_INSIDE = {"d": r"\p{Nd}", "D": r"\P{Nd}", "s": r"\s\v\p{Z}", "w": r"\p{L}\p{N}_"}


class PatternError(ValueError):
    """A pattern RE2 cannot run; ``str()`` is the engine's reason."""


def re2_syntax(pattern: str) -> str:
    r"""``pattern`` with Python's Unicode ``\d \s \w`` and ``\uXXXX`` spelled as RE2 reads them."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            table = _INSIDE if in_class else _OUTSIDE
            width = {"u": 4, "U": 8}.get(nxt, 0)
            digits = pattern[i + 2 : i + 2 + width]
            if width and len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
                out.append(f"\\x{{{digits}}}")
                i += 2 + width
                continue
            out.append(table.get(nxt, char + nxt))
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            i += 1
            # A ] right after [ or [^ is a literal, not the end of the class.
            for lead in ("^", "]"):
                if i < len(pattern) and pattern[i] == lead:
                    out.append(lead)
                    i += 1
            continue
        if char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return "".join(out)


def _options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    return options


@lru_cache(maxsize=512)
def compile_rule(pattern: str) -> Any:
    """The RE2 program for a rule's pattern; raises ``PatternError`` if RE2 cannot run it."""
    try:
        return re2.compile(re2_syntax(pattern), _options())
    except re2.error as error:
        reason = error.args[0] if error.args else ""
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(str(reason)) from None


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> Any | None:
    """The program, or None for an empty pattern or one RE2 cannot run (logged, then skipped)."""
    if not pattern:
        return None
    try:
        return compile_rule(pattern)
    except PatternError as error:
        logger.warning("screening rule pattern skipped, RE2 cannot run it (%s): %r", error, pattern)
        return None


def runs(pattern: str) -> bool:
    """Whether the checker runs this pattern (an empty one is "no exceptions", which runs)."""
    return not pattern or _compiled(pattern) is not None


def _phrase_span(regex: Any, match: Any) -> tuple[int, int]:
    """The match without its ``ctx…`` groups at either end."""
    start, end = match.span()
    for name, index in regex.groupindex.items():
        if not name.startswith("ctx") or match.start(index) < 0:
            continue
        group_start, group_end = match.span(index)
        if group_start == start:
            start = group_end
        elif group_end == end:
            end = group_start
    return start, end


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


@lru_cache(maxsize=32)
def _rule_set(patterns: tuple[str, ...]) -> tuple[Any | None, tuple[int, ...]]:
    """One RE2 set of the runnable patterns, which tells in one pass over a clause which rules
    match in it (each call into RE2 costs a few µs, so one per clause instead of one per rule),
    and the position in ``patterns`` of each pattern in the set. No set (every rule is tried)
    if RE2 cannot build one, e.g. past its memory budget."""
    owners = tuple(index for index, pattern in enumerate(patterns) if _compiled(pattern) is not None)
    regex_set = re2.Set.SearchSet(_options())
    try:
        for index in owners:
            regex_set.Add(re2_syntax(patterns[index]))
        regex_set.Compile()
    except re2.error:
        logger.warning("screening rules: no RE2 set for %d patterns; trying each rule", len(owners))
        return None, owners
    return regex_set, owners


def check_text(text: str, rules: Iterable[RuleSpec]) -> list[Finding]:
    """All findings in ``text``, in reading order, at most one per rule and clause."""
    findings: list[Finding] = []
    rules = list(rules)
    regex_set, owners = _rule_set(tuple(rule.pattern for rule in rules))
    for clause in CLAUSE_RE.finditer(text or ""):
        matching = regex_set.Match(clause.group()) if regex_set is not None else range(len(owners))
        for rule in (rules[owners[index]] for index in matching or ()):
            regex = _compiled(rule.pattern)
            if regex is None:  # a pattern RE2 cannot run is skipped (and logged), here as in the set
                continue
            match = regex.search(clause.group())
            if match is None:
                continue
            exception = _compiled(rule.exceptions)
            if exception is not None and exception.search(clause.group()):
                continue
            start, end = _phrase_span(regex, match)
            findings.append(
                Finding(
                    rule.code,
                    rule.family,
                    rule.kind,
                    clause.group()[start:end],
                    clause.start() + start,
                    clause.start() + end,
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
