from django.urls import include, path

from partners import views

app_name = "partners"

urlpatterns = [
    path("api/v1/docs/", views.api_docs, name="api_docs"),
    path("api/v1/", include("partners.api.urls")),  # ends in a catch-all JSON 404
    path("partners/keys/", views.keys_page, name="keys"),
]
