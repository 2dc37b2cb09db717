from django.urls import path

from privacy import views

app_name = "privacy"
urlpatterns = [
    path("privacy/", views.notice, name="notice"),
    path("privacy/consent/", views.consent, name="consent"),
    path("privacy/sharing/", views.sharing, name="sharing"),
    path("privacy/mine/", views.my_data, name="mine"),
    path("privacy/mine/export/", views.export, name="export"),
    path("privacy/mine/delete/", views.delete_account, name="delete"),
]
