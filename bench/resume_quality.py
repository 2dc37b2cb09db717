"""Precision and recall of the resume diagnosis per check, on the labelled synthetic set.

    python bench/resume_quality.py [-v] [path/to/resumes.jsonl]

Without a path it scores every set: the development set (resumes.jsonl: the rules were
adjusted while looking at its errors, so its figures are optimistic), the held-out set
(resumes_holdout.jsonl: written after the rules were frozen, then used to tune the quantity and
weak-verb rules, so it is no longer blind either) and the blind set (resumes_blind.jsonl: written
by hand without seeing the rules; its first run is frozen in docs/careers.md, then its misses were
read and their causes fixed, so it is no longer blind either) and the second blind set
(resumes_blind2.jsonl: the same story, its first run frozen in docs/careers.md before its misses
were fixed), and the third development set (resumes_dev3.jsonl: written to make the section and
keyword rules generalise, then used to tune them; its first run is in docs/careers.md), and the
third blind set (resumes_blind3.jsonl: its first run frozen in docs/careers.md, then its misses
were read and their causes fixed, so it is no longer blind either), and the fourth blind set
(resumes_blind4.jsonl, resumes_blind5.jsonl and resumes_blind6.jsonl: the same story), and the
fourth development set (resumes_dev4.jsonl: text as extracted from PDFs and DOCX, fields beyond
tech, HR-style postings; its first run is in docs/careers.md, then it was used to tune the rules),
and the seventh blind set (resumes_blind7a.jsonl and resumes_blind7b.jsonl: its first run recorded,
then its keyword misses were read and their causes fixed, so it is no longer blind either), and
the eighth, ninth and tenth blind sets (resumes_blind8a/8b.jsonl, resumes_blind9a/9b.jsonl,
resumes_blind10a/10b.jsonl: the same story).
Pass a path to score a set written after the rules.

Each finding is a (resume, check, item) triple; a found triple that the labels list is a true
positive. Prints a table, the time per resume (after jieba's dictionary is loaded; the load is
printed apart) and the machine. Runs without Django or a database.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._machine import describe_machine  # noqa: E402
from careers.diagnosis import Check, ResumeInput, by_check, diagnose  # noqa: E402
from careers.keywords import load_jieba, load_posseg  # noqa: E402

DATA = ROOT / "careers" / "tests" / "data" / "resumes.jsonl"
HOLDOUT = ROOT / "careers" / "tests" / "data" / "resumes_holdout.jsonl"
BLIND = ROOT / "careers" / "tests" / "data" / "resumes_blind.jsonl"
BLIND2 = ROOT / "careers" / "tests" / "data" / "resumes_blind2.jsonl"
DEV3 = ROOT / "careers" / "tests" / "data" / "resumes_dev3.jsonl"
BLIND3 = ROOT / "careers" / "tests" / "data" / "resumes_blind3.jsonl"
BLIND4 = ROOT / "careers" / "tests" / "data" / "resumes_blind4.jsonl"
BLIND5 = ROOT / "careers" / "tests" / "data" / "resumes_blind5.jsonl"
BLIND6 = ROOT / "careers" / "tests" / "data" / "resumes_blind6.jsonl"
DEV4 = ROOT / "careers" / "tests" / "data" / "resumes_dev4.jsonl"
BLIND7A = ROOT / "careers" / "tests" / "data" / "resumes_blind7a.jsonl"
BLIND7B = ROOT / "careers" / "tests" / "data" / "resumes_blind7b.jsonl"
BLIND8A = ROOT / "careers" / "tests" / "data" / "resumes_blind8a.jsonl"
BLIND8B = ROOT / "careers" / "tests" / "data" / "resumes_blind8b.jsonl"
BLIND9A = ROOT / "careers" / "tests" / "data" / "resumes_blind9a.jsonl"
BLIND9B = ROOT / "careers" / "tests" / "data" / "resumes_blind9b.jsonl"
BLIND10A = ROOT / "careers" / "tests" / "data" / "resumes_blind10a.jsonl"
BLIND10B = ROOT / "careers" / "tests" / "data" / "resumes_blind10b.jsonl"
# Every labelled set, scored when no path is given; careers/tests/test_diagnosis_quality.py holds
# each at its floor and fails when one here has none.
SETS = (
    DATA,
    HOLDOUT,
    BLIND,
    BLIND2,
    DEV3,
    BLIND3,
    BLIND4,
    BLIND5,
    BLIND6,
    DEV4,
    BLIND7A,
    BLIND7B,
    BLIND8A,
    BLIND8B,
    BLIND9A,
    BLIND9B,
    BLIND10A,
    BLIND10B,
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(rows: list[dict]) -> tuple[dict[str, Score], float, list[str]]:
    scores = {str(c): Score() for c in Check}
    errors: list[str] = []
    started = time.perf_counter()
    for row in rows:
        found = by_check(
            diagnose(
                ResumeInput(row["text"], row.get("pages"), row.get("photo", False), row.get("posting") or "")
            )
        )
        for check, score in scores.items():
            got, want = set(found[check]), set(row["expected"].get(check, []))
            score.tp += len(got & want)
            score.fp += len(got - want)
            score.fn += len(want - got)
            for item in sorted(got - want):
                errors.append(f"{row['id']} {check}: false positive {item}")
            for item in sorted(want - got):
                errors.append(f"{row['id']} {check}: missed {item}")
    per_resume = (time.perf_counter() - started) / max(1, len(rows))
    return scores, per_resume, errors


def report(path: Path, verbose: bool) -> None:
    rows = load(path)
    scores, per_resume, errors = evaluate(rows)
    print(f"{len(rows)} labelled resumes ({path.relative_to(ROOT) if path.is_relative_to(ROOT) else path})")
    print(f"{'check':<12} {'labelled':>8} {'found':>6} {'precision':>10} {'recall':>8}")
    for check, s in scores.items():
        print(f"{check:<12} {s.tp + s.fn:>8} {s.tp + s.fp:>6} {s.precision:>10.1%} {s.recall:>8.1%}")
    print(f"time per resume: {per_resume * 1000:.2f} ms")
    if verbose:
        print("\n".join(errors))
    print()


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    started = time.perf_counter()
    load_jieba().lcut("预热分词词典")
    list(load_posseg().cut("预热词性标注"))
    print(f"jieba dictionary and tagger load (once per process): {time.perf_counter() - started:.2f} s\n")
    for path in [Path(a) for a in args] or SETS:
        report(path, "-v" in sys.argv)
    print(f"machine: {describe_machine()}")


if __name__ == "__main__":
    main()
