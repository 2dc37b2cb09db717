from django.urls import include, path

from partners import views

app_name = "partners"

urlpatterns = [
    path("api/v1/", include("partners.api.urls")),
    path("api/v1/docs/", views.api_docs, name="api_docs"),
    path("partners/keys/", views.keys_page, name="keys"),
]
