"""A benchmark's own PostgreSQL database, and Django set up on it in the benchmark's process."""

from __future__ import annotations

import os


def fresh_database(server_url: str, name: str) -> str:
    """Drop and create database ``name`` on the server; its URL."""
    import psycopg

    with psycopg.connect(server_url + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server_url}/{name}"


def configure(database_url: str, secret: str) -> None:
    """Production settings on ``database_url``, without a pool: this process only sets up and counts."""
    os.environ.update(
        DATABASE_URL=database_url,
        SECRET_KEY=secret,
        DJANGO_SETTINGS_MODULE="events_server.settings",
        DB_POOL_MAX="0",
    )
    import django

    django.setup()
