from django.urls import path, re_path

from qr import views

app_name = "qr"
urlpatterns = [
    path("q/<str:code>", views.follow, name="follow"),
    re_path(r"^q/(?P<code>[a-z0-9]{1,16})/qr\.(?P<fmt>png|svg)$", views.code_image, name="code"),
    path("links/", views.attachment, name="attachment"),
    path("links/attachment-1.pdf", views.attachment_pdf, name="attachment_pdf"),
    path("links/<str:code>/", views.link_detail, name="link"),
    re_path(r"^live/(?P<pk>\d+)/poster\.(?P<fmt>pdf|png)$", views.live_poster, name="live_poster"),
    re_path(r"^events/(?P<pk>\d+)/poster\.(?P<fmt>pdf|png)$", views.event_poster, name="event_poster"),
    path("join/<str:token>", views.join, name="join"),
]
