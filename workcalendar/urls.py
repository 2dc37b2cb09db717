from django.urls import path

from workcalendar import views

app_name = "workcalendar"
urlpatterns = [path("working-calendar/", views.years, name="years")]
