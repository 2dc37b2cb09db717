"""The partner API, version 1. Thin: every rule is in partners' services (feeds, inbound,
webhooks, graduates) and the apps they call."""

from __future__ import annotations

import hashlib
from typing import Any

from django.http import HttpResponseNotModified, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.http import parse_etags, quote_etag
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers as drf_serializers
from rest_framework import status
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from booking.models import Event
from events_server.ids import parse_id
from jobs.models import JobPosting
from livestream.models import LiveSession
from partners import feeds, graduates, inbound, webhooks
from partners.api import serializers as s
from partners.api.auth import client_of
from partners.api.pagination import KeysetPagination
from partners.models import WeeklyFigures

ERROR = inline_serializer(
    "Error",
    {
        "error": drf_serializers.CharField(),
        "detail": drf_serializers.CharField(),
        "fields": drf_serializers.DictField(
            child=drf_serializers.ListField(child=drf_serializers.CharField()), required=False
        ),
    },
)
COMMON_ERRORS = {
    400: OpenApiResponse(ERROR, "invalid request"),
    401: OpenApiResponse(ERROR, "no key, or not a valid one"),
    403: OpenApiResponse(ERROR, "the key's scopes do not allow this"),
    429: OpenApiResponse(ERROR, "too many requests: wait Retry-After seconds"),
}
NOT_FOUND = {404: OpenApiResponse(ERROR, "not found")}
NOT_MODIFIED = {304: OpenApiResponse(description="unchanged since the ETag sent in If-None-Match")}
IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    {"type": "string", "pattern": "^[\\x21-\\x7e]*$"},  # visible ASCII: what an ETag is made of
    OpenApiParameter.HEADER,
    required=False,
    description="an ETag of this resource",
)
PAGE_PARAMS = [
    OpenApiParameter("cursor", str, description="the previous page's next_cursor"),
    OpenApiParameter("page_size", int, description="items per page (default 100, at most 1000)"),
]
UPDATED_SINCE = OpenApiParameter(
    "updated_since",
    str,
    description="ISO 8601 time with offset: every posting changed since then, with tombstones",
)


class PartnerView(APIView):
    # Answers GETs with a strong ETag of the body, and 304 when the client already has it. (A
    # comment, not a docstring: drf-spectacular would show a docstring on every operation.)

    def dispatch(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().dispatch(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            response.render()
            etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:40])
            response["ETag"] = etag
            response["Cache-Control"] = "private, no-cache"
            sent = parse_etags(request.headers.get("If-None-Match", ""))
            if etag in sent or "*" in sent:
                not_modified = HttpResponseNotModified()
                not_modified["ETag"] = etag
                return not_modified
        return response


def page_of(name: str, item: type[drf_serializers.Serializer]) -> Any:
    return inline_serializer(
        name,
        {
            "results": item(many=True),
            "next_cursor": drf_serializers.CharField(allow_null=True),
            "next": drf_serializers.URLField(allow_null=True),
        },
    )


def paged(
    request: Request,
    queryset: Any,
    serializer: type[drf_serializers.Serializer],
    context: dict[str, Any],
    field: str | None = None,
) -> Response:
    pagination = KeysetPagination(field)
    page = pagination.paginate_queryset(queryset, request)
    data = serializer(page, many=True, context=context).data
    return pagination.get_paginated_response(data)


def object_id(pk: object) -> int:
    """An id from the path, or 404 (a number too large for the database is no id)."""
    value = parse_id(pk)
    if value is None:
        raise NotFound()
    return value


@csrf_exempt  # nothing to protect, and API clients send no CSRF token
def not_found(request: Any, rest: str = "") -> JsonResponse:
    """Any other address under /api/v1/: the API's own 404, as JSON."""
    return JsonResponse({"error": "not_found", "detail": "No such address in the API."}, status=404)


def context_of(request: Request) -> dict[str, Any]:
    return {"request": request, "partner": client_of(request).partner}


class MeView(PartnerView):
    @extend_schema(operation_id="me", tags=["key"], responses={200: s.MeSerializer, **COMMON_ERRORS})
    def get(self, request: Request) -> Response:
        from django.conf import settings

        key = client_of(request).key
        return Response(
            s.MeSerializer(
                {
                    "partner": key.partner.name,
                    "key": key.prefix,
                    "scopes": key.scopes,
                    "rate_per_minute": key.rate_per_minute or settings.PARTNERS_API_RATE_PER_MINUTE,
                    "expires_at": key.expires_at,
                }
            ).data
        )


