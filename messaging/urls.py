from django.urls import path

from messaging import views

app_name = "messaging"
urlpatterns = [
    path("applications/<int:pk>/messages/", views.thread, name="thread"),
    path("applications/<int:pk>/messages/report/", views.report, name="report"),
    path("review/messages/", views.review, name="review"),
]
