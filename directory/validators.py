"""Validators for codes that identify organisations and people."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.cn import uscc
from stdnum.exceptions import ValidationError as StdnumError

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")


def normalise_credit_code(value: str) -> str:
    return re.sub(r"[\s-]", "", value or "").upper()


def validate_credit_code(value: str) -> None:
    """Unified social credit code (统一社会信用代码), GB 32100-2015 check character."""
    try:
        uscc.validate(normalise_credit_code(value))
    except StdnumError:
        raise ValidationError(
            _(
                "Enter a valid unified social credit code: 18 characters "
                "whose last one is the GB 32100-2015 check character."
            ),
            code="invalid_credit_code",
        ) from None


def validate_mobile(value: str) -> None:
    if not MOBILE_RE.match(value or ""):
        raise ValidationError(
            _("Enter a mainland mobile number of 11 digits starting with 1."),
            code="invalid_mobile",
        )