class PostingList(PartnerView):
    @extend_schema(
        operation_id="postings_list",
        tags=["postings"],
        parameters=[UPDATED_SINCE, IF_NONE_MATCH, *PAGE_PARAMS],
        responses={200: s.PostingPageSerializer, **NOT_MODIFIED, **COMMON_ERRORS},
    )
    def get(self, request: Request) -> Response:
        since = s.parse_since(request.query_params.get("updated_since"))
        # A full copy pages by id (the primary key's index); a sync by (updated_at, id).
        pagination = KeysetPagination("updated_at" if since else None)
        page = pagination.paginate_queryset(feeds.postings(since), request)
        today = timezone.localdate()
        visible = [job for job in page if feeds.is_visible(job, today)]
        gone = [job for job in page if not feeds.is_visible(job, today)]
        base = request.build_absolute_uri("/").rstrip("/")
        codes, phases = feeds.field_codes(visible), feeds.phase_names(visible)
        return Response(
            {
                "results": [s.posting_dict(job, base, codes[job.pk], phases[job.pk]) for job in visible],
                "tombstones": s.TombstoneSerializer(gone, many=True).data,
                "next_cursor": pagination.next_cursor,
                "next": pagination.next_link(),
            }
        )


class PostingDetail(PartnerView):
    @extend_schema(
        operation_id="postings_get",
        tags=["postings"],
        parameters=[IF_NONE_MATCH],
        responses={200: s.PostingSerializer, **NOT_MODIFIED, **COMMON_ERRORS, **NOT_FOUND},
    )
    def get(self, request: Request, pk: int) -> Response:
        job = get_object_or_404(feeds.postings(None), pk=object_id(pk))
        return Response(s.PostingSerializer(job, context=context_of(request)).data)


class CompanyList(PartnerView):
    @extend_schema(
        operation_id="companies_list",
        tags=["companies"],
        parameters=[
            OpenApiParameter("specialised", bool, description="only 专精特新 companies"),
            IF_NONE_MATCH,
            *PAGE_PARAMS,
        ],
        responses={200: page_of("CompanyPage", s.CompanySerializer), **NOT_MODIFIED, **COMMON_ERRORS},
    )
    def get(self, request: Request) -> Response:
        queryset = feeds.companies()
        if request.query_params.get("specialised") in ("true", "1"):
            queryset = queryset.filter(specialised=True)
        return paged(request, queryset, s.CompanySerializer, context_of(request))


class CompanyDetail(PartnerView):
    @extend_schema(
        operation_id="companies_get",
        tags=["companies"],
        parameters=[IF_NONE_MATCH],
        responses={200: s.CompanySerializer, **NOT_MODIFIED, **COMMON_ERRORS, **NOT_FOUND},
    )
    def get(self, request: Request, pk: int) -> Response:
        company = get_object_or_404(feeds.companies(), pk=object_id(pk))
        return Response(s.CompanySerializer(company, context=context_of(request)).data)


class SessionList(PartnerView):
    @extend_schema(
        operation_id="sessions_list",
        tags=["sessions"],
        parameters=[
            OpenApiParameter("state", str, enum=LiveSession.State.values),
            IF_NONE_MATCH,
            *PAGE_PARAMS,
        ],
        responses={200: page_of("SessionPage", s.SessionSerializer), **NOT_MODIFIED, **COMMON_ERRORS},
    )
    def get(self, request: Request) -> Response:
        queryset = feeds.sessions()
        state = request.query_params.get("state")
        if state:
            if state not in LiveSession.State.values:
                raise drf_serializers.ValidationError(
                    {"state": [f"One of {', '.join(LiveSession.State.values)}."]}
                )
            queryset = queryset.filter(state=state)
        return paged(request, queryset, s.SessionSerializer, context_of(request))


class SessionDetail(PartnerView):
    @extend_schema(
        operation_id="sessions_get",
        tags=["sessions"],
        parameters=[IF_NONE_MATCH],
        responses={200: s.SessionSerializer, **NOT_MODIFIED, **COMMON_ERRORS, **NOT_FOUND},
    )
    def get(self, request: Request, pk: int) -> Response:
        session = get_object_or_404(feeds.sessions(), pk=object_id(pk))
        return Response(s.SessionSerializer(session, context=context_of(request)).data)


