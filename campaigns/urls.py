from django.urls import path

from campaigns import views

app_name = "campaigns"
urlpatterns = [
    path("campaigns/new/", views.new_campaign, name="new"),
    path("c/", views.campaign_list, name="list"),
]
