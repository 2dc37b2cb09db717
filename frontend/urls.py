from django.urls import path

from frontend import share, views

app_name = "frontend"
urlpatterns = [
    path("", views.zone, name="zone"),
    path("c/<slug:slug>/", views.campaign_zone, name="campaign_zone"),
    path("api/zone/counters", views.counters, name="counters"),
    path("healthz", views.healthz, name="healthz"),
    path("manifest.webmanifest", share.manifest, name="manifest"),
    path("share/qr.svg", share.share_code, name="share_code"),
]
