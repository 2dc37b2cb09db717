"""Form widgets that render Django's HTML at less cost.

``forms.Select`` renders one template per option. The region picker has about four hundred options
(cities grouped under their provinces), and rendering it was half of a job-search page's CPU. The
widget here builds the same context through Django's public ``get_context`` and writes the same
HTML in Python; ``tests/test_widgets.py`` compares its output with the stock widget's, through the
renderer in use, for generated choices, values and attributes, and for every real region list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django import forms
from django.forms.renderers import BaseRenderer
from django.utils.formats import localize
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe


def _attrs(attrs: Mapping[str, Any]) -> str:
    """As ``django/forms/widgets/attrs.html``: ``True`` is a bare name, ``False`` is left out."""
    return "".join(
        format_html(" {}", name) if value is True else format_html(' {}="{}"', name, f"{value}")
        for name, value in attrs.items()
        if value is not False
    )


class PlainSelect(forms.Select):
    """``forms.Select`` with its HTML written in Python rather than a template per option."""

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: BaseRenderer | None = None
    ) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"', widget["name"]), _attrs(widget["attrs"]), ">"]
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('\n  <optgroup label="{}">', localize(group_name)))
            for option in options:
                parts.append(format_html('\n  <option value="{}"', f"{option['value']}"))
                parts.append(_attrs(option["attrs"]))
                parts.append(">")
                parts.append(conditional_escape(localize(option["label"])))
                parts.append("</option>\n")  # the option template ends with a newline
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 - every value above went through format_html or conditional_escape
