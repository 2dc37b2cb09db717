from django.urls import path

from interviews import views

app_name = "interviews"
urlpatterns = [
    path("recruit/applications/<int:pk>/interview/", views.invite, name="invite"),
    path("recruit/interviews/", views.company, name="company"),
    path("me/interviews/", views.mine, name="mine"),
    path("interviews/<int:pk>/", views.detail, name="detail"),
    path("interviews/<int:pk>/pick/", views.pick, name="pick"),
    path("interviews/<int:pk>/reschedule/", views.reschedule, name="reschedule"),
    path("interviews/<int:pk>/change/", views.request_change, name="request_change"),
    path("interviews/<int:pk>/cancel/", views.cancel, name="cancel"),
    path("interviews/<int:pk>/outcome/", views.outcome, name="outcome"),
    path("interviews/<int:pk>/interview.ics", views.ics, name="ics"),
    path("interviews/<int:pk>/room/", views.room, name="room"),
]
