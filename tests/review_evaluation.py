"""Precision and recall of the screening rules on a labelled set of phrases.

The set (``tests/data/review_phrases.tsv``) has one phrase a line with its label:
a rule family for discriminatory or fraudulent phrases, ``ok`` for legitimate
look-alikes. A phrase counts as flagged when any rule finds something in it;
a flagged positive counts as caught only if a rule of its own family fired.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from review.checks import RuleSpec, check_text
from review.seed_rules import RULES

LABELLED_SET = Path(__file__).resolve().parent / "data" / "review_phrases.tsv"


def shipped_rules() -> list[RuleSpec]:
    return [RuleSpec(**{k: r[k] for k in RuleSpec.__dataclass_fields__ if k in r}) for r in RULES]


@dataclass
class Quality:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        positives = self.true_positive + self.false_negative
        return self.true_positive / positives if positives else 1.0


def read_labelled_set(path: Path = LABELLED_SET) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [(row["label"], row["text"]) for row in csv.DictReader(handle, delimiter="\t")]


def evaluate(rows: Iterable[tuple[str, str]], rules: list[RuleSpec]) -> Quality:
    quality = Quality()
    for label, text in rows:
        families = {finding.family for finding in check_text(text, rules)}
        if label == "ok":
            if families:
                quality.false_positive += 1
                quality.false_alarms.append((text, ",".join(sorted(families))))
            else:
                quality.true_negative += 1
        elif label in families:
            quality.true_positive += 1
        else:
            quality.false_negative += 1
            quality.misses.append((label, text))
            if families:  # flagged, but for the wrong reason
                quality.false_positive += 1
    return quality
