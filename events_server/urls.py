from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from events_server.metrics import metrics_view

admin.site.site_header = settings.ADMIN_SITE_HEADER
admin.site.site_title = settings.ADMIN_SITE_HEADER

urlpatterns = [
    path("metrics", metrics_view, name="metrics"),
    path("", include("frontend.urls")),
    path("", include("jobs.urls")),
    path("", include("accounts.urls")),
    path("", include("review.urls")),
    path("", include("livestream.urls")),
    path("", include("qr.urls")),
    path("", include("booking.urls")),
    path("", include("reports.urls")),
    path("", include("workcalendar.urls")),
    path("", include("internships.urls")),
    path("", include("interviews.urls")),
    path("", include("offers.urls")),
    path("", include("messaging.urls")),
    path("", include("careers.urls")),
    path("", include("campaigns.urls")),
    path("", include("notifications.urls")),
    path("", include("posters.urls")),
    path("", include("privacy.urls")),
    path("", include("partners.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
