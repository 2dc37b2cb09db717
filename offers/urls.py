from django.urls import path

from offers import views

app_name = "offers"
urlpatterns = [
    path("recruit/applications/<int:pk>/offer/", views.recruit, name="recruit"),
    path("me/applications/<int:pk>/offer/", views.mine, name="mine"),
    path("applications/<int:pk>/agreement/", views.agreement, name="agreement"),
    path("university/destinations/", views.destinations, name="destinations"),
]
