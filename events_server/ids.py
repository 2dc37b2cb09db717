"""Database ids from untrusted input (query strings, forms, signed tokens)."""

from __future__ import annotations

from typing import Any

from django import forms

MAX_ID = 2**63 - 1  # the largest id a 64-bit primary key holds (PostgreSQL bigint, SQLite integer)


def parse_id(value: object) -> int | None:
    """A positive integer id that fits in 64 bits, else ``None``: "12" and 12 are ids; "", "-1",
    "²", "1e3", 2**63 and True are not."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        if not (value.isascii() and value.isdigit()):
            return None
        value = int(value)
    if not isinstance(value, int):
        return None
    return value if 0 < value <= MAX_ID else None


class ModelIdsField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]  # any model
    """A multiple choice of rows by id that refuses a value that is no id before querying it
    (on SQLite, Django's own field lets 2**63 through to the database: OverflowError, a 500)."""

    def clean(self, value: Any) -> Any:
        for item in value if isinstance(value, list | tuple) else []:
            if item not in self.empty_values and parse_id(item) is None:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": item}
                )
        return super().clean(value)
