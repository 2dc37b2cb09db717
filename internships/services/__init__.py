"""Business rules of internship placements, split by topic: ``placements`` (the placement's life and who
may open it), ``journal`` (weekly logs, accommodation nights, evaluations, problems) and ``figures``
(intern places and accommodation used per week, for Attachment 3)."""
