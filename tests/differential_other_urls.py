"""The second URL conf of ``tests/differential_site.py``: chosen per request by its middleware."""

from django.urls import path

from tests.differential_site import other_plain

urlpatterns = [
    path("plain/", other_plain, name="plain"),
    path("only-here/", other_plain),
]