class EventList(PartnerView):
    @extend_schema(
        operation_id="events_list",
        tags=["events"],
        parameters=[
            OpenApiParameter("kind", str, enum=Event.Kind.values),
            IF_NONE_MATCH,
            *PAGE_PARAMS,
        ],
        responses={200: page_of("EventPage", s.EventSerializer), **NOT_MODIFIED, **COMMON_ERRORS},
    )
    def get(self, request: Request) -> Response:
        queryset = feeds.events()
        kind = request.query_params.get("kind")
        if kind:
            if kind not in Event.Kind.values:
                raise drf_serializers.ValidationError({"kind": [f"One of {', '.join(Event.Kind.values)}."]})
            queryset = queryset.filter(kind=kind)
        return paged(request, queryset, s.EventSerializer, context_of(request))


class EventDetail(PartnerView):
    @extend_schema(
        operation_id="events_get",
        tags=["events"],
        parameters=[IF_NONE_MATCH],
        responses={200: s.EventSerializer, **NOT_MODIFIED, **COMMON_ERRORS, **NOT_FOUND},
    )
    def get(self, request: Request, pk: int) -> Response:
        event = get_object_or_404(feeds.events(), pk=object_id(pk))
        return Response(s.EventSerializer(event, context=context_of(request)).data)


class GraduateList(PartnerView):
    @extend_schema(
        operation_id="graduates_list",
        tags=["graduates"],
        description="Profiles of graduates who consented to sharing; every profile sent is logged.",
        parameters=[IF_NONE_MATCH, *PAGE_PARAMS],
        responses={200: page_of("GraduatePage", s.GraduateSerializer), **NOT_MODIFIED, **COMMON_ERRORS},
    )
    def get(self, request: Request) -> Response:
        pagination = KeysetPagination()
        page = pagination.paginate_queryset(graduates.shareable(), request)
        graduates.log_shares(client_of(request).key, page)
        return pagination.get_paginated_response(s.GraduateSerializer(page, many=True).data)


# --- inbound ---------------------------------------------------------------------------------


def inbound_data(
    record: Any, findings: list[Any] | None = None, created: bool | None = None
) -> dict[str, Any]:
    job: JobPosting = record.job
    data = {
        "external_id": record.external_id,
        "posting_id": job.pk,
        "status": job.status,
        "version": job.version,
        "url": f"/jobs/{job.pk}/" if feeds.is_visible(job) else None,
        "findings": [f.as_dict() for f in (findings if findings is not None else inbound._findings(job))],
        "decisions": [
            {"version": d.version, "outcome": d.outcome, "reason": d.reason, "at": d.at}
            for d in inbound.decisions(job)
        ],
        "updated_at": record.updated_at,
    }
    if created is not None:
        data["created"] = created
    return data


class InboundPostingList(PartnerView):
    @extend_schema(
        operation_id="inbound_postings_list",
        tags=["inbound"],
        parameters=[IF_NONE_MATCH, *PAGE_PARAMS],
        responses={
            200: page_of("InboundPostingPage", s.InboundPostingSerializer),
            **NOT_MODIFIED,
            **COMMON_ERRORS,
        },
    )
    def get(self, request: Request) -> Response:
        pagination = KeysetPagination()
        page = pagination.paginate_queryset(inbound.inbound_postings(client_of(request).partner), request)
        data = s.InboundPostingSerializer([inbound_data(r) for r in page], many=True).data
        return pagination.get_paginated_response(data)


class InboundPostingDetail(PartnerView):
    @extend_schema(
        operation_id="inbound_postings_get",
        tags=["inbound"],
        parameters=[IF_NONE_MATCH],
        responses={200: s.InboundPostingSerializer, **NOT_MODIFIED, **COMMON_ERRORS, **NOT_FOUND},
    )
    def get(self, request: Request, external_id: str) -> Response:
        record = inbound.get_inbound(client_of(request).partner, external_id)
        return Response(s.InboundPostingSerializer(inbound_data(record)).data)

    @extend_schema(
        operation_id="inbound_postings_put",
        tags=["inbound"],
        request=s.InboundPostingInSerializer,
        responses={
            200: s.InboundPostingSerializer,
            201: s.InboundPostingSerializer,
            **COMMON_ERRORS,
            409: OpenApiResponse(ERROR, "the posting has closed"),
        },
        description="Create or update your posting with this id (idempotent). It goes to review; "
        "read back its status, findings and the reviewers' reasons.",
    )
    def put(self, request: Request, external_id: str) -> Response:
        incoming = s.InboundPostingInSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        result = inbound.upsert_posting(client_of(request).key, external_id, incoming.validated_data)
        data = s.InboundPostingSerializer(inbound_data(result.inbound, result.findings, result.created)).data
        return Response(data, status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK)


