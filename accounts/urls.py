from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from accounts import identity_views, two_factor_views, views
from accounts.forms import QueuedPasswordResetForm

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
    # Identity: phone sign-in and sign-up by SMS code, password reset by SMS or e-mail.
    path("accounts/login/phone/", identity_views.phone_sign_in, name="phone_sign_in"),
    path("accounts/password/reset/sms/", identity_views.sms_password_reset, name="sms_password_reset"),
    path(
        "accounts/password/reset/sms/set/",
        identity_views.sms_password_reset_set,
        name="sms_password_reset_set",
    ),
    path(
        "accounts/password/reset/",
        auth_views.PasswordResetView.as_view(
            template_name="accounts/password_reset_form.html",
            form_class=QueuedPasswordResetForm,
            email_template_name="accounts/password_reset_email.txt",
            subject_template_name="accounts/password_reset_subject.txt",
            success_url=reverse_lazy("accounts:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "accounts/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            success_url=reverse_lazy("accounts:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(template_name="accounts/password_reset_complete.html"),
        name="password_reset_complete",
    ),
    path("accounts/2fa/", two_factor_views.two_factor, name="two_factor"),
    path("accounts/2fa/recovery-codes/", two_factor_views.recovery_codes, name="two_factor_recovery_codes"),
]
