"""What livestream announces for other apps to act on, so that livestream never imports them."""

from django.dispatch import Signal

# Sent with ``session_id`` (int) and ``state`` (a ``LiveSession.State`` value) inside the
# transaction that scheduled a session, took it live or ended it. Receivers (the partner
# webhooks) write their own rows in that transaction.
session_state_changed = Signal()
