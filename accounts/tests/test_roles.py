"""Who is an administrator: the admin role or a Django superuser, asked in one place
(accounts.roles) by services, views and templates alike."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from accounts.models import User
from accounts.roles import has_role, is_platform_admin
from tests.factories import make_student


@pytest.fixture
def people(db):
    admin = User.objects.create_user("root", password="pw-root-12345", role=User.Role.ADMIN)
    superuser = User.objects.create_superuser("boss", password="pw-boss-12345", role=User.Role.STUDENT)
    return admin, superuser, make_student()


def test_the_admin_role_and_superusers_are_administrators_and_no_one_else(people):
    admin, superuser, student = people
    assert is_platform_admin(admin) and is_platform_admin(superuser)
    assert not is_platform_admin(student) and not is_platform_admin(AnonymousUser())


def test_administrators_hold_the_admin_role_in_role_checks(people):
    admin, superuser, student = people
    assert has_role(superuser, User.Role.REVIEWER, User.Role.ADMIN)
    assert superuser.has_role(User.Role.ADMIN) and admin.has_role(User.Role.ADMIN)
    assert not has_role(superuser, User.Role.REVIEWER)
    assert has_role(student, User.Role.STUDENT) and not has_role(AnonymousUser(), User.Role.STUDENT)


def test_the_menu_offers_the_review_queue_to_a_superuser_but_not_to_a_student(people):
    _admin, superuser, student = people
    review = 'href="/review/'
    client = Client()
    client.force_login(superuser)
    assert review in client.get("/").content.decode()
    client.force_login(student)
    assert review not in client.get("/").content.decode()