CAMPAIGN = OpenApiParameter("campaign", str, description="campaign slug; the current campaign if left out")


class FiguresList(PartnerView):
    @extend_schema(
        operation_id="figures_list",
        tags=["figures"],
        parameters=[CAMPAIGN, IF_NONE_MATCH],
        responses={200: s.WeeklyFiguresSerializer(many=True), **NOT_MODIFIED, **COMMON_ERRORS, **NOT_FOUND},
    )
    def get(self, request: Request) -> Response:
        campaign = inbound.campaign_for(request.query_params.get("campaign"))
        rows = WeeklyFigures.objects.filter(
            partner=client_of(request).partner, campaign=campaign
        ).select_related("campaign")
        return Response(s.WeeklyFiguresSerializer(rows, many=True).data)


class FiguresDetail(PartnerView):
    @extend_schema(
        operation_id="figures_put",
        tags=["figures"],
        parameters=[CAMPAIGN],
        request=s.WeeklyFiguresInSerializer,
        responses={
            200: s.WeeklyFiguresSerializer,
            201: s.WeeklyFiguresSerializer,
            **COMMON_ERRORS,
            **NOT_FOUND,
        },
        description="Your own figures for the week starting on Monday `week` (YYYY-MM-DD); they "
        "fill your Attachment 3, marked as partner-reported. Sending again corrects them.",
    )
    def put(self, request: Request, week: str) -> Response:
        incoming = s.WeeklyFiguresInSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        campaign = inbound.campaign_for(request.query_params.get("campaign"))
        figures, created = inbound.submit_figures(
            client_of(request).key, campaign, week, incoming.validated_data
        )
        return Response(
            s.WeeklyFiguresSerializer(figures).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )


# --- webhooks --------------------------------------------------------------------------------


class WebhookList(PartnerView):
    @extend_schema(
        operation_id="webhooks_list",
        tags=["webhooks"],
        parameters=[IF_NONE_MATCH],
        responses={200: s.WebhookSerializer(many=True), **NOT_MODIFIED, **COMMON_ERRORS},
    )
    def get(self, request: Request) -> Response:
        return Response(
            s.WebhookSerializer(webhooks.endpoints_of(client_of(request).partner), many=True).data
        )

    @extend_schema(
        operation_id="webhooks_create",
        tags=["webhooks"],
        request=s.WebhookInSerializer,
        responses={201: s.WebhookCreatedSerializer, **COMMON_ERRORS},
    )
    def post(self, request: Request) -> Response:
        incoming = s.WebhookInSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        new = webhooks.register(
            client_of(request).key, incoming.validated_data["url"], incoming.validated_data["events"]
        )
        endpoint = new.endpoint
        return Response(s.WebhookCreatedSerializer(endpoint).data, status=status.HTTP_201_CREATED)


class WebhookDetail(PartnerView):
    @extend_schema(
        operation_id="webhooks_delete", tags=["webhooks"], responses={204: None, **COMMON_ERRORS, **NOT_FOUND}
    )
    def delete(self, request: Request, pk: int) -> Response:
        webhooks.remove(client_of(request).key, object_id(pk))
        return Response(status=status.HTTP_204_NO_CONTENT)


class DeliveryList(PartnerView):
    @extend_schema(
        operation_id="deliveries_list",
        tags=["webhooks"],
        description="The delivery log: every event sent to your URLs, with each attempt.",
        parameters=[IF_NONE_MATCH, *PAGE_PARAMS],
        responses={200: page_of("DeliveryPage", s.DeliverySerializer), **NOT_MODIFIED, **COMMON_ERRORS},
    )
    def get(self, request: Request) -> Response:
        return paged(request, webhooks.deliveries_of(client_of(request).partner), s.DeliverySerializer, {})
