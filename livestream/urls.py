from django.urls import path

from livestream import views
from livestream.media import views as media

app_name = "livestream"
urlpatterns = [
    path("live/<int:pk>/", views.session_page, name="session"),
    path("live/<int:pk>/host/", views.host_console, name="host"),
    path("live/<int:pk>/remind/", views.remind, name="remind"),
    path("live/<int:pk>/calendar.ics", views.calendar, name="calendar"),
    path("live/<int:pk>/edit/", views.edit, name="edit"),
    path("live/<int:pk>/rtc/publish/", media.publish, name="rtc_publish"),
    path("live/<int:pk>/rtc/view/", media.view, name="rtc_view"),
    path("live/<int:pk>/rtc/leave/", media.leave, name="rtc_leave"),
    path("live/<int:pk>/hls/<str:name>", media.hls_file, name="hls"),
    path(
        "live/<int:pk>/hls/s/<str:expires>/<str:token>/<str:name>", media.hls_signed_file, name="hls_signed"
    ),
    path("live/<int:pk>/hls-link/", media.hls_link, name="hls_link"),
    path("live/rtc/ice/", media.ice_servers, name="rtc_ice"),
    path("live/<int:pk>/placement/", media.where, name="rtc_placement"),
    # The same offers on a media worker, by the prefix its placement gives (MEDIA_WORKER_URL).
    path("rtc/w/<slug:worker>/live/<int:pk>/rtc/publish/", media.publish, name="worker_publish"),
    path("rtc/w/<slug:worker>/live/<int:pk>/rtc/view/", media.view, name="worker_view"),
    path("rtc/w/<slug:worker>/live/<int:pk>/rtc/leave/", media.leave, name="worker_leave"),
    path("recruit/live/", views.my_sessions, name="mine"),
    path("recruit/live/new/", views.schedule, name="schedule"),
]
