"""What other apps hear from campaigns.

``carried_over`` is sent inside the transaction that opens the next campaign, with ``source`` (the
campaign carried over from), ``campaign`` (the new one) and ``actor``; each receiver copies what
its app keeps per campaign (links, contacts) and returns ``{name: how many}`` for the audit entry.
An error a receiver raises rolls the whole campaign back.
"""

from django.dispatch import Signal

carried_over = Signal()
