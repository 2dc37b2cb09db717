"""Every admin list and add page opens, searches and filters without error."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import make_company, make_job, make_student


@pytest.fixture
def some_rows(db):
    job = make_job(make_company())
    make_student()
    return job


@pytest.mark.parametrize("model", list(admin.site._registry), ids=lambda m: m._meta.label)
def test_admin_pages_open(admin_client, some_rows, model):
    opts = model._meta
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert admin_client.get(changelist).status_code == 200
    assert admin_client.get(changelist, {"q": "科技"}).status_code == 200
    add_page = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    read_only = not admin.site._registry[model].has_add_permission(add_page.wsgi_request)
    assert add_page.status_code == (403 if read_only else 200)
