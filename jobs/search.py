"""Keyword search over job postings that works for Chinese without a word segmenter.

Chinese has no spaces, so each posting's text is indexed as CJK unigrams and
bigrams plus lower-cased Latin words and numbers (the approach of Lucene's CJK
analyser). A keyword matches when all of its bigrams (or its single character,
or its Latin words) are in the posting's tokens; on PostgreSQL this is a
``jsonb @>`` test answered by a GIN index, followed by an exact substring
check on the candidates. SQLite, with no such index, does the substring check
alone.
"""

from __future__ import annotations

import re
import unicodedata

from django.db import connection
from django.db.models import Q, QuerySet

_RUN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9][a-z0-9+#.]*")
MAX_TERMS = 8


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def _run_tokens(run: str, *, with_unigrams: bool) -> list[str]:
    if not ("\u3400" <= run[0] <= "\ufaff"):
        return [run.rstrip(".")]
    if len(run) == 1:
        return [run]
    bigrams = [run[i : i + 2] for i in range(len(run) - 1)]
    return (list(run) + bigrams) if with_unigrams else bigrams


def document_tokens(*parts: str) -> list[str]:
    """Distinct index tokens of a posting's text, sorted for stable storage."""
    tokens: set[str] = set()
    for part in parts:
        for run in _RUN_RE.findall(normalise(part)):
            tokens.update(_run_tokens(run, with_unigrams=True))
    return sorted(tokens)


def query_tokens(term: str) -> list[str]:
    """Tokens every matching posting must contain for one search term."""
    tokens: list[str] = []
    for run in _RUN_RE.findall(normalise(term)):
        tokens.extend(_run_tokens(run, with_unigrams=False))
    return sorted(set(tokens))


def split_terms(keyword: str) -> list[str]:
    return [t for t in normalise(keyword).split() if t][:MAX_TERMS]


def filter_by_keyword(queryset: QuerySet, keyword: str) -> QuerySet:
    for term in split_terms(keyword):
        tokens = query_tokens(term)
        if tokens and connection.vendor == "postgresql":
            queryset = queryset.filter(search_tokens__contains=tokens)
        queryset = queryset.filter(Q(search_document__contains=term))
    return queryset
