"""Role checks for views: one decorator, one place that says who may do what."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils.translation import gettext as _

from accounts.roles import has_role

View = TypeVar("View", bound=Callable[..., HttpResponseBase])


def role_required(*roles: str) -> Callable[[View], View]:
    """Logged-in users whose role is one of ``roles`` (superusers count as admins)."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_role(user, *roles):
                return render(
                    request,
                    "frontend/error.html",
                    {"message": _("Your account's role does not give access to this page.")},
                    status=403,
                )
            return view(request, *args, **kwargs)

        return cast(View, wrapped)

    return decorator
