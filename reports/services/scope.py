"""Who reports, what each unit's figures cover, and who may see which unit.

Reporting units are SME and employment departments, universities and partner platforms.
* A department reports on its region (a province with its cities, or one city); a department
  without a region reports nationwide.
* A university reports on what happened through it: offline events it hosted, live sessions it
  co-hosted, the companies that held them and their postings, and its own graduates' applications.
* A partner platform reports what its campaign links brought in (viewers, applications); the rest
  of its activity happens on its own site and is not in this database.

Staff see their own unit; a department also sees the units inside its region; administrators see all.
"""

from __future__ import annotations

from typing import TypeGuard

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.roles import is_platform_admin
from directory.models import Organisation
from directory.regions import region_codes
from events_server.errors import NotAllowed

DEPARTMENT_KINDS = (Organisation.Kind.SME_DEPARTMENT, Organisation.Kind.EMPLOYMENT_DEPARTMENT)
UNIT_KINDS = (*DEPARTMENT_KINDS, Organisation.Kind.UNIVERSITY, Organisation.Kind.PARTNER_PLATFORM)
UNIT_ROLES = (User.Role.REVIEWER, User.Role.UNIVERSITY_STAFF, User.Role.PARTNER_STAFF)


def is_unit(organisation: Organisation | None) -> TypeGuard[Organisation]:
    return organisation is not None and organisation.kind in UNIT_KINDS


def own_unit(user: User) -> Organisation:
    """The unit ``user`` files for, or NotAllowed."""
    if user.has_role(*UNIT_ROLES) and is_unit(user.organisation):
        return user.organisation
    raise NotAllowed(_("Only staff of a department, university or partner platform file reports."))


def oversees(user: User) -> bool:
    """Administrators and department staff see other units' returns."""
    if is_platform_admin(user):
        return True
    return user.has_role(User.Role.REVIEWER) and user.organisation is not None


def visible_units(user: User) -> QuerySet[Organisation]:
    """The reporting units ``user`` may see: all for admins, the region's for a department, else its own."""
    units = Organisation.objects.filter(kind__in=UNIT_KINDS).select_related("region")
    if is_platform_admin(user):
        return units
    if user.has_role(*UNIT_ROLES) and is_unit(user.organisation):
        org = user.organisation
        if org.kind in DEPARTMENT_KINDS:
            codes = region_codes(org.region)
            if codes is None:
                return units
            return units.filter(Q(pk=org.pk) | Q(region_id__in=codes))
        return units.filter(pk=org.pk)
    return units.none()


def access_unit(user: User, unit_id: object) -> Organisation:
    """A unit ``user`` may see, by id, or NotAllowed (same answer for missing and forbidden)."""
    try:
        pk = int(str(unit_id))
    except ValueError:
        raise NotAllowed(_("There is no such reporting unit among yours.")) from None
    unit = visible_units(user).filter(pk=pk).first()
    if unit is None:
        raise NotAllowed(_("There is no such reporting unit among yours."))
    return unit
