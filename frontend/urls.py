from django.urls import path

from frontend import views

app_name = "frontend"
urlpatterns = [
    path("", views.zone, name="zone"),
    path("api/zone/counters", views.counters, name="counters"),
    path("healthz", views.healthz, name="healthz"),
]
