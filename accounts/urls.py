from django.contrib.auth import views as auth_views
from django.urls import path

from accounts import views

app_name = "accounts"
urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(template_name="accounts/login.html"), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/register/", views.register_student, name="register"),
    path("accounts/register/company/", views.register_company, name="register_company"),
    path("accounts/home/", views.home, name="home"),
    path("me/profile/", views.profile, name="profile"),
    path("me/resume/", views.resume, name="resume"),
    path("org/", views.organisation, name="organisation"),
]
