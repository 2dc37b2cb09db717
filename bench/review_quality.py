"""Quality of the shipped screening rules on the labelled phrase set.

Targets: recall >= 95 %, precision >= 90 %.

.venv/bin/python bench/review_quality.py
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from bench._machine import describe_machine
    from review.checks import check_text
    from tests.review_evaluation import evaluate, read_labelled_set, shipped_rules

    rows = read_labelled_set()
    rules = shipped_rules()
    quality = evaluate(rows, rules)
    labels = Counter(label for label, _ in rows)
    print(
        f"labelled set: {len(rows)} phrases, {len(rows) - labels['ok']} positive "
        f"in {len(labels) - 1} families, "
        f"{labels['ok']} legitimate look-alikes"
    )
    print(
        f"precision {quality.precision:.1%}  recall {quality.recall:.1%}  "
        f"(TP {quality.true_positive}, FP {quality.false_positive}, FN {quality.false_negative}, "
        f"TN {quality.true_negative})   targets: recall >= 95 %, precision >= 90 %"
    )
    for label, text in quality.misses:
        print(f"  missed ({label}): {text}")
    for text, families in quality.false_alarms:
        print(f"  false alarm ({families}): {text}")
    texts = [text for _, text in rows] * 20
    start = time.perf_counter()
    for text in texts:
        check_text(text, rules)
    per_phrase = (time.perf_counter() - start) / len(texts) * 1e6
    print(f"speed: {per_phrase:.0f} µs per phrase with {len(rules)} rules")
    print(f"machine: {describe_machine()}")


if __name__ == "__main__":
    main()
