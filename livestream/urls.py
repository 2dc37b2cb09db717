from django.urls import path

from livestream import views

app_name = "livestream"
urlpatterns = [
    path("live/<int:pk>/", views.session_page, name="session"),
    path("live/<int:pk>/host/", views.host_console, name="host"),
    path("live/<int:pk>/edit/", views.edit, name="edit"),
    path("recruit/live/", views.my_sessions, name="mine"),
    path("recruit/live/new/", views.schedule, name="schedule"),
]
