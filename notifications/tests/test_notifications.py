import pytest
from django.core import mail
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from accounts.models import User
from background.testing import drain
from notifications import services
from notifications.models import Notification

BEFORE = [("booking", "0002_approved_bookings_never_overlap"), ("notifications", None)]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state([t for t in targets if t[1] is not None]).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_notifications_kept_by_booking_survive_the_move_to_their_own_app():
    old = migrate(BEFORE)
    try:
        user = old.get_model("accounts", "User").objects.create(username="kept", role="student")
        old.get_model("booking", "Notification").objects.create(
            user_id=user.pk, title="候补成功", url="/events/1/"
        )
    finally:
        executor = MigrationExecutor(connection)
        migrate(executor.loader.graph.leaf_nodes())
    note = Notification.objects.get(user__username="kept")
    assert (note.title, note.url, note.kind, note.read_at) == ("候补成功", "/events/1/", "", None)


@pytest.mark.django_db
def test_notify_keeps_the_kind_and_the_worker_mails_it(django_capture_on_commit_callbacks):
    user = User.objects.create_user("ann", email="ann@example.com", role=User.Role.STUDENT)
    with django_capture_on_commit_callbacks(execute=True):
        services.notify(user, "booking.reminder", "明天：宣讲会", "带上电子票。", "/events/1/")
    note = Notification.objects.get(user=user)
    assert note.kind == "booking.reminder"
    assert mail.outbox == []
    drain()
    assert mail.outbox[0].subject == "明天：宣讲会"
    assert mail.outbox[0].body.endswith("/events/1/")


@pytest.mark.django_db
def test_the_inbox_lists_and_marks_read(client):
    user = User.objects.create_user("bob", role=User.Role.STUDENT)
    services.notify(user, "review.material.approved", "已通过：海报")
    client.force_login(user)
    page = client.get("/me/notifications/")
    assert "已通过：海报" in page.content.decode()
    assert client.post(reverse("notifications:inbox")).status_code == 302
    assert Notification.objects.get(user=user).read_at is not None
