from django.urls import path, re_path

from qr import views

app_name = "qr"
urlpatterns = [
    path("q/<str:code>", views.follow, name="follow"),
    re_path(r"^q/(?P<code>[a-z0-9]{1,16})/qr\.(?P<fmt>png|svg)$", views.code_image, name="code"),
    path("links/", views.attachment, name="attachment"),
    path("links/attachment-1.pdf", views.attachment_pdf, name="attachment_pdf"),
    path("links/<str:code>/", views.link_detail, name="link"),
    path("join/<str:token>", views.join, name="join"),
]
