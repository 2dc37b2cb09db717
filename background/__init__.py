"""Background work: the platform's task queue.

Tasks are Django's task API (``django_tasks``; ``django.tasks`` from Django 6.0) stored by the
database backend (``django_tasks_db``): enqueueing writes a row in the same transaction as the
change that caused it, so a task exists exactly when its cause was committed, and a restart of
the web or the worker process loses nothing. ``manage.py worker`` runs them; see
``background.worker`` for what it adds to the library's worker (heartbeats and the recovery of
tasks whose worker died).

Writing one: a module-level function in ``<app>/tasks.py`` decorated with
``django_tasks.task``; call ``the_task.enqueue(...)`` with JSON-serialisable arguments. Tests
run what is queued with ``background.testing.drain()``.
"""
