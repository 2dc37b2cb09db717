"""Form fields for reference data."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from directory.models import Region


def grouped_region_choices(*, include_provinces: bool) -> list[Any]:
    """Cities grouped under their province, the province itself first when wanted."""
    regions = list(Region.objects.select_related("parent").order_by("code"))
    children: dict[str, list[Region]] = {}
    for region in regions:
        if region.parent_id:
            children.setdefault(region.parent_id, []).append(region)
    groups: list[Any] = []
    for province in (r for r in regions if r.parent_id is None):
        cities = children.get(province.code, [])
        if not cities:
            groups.append((province.code, province.name))
            continue
        options = [(c.code, c.name) for c in cities]
        if include_provinces:
            options.insert(
                0, (province.code, _("%(province)s (whole province)") % {"province": province.name})
            )
        groups.append((province.name, options))
    return groups


class RegionField(forms.ChoiceField):
    """A region picked by GB/T 2260 code; cleans to a ``Region``."""

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
