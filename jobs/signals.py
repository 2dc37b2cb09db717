"""What jobs announces for other apps to act on, so that jobs never imports them."""

from django.dispatch import Signal

# Sent with ``job_ids`` (a sorted list of ints) inside the transaction that took postings
# out of what students see (closed, expired, back to review, rejected, hidden by reports).
# Receivers change their own rows in that transaction and announce after the commit.
publication_withdrawn = Signal()

# Sent with ``job_ids`` (a sorted list of ints) inside the transaction that made postings
# public (a reviewer approved them, or an administrator published them). Receivers (the partner
# webhooks) write their own rows in that transaction.
publication_started = Signal()
