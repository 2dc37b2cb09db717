"""Translatable texts for the Django-free rules (``careers.diagnosis``, ``careers.feedback``).

The rules run without Django (``bench/resume_quality.py`` runs them bare), and what they produce
is stored as JSON (a diagnosis's findings, an answer's feedback) and shown later, perhaps to a
user whose language differs from the one in force when it was made. So a rule does not translate:
it stores ``{"msgid": "English text with %(name)s", "params": {...}}`` and the page translates it
when rendering (``careers.templatetags.careers_text``). Msgids are marked with ``gettext_noop``
below, named like Django's so that ``makemessages`` extracts them; their zh-hans translations are
in locale/zh_Hans/LC_MESSAGES/django.po. A parameter may itself be such a text or a list of them
(joined with the translated list separator). Rows stored before this module existed hold the
Chinese text itself, which is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Text = dict[str, Any]


def gettext_noop(message: str) -> str:
    """Marks ``message`` for extraction (``makemessages`` looks for this name); returns it."""
    return message


# The separator between the items of a list inside a sentence.
LIST_SEPARATOR = gettext_noop(", ")


def msg(msgid: str, **params: Any) -> Text:
    return {"msgid": msgid, "params": params}


def render(value: Any, gettext: Callable[[str], str] = gettext_noop) -> str:
    """``value`` in the language ``gettext`` translates to; plain strings are returned as they are."""
    if isinstance(value, dict) and "msgid" in value:
        params = {k: _param(v, gettext) for k, v in (value.get("params") or {}).items()}
        translated = gettext(value["msgid"])
        return translated % params if params else translated
    if isinstance(value, list):
        return gettext(LIST_SEPARATOR).join(render(v, gettext) for v in value)
    return "" if value is None else str(value)


def _param(value: Any, gettext: Callable[[str], str]) -> Any:
    if isinstance(value, dict | list):
        return render(value, gettext)
    return value
