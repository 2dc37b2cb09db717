"""Admin autocomplete widgets that survive a posted value which is not an id.

Django 5.2's ``AutocompleteMixin.optgroups`` re-renders a rejected form by querying the posted
value as an id, so ``text`` (or an id past 64 bits) in a foreign key is a 500 instead of the form's
own "select a valid choice" error. ``SafeAutocomplete`` (mixed into a ModelAdmin or an inline)
gives every autocomplete field a widget that drops such values before the query; the form still
reports them as invalid."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError
from django.db import models

from events_server.ids import ModelIdsField

BIGINT = 2**63


class SafeOptgroupsMixin:
    field: Any  # set by AutocompleteMixin

    def optgroups(
        self, name: str, value: Sequence[str], attr: dict[str, Any] | None = None
    ) -> list[tuple[str | None, list[dict[str, Any]], int | None]]:
        groups: list[tuple[str | None, list[dict[str, Any]], int | None]]
        groups = super().optgroups(name, [v for v in value if self.is_id(v)], attr)  # type: ignore[misc]  # a mixin: AutocompleteMixin comes next in the MRO
        return groups

    def is_id(self, value: Any) -> bool:
        remote = self.field.remote_field
        meta = remote.model._meta
        target = meta.get_field(getattr(remote, "field_name", None) or meta.pk.name)
        try:
            python = target.to_python(value)
        except (ValidationError, TypeError, ValueError):
            return False
        return not isinstance(python, int) or -BIGINT < python < BIGINT


class SafeAutocompleteSelect(SafeOptgroupsMixin, AutocompleteSelect):
    pass


class SafeAutocompleteSelectMultiple(SafeOptgroupsMixin, AutocompleteSelectMultiple):
    pass


class SafeAutocomplete:
    """Mix into a ModelAdmin or an inline: its ``autocomplete_fields`` use the widgets above."""

    admin_site: Any

    def get_autocomplete_fields(self, request: Any) -> Any:
        return super().get_autocomplete_fields(request)  # type: ignore[misc]

    def formfield_for_foreignkey(
        self, db_field: models.ForeignKey[Any, Any], request: Any, **kwargs: Any
    ) -> Any:
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = SafeAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]

    def formfield_for_manytomany(
        self, db_field: models.ManyToManyField[Any, Any], request: Any, **kwargs: Any
    ) -> Any:
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            widget = SafeAutocompleteSelectMultiple(db_field, self.admin_site, using=kwargs.get("using"))
            kwargs["widget"] = widget
            kwargs.setdefault("form_class", ModelIdsField)  # ids past 64 bits: invalid, not a crash
        return super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[misc]
