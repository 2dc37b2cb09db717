"""Form fields for reference data."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from directory.models import Region
from events_server.widgets import PlainSelect


def grouped_region_choices(*, include_provinces: bool) -> list[Any]:
    """Cities grouped under their province, the province itself first when wanted.

    Read as plain rows, not models: a picker lists every region, on every search page."""
    rows = list(Region.objects.order_by("code").values_list("code", "name", "parent_id"))
    children: dict[str, list[tuple[str, str]]] = {}
    for code, name, parent in rows:
        if parent:
            children.setdefault(parent, []).append((code, name))
    groups: list[Any] = []
    for code, name, parent in rows:
        if parent:
            continue
        cities = children.get(code, [])
        if not cities:
            groups.append((code, name))
            continue
        options: list[tuple[str, Any]] = list(cities)
        if include_provinces:
            options.insert(0, (code, _("%(province)s (whole province)") % {"province": name}))
        groups.append((name, options))
    return groups


class RegionSelect(PlainSelect):
    """The region picker: about four hundred options, written without a template each."""

    def use_required_attribute(self, initial: Any) -> bool:
        # Select reads the first choice to see that it is an empty one, which here means reading
        # every region from the database once more; RegionField always puts ("", "—") first.
        return forms.Widget.use_required_attribute(self, initial)


class RegionField(forms.ChoiceField):
    """A region picked by GB/T 2260 code; cleans to a ``Region``."""

    widget = RegionSelect

    default_error_messages = {"invalid_choice": _("Unknown region code “%(value)s”.")}

    def __init__(self, *, include_provinces: bool = False, **kwargs: Any) -> None:
        self.include_provinces = include_provinces
        super().__init__(choices=self._choices_for_field, **kwargs)

    def _choices_for_field(self) -> list[Any]:
        return [("", "—"), *grouped_region_choices(include_provinces=self.include_provinces)]

    def validate(self, value: Any) -> None:
        if value in self.empty_values:
            super().validate(value)

    def to_python(self, value: Any) -> Region | None:
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        region = Region.objects.filter(code=value).select_related("parent").first()
        if region is None:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
            )
        if region.parent_id is None and region.children.exists() and not self.include_provinces:
            raise ValidationError(_("Choose a city, not a whole province."), code="province")
        return region

    def prepare_value(self, value: Any) -> Any:
        return value.code if isinstance(value, Region) else value
