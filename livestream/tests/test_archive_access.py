"""The archive of a "log in to watch" session is for logged-in users, like the live room."""

from __future__ import annotations

from livestream.models import ChatMessage, LiveSession
from livestream.services.sessions import end_session


def test_the_archive_of_a_login_only_session_sends_anonymous_visitors_to_log_in(client, live_world):
    session = live_world.session
    LiveSession.objects.filter(pk=session.pk).update(login_to_watch=True)
    ChatMessage.objects.create(session=session, author=live_world.student, body="只给登录用户看的聊天")
    end_session(live_world.host, session.pk)

    response = client.get(f"/live/{session.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next=/live/{session.pk}/"
    assert "只给登录用户看的聊天" not in response.content.decode()

    client.force_login(live_world.student)
    assert "只给登录用户看的聊天" in client.get(f"/live/{session.pk}/").content.decode()


def test_the_archive_of_an_open_session_stays_public(client, live_world):
    end_session(live_world.host, live_world.session.pk)
    assert client.get(f"/live/{live_world.session.pk}/").status_code == 200
