"""Pages: the API's reference (rendered here from the OpenAPI document, no script from a CDN)
and the partner staff's key management."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from events_server.errors import DomainError
from partners import keys
from partners.models import ApiKey

METHODS = ("get", "put", "post", "patch", "delete")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    from drf_spectacular.generators import SchemaGenerator

    return SchemaGenerator().get_schema(request=None, public=True)


def _type(node: dict[str, Any] | None) -> str:
    if not node:
        return ""
    if "$ref" in node:
        return node["$ref"].rsplit("/", 1)[-1]
    if node.get("type") == "array":
        return f"[{_type(node.get('items'))}]"
    if "enum" in node:
        return " | ".join(str(v) for v in node["enum"] if v not in ("", None))
    kind = node.get("type") or ("object" if "properties" in node else "")
    return f"{kind} ({node['format']})" if node.get("format") else kind


def operations() -> list[dict[str, Any]]:
    rows = []
    for route, item in schema()["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            responses = []
            for code, answer in op.get("responses", {}).items():
                content = answer.get("content", {}).get("application/json", {})
                responses.append(
                    {
                        "code": code,
                        "type": _type(content.get("schema")),
                        "text": answer.get("description", ""),
                    }
                )
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            rows.append(
                {
                    "method": method.upper(),
                    "path": route,
                    "tag": (op.get("tags") or [""])[0],
                    "description": op.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "in": p["in"],
                            "type": _type(p.get("schema")),
                            "text": p.get("description", ""),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "body": _type(body.get("schema")),
                    "responses": responses,
                }
            )
    return rows


def components() -> list[dict[str, Any]]:
    result = []
    for name, node in sorted(schema().get("components", {}).get("schemas", {}).items()):
        required = set(node.get("required", []))
        fields = [
            {
                "name": field,
                "type": _type(spec),
                "required": field in required,
                "text": spec.get("description", ""),
                "nullable": spec.get("nullable", False),
            }
            for field, spec in node.get("properties", {}).items()
        ]
        result.append(
            {"name": name, "fields": fields, "enum": node.get("enum"), "text": node.get("description", "")}
        )
    return result


def api_docs(request: HttpRequest) -> HttpResponse:
    """The API reference for partners' engineers, public like the document it shows."""
    document = schema()
    return render(
        request,
        "partners/api_docs.html",
        {"info": document["info"], "operations": operations(), "components": components()},
    )


@role_required(User.Role.PARTNER_STAFF)
@require_http_methods(["GET", "POST"])
def keys_page(request: AuthenticatedRequest) -> HttpResponse:
    """The partner staff's own keys: make one (shown once), rotate, revoke."""
    partner = request.user.organisation
    if partner is None:
        raise DomainError(_("Your account is not tied to a partner platform."), status=403)
    issued = None
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "create":
            issued = keys.create_key(
                partner,
                name=request.POST.get("name", "")[:80],
                can_read=request.POST.get("can_read") == "on",
                can_write=request.POST.get("can_write") == "on",
                by=request.user,
            )
        elif action in ("rotate", "revoke"):
            key = _own_key(partner.pk, request.POST.get("key", ""))
            if action == "rotate":
                issued = keys.rotate_key(key.pk, by=request.user)
            else:
                keys.revoke_key(key.pk, by=request.user)
        else:
            raise DomainError(_("Choose what to do with the key."))
    return render(
        request, "partners/keys.html", {"partner": partner, "keys": keys.keys_of(partner), "issued": issued}
    )


def _own_key(partner_id: int, raw_id: str) -> ApiKey:
    key = (
        ApiKey.objects.filter(partner_id=partner_id, pk=int(raw_id)).first()
        if raw_id.isascii() and raw_id.isdigit() and len(raw_id) < 12
        else None
    )
    if key is None:
        raise DomainError(_("No such key."), status=404)
    return key
