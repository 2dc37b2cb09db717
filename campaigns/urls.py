from django.urls import path

from campaigns import views

app_name = "campaigns"
urlpatterns = [
    path("campaigns/new/", views.new_campaign, name="new"),
    path("c/", views.campaign_list, name="list"),
    path("c/<slug:slug>/organisations/", views.members, name="members"),
    path("c/<slug:slug>/organisations/<int:pk>/remove/", views.member_remove, name="member_remove"),
]
