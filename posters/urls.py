from django.urls import re_path

from posters import views

app_name = "posters"
urlpatterns = [
    re_path(r"^live/(?P<pk>\d+)/poster\.(?P<fmt>pdf|png)$", views.live_poster, name="live"),
    re_path(r"^events/(?P<pk>\d+)/poster\.(?P<fmt>pdf|png)$", views.event_poster, name="event"),
]
