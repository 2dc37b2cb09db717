from typing import Any

from django.urls import path, re_path
from django.utils import translation
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.views import SpectacularAPIView
from rest_framework.response import Response

from partners.api import views

app_name = "partner_api"


_SCHEMAS: dict[str, Any] = {}  # by language: the code does not change while a process runs


class SchemaView(SpectacularAPIView):
    """The OpenAPI 3 document, public (docs/openapi.yaml is the same, committed). Generating it
    takes a good part of a second, so each process makes it once per language."""

    authentication_classes: list[type] = []
    permission_classes: list[type] = []
    throttle_classes: list[type] = []

    def _get_schema_response(self, request: Any) -> Response:
        language = translation.get_language() or ""
        schema = _SCHEMAS.get(language)
        if schema is None:
            generator = SchemaGenerator(urlconf=self.urlconf, patterns=self.patterns)
            schema = generator.get_schema(request=None, public=True)
            if len(_SCHEMAS) < 20:  # ?lang= takes any text: keep a bounded few
                _SCHEMAS[language] = schema
        disposition = f'inline; filename="shanhai-partner-api.{request.accepted_renderer.format}"'
        return Response(schema, headers={"Content-Disposition": disposition})


urlpatterns = [
    path("schema/", SchemaView.as_view(), name="schema"),
    path("me/", views.MeView.as_view(), name="me"),
    path("postings/", views.PostingList.as_view(), name="postings"),
    path("postings/<int:pk>/", views.PostingDetail.as_view(), name="posting"),
    path("companies/", views.CompanyList.as_view(), name="companies"),
    path("companies/<int:pk>/", views.CompanyDetail.as_view(), name="company"),
    path("sessions/", views.SessionList.as_view(), name="sessions"),
    path("sessions/<int:pk>/", views.SessionDetail.as_view(), name="session"),
    path("events/", views.EventList.as_view(), name="events"),
    path("events/<int:pk>/", views.EventDetail.as_view(), name="event"),
    path("graduates/", views.GraduateList.as_view(), name="graduates"),
    path("inbound/postings/", views.InboundPostingList.as_view(), name="inbound_postings"),
    path("inbound/postings/<str:external_id>/", views.InboundPostingDetail.as_view(), name="inbound_posting"),
    path("figures/", views.FiguresList.as_view(), name="figures"),
    path("figures/<str:week>/", views.FiguresDetail.as_view(), name="figures_week"),
    path("webhooks/", views.WebhookList.as_view(), name="webhooks"),
    path("webhooks/<int:pk>/", views.WebhookDetail.as_view(), name="webhook"),
    path("deliveries/", views.DeliveryList.as_view(), name="deliveries"),
    re_path(r"^(?P<rest>[\s\S]*)$", views.not_found, name="not_found"),  # any character, even a newline
]
